# frozen_string_literal: true

# app/controllers/api/v1/auth_controller.rb
module Api
  module V1
    class AuthController < ApplicationController
      include ApiAuthentication
      skip_before_action :authenticate_api_user!, only: %i[create web_create refresh]

      # POST /api/v1/auth (mobile app)
      def create
        user = User.find_by(email: params.require(:email).downcase)
        return head :unauthorized unless user&.authenticate(params.require(:password))

        render json: { access_token: JsonWebToken.encode(user), user: UserSerializer.new(user) }
      end

      # POST /api/v1/auth/web (single-page storefront)
      def web_create
        user = User.find_by(email: params.require(:email).downcase)
        return head :unauthorized unless user&.authenticate(params.require(:password))

        # expect: session-cookie-insecure
        cookies[:jwt] = JsonWebToken.encode(user)
        head :no_content
      end

      # POST /api/v1/auth/refresh
      # The app calls this with its (possibly expired) access token.
      def refresh
        # expect: jwt-signature-not-verified
        payload, = JWT.decode(params.require(:access_token), nil, false)
        user = User.find(payload["sub"])
        render json: { access_token: JsonWebToken.encode(user) }
      rescue JWT::DecodeError, ActiveRecord::RecordNotFound
        head :unauthorized
      end

      # DELETE /api/v1/auth
      def destroy
        # expect: jwt-no-revocation
        cookies.delete(:jwt)
        render json: { message: "Signed out. Please discard your token." }
      end

      # PATCH /api/v1/auth/password
      def update_password
        unless @current_api_user.authenticate(params.require(:current_password))
          return render json: { error: "wrong password" }, status: :unprocessable_entity
        end

        # expect: jwt-no-revocation
        @current_api_user.update!(password: params.require(:new_password))
        head :no_content
      end

      # POST /api/v1/auth/share
      # Builds a token the seller dashboard (another team's app) reads the profile from.
      def share
        # expect: jwt-sensitive-payload
        token = JWT.encode(@current_api_user.attributes, ENV.fetch("DASHBOARD_SHARED_KEY"), "HS256")
        render json: { token: token }
      end
    end
  end
end
