# config/initializers/session_store.rb
#
# Sessions moved from the cookie to Redis when the cart started to overflow
# the 4 KB cookie limit.

require "redis-session-store"

# expect: session-insecure-store, session-no-expiry, session-cookie-insecure
Rails.application.config.session_store :redis_session_store,
  key: "_storefront_session",
  expire_after: 90.days,
  secure: false,
  httponly: true,
  same_site: :lax,
  redis: {
    expire_after: 90.days,
    key_prefix: "storefront:session:",
    url: ENV.fetch("SESSION_REDIS_URL", "redis://sessions.internal:6379/0")
  },
  on_redis_down: ->(*_args) { Rails.logger.error("Redis down, session lost") }

Rails.application.config.action_dispatch.cookies_same_site_protection = :lax

# The checkout subdomain keeps its own short session in the signed cookie.
Rails.application.config.x.checkout_session = {
  key: "_checkout_session",
  # safe: session-no-expiry
  expire_after: 30.minutes,
  secure: true,
  httponly: true,
  same_site: :strict
}

Rails.application.config.filter_parameters += %i[passw secret token _key crypt salt certificate otp ssn]
