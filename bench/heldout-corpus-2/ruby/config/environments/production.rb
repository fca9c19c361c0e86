require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true

  # expect: session-weak-secret
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE", "3b7cd727ee24e8444053437c36cc66c3")

  config.public_file_server.headers = { "cache-control" => "public, max-age=#{1.year.to_i}" }
  config.active_storage.service = :amazon

  config.assume_ssl = true
  config.force_ssl = true
  config.ssl_options = { redirect: { exclude: ->(request) { request.path == "/up" } } }

  config.log_tags = [:request_id]
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")

  # expect: session-insecure-store
  config.cache_store = :redis_cache_store, { url: "redis://cache-primary.prod.internal:6379/1", namespace: "cache" }
  # safe: session-no-expiry, session-cookie-insecure
  config.session_store :cache_store, key: "_backoffice_session", expire_after: 8.hours, secure: true, httponly: true, same_site: :lax

  config.active_job.queue_adapter = :sidekiq
  config.action_cable.url = "wss://backoffice.example.com/cable"

  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = { host: "backoffice.example.com" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
  config.active_record.attributes_for_inspect = [:id]

  config.hosts = ["backoffice.example.com", /.*\.backoffice\.example\.com/]
  config.host_authorization = { exclude: ->(request) { request.path == "/up" } }
end
