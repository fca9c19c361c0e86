# frozen_string_literal: true

# app/controllers/api/sessions_controller.rb - JWT-in-cookie API
module Api
  class SessionsController < Api::BaseController
    before_action :authenticate_with_jwt!, only: %i[destroy]

    def create
      user = User.find_by(email: params[:email])
      return head :unauthorized unless user&.authenticate(params[:password])

      token = JsonWebToken.encode(user)
      # safe: session-cookie-insecure
      cookies.signed[:jwt] = { value: token, httponly: true, secure: Rails.env.production?, same_site: :lax }
      render json: { user_id: user.id }
    end

    def destroy
      # expect: jwt-no-revocation
      cookies.delete(:jwt)
      head :no_content
    end
  end
end

# app/controllers/mobile/auth_controller.rb
module Mobile
  class AuthController < ApplicationController
    def logout
      # expect: jwt-no-revocation
      cookies.delete(:access_token, domain: :all)
      render json: { message: 'Logged out' }
    end

    def sign_out
      payload = JsonWebToken.decode(cookies[:access_token])
      JwtDenylist.create!(jti: payload['jti'], exp: Time.zone.at(payload['exp']))
      # safe: jwt-no-revocation
      cookies.delete(:access_token, domain: :all)
      head :no_content
    end
  end
end

# app/controllers/web/logouts_controller.rb
module Web
  class LogoutsController < ApplicationController
    def destroy
      current_user.increment!(:token_version)
      # safe: jwt-no-revocation
      cookies.delete(:auth_token)
      redirect_to root_path
    end

    def revoke
      # expect: jwt-no-revocation
      cookies.encrypted.delete(:bearer_token)
      redirect_to root_path, notice: 'Signed out on this device'
    end

    def log_out
      Rails.cache.write("jwt:revoked:#{current_jti}", true, expires_in: 15.minutes)
      # safe: jwt-no-revocation
      cookies[:auth_token] = nil
      redirect_to root_path
    end
  end
end

# app/controllers/admin/logouts_controller.rb
module Admin
  class LogoutsController < Admin::BaseController
    def destroy
      # expect: jwt-no-revocation
      response.delete_cookie('admin_jwt', path: '/admin')
      redirect_to admin_login_path
    end

    def sign_out
      reset_session
      # safe: jwt-no-revocation
      cookies.delete(:admin_jwt)
      redirect_to admin_login_path
    end
  end
end
