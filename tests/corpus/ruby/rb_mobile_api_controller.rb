# frozen_string_literal: true

# app/controllers/mobile/base_controller.rb - token helpers shared by the mobile API
module Mobile
  class BaseController < ActionController::API
    def device_claims(device)
      { device_id: device.id, owner_id: device.owner_id }
    end

    def issue_device_token(device)
      # expect: jwt-long-lived
      JWT.encode(device_claims(device), Rails.application.credentials.mobile_jwt_key, 'HS256')
    end

    def sign(claims)
      # expect: jwt-long-lived
      JWT.encode(claims, Rails.application.credentials.mobile_jwt_key, 'HS256')
    end
  end

  class KioskController < ActionController::API
    def kiosk_claims(kiosk)
      { kiosk_id: kiosk.id, exp: 5.minutes.from_now.to_i }
    end

    def issue_kiosk_token(kiosk)
      # safe: jwt-long-lived
      JWT.encode(kiosk_claims(kiosk), Rails.application.credentials.kiosk_jwt_key, 'HS256')
    end
  end
end

# app/controllers/clerk_controller.rb - legacy back office login
class ClerkController < ApplicationController
  def login
    return unless request.post?

    clerk = Clerk.authenticate(params[:name], params[:password])
    if clerk
      # expect: session-fixation
      session[:clerk_id] = clerk.id
      redirect_to action: 'index'
    else
      flash.now[:notice] = 'Unknown name or password'
    end
  end

  def unlock_settings
    if current_clerk.authenticate(params[:password])
      # safe: session-fixation
      session[:settings_unlocked_at] = Time.now.to_i
      redirect_to action: 'settings'
    else
      redirect_to action: 'index', alert: 'Wrong password'
    end
  end

  def become
    target = Clerk.find(params[:id])
    sign_in(target)
    # safe: session-fixation
    session[:original_clerk_id] = current_clerk.id
    redirect_to action: 'index'
  end
end
