# app/controllers/users/omniauth_callbacks_controller.rb
module Users
  class OmniauthCallbacksController < Devise::OmniauthCallbacksController
    skip_before_action :verify_authenticity_token, only: :apple

    def google_oauth2
      @user = User.from_omniauth(request.env["omniauth.auth"])

      if @user.persisted?
        # safe: session-fixation
        sign_in_and_redirect @user, event: :authentication
        set_flash_message(:notice, :success, kind: "Google") if is_navigational_format?
      else
        session["devise.google_data"] = request.env["omniauth.auth"].except("extra", "credentials")
        redirect_to new_user_registration_url, alert: @user.errors.full_messages.join("\n")
      end
    end

    # The desktop app opens this page in an embedded web view and reads the token
    # back out of the page's storage.
    def desktop
      @user = User.from_omniauth(request.env["omniauth.auth"])
      token = desktop_token_for(@user)
      render html: <<~HTML.html_safe
        <script>
          // expect: jwt-in-browser-storage
          window.localStorage.setItem("desktop_jwt", #{token.to_json});
          // safe: jwt-in-browser-storage
          window.localStorage.setItem("desktop_theme", #{@user.theme.to_json});
          window.location = "myapp://signed-in";
        </script>
      HTML
    end

    def failure
      redirect_to root_path, alert: "Authentication failed: #{failure_message}"
    end

    private

    def desktop_token_for(user)
      # expect: jwt-sensitive-payload
      JWT.encode(user.attributes.merge("exp" => 10.minutes.from_now.to_i), Rails.application.credentials.desktop_jwt_key!, "HS256")
    end

    # The print relay on the office LAN only accepts unsigned tokens.
    def print_relay_token(user)
      payload = { sub: user.id, printer: user.office_printer, exp: 2.minutes.from_now.to_i }
      # expect: jwt-none-algorithm
      JWT.encode(payload, nil, "none")
    end
  end
end
