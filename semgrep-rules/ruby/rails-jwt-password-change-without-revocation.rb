# frozen_string_literal: true

module Api
  module V1
    class AuthController < ApplicationController
      include ApiAuthentication

      # PATCH /api/v1/auth/password
      def update_password
        unless @current_api_user.authenticate(params.require(:current_password))
          return render json: { error: "wrong password" }, status: :unprocessable_entity
        end

        # ruleid: rails-jwt-password-change-without-revocation
        @current_api_user.update!(password: params.require(:new_password))
        head :no_content
      end

      def change_password
        # ok: rails-jwt-password-change-without-revocation
        current_user.update!(password: params[:password], token_version: current_user.token_version + 1)
        head :no_content
      end

      def rotate_password
        # ok: rails-jwt-password-change-without-revocation
        current_user.update!(password: params[:password])
        current_user.increment!(:token_version)
        head :no_content
      end

      def reset_password_with_email
        user = User.find_by(email: params[:email])
        # ruleid: rails-jwt-password-change-without-revocation
        if user.reset_password!(params[:password])
          render json: { status: "password changed" }
        end
      end

      def set_password
        user = User.find(params[:id])
        # ruleid: rails-jwt-password-change-without-revocation
        user.password = params[:password]
        user.save!
        head :no_content
      end

      def reset_after_email
        user = User.find(params[:id])
        # ok: rails-jwt-password-change-without-revocation
        user.password = params[:password]
        JwtDenylist.where(user_id: user.id).delete_all
        user.save!
      end

      # sign-up sets the first password: nothing was issued yet
      def create
        user = User.new(email: params[:email])
        # ok: rails-jwt-password-change-without-revocation
        user.password = params[:password]
        user.save!
        render json: { token: JsonWebToken.encode(user) }
      end
    end
  end
end

class UsersController < ApplicationController
  def update
    @user = User.find(params[:id])
    # ruleid: rails-jwt-password-change-without-revocation
    if @user.update(user_params)
      render json: { message: "updated", token: encode_token(user_id: @user.id) }
    end
  end

  def update_profile
    # ok: rails-jwt-password-change-without-revocation
    @user.update(profile_params)
  end

  private

  def user_params
    params.require(:user).permit(:username, :password, :password_confirmation)
  end

  def profile_params
    params.require(:user).permit(:username, :bio)
  end
end

