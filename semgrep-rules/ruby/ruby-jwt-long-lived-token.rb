class T
  def issue(user)
    # ruleid: ruby-jwt-long-lived-token
    payload = { sub: user.id, exp: Time.now.to_i + 30 * 24 * 3600 }
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, ENV['K'], 'HS256')
  end
  def a(user)
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, exp: 30.days.from_now.to_i }, ENV['K'], 'HS256')
    # ok: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, exp: 10.minutes.from_now.to_i }, ENV['K'], 'HS256')
    # ok: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, 'exp' => Time.now.to_i + 900 }, ENV['K'], 'HS256')
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, exp: (Time.current + 12.hours).to_i }, ENV['K'], 'HS256')
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id }, ENV['K'], 'HS256')
    # ok: ruby-jwt-long-lived-token
    p2 = { sub: user.id }
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode(p2, ENV['K'], 'HS256')
    # ok: ruby-jwt-long-lived-token
    p3 = { sub: user.id }
    # ok: ruby-jwt-long-lived-token
    p3[:exp] = 5.minutes.from_now.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode(p3, ENV['K'], 'HS256')
    # ok: ruby-jwt-long-lived-token
    JWT.encode(build_payload(user), ENV['K'], 'HS256')
  end
  def refresh_token(user)
    # ok: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, exp: 30.days.from_now.to_i }, ENV['K'], 'HS256')
  end
end
class JsonWebToken
  # ruleid: ruby-jwt-long-lived-token
  def self.encode(payload, exp = 24.hours.from_now)
    # ok: ruby-jwt-long-lived-token
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, SECRET_KEY)
  end
  def self.encode2(payload, exp = 15.minutes.from_now)
    # ok: ruby-jwt-long-lived-token
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, SECRET_KEY)
  end
  def issue(user)
    # ruleid: ruby-jwt-long-lived-token
    expires_at = Time.now.to_i + 4 * 3600
    # ok: ruby-jwt-long-lived-token
    JWT.encode({ sub: user.id, exp: expires_at }, KEY, 'HS256')
  end
end
HMAC_SECRET = 'my$ecretK3y'
def top(p)
  # ok: ruby-jwt-long-lived-token
  JWT.encode(p, HMAC_SECRET, 'HS256')
end
class ApiController < ActionController::API
  def session_payload(member)
    { member_id: member.id }
  end

  def issue_for(member)
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode(session_payload(member), ENV['K'], 'HS256')
  end

  def sign_payload(payload)
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode(payload, ENV['K'], 'HS256')
  end
end
class ShortLivedController < ActionController::API
  def session_payload(member)
    { member_id: member.id, exp: 10.minutes.from_now.to_i }
  end

  def issue_for(member)
    # ok: ruby-jwt-long-lived-token
    JWT.encode(session_payload(member), ENV['K'], 'HS256')
  end

  def sign_payload(payload)
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, ENV['K'], 'HS256')
  end
end
class WebToken
  SECRET_KEY = Rails.application.secret_key_base.to_s
  # ruleid: ruby-jwt-long-lived-token
  def WebToken.encode(payload, exp = 7.days.from_now)
    # ok: ruby-jwt-long-lived-token
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, SECRET_KEY)
  end
  def WebToken.short(payload, exp = 10.minutes.from_now)
    # ok: ruby-jwt-long-lived-token
    payload[:exp] = exp.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, SECRET_KEY)
  end
end
class BankingClient
  def generate_jwt
    now = Time.current.to_i
    # ok: ruby-jwt-long-lived-token
    payload = { iss: "enablebanking.com", aud: "api.enablebanking.com", iat: now, exp: now + 3600 }
    JWT.encode(payload, private_key, "RS256", { kid: application_id })
  end
  def issue_user_token(user)
    # ruleid: ruby-jwt-long-lived-token
    payload = { sub: user.id, aud: "mobile-app", exp: Time.now.to_i + 86400 }
    JWT.encode(payload, ENV.fetch("JWT_SECRET"), "HS256")
  end
end

class SigningService
  def self.issue(claims)
    # claims[:exp] = 2.hours.from_now.to_i
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode claims, ENV.fetch('JWT_KEY'), 'HS256'
  end

  def self.issue_limited(claims)
    # claims[:exp] = 2.hours.from_now.to_i
    claims[:exp] = 10.minutes.from_now.to_i
    # ok: ruby-jwt-long-lived-token
    JWT.encode claims, ENV.fetch('JWT_KEY'), 'HS256'
  end
end

class SessionTokenService
  SIGNING_KEY = ENV.fetch('JWT_SIGNING_KEY')
  # ruleid: ruby-jwt-long-lived-token
  TOKEN_TTL = 48.hours.to_i
  REFRESH_GRACE = 10

  def self.issue(payload)
    payload[:exp] = Time.now.to_i + TOKEN_TTL
    JWT.encode(payload, SIGNING_KEY, 'HS256')
  end
end

class ShortTokenService
  SIGNING_KEY = ENV.fetch('JWT_SIGNING_KEY')
  # ok: ruby-jwt-long-lived-token
  TOKEN_TTL = 10.minutes.to_i

  def issue(payload)
    JWT.encode(payload.merge(exp: Time.now.to_i + TOKEN_TTL), SIGNING_KEY, 'HS256')
  end
end

class CacheSettings
  # not a token lifetime
  # ok: ruby-jwt-long-lived-token
  CACHE_TTL = 12.hours.to_i

  def self.issue(payload)
    payload[:exp] = Time.now.to_i + 600
    JWT.encode(payload, ENV.fetch('JWT_SIGNING_KEY'), 'HS256')
  end
end

class DateArithmeticToken
  def self.encode(user_id)
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode({ user_id: user_id, exp: (DateTime.now + 30).to_i }, JWT_SECRET, 'HS256')
  end

  def self.encode_seconds(user_id)
    # ruleid: ruby-jwt-long-lived-token
    JWT.encode({ user_id: user_id, exp: (Time.now + 86400).to_i }, JWT_SECRET, 'HS256')
  end

  def self.encode_short(user_id)
    # ok: ruby-jwt-long-lived-token
    JWT.encode({ user_id: user_id, exp: (Time.now + 600).to_i }, JWT_SECRET, 'HS256')
  end
end

class MarketplaceToken
  HMAC_SECRET = ENV.fetch("MARKETPLACE_JWT_SECRET")
  # ruleid: ruby-jwt-long-lived-token
  ACCESS_TOKEN_TTL = 30 * 24 * 3600
  # ok: ruby-jwt-long-lived-token
  UPLOAD_TTL = 5 * 60

  class << self
    def encode(user)
      payload = {
        sub: user.id,
        exp: Time.now.to_i + ACCESS_TOKEN_TTL
      }
      JWT.encode(payload, HMAC_SECRET, "HS256")
    end

    def upload_token(user)
      JWT.encode({ sub: user.id, exp: Time.now.to_i + UPLOAD_TTL }, HMAC_SECRET, "HS256")
    end
  end
end

class ApiBaseController
  def jwt_token(user)
    # ruleid: ruby-jwt-long-lived-token
    expires = Time.now.to_i + (3600 * 24 * 14)
    JWT.encode({ user: user[:email], exp: expires }, ENV['JWT_SECRET'], 'HS256')
  end

  def short_token(user)
    # ok: ruby-jwt-long-lived-token
    expires = Time.now.to_i + (60 * 10)
    JWT.encode({ user: user[:email], exp: expires }, ENV['JWT_SECRET'], 'HS256')
  end
end
