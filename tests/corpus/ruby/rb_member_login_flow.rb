# frozen_string_literal: true

# app/controllers/member_sessions_controller.rb - members sign in with a
# password or a branch PIN; the tutorial-style helper lives in SessionsHelper.
class MemberSessionsController < ApplicationController
  include SessionsHelper

  def create
    member = Member.find_by(email: params[:email].to_s.strip.downcase)
    if member && member.authenticate(params[:password])
      # expect: session-fixation
      log_in member
      remember(member) if params[:remember_me] == '1'
      redirect_back_or member
    else
      flash.now[:danger] = 'Invalid email/password combination'
      render 'new', status: :unprocessable_entity
    end
  end

  def create_with_reset
    member = Member.find_by(email: params[:email].to_s.strip.downcase)
    return render('new', status: :unprocessable_entity) unless member&.authenticate(params[:password])

    forwarding_url = session[:forwarding_url]
    reset_session
    # safe: session-fixation
    log_in member
    redirect_to forwarding_url || member
  end

  def pin_login
    clerk = Clerk.find_by(badge_number: params[:badge])
    head :unauthorized and return unless clerk&.authenticate_pin(params[:pin])

    # expect: session-fixation
    session[:clerk_id] = clerk.id
    redirect_to register_path
  end

  def legacy_login
    account = LegacyAccount.find_by(login: params[:login])
    if account && account.password == Digest::SHA256.hexdigest(params[:password] + account.salt)
      # expect: session-fixation
      session[:legacy_account_id] = account.id
      redirect_to root_path
    else
      redirect_to login_path, alert: 'Try again'
    end
  end

  def confirm_password
    if current_member.authenticate(params[:password])
      # safe: session-fixation
      session[:password_confirmed_at] = Time.current.to_i
      redirect_to edit_security_path
    else
      render :confirm, status: :unprocessable_entity
    end
  end

  def warden_login
    # safe: session-fixation
    member = warden.authenticate!(scope: :member)
    # safe: session-fixation
    session[:member_id] = member.id
    redirect_to root_path
  end
end
