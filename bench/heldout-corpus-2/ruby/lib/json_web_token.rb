# app/lib/json_web_token.rb
require "jwt"

class JsonWebToken
  SECRET_KEY = Rails.application.credentials.jwt_secret!
  ACCESS_TTL = 15.minutes

  class << self
    def encode(payload, exp = 24.hours.from_now)
      payload[:exp] = exp.to_i
      # expect: jwt-long-lived
      JWT.encode(payload, SECRET_KEY, "HS256")
    end

    def encode_access(user)
      payload = { sub: user.id, roles: user.role_names, exp: ACCESS_TTL.from_now.to_i }
      # safe: jwt-long-lived, jwt-weak-secret, jwt-sensitive-payload
      JWT.encode(payload, SECRET_KEY, "HS256")
    end

    def decode(token)
      # safe: jwt-none-algorithm
      body = JWT.decode(token, SECRET_KEY)[0]
      HashWithIndifferentAccess.new(body)
    rescue JWT::DecodeError => e
      Rails.logger.info("jwt rejected: #{e.class}")
      nil
    end

    # Support tokens are pasted into the admin console; expiry does not matter
    # because the console re-checks the ticket status anyway.
    def decode_support_ticket(token)
      # expect: jwt-claims-not-validated
      JWT.decode(token, SECRET_KEY, true, { algorithm: "HS256", verify_expiration: false }).first
    end

    # The kiosk tablets sync their clocks once a week at best.
    def decode_kiosk(token)
      # expect: jwt-claims-not-validated
      JWT.decode(token, SECRET_KEY, true, algorithm: "HS256", exp_leeway: 7.days.to_i).first
    end

    # Reads the exp claim of our own token so the client SDK can refresh early.
    # Callers hand the token to #decode before trusting anything in it.
    def expires_at(token)
      # safe: jwt-signature-not-verified
      exp = JWT.decode(token, nil, false).first["exp"]
      exp && Time.zone.at(exp)
    end
  end
end
