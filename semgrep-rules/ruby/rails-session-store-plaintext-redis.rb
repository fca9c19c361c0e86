# ok: rails-session-store-plaintext-redis
Rails.application.config.secret_key_base = 'a3f9c0e1b2'
# ok: rails-session-store-plaintext-redis
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')
# ok: rails-session-store-plaintext-redis
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', 'dev-secret')
# ok: rails-session-store-plaintext-redis
config.secret_token = "0123456789abcdef"
# ok: rails-session-store-plaintext-redis
config.middleware.use Rack::Session::Cookie, secret: 'keyboard cat', key: 'rack.session'
# ruleid: rails-session-store-plaintext-redis
Rails.application.config.session_store :redis_store, servers: ['redis://cache.internal:6379/0/session'], expire_after: 2.hours
# ok: rails-session-store-plaintext-redis
Rails.application.config.session_store :redis_store, servers: ['rediss://cache.internal:6379/0/session'], expire_after: 2.hours
# ruleid: rails-session-store-plaintext-redis
Rails.application.config.session_store :redis_session_store, redis: { url: "redis://10.0.0.5:6379/1", expire_after: 1.hour }
# ok: rails-session-store-plaintext-redis
Rails.application.config.session_store :redis_session_store, redis: { url: ENV['REDIS_URL'] }
Rails.application.configure do
  # ruleid: rails-session-store-plaintext-redis
  config.cache_store = :redis_cache_store, { url: 'redis://cache.internal:6379/1', expires_in: 90.minutes }
  # ok: rails-session-store-plaintext-redis
  config.session_store :cache_store, key: '_app_session', expire_after: 2.hours
end
Rails.application.configure do
  # ok: rails-session-store-plaintext-redis
  config.cache_store = :redis_cache_store, { url: 'rediss://cache.internal:6380/1' }
  # ok: rails-session-store-plaintext-redis
  config.session_store :cache_store, key: '_app_session'
end
Rails.application.configure do
  # ok: rails-session-store-plaintext-redis
  config.cache_store = :redis_cache_store, { url: 'redis://cache.internal:6379/1' }
  # ok: rails-session-store-plaintext-redis
  config.session_store :cookie_store, key: '_app_session'
end
Rails.application.configure do
  # ruleid: rails-session-store-plaintext-redis
  config.session_store :redis_store, servers: [{ host: 'sessions.internal', port: 6379, db: 0, namespace: 'session' }], expire_after: 30.minutes
end
Rails.application.configure do
  # ok: rails-session-store-plaintext-redis
  config.session_store :redis_store, servers: [{ host: 'sessions.internal', port: 6380, ssl: true }], expire_after: 30.minutes
end
class Shop < Sinatra::Base
  # ruleid: rails-session-store-plaintext-redis
  use Rack::Session::Redis, redis_server: 'redis://sessions.internal:6379/0', expire_after: 1800
  # ok: rails-session-store-plaintext-redis
  use Rack::Session::Cookie, key: 'shop', secret: ENV.fetch('SESSION_SECRET')
end
