# app/controllers/sessions_controller.rb
class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]
  rate_limit to: 10, within: 3.minutes, only: :create

  def new
  end

  def create
    user = User.find_by(email: params[:email].to_s.downcase)

    if user&.authenticate(params[:password])
      # expect: session-fixation
      session[:user_id] = user.id
      session[:signed_in_at] = Time.current.to_i
      user.update_column(:last_sign_in_at, Time.current)

      if params[:remember_me] == "1"
        token = user.generate_remember_token!
        # expect: session-cookie-insecure
        cookies[:remember_token] = { value: token, expires: 2.weeks.from_now }
      end

      redirect_to session.delete(:return_to) || dashboard_path, notice: "Signed in."
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    current_user&.forget_remember_token!
    cookies.delete(:remember_token)
    # safe: jwt-no-revocation
    reset_session
    redirect_to root_path, notice: "Signed out."
  end

  def switch_locale
    # safe: session-cookie-insecure
    cookies[:locale] = { value: params[:locale], expires: 1.year.from_now }
    # safe: session-fixation
    session[:locale] = params[:locale]
    redirect_back fallback_location: root_path
  end
end
