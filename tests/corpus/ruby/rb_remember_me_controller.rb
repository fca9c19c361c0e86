class Api::RememberController < ApplicationController
  def create
    member = Member.find_by(email: params[:email])
    return head :unauthorized unless member&.authenticate(params[:password])

    if params[:remember] == '1'
      cookies.signed[:member_token] = {
        value: member.api_token,
        httponly: true,
        secure: Rails.env.production?,
        same_site: :lax,
        # expect: session-no-expiry
        :expires => 15.years.from_now
      }
    else
      cookies.signed[:member_token] = {
        value: member.api_token,
        httponly: true,
        secure: Rails.env.production?,
        same_site: :lax,
        # safe: session-no-expiry
        expires: Time.current + 8.hours
      }
    end
    cookies[:ui_density] = {
      value: params[:density] || 'comfortable',
      # safe: session-no-expiry
      expires: 10.years.from_now
    }
    render json: { id: member.id }
  end
end

class MemberToken
  def self.read(token)
    # expect: jwt-claims-not-validated
    JWT.decode(token, Rails.application.credentials.member_jwt_key!, algorithm: 'HS256').first
  end

  def self.read_checked(token)
    # safe: jwt-claims-not-validated
    JWT.decode(token, Rails.application.credentials.member_jwt_key!, true,
               algorithm: 'HS256', iss: 'members', verify_iss: true).first
  end
end
