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

class OperatorsController < ApplicationController
  def sign_on
    if request.post?
      operator = Operator.authenticate(params[:name], params[:pass])
      if operator
        # ruleid: rails-session-fixation
        session[:operator_id] = operator.id
        redirect_to action: 'index'
      end
    end
  end

  def create
    # ok: rails-session-fixation
    @operator = Operator.new(params.require(:operator).permit(:name))
  end

  def act_as
    target = Operator.find(params[:id])
    # ok: rails-session-fixation
    bypass_sign_in(target)
    # ok: rails-session-fixation
    session[:original_operator_id] = current_operator.id
  end

  def confirm_identity
    if current_operator.authenticate(params[:pass])
      # ok: rails-session-fixation
      session[:reauthenticated_at] = Time.now.to_i
      # ok: rails-session-fixation
      session[:last_confirmed] = Time.now.to_i
    end
  end

  def first_step
    operator = Operator.find_by(name: params[:name])
    if operator&.authenticate(params[:pass])
      if operator.otp_enabled?
        # ok: rails-session-fixation
        session[:pending_otp_operator_id] = operator.id
      else
        # ok: rails-session-fixation
        sign_in(operator)
      end
    end
  end
end

class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:session][:email].downcase)
    if user && user.authenticate(params[:session][:password])
      # ruleid: rails-session-fixation
      log_in user
      redirect_to user
    else
      render 'new', status: :unprocessable_entity
    end
  end

  def create_reset
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      # ok: rails-session-fixation
      reset_session
      # ok: rails-session-fixation
      log_in user
    end
  end

  def login
    member = Member.find_by(login: params[:login])
    return head(:unauthorized) unless member && member.password == Digest::SHA256.hexdigest(params[:password])
    # ruleid: rails-session-fixation
    session[:member_id] = member.id
  end

  def sign_in_with_pin
    clerk = Clerk.find_by(badge: params[:badge])
    if clerk&.authenticate_pin(params[:pin])
      # ruleid: rails-session-fixation
      session[:clerk_id] = clerk.id
    end
  end

  def warden_login
    # ok: rails-session-fixation
    user = warden.authenticate!(scope: :user)
    # ok: rails-session-fixation
    session[:user_id] = user.id
  end

  def show
    # ok: rails-session-fixation
    log_in_user_count = 3
  end
end

class PortalController < ApplicationController
  def authenticate
    rows = ActiveRecord::Base.connection.exec_query('SELECT id FROM staff WHERE email = $1 AND pin = $2', 'login', [params[:email], params[:pin]])
    if rows.any?
      # ruleid: rails-session-fixation
      session[:staff_email] = params[:email]
      redirect_to portal_path
    else
      render :login
    end
  end

  def authenticate_again
    rows = Staff.where(email: params[:email], pin: params[:pin])
    if rows.any?
      reset_session
      # ok: rails-session-fixation
      session[:staff_email] = params[:email]
    end
  end

  # Rails 8 authentication generator: the login is a new Session record in its own signed cookie
  def openid_connect
    auth = request.env["omniauth.auth"]
    user = OidcIdentity.find_by(provider: auth.provider, uid: auth.uid)&.user
    # ok: rails-session-fixation
    session[:sso_login_provider] = auth.provider
    if user.otp_required?
      session[:mfa_user_id] = user.id
      redirect_to verify_mfa_path
    else
      start_new_session_for(user)
      redirect_to root_path
    end
  end

  def omniauth
    user = User.from_omniauth(request.env["omniauth.auth"])
    # ruleid: rails-session-fixation
    session[:user_id] = user.id
    # ok: rails-session-fixation
    session[:login_provider] = request.env["omniauth.auth"].provider
    redirect_to root_path
  end
end
