# frozen_string_literal: true

# app/controllers/api/v2/seller_auth_controller.rb
#
# v2 of the seller API: tokens are short-lived, carry a jti and a token
# version, and logout / password changes are enforced on the server.
module Api
  module V2
    class SellerAuthController < ApplicationController
      before_action :authenticate_seller!, except: :create

      # safe: jwt-weak-secret
      SIGNING_KEY = Rails.application.credentials.fetch(:seller_jwt_key)
      # safe: jwt-long-lived
      ACCESS_TTL = 10.minutes

      def create
        seller = Seller.find_by(email: params.require(:email).downcase)
        return head :unauthorized unless seller&.authenticate(params.require(:password))

        token = issue(seller)
        # safe: session-cookie-insecure
        cookies.encrypted[:seller_jwt] = { value: token, httponly: true, secure: true, same_site: :strict, expires: ACCESS_TTL.from_now }
        render json: { seller_id: seller.id }
      end

      def destroy
        # safe: jwt-no-revocation
        RevokedToken.create!(jti: @claims["jti"], expires_at: Time.at(@claims["exp"]))
        cookies.delete(:seller_jwt)
        head :no_content
      end

      def update_password
        return head :unprocessable_entity unless @seller.authenticate(params.require(:current_password))

        @seller.password = params.require(:new_password)
        # safe: jwt-no-revocation
        @seller.token_version += 1
        @seller.save!
        head :no_content
      end

      private

      def issue(seller)
        # safe: jwt-sensitive-payload
        payload = { sub: seller.id, roles: seller.role_names, ver: seller.token_version, jti: SecureRandom.uuid,
                    iss: "marketplace", aud: "seller-api", exp: ACCESS_TTL.from_now.to_i }
        JWT.encode(payload, SIGNING_KEY, "HS256")
      end

      def authenticate_seller!
        # safe: jwt-none-algorithm
        # safe: jwt-claims-not-validated
        @claims, = JWT.decode(cookies.encrypted[:seller_jwt].to_s, SIGNING_KEY, true,
                              algorithm: "HS256", verify_iss: true, iss: "marketplace",
                              verify_aud: true, aud: "seller-api", required_claims: %w[exp jti])
        @seller = Seller.find(@claims["sub"])
        return head :unauthorized if @seller.token_version != @claims["ver"]
        return head :unauthorized if RevokedToken.exists?(jti: @claims["jti"])
      rescue JWT::DecodeError, ActiveRecord::RecordNotFound
        head :unauthorized
      end
    end
  end
end
