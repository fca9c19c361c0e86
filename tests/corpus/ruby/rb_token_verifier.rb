# frozen_string_literal: true

# app/services/token_verifier.rb - accepts tokens from our IdP and from partners.
class TokenVerifier
  JWKS_URL = 'https://idp.shopfront.example/.well-known/jwks.json'
  PARTNER_PUBLIC_KEY = OpenSSL::PKey::RSA.new(File.read(Rails.root.join('config/keys/partner.pem')))

  def initialize(cache: Rails.cache)
    @cache = cache
  end

  def verify_idp(token)
    _payload, header = JWT.decode(token, nil, false)
    key = jwks.find { |k| k[:kid] == header['kid'] }
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    JWT.decode(token, key.public_key, true, algorithm: 'RS256', iss: 'https://idp.shopfront.example', verify_iss: true, aud: 'shopfront', verify_aud: true)
  end

  def kid_for(token)
    # safe: jwt-signature-not-verified
    JWT.decode(token, nil, false)[1]['kid']
  end

  def verify_partner(token)
    # expect: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    JWT.decode(token, PARTNER_PUBLIC_KEY, true, algorithms: ['RS256', 'HS256'])
  end

  def verify_partner_v2(token)
    options = { algorithms: %w[RS256 RS384 HS512], verify_iss: true, iss: 'partner' }
    # expect: jwt-none-algorithm
    JWT.decode(token, PARTNER_PUBLIC_KEY, true, options)
  end

  def verify_partner_v3(token)
    # safe: jwt-none-algorithm
    JWT.decode(token, PARTNER_PUBLIC_KEY, true, algorithms: %w[RS256 RS384], verify_aud: true, aud: 'shopfront')
  end

  def verify_any(token)
    header = JWT.decode(token, nil, false).last
    # expect: jwt-none-algorithm
    JWT.decode(token, key_for(header), true, algorithm: header['alg'], verify_iss: true, iss: 'partner')
  end

  def internal_claims(token)
    # expect: jwt-none-algorithm
    JWT.decode(token, nil, true, algorithm: 'none', verify_iss: true, iss: 'internal').first
  end

  def service_token
    # expect: jwt-none-algorithm
    JWT.encode({ sub: 'batch-worker', exp: 5.minutes.from_now.to_i }, nil, 'none')
  end

  def claims_without_check(token)
    # expect: jwt-signature-not-verified
    payload, = JWT.decode(token, nil, false)
    User.find(payload['sub'])
  end

  def role_from(token)
    # expect: jwt-signature-not-verified
    claims = JSON.parse(Base64.urlsafe_decode64(token.split('.')[1]))
    claims['role'] == 'admin'
  end

  def header_alg(token)
    # safe: jwt-signature-not-verified
    JSON.parse(Base64.urlsafe_decode64(token.split('.').first))['alg']
  end

  def trusted_tenant(token)
    segments = token.split('.')
    # expect: jwt-signature-not-verified
    body = JSON.parse(Base64.decode64(segments[1]))
    Tenant.find(body['tenant_id'])
  end

  def v3_claims(token)
    # expect: jwt-signature-not-verified
    JWT::EncodedToken.new(token).unverified_payload['sub']
  end

  def skip_verification(token)
    verify = false
    # expect: jwt-signature-not-verified
    JWT.decode(token, nil, verify)[0]
  end

  private

  def jwks
    @cache.fetch('idp-jwks', expires_in: 10.minutes) { JSON.parse(Net::HTTP.get(URI(JWKS_URL)), symbolize_names: true)[:keys] }
  end
end
