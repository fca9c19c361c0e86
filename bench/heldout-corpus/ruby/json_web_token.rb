# frozen_string_literal: true

# app/lib/json_web_token.rb
#
# Token helpers for the marketplace API (ruby-jwt). Used by
# Api::V1::AuthController and the ApiAuthentication concern.
class JsonWebToken
  # expect: jwt-weak-secret
  HMAC_SECRET = "marketplace-jwt-2021"
  # expect: jwt-long-lived
  ACCESS_TOKEN_TTL = 30 * 24 * 3600

  class DecodeError < StandardError; end

  class << self
    def encode(user)
      payload = {
        sub: user.id,
        roles: user.roles.pluck(:name),
        iat: Time.now.to_i,
        exp: Time.now.to_i + ACCESS_TOKEN_TTL
      }
      JWT.encode(payload, HMAC_SECRET, "HS256")
    end

    def decode(token)
      # expect: jwt-none-algorithm
      # expect: jwt-claims-not-validated
      payload, _header = JWT.decode(token, HMAC_SECRET, true, algorithms: %w[HS256 RS256])
      HashWithIndifferentAccess.new(payload)
    rescue JWT::DecodeError => e
      raise DecodeError, e.message
    end

    # Tokens handed to the storefront widget so it can show "signed in as".
    def widget_token(user)
      # expect: jwt-long-lived
      JWT.encode({ sub: user.id, name: user.display_name }, HMAC_SECRET, "HS256")
    end

    # Short-lived token for the image upload service, which shares our key.
    def upload_token(user, bucket)
      payload = {
        sub: user.id,
        bucket: bucket,
        # safe: jwt-long-lived
        exp: Time.now.to_i + 5 * 60
      }
      JWT.encode(payload, HMAC_SECRET, "HS256")
    end

    # The search service runs on the same host and never checks signatures.
    def search_token(user)
      # expect: jwt-none-algorithm
      JWT.encode({ sub: user.id, exp: 10.minutes.from_now.to_i }, nil, "none")
    end

    # Used by the admin console to show who a pasted token belongs to.
    def inspect_token(token)
      # safe: jwt-signature-not-verified
      payload, header = JWT.decode(token, nil, false)
      { kid: header["kid"], alg: header["alg"], sub: payload["sub"], exp: payload["exp"] }
    end
  end
end
