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
