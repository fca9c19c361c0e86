module Auth
  class TokenCodec
    class << self
      def issue(claims)
        # ruleid: ruby-jwt-long-lived-token
        JWT.encode(claims, Rails.application.credentials.jwt_key, 'HS256')
      end

      def read(token)
        JWT.decode(token, Rails.application.credentials.jwt_key, true, { algorithm: 'HS256' }).first
      end
    end
  end
end
