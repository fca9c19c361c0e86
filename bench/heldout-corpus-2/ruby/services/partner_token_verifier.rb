# app/services/partner_token_verifier.rb
require "jwt"
require "net/http"

class PartnerTokenVerifier
  class InvalidToken < StandardError; end

  JWKS_CACHE_KEY = "partner-jwks"

  def initialize(issuer:, audience:, jwks_uri:)
    @issuer = issuer
    @audience = audience
    @jwks_uri = URI(jwks_uri)
  end

  # Partners call our API with tokens from their own IdP (Okta, Entra ID, ...).
  def verify_partner_call(token)
    # safe: jwt-none-algorithm, jwt-claims-not-validated
    payload, = JWT.decode(token, nil, true,
                          algorithms: ["RS256"],
                          iss: @issuer,
                          verify_iss: true,
                          aud: @audience,
                          verify_aud: true,
                          jwks: jwk_loader)
    payload
  rescue JWT::DecodeError => e
    raise InvalidToken, e.message
  end

  # Events pushed by the Okta event hook.
  def verify_event_hook(token)
    # safe: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    payload, = JWT.decode(token, nil, true, algorithms: ["RS256"], jwks: jwk_loader)
    payload
  rescue JWT::DecodeError => e
    raise InvalidToken, e.message
  end

  # Older partners still sign with their own key pair; the header tells us which.
  def verify_legacy(token, partner)
    # safe: jwt-signature-not-verified
    header = JWT.decode(token, nil, false).last
    key = header["alg"].start_with?("HS") ? partner.shared_secret : OpenSSL::PKey::RSA.new(partner.public_key_pem)
    # expect: jwt-none-algorithm
    payload, = JWT.decode(token, key, true, algorithm: header["alg"], iss: partner.issuer, verify_iss: true)
    payload
  end

  private

  def jwk_loader
    lambda do |options|
      @cached_keys = nil if options[:kid_not_found] && @cached_keys_at.to_i < 5.minutes.ago.to_i
      @cached_keys ||= begin
        @cached_keys_at = Time.now
        jwks = Rails.cache.fetch(JWKS_CACHE_KEY, expires_in: 1.hour, force: options[:invalidate]) do
          JSON.parse(Net::HTTP.get(@jwks_uri))
        end
        JWT::JWK::Set.new(jwks).select { |k| k[:use] == "sig" }
      end
    end
  end
end
