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

module Api
  class SessionsController < ApplicationController
    def create
      user = User.find_by(email: params[:email])
      return head(:unauthorized) unless user&.authenticate(params[:password])

      render json: { token: JsonWebToken.encode(user_id: user.id) }
    end

    # ruleid: rails-jwt-logout-without-revocation
    def destroy
      render json: { message: 'Logged out' }, status: :ok
    end
  end

  class TokensController < ApplicationController
    def create
      render json: { token: JWT.encode({ sub: current_user.id, exp: 10.minutes.from_now.to_i }, ENV.fetch('JWT_SECRET'), 'HS256') }
    end

    # ok: rails-jwt-logout-without-revocation
    def destroy
      RevokedToken.create!(jti: decoded_token['jti'], exp: Time.at(decoded_token['exp']))
      head :no_content
    end
  end

  class PagesController < ApplicationController
    # ok: rails-jwt-logout-without-revocation
    def destroy
      head :no_content
    end
  end
end
class SessionController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      session[:user_id] = user.id
      render json: { jwt: JWT.encode({ id: user.id }, ENV.fetch("JWT_SECRET"), "HS256") }
    end
  end

  # ruleid: rails-jwt-logout-without-revocation
  def logout
    session[:user_id] = nil
    render json: { logged_out: true }
  end
end
class PlainSessionController < ApplicationController
  def create
    session[:user_id] = User.find_by(email: params[:email]).id
  end

  # ok: rails-jwt-logout-without-revocation
  def logout
    session[:user_id] = nil
    render json: { logged_out: true }
  end
end

class Api::V2::SessionsController < ApplicationController
  # the app's own services end the refresh-token family or the session server-side
  def destroy
    TokenFamilyService.new(current_user).terminate_family(cookies[:refresh_token])
    # ok: rails-jwt-logout-without-revocation
    cookies.delete(:jwt)
    head :no_content
  end

  # ok: rails-jwt-logout-without-revocation
  def logout
    session_store.delete_session(request.headers['X-Session-Id'])
    render json: { logged_out: true }
  end
end
