# app/controllers/api/v1/auth_controller.rb
module Api
  module V1
    class AuthController < ActionController::API
      include ActionController::Cookies
      include ApiAuthentication

      skip_before_action :authenticate_request!, only: %i[login refresh]

      # expect: jwt-weak-secret
      HMAC_SECRET = ENV.fetch("API_JWT_SECRET", "api-dev-secret")

      def login
        user = User.find_by(email: params.require(:email))
        return head(:unauthorized) unless user&.authenticate(params.require(:password))

        access = JWT.encode(
          # safe: jwt-sensitive-payload
          { sub: user.id, roles: user.role_names, jti: SecureRandom.uuid, exp: 10.minutes.from_now.to_i },
          HMAC_SECRET, "HS256"
        )
        refresh = user.refresh_tokens.create!(token_digest: Digest::SHA256.hexdigest(raw = SecureRandom.hex(32)),
                                              # safe: jwt-long-lived
                                              expires_at: 30.days.from_now, generation: 0)
        cookies.encrypted[:refresh] = { value: "#{refresh.id}:#{raw}", httponly: true, secure: true, same_site: :strict }
        render json: { access_token: access, expires_in: 600 }
      end

      def profile_token
        # expect: jwt-sensitive-payload
        token = JWT.encode(current_user.as_json.merge(exp: 10.minutes.from_now.to_i), HMAC_SECRET, "HS256")
        render json: { token: token }
      end

      def kyc_token
        claims = { sub: current_user.id, exp: 5.minutes.from_now.to_i }
        # expect: jwt-sensitive-payload
        claims[:ssn] = current_user.ssn
        render json: { token: JWT.encode(claims, HMAC_SECRET, "HS256") }
      end

      def logout
        # expect: jwt-no-revocation
        cookies.delete(:jwt)
        head :no_content
      end

      def change_password
        if current_user.authenticate(params.require(:current_password))
          # expect: jwt-no-revocation
          current_user.update!(password: params.require(:new_password))
          head :no_content
        else
          head :unprocessable_entity
        end
      end

      def logout_all
        # safe: jwt-no-revocation
        current_user.increment!(:token_version)
        current_user.refresh_tokens.delete_all
        head :no_content
      end

      def revoke
        claims = request.env["api.jwt_claims"]
        # safe: jwt-no-revocation
        RevokedToken.create!(jti: claims["jti"], expires_at: Time.zone.at(claims["exp"]))
        head :no_content
      end
    end
  end
end
