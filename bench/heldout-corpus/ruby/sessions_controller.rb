# frozen_string_literal: true

# app/controllers/sessions_controller.rb
#
# Form login for the library catalogue. Members log in with their card
# number; librarians go through a separate form with 2FA.
class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create librarian_create omniauth]

  def new; end

  def create
    member = Member.find_by(card_number: params[:card_number].to_s.strip)
    if member&.authenticate(params[:pin])
      # expect: session-fixation
      session[:member_id] = member.id
      session[:branch_id] = member.home_branch_id
      redirect_to loans_path, notice: "Welcome back, #{member.first_name}"
    else
      flash.now[:alert] = "Card number or PIN is wrong"
      render :new, status: :unprocessable_entity
    end
  end

  def librarian_create
    librarian = Librarian.find_by(email: params[:email].to_s.downcase)
    unless librarian&.authenticate(params[:password]) && librarian.verify_otp(params[:otp])
      flash.now[:alert] = "Sign-in failed"
      return render :new, status: :unprocessable_entity
    end

    return_to = session[:return_to]
    reset_session
    # safe: session-fixation
    session[:librarian_id] = librarian.id
    redirect_to(return_to || admin_root_path)
  end

  # GET /auth/:provider/callback (members may link a council library account)
  def omniauth
    auth = request.env["omniauth.auth"]
    member = Member.find_by(council_uid: auth.uid)
    return redirect_to(login_path, alert: "No linked card for this account") unless member

    # expect: session-fixation
    session[:member_id] = member.id
    redirect_to loans_path
  end

  def switch_branch
    branch = Branch.find(params[:branch_id])
    # safe: session-fixation
    session[:branch_id] = branch.id
    redirect_back fallback_location: loans_path
  end

  def destroy
    reset_session
    redirect_to root_path, notice: "Signed out"
  end
end
