# ruleid: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 90.days
# ok: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 8.hours
# a day is neither unbounded nor many days
# ok: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 1.day, secure: true
# ok: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 24.hours
# ruleid: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 2.days
# ruleid: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', :expire_after => 14.days
# ruleid: rails-session-long-expiry
Rails.application.config.session_store(:cookie_store, key: '_app', expire_after: 1.month)

Rails.application.configure do
  config.session_store :redis_session_store,
                       key: "_booking_session",
                       redis: {
                         # ruleid: rails-session-long-expiry
                         expire_after: 180.days,
                         key_prefix: "booking:session:",
                         url: ENV.fetch("SESSION_REDIS_URL")
                       }
  config.session_store :redis_session_store,
                       key: "_booking_session",
                       redis: {
                         # ok: rails-session-long-expiry
                         expire_after: 8.hours,
                         url: ENV.fetch("SESSION_REDIS_URL")
                       }
end

class SessionLoaderCookies
  def initialize_session_cookies
    # ruleid: rails-session-long-expiry
    session.options[:expire_after] = 20.years
    session[:started_at] ||= Time.now.utc.inspect
  end

  def remember_locale
    # ok: rails-session-long-expiry
    session.options[:expire_after] = 2.hours
  end
end
