class SessionsController < ApplicationController
  def create
    # ok: rails-session-fixation
    user = User.find_by(email: params[:email])
    # ok: rails-session-fixation
    if user&.authenticate(params[:password])
      # ruleid: rails-session-fixation
      session[:user_id] = user.id
      redirect_to root_path
    end
  end
  def create2
    # ok: rails-session-fixation
    user = User.find_by(email: params[:email])
    # ok: rails-session-fixation
    if user&.authenticate(params[:password])
      # ok: rails-session-fixation
      reset_session
      # ok: rails-session-fixation
      session[:user_id] = user.id
    end
  end
  def destroy
    # ok: rails-session-fixation
    session[:user_id] = nil
  end
  def remember
    # ok: rails-session-fixation
    session[:return_to] = request.url
  end
end
class CartsController < ApplicationController
  def update
    # ok: rails-session-fixation
    session[:cart_id] = 1
  end
end
class LoginsController < ApplicationController
  def create
    # ok: rails-session-fixation
    user = User.authenticate_by(email: params[:email], password: params[:password])
    # ruleid: rails-session-fixation
    session[:account_id] = user.id
    # ok: rails-session-fixation
    session[:account_role] = user.role
  end
end

class Login2Controller < ApplicationController
  def login
    user = User.find_by(email: params[:email])
    if user && user.authenticate(params[:password])
      # ruleid: rails-session-fixation
      session[:user_id] = user.id
    end
  end
end
