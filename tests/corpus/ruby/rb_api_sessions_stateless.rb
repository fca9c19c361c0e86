# frozen_string_literal: true

# app/controllers/api/v1/sessions_controller.rb - the mobile app signs in here
# and keeps the returned JWT in the keychain.
module Api
  module V1
    class SessionsController < ApplicationController
      skip_before_action :authorize_request, only: :create

      def create
        account = Account.find_by(email: params[:email].to_s.downcase)
        return render(json: { error: 'invalid credentials' }, status: :unauthorized) unless account&.authenticate(params[:password])

        token = AuthToken.encode(sub: account.id, exp: 10.minutes.from_now.to_i)
        render json: { token: token }, status: :created
      end

      # expect: jwt-no-revocation
      def destroy
        render json: { message: 'Signed out. Please discard your token.' }, status: :ok
      end
    end

    class DevicesController < ApplicationController
      # safe: jwt-no-revocation
      def destroy
        head :no_content
      end
    end
  end
end
