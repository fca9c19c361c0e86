# frozen_string_literal: true

# config/initializers/devise.rb (clinic scheduling app: web UI + JSON API)
Devise.setup do |config|
  config.mailer_sender = "no-reply@scheduling.example.org"
  require "devise/orm/active_record"

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth, :params_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  config.reconfirmable = true
  config.confirm_within = 3.days
  config.lock_strategy = :failed_attempts
  config.unlock_strategy = :email
  config.maximum_attempts = 8
  config.paranoid = true

  # expect: session-no-expiry
  config.remember_for = 1.year
  config.extend_remember_period = true
  # expect: session-cookie-insecure
  config.rememberable_options = { secure: false }

  # safe: session-no-expiry
  config.timeout_in = 30.minutes

  config.password_length = 12..128
  config.email_regexp = /\A[^@\s]+@[^@\s]+\z/
  config.reset_password_within = 2.hours
  config.sign_out_via = :delete
  config.navigational_formats = ["*/*", :html, :turbo_stream]

  config.jwt do |jwt|
    # safe: jwt-weak-secret
    jwt.secret = ENV.fetch("DEVISE_JWT_SECRET_KEY")
    jwt.dispatch_requests = [["POST", %r{\A/api/login\z}]]
    jwt.revocation_requests = [["DELETE", %r{\A/api/logout\z}]]
    # expect: jwt-long-lived
    jwt.expiration_time = 7.days.to_i
    jwt.aud_header = "JWT_AUD"
  end
end
