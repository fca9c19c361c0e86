# callers may set exp: a wrapper in a file that names no expiry stays silent
module LinkToken
  module_function

  def encode(payload)
    # ok: ruby-jwt-long-lived-token
    JWT.encode(payload, Rails.application.secret_key_base)
  end
end

module Auth
  class TokenCodec
    class << self
      def issue(claims)
        # claims[:exp] = 12.hours.from_now.to_i
        # ruleid: ruby-jwt-long-lived-token
        JWT.encode(claims, Rails.application.credentials.jwt_key, 'HS256')
      end

      def read(token)
        JWT.decode(token, Rails.application.credentials.jwt_key, true, { algorithm: 'HS256' }).first
      end
    end
  end
end
