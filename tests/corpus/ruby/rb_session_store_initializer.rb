# frozen_string_literal: true

# config/initializers/session_store.rb (per-environment switches live here too)
case Rails.env
when 'production'
  # safe: session-cookie-insecure
  # safe: session-no-expiry
  Rails.application.config.session_store :cookie_store, key: '_shopfront_session', secure: true, httponly: true, same_site: :lax, expire_after: 8.hours
when 'staging'
  # expect: session-cookie-insecure
  # expect: session-no-expiry
  Rails.application.config.session_store :cookie_store, key: '_shopfront_staging', secure: false, expire_after: 90.days
when 'demo'
  # expect: session-cookie-insecure
  Rails.application.config.session_store :cookie_store, key: '_shopfront_demo', httponly: false, expire_after: 2.hours
when 'partner'
  # expect: session-insecure-store
  # expect: session-no-expiry
  Rails.application.config.session_store :redis_store, servers: ['redis://sessions.internal:6379/0/session'], expire_after: 1.week, key: '_partner_session', secure: true
when 'partner_tls'
  # safe: session-insecure-store
  # safe: session-no-expiry
  Rails.application.config.session_store :redis_store, servers: ['rediss://sessions.internal:6380/0/session'], expire_after: 12.hours, key: '_partner_session', secure: true
when 'cluster'
  Rails.application.config.session_store :redis_session_store,
                                         key: '_cluster_session',
                                         # expect: session-insecure-store
                                         redis: { url: 'redis://10.4.2.9:6379/3', expire_after: 2.hours },
                                         secure: true
when 'cluster_env'
  # safe: session-insecure-store
  Rails.application.config.session_store :redis_session_store, key: '_cluster_session', redis: { url: ENV.fetch('SESSION_REDIS_URL'), expire_after: 2.hours }
else
  # safe: session-cookie-insecure
  Rails.application.config.session_store :cookie_store, key: '_shopfront_dev', secure: Rails.env.production?, expire_after: 30.minutes
end

# config/initializers/secret_token.rb
if Rails.env.test?
  # expect: session-weak-secret
  Rails.application.config.secret_key_base = 'f0a6c3b1d2e4a5968776d5c4b3a29180f0e1d2c3b4a5968776d5c4b3a29180'
else
  # safe: session-weak-secret
  Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')
end
# expect: session-weak-secret
Rails.application.config.secret_token = ENV['SECRET_TOKEN'] || 'insecure-dev-token-do-not-use'
# safe: session-weak-secret
Rails.application.config.secret_key_base = Rails.application.credentials.secret_key_base

# config/application.rb (rack session for the embedded admin engine)
module Shopfront
  class Application < Rails::Application
    # expect: session-weak-secret
    config.middleware.use Rack::Session::Cookie, key: 'admin.session', secret: 'keyboard cat', same_site: :lax
    # safe: session-weak-secret
    config.middleware.use Rack::Session::Cookie, key: 'ops.session', secret: ENV.fetch('OPS_SESSION_SECRET'), same_site: :lax
    # expect: session-cookie-insecure
    config.action_dispatch.cookies_same_site_protection = :none
  end
end
