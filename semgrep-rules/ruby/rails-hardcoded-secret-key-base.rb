# ruleid: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = 'a3f9c0e1b2'
# ok: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')
# ruleid: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', 'dev-secret')
# ruleid: rails-hardcoded-secret-key-base
config.secret_token = "0123456789abcdef"
# ruleid: rails-hardcoded-secret-key-base
config.middleware.use Rack::Session::Cookie, secret: 'keyboard cat', key: 'rack.session'
# ok: rails-hardcoded-secret-key-base
Rails.application.config.session_store :redis_store, servers: ['redis://cache.internal:6379/0/session'], expire_after: 2.hours
# ok: rails-hardcoded-secret-key-base
Rails.application.config.session_store :redis_store, servers: ['rediss://cache.internal:6379/0/session'], expire_after: 2.hours
# ok: rails-hardcoded-secret-key-base
Rails.application.config.session_store :redis_session_store, redis: { url: "redis://10.0.0.5:6379/1", expire_after: 1.hour }
# ok: rails-hardcoded-secret-key-base
Rails.application.config.session_store :redis_session_store, redis: { url: ENV['REDIS_URL'] }
# ruleid: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }
# ok: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { SecureRandom.hex(64) }
# ruleid: rails-hardcoded-secret-key-base
Shop::Application.config.secret_token = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'.freeze
# ruleid: rails-hardcoded-secret-key-base
Rails.application.config.secret_key_base = Rails.application.credentials.secret_key_base || 'fallback-base'
Devise.setup do |config|
  # ruleid: rails-hardcoded-secret-key-base
  config.secret_key = '4f1d0c7be2a95e8f3c6b1a0d9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f'
  # ok: rails-hardcoded-secret-key-base
  config.mailer_sender = 'please-change-me@example.com'
end
Devise.setup do |config|
  # ok: rails-hardcoded-secret-key-base
  config.secret_key = Rails.application.credentials.devise_secret_key
end
# ok: rails-hardcoded-secret-key-base
webhook.secret_key = 'not-devise-and-not-rails'
