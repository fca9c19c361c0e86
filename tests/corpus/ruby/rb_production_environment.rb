# frozen_string_literal: true

# config/environments/production.rb (excerpt) of the storefront
require 'active_support/core_ext/integer/time'

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info

  # Sessions live in the shared cache so that every web node sees them.
  # expect: session-insecure-store
  config.cache_store = :redis_cache_store, { url: 'redis://cache-primary.storefront.internal:6379/2', namespace: 'sf' }
  # safe: session-no-expiry
  # safe: session-cookie-insecure
  config.session_store :cache_store, key: '_storefront_session', expire_after: 4.hours, secure: true, same_site: :lax
end

# config/environments/staging.rb (excerpt)
Rails.application.configure do
  # safe: session-insecure-store
  config.cache_store = :redis_cache_store, { url: 'rediss://cache-staging.storefront.internal:6380/2', ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  # safe: session-cookie-insecure
  config.session_store :cache_store, key: '_storefront_staging_session', expire_after: 4.hours
end

# config/environments/sandbox.rb (excerpt): cookie sessions, cache only for fragments
Rails.application.configure do
  # safe: session-insecure-store
  config.cache_store = :redis_cache_store, { url: 'redis://fragments.sandbox.internal:6379/0' }
  # safe: session-weak-secret
  config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { SecureRandom.hex(64) }
  # expect: session-no-expiry
  config.session_store :cookie_store, key: '_sandbox_session', expire_after: 30.days
end
