class SessionsController < ApplicationController
  def destroy
    # ruleid: rails-jwt-logout-without-revocation
    cookies.delete(:jwt)
    # ok: rails-jwt-logout-without-revocation
    head :no_content
  end
  def logout
    # ok: rails-jwt-logout-without-revocation
    JwtDenylist.create!(jti: @payload['jti'], exp: Time.at(@payload['exp']))
    # ok: rails-jwt-logout-without-revocation
    cookies.delete(:jwt)
  end
  def sign_out
    # ok: rails-jwt-logout-without-revocation
    current_user.increment!(:token_version)
    # ok: rails-jwt-logout-without-revocation
    cookies.delete(:access_token, domain: :all)
  end
end
class User < ApplicationRecord
  # ok: rails-jwt-logout-without-revocation
  devise :database_authenticatable, :jwt_authenticatable, jwt_revocation_strategy: Devise::JWT::RevocationStrategies::Null
end
