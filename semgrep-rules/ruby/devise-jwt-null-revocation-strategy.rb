class SessionsController < ApplicationController
  def destroy
    # ok: devise-jwt-null-revocation-strategy
    cookies.delete(:jwt)
    # ok: devise-jwt-null-revocation-strategy
    head :no_content
  end
  def logout
    # ok: devise-jwt-null-revocation-strategy
    JwtDenylist.create!(jti: @payload['jti'], exp: Time.at(@payload['exp']))
    # ok: devise-jwt-null-revocation-strategy
    cookies.delete(:jwt)
  end
  def sign_out
    # ok: devise-jwt-null-revocation-strategy
    current_user.increment!(:token_version)
    # ok: devise-jwt-null-revocation-strategy
    cookies.delete(:access_token, domain: :all)
  end
end
class User < ApplicationRecord
  # ruleid: devise-jwt-null-revocation-strategy
  devise :database_authenticatable, :jwt_authenticatable, jwt_revocation_strategy: Devise::JWT::RevocationStrategies::Null
end
