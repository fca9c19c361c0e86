# app/controllers/admin/sessions_controller.rb
module Admin
  class SessionsController < Admin::BaseController
    skip_before_action :authenticate_admin!, only: %i[new create]

    def new
    end

    def create
      admin = AdminUser.active.find_by(username: params[:username])

      unless admin&.authenticate(params[:password]) && admin.verify_otp(params[:otp])
        flash.now[:alert] = "Invalid credentials"
        return render(:new, status: :unauthorized)
      end

      reset_session
      # safe: session-fixation
      session[:admin_id] = admin.id
      session[:admin_expires_at] = 30.minutes.from_now.to_i

      # safe: session-cookie-insecure
      cookies.signed[:admin_device] = {
        value: admin.device_fingerprint(request),
        httponly: true,
        secure: Rails.env.production?,
        same_site: :strict,
        expires: 12.hours.from_now
      }

      # expect: session-cookie-insecure
      cookies.permanent[:admin_api_token] = admin.regenerate_api_token!

      redirect_to admin_root_path
    end

    def impersonate
      customer = Customer.find(params[:customer_id])
      audit!(:impersonate, customer)
      # expect: session-cookie-insecure
      cookies[:impersonation_token] = { value: customer.signed_id(purpose: :impersonation, expires_in: 1.hour), httponly: true }
      redirect_to storefront_root_url
    end

    def destroy
      admin = current_admin
      admin&.update!(api_token: nil)
      cookies.delete(:admin_api_token)
      reset_session
      redirect_to new_admin_session_path
    end
  end
end
