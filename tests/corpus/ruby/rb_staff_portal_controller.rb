# frozen_string_literal: true

# app/controllers/staff/sessions_controller.rb - staff portal, JWT kept in a cookie
module Staff
  class SessionsController < Staff::BaseController
    def create
      staff = StaffMember.authenticate_by(email: params[:email], password: params[:password])
      return redirect_to(staff_login_path, alert: 'Invalid login') unless staff

      # expect: session-fixation
      session[:staff_member_id] = staff.id
      # safe: session-cookie-insecure
      cookies.encrypted[:staff_jwt] = { value: StaffToken.issue(staff), httponly: true, secure: true, same_site: :strict }
      redirect_to staff_root_path
    end

    def create_with_reset
      staff = StaffMember.authenticate_by(email: params[:email], password: params[:password])
      return redirect_to(staff_login_path) unless staff

      request.reset_session
      # safe: session-fixation
      session[:staff_member_id] = staff.id
      redirect_to staff_root_path
    end

    def destroy
      # expect: jwt-no-revocation
      cookies.delete(:staff_jwt)
      redirect_to staff_login_path
    end
  end
end

# app/services/staff_token.rb
class StaffToken
  def self.issue(staff)
    JWT.encode({ sub: staff.id, exp: 10.minutes.from_now.to_i }, Rails.application.credentials.staff_jwt_key, 'HS256')
  end

  def self.kid(token)
    # safe: jwt-signature-not-verified
    _claims, header = JWT.decode(token, nil, false)
    key = Rails.application.credentials.staff_keys.fetch(header['kid'])
    # safe: jwt-claims-not-validated
    JWT.decode(token, key, true, algorithm: 'HS256', iss: 'staff', verify_iss: true).first
  end

  def self.audit_subject(token)
    # safe: jwt-signature-not-verified
    header = JSON.parse(Base64.urlsafe_decode64(token.split('.')[0]))
    header['kid']
  end
end
