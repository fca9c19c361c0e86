# frozen_string_literal: true

Devise.setup do |config|
  config.mailer_sender = "no-reply@example.com"

  require "devise/orm/active_record"

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth, :params_auth]

  config.stretches = Rails.env.test? ? 1 : 12

  config.reconfirmable = true
  config.expire_all_remember_me_on_sign_out = true
  # safe: session-cookie-insecure
  config.rememberable_options = { secure: true, httponly: true, same_site: :lax }

  config.password_length = 12..128
  config.email_regexp = /\A[^@\s]+@[^@\s]+\z/

  # safe: session-no-expiry
  config.timeout_in = 30.minutes

  config.lock_strategy = :failed_attempts
  config.unlock_strategy = :both
  config.maximum_attempts = 10
  config.reset_password_within = 2.hours

  config.sign_out_via = :delete
  config.navigational_formats = ["*/*", :html, :turbo_stream]

  # Tokens for the mobile API (devise-jwt)
  config.jwt do |jwt|
    # expect: jwt-weak-secret
    jwt.secret = ENV.fetch("DEVISE_JWT_SECRET_KEY", "devise-jwt-secret")
    jwt.dispatch_requests = [["POST", %r{^/api/v1/login$}]]
    jwt.revocation_requests = [["DELETE", %r{^/api/v1/logout$}]]
    # expect: jwt-long-lived
    jwt.expiration_time = 30.days.to_i
    jwt.request_formats = { api_user: [:json] }
  end

  config.warden do |manager|
    manager.failure_app = CustomFailureApp
  end
end
