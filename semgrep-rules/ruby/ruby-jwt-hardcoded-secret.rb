class JsonWebToken
  # ok: ruby-jwt-hardcoded-secret
  SECRET = 'super-secret-123'
  # ok: ruby-jwt-hardcoded-secret
  OTHER = ENV.fetch('JWT_SECRET')
  # ok: ruby-jwt-hardcoded-secret
  FALLBACK = ENV['JWT_SECRET'] || 'changeme'
  def self.encode(p)
    # ruleid: ruby-jwt-hardcoded-secret
    JWT.encode(p, SECRET, 'HS256')
  end
  def self.encode2(p)
    # ok: ruby-jwt-hardcoded-secret
    JWT.encode(p, OTHER, 'HS256')
  end
  def self.decode(t)
    # ruleid: ruby-jwt-hardcoded-secret
    JWT.decode(t, FALLBACK, true, algorithm: 'HS256')
  end
end
# ruleid: ruby-jwt-hardcoded-secret
JWT.encode(p, 'secret')
key = 'my_key'
# ruleid: ruby-jwt-hardcoded-secret
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
HMAC_SECRET = 'my$ecretK3y'
def top(p)
  # ruleid: ruby-jwt-hardcoded-secret
  JWT.encode(p, HMAC_SECRET, 'HS256')
end
