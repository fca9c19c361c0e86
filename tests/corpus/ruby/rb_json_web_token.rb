# frozen_string_literal: true

# lib/json_web_token.rb - token helpers shared by the API controllers.
require 'jwt'

class JsonWebToken
  SECRET_KEY = 'my-api-secret-2019'
  HMAC_KEY = Rails.application.credentials.jwt_hmac_key
  LEGACY_KEY = ENV['LEGACY_JWT_KEY'] || 'changeme'
  ISSUER = 'https://api.shopfront.example'
  AUDIENCE = 'shopfront-web'

  class << self
    def encode_legacy(payload)
      # expect: jwt-long-lived
      payload[:exp] = 24.hours.from_now.to_i
      # expect: jwt-weak-secret
      JWT.encode(payload, SECRET_KEY, 'HS256')
    end

    def encode(user)
      payload = {
        sub: user.id,
        role: user.role,
        iss: ISSUER,
        aud: AUDIENCE,
        # safe: jwt-long-lived
        exp: 15.minutes.from_now.to_i
      }
      # safe: jwt-weak-secret
      JWT.encode(payload, HMAC_KEY, 'HS256')
    end

    def encode_remember(user)
      # expect: jwt-long-lived
      JWT.encode({ sub: user.id, iss: ISSUER, exp: 30.days.from_now.to_i }, HMAC_KEY, 'HS256')
    end

    def encode_mobile(user)
      # expect: jwt-long-lived
      claims = { sub: user.id, device: 'ios', exp: Time.now.to_i + 30 * 24 * 3600 }
      JWT.encode(claims, HMAC_KEY, 'HS256')
    end

    def encode_short(user)
      # safe: jwt-long-lived
      claims = { sub: user.id, exp: Time.now.to_i + 600 }
      JWT.encode(claims, HMAC_KEY, 'HS256')
    end

    def decode(token)
      # safe: jwt-claims-not-validated
      # safe: jwt-none-algorithm
      JWT.decode(token, HMAC_KEY, true, algorithm: 'HS256', iss: ISSUER, verify_iss: true, aud: AUDIENCE, verify_aud: true).first
    end

    def decode_legacy(token)
      # expect: jwt-weak-secret
      # expect: jwt-claims-not-validated
      JWT.decode(token, LEGACY_KEY, true, { algorithm: 'HS256' })[0]
    end

    def decode_lenient(token)
      # expect: jwt-claims-not-validated
      JWT.decode(token, HMAC_KEY, true, algorithm: 'HS256', verify_expiration: false, iss: ISSUER, verify_iss: true)
    end

    def decode_with_skew(token)
      # expect: jwt-claims-not-validated
      JWT.decode(token, HMAC_KEY, true, algorithm: 'HS256', exp_leeway: 86_400, aud: AUDIENCE, verify_aud: true)
    end

    def decode_small_skew(token)
      # safe: jwt-claims-not-validated
      JWT.decode(token, HMAC_KEY, true, algorithm: 'HS256', leeway: 30, aud: AUDIENCE, verify_aud: true)
    end

    def encode_service(name)
      # expect: jwt-weak-secret
      JWT.encode({ sub: name, exp: 5.minutes.from_now.to_i }, ENV.fetch('SERVICE_JWT_SECRET', 'service-secret'), 'HS256')
    end

    def encode_debug(payload)
      debug_key = 'debug'
      # expect: jwt-weak-secret
      JWT.encode(payload.merge(exp: 5.minutes.from_now.to_i), debug_key, 'HS256')
    end

    def encode_env(payload)
      # safe: jwt-weak-secret
      JWT.encode(payload.merge(exp: 5.minutes.from_now.to_i), ENV.fetch('JWT_SECRET'), 'HS256')
    end

    def sign_with_rsa(payload)
      private_key = OpenSSL::PKey::RSA.new(File.read(Rails.root.join('config/keys/jwt.pem')))
      # safe: jwt-weak-secret
      JWT.encode(payload.merge(exp: 5.minutes.from_now.to_i), private_key, 'RS256')
    end

    def peek(token)
      # expect: jwt-signature-not-verified
      JWT.decode(token, nil, false).first
    end
  end
end
