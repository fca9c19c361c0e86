# frozen_string_literal: true

# config/environments/production.rb (booking engine)
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true
  config.force_ssl = true
  config.ssl_options = { hsts: { subdomains: true, preload: true } }
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.active_storage.service = :amazon

  # safe: session-weak-secret
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")

  # Signing key for the partner API tokens (see app/lib/partner_tokens.rb).
  # safe: jwt-weak-secret
  config.x.partner_jwt_secret = ENV.fetch("PARTNER_JWT_SECRET")
  config.x.partner_jwt_ttl = 10.minutes

  config.cache_store = :redis_cache_store, {
    # safe: session-insecure-store
    url: ENV.fetch("CACHE_REDIS_URL", "rediss://cache.booking.internal:6380/0"),
    ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER }
  }

  config.session_store :redis_session_store,
                       key: "__Host-booking_session",
                       # safe: session-no-expiry
                       # safe: session-cookie-insecure
                       serializer: :json, secure: true, httponly: true, same_site: :lax, expire_after: 8.hours,
                       redis: {
                         expire_after: 8.hours,
                         key_prefix: "booking:session:",
                         # safe: session-insecure-store
                         url: ENV.fetch("SESSION_REDIS_URL")
                       }

  config.log_level = :info
  config.log_tags = [:request_id]
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
  config.i18n.fallbacks = true
end
