# frozen_string_literal: true

# config/environments/staging.rb (booking engine). Staging holds a nightly
# copy of production data for the support team.
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.assets.compile = false
  config.active_storage.service = :amazon_staging
  config.force_ssl = true

  # expect: session-weak-secret
  config.secret_key_base = "3f9a1c0d5e7b2a4c6e8f0a1b3c5d7e9f"

  # Signing key for the partner API tokens (see app/lib/partner_tokens.rb).
  # expect: jwt-weak-secret
  config.x.partner_jwt_secret = ENV.fetch("PARTNER_JWT_SECRET") { "staging-partner-secret" }
  # safe: jwt-long-lived
  config.x.partner_jwt_ttl = 15.minutes

  config.session_store :redis_session_store,
                       key: "_booking_staging_session",
                       secure: true, httponly: true, same_site: :lax,
                       redis: {
                         # expect: session-no-expiry
                         expire_after: 180.days,
                         key_prefix: "booking:staging:session:",
                         # expect: session-insecure-store
                         url: ENV.fetch("SESSION_REDIS_URL", "redis://staging-redis.booking.internal:6379/3")
                       }

  config.log_level = :debug
  config.log_tags = [:request_id]
  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = { host: "staging.booking.example" }
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = true
  config.active_record.dump_schema_after_migration = false
end
