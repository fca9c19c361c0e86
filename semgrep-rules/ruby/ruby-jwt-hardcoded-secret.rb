class JsonWebToken
  # ruleid: ruby-jwt-hardcoded-secret
  SECRET = 'super-secret-123'
  # ok: ruby-jwt-hardcoded-secret
  OTHER = ENV.fetch('JWT_SECRET')
  # ruleid: ruby-jwt-hardcoded-secret
  FALLBACK = ENV['JWT_SECRET'] || 'changeme'
  def self.encode(p)
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode(p, SECRET, 'HS256')
  end
  def self.encode2(p)
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode(p, OTHER, 'HS256')
  end
  def self.decode(t)
    # ok: ruby-jwt-hardcoded-secret
    JWT.decode(t, FALLBACK, true, algorithm: 'HS256')
  end
end
# ruleid: ruby-jwt-hardcoded-secret
JWT.encode(p, 'secret')
# ruleid: ruby-jwt-hardcoded-secret
key = 'my_key'
# ok: ruby-jwt-hardcoded-secret
JWT.encode(p, key, 'HS256')
# ruleid: ruby-jwt-hardcoded-secret
JWT.encode(p, ENV.fetch('JWT_SECRET', 'dev-secret'), 'HS256')
# ok: ruby-jwt-hardcoded-secret
JWT.encode(p, Rails.application.credentials.jwt_secret, 'HS256')
# ok: ruby-jwt-hardcoded-secret
JWT.decode(t, Rails.application.secret_key_base, true, algorithm: 'HS256')
# ok: ruby-jwt-hardcoded-secret
JWT.decode(t, 'x', false)
# ok: ruby-jwt-hardcoded-secret
JWT.encode(p, nil, 'none')
class JsonWebToken
  def self.encode(payload, exp = 24.hours.from_now)
    # ok: ruby-jwt-hardcoded-secret
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode(payload, SECRET_KEY)
  end
  def self.encode2(payload, exp = 15.minutes.from_now)
    # ok: ruby-jwt-hardcoded-secret
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode(payload, SECRET_KEY)
  end
  def issue(user)
    # ok: ruby-jwt-hardcoded-secret
    expires_at = Time.now.to_i + 4 * 3600
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode({ sub: user.id, exp: expires_at }, KEY, 'HS256')
  end
end
# ruleid: ruby-jwt-hardcoded-secret
HMAC_SECRET = 'my$ecretK3y'
def top(p)
  # ok: ruby-jwt-hardcoded-secret
  JWT.encode(p, HMAC_SECRET, 'HS256')
end
class FrozenKeyToken
  # ruleid: ruby-jwt-hardcoded-secret
  SIGNING_KEY = 'frozen-signing-key'.freeze
  # ruleid: ruby-jwt-hardcoded-secret
  VERIFY_KEY = ENV.fetch('JWT_VERIFY_KEY') { 'block-default-key' }
  # ok: ruby-jwt-hardcoded-secret
  PUBLIC_PEM = File.read(Rails.root.join('config', 'jwt_public.pem'))
  def self.issue(user)
    # ok: ruby-jwt-hardcoded-secret
    token = JWT.encode({ sub: user.id, exp: 10.minutes.from_now.to_i }, SIGNING_KEY, 'HS256')
    token
  end
  def self.read(token)
    # ok: ruby-jwt-hardcoded-secret
    JWT.decode(token, VERIFY_KEY, true, algorithm: 'HS256').first
  end
  def self.read_rsa(token)
    # ok: ruby-jwt-hardcoded-secret
    JWT.decode(token, OpenSSL::PKey::RSA.new(PUBLIC_PEM), true, algorithm: 'RS256').first
  end
end
class HelperKeyController
  # ruleid: ruby-jwt-hardcoded-secret
  def hmac_secret
    'returned-from-a-method'
  end
  # ok: ruby-jwt-hardcoded-secret
  def credentials_secret
    Rails.application.credentials.jwt_secret!
  end
  def issue(user)
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode({ sub: user.id, exp: 5.minutes.from_now.to_i }, hmac_secret, 'HS256')
  end
  def issue_safe(user)
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode({ sub: user.id, exp: 5.minutes.from_now.to_i }, credentials_secret, 'HS256')
  end
end
class IvarTokenIssuer
  def initialize
    # ok: ruby-jwt-hardcoded-secret
    @secret = 'ivar-literal-secret'
    # ok: ruby-jwt-hardcoded-secret
    @public_key = ENV.fetch('JWT_PUBLIC_KEY')
  end
  def issue(user)
    # ruleid: ruby-jwt-hardcoded-secret
    JWT.encode({ sub: user.id, exp: 10.minutes.from_now.to_i }, @secret, 'HS256')
  end
  def verify(token)
    # ok: ruby-jwt-hardcoded-secret
    JWT.decode(token, @public_key, true, algorithm: 'RS256')
  end
end
# ruleid: ruby-jwt-hardcoded-secret
JWT.encode(p, Rails.application.credentials.jwt_secret || 'dev-fallback', 'HS256')
# ruleid: ruby-jwt-hardcoded-secret
JWT.decode(t, ENV['JWT_SECRET'] || 'changeme'.freeze, true, algorithm: 'HS256')

Rails.application.configure do
  # ruleid: ruby-jwt-hardcoded-secret
  config.x.partner_jwt_secret = ENV.fetch("PARTNER_JWT_SECRET") { "staging-partner-secret" }
  # ruleid: ruby-jwt-hardcoded-secret
  config.jwt_secret_key = "hard-coded-jwt-signing-key"
  # ok: ruby-jwt-hardcoded-secret
  config.x.partner_jwt_secret = ENV.fetch("PARTNER_JWT_SECRET")
  # ok: ruby-jwt-hardcoded-secret
  config.x.partner_jwt_ttl = 15.minutes
  # ok: ruby-jwt-hardcoded-secret
  config.x.jwt_public_key = "-----BEGIN PUBLIC KEY-----"
end
