# ruleid: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 90.days
# ok: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 8.hours
# ruleid: rails-session-long-expiry
Rails.application.config.session_store :cookie_store, key: '_app', expire_after: 1.day, secure: true
Devise.setup do |config|
  # ok: rails-session-long-expiry
  config.timeout_in = 30.minutes
  # ruleid: rails-session-long-expiry
  config.timeout_in = 2.weeks
  # ruleid: rails-session-long-expiry
  config.remember_for = 1.year
  # ruleid: rails-session-long-expiry
  config.expire_all_remember_me_on_sign_out = false
  # ok: rails-session-long-expiry
  config.expire_all_remember_me_on_sign_out = true
end
def a
  # ruleid: rails-session-long-expiry
  cookies.permanent[:auth_token] = token
  # ok: rails-session-long-expiry
  cookies.permanent[:locale] = 'en'
  # ruleid: rails-session-long-expiry
  cookies.encrypted[:session_token] = { value: t, expires: 30.days.from_now, httponly: true, secure: true }
  # ok: rails-session-long-expiry
  cookies.encrypted[:session_token] = { value: t, expires: 2.hours.from_now, httponly: true, secure: true }
end

class RememberController < ApplicationController
  def remember!(user)
    cookies.signed[:remember_token] = {
      value: user.remember_token,
      # ruleid: rails-session-long-expiry
      :expires => 20.years.from_now
    }
  end

  def remember_for_a_while!(user)
    cookies.encrypted[:auth_token] = {
      value: user.auth_token,
      httponly: true,
      # ruleid: rails-session-long-expiry
      expires: Time.now + 6.months
    }
  end

  def short!(user)
    cookies.encrypted[:auth_token] = {
      value: user.auth_token,
      # ok: rails-session-long-expiry
      expires: Time.current + 30.minutes
    }
  end

  def theme!
    cookies[:theme] = {
      value: 'dark',
      # ok: rails-session-long-expiry
      expires: 20.years.from_now
    }
  end
end

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

  def start_new_session_for(user)
    user.sessions.create!(user_agent: request.user_agent, ip_address: request.remote_ip).tap do |session|
      Current.session = session
      # ruleid: rails-session-long-expiry
      cookies.signed.permanent[:session_id] = { value: session.id, httponly: true, same_site: :lax }
    end
  end

  def remember_locale
    # ok: rails-session-long-expiry
    cookies.signed.permanent[:locale] = params[:locale]
    # ok: rails-session-long-expiry
    session.options[:expire_after] = 2.hours
  end
end
