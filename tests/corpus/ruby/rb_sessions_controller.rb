# frozen_string_literal: true

# app/controllers/sessions_controller.rb
class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create sso_callback]

  def new; end

  def create
    user = User.find_by(email: params[:session][:email].to_s.downcase)
    if user&.authenticate(params[:session][:password])
      # expect: session-fixation
      session[:user_id] = user.id
      session[:last_seen_at] = Time.current
      redirect_to dashboard_path, notice: 'Signed in'
    else
      flash.now[:alert] = 'Invalid email or password'
      render :new, status: :unprocessable_entity
    end
  end

  def sso_callback
    auth = request.env['omniauth.auth']
    user = User.from_omniauth(auth)
    # expect: session-fixation
    session[:current_user_id] = user.id
    redirect_to root_path
  end

  def destroy
    # safe: session-fixation
    session[:user_id] = nil
    reset_session
    redirect_to login_path
  end
end

# app/controllers/admin/sessions_controller.rb
module Admin
  class SessionsController < Admin::BaseController
    def create
      admin = AdminUser.find_by(login: params[:login])
      if admin && BCrypt::Password.new(admin.password_digest) == params[:password]
        return_to = session[:return_to]
        reset_session
        # safe: session-fixation
        session[:admin_id] = admin.id
        redirect_to(return_to || admin_root_path)
      else
        redirect_to admin_login_path, alert: 'Nope'
      end
    end
  end
end

# app/controllers/members/sessions_controller.rb
module Members
  class SessionsController < Devise::SessionsController
    def create
      member = Member.find_for_authentication(email: params[:email])
      if member&.valid_password?(params[:password])
        # safe: session-fixation
        sign_in(member)
        redirect_to members_root_path
      else
        redirect_to new_member_session_path
      end
    end
  end
end

# app/controllers/partners/logins_controller.rb
module Partners
  class LoginsController < ApplicationController
    def create
      partner = Partner.find_by(api_login: params[:login])
      return head(:unauthorized) unless partner&.authenticate(params[:secret])

      # expect: session-fixation
      session[:partner_account_id] = partner.id
      # safe: session-fixation
      session[:locale] = partner.locale
      redirect_to partners_dashboard_path
    end
  end
end

# app/controllers/carts_controller.rb
class CartsController < ApplicationController
  def update
    # safe: session-fixation
    session[:cart_id] = Cart.create!.id
    head :ok
  end
end
