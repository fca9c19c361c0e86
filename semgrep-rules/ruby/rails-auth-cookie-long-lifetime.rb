Devise.setup do |config|
  # ok: rails-auth-cookie-long-lifetime
  config.timeout_in = 30.minutes
  # ok: rails-auth-cookie-long-lifetime
  config.timeout_in = 8.hours
  # ruleid: rails-auth-cookie-long-lifetime
  config.timeout_in = 2.weeks
  # ruleid: rails-auth-cookie-long-lifetime
  config.remember_for = 1.year
  # ruleid: rails-auth-cookie-long-lifetime
  config.remember_for = 90.days
  # ruleid: rails-auth-cookie-long-lifetime
  config.remember_for = 3.months
  # ok: rails-auth-cookie-long-lifetime
  config.remember_for = 2.weeks
  # ok: rails-auth-cookie-long-lifetime
  config.remember_for = Utils.parse_duration(ENV['REMEMBER_FOR']).presence || 4.weeks
  # ruleid: rails-auth-cookie-long-lifetime
  config.expire_all_remember_me_on_sign_out = false
  # ok: rails-auth-cookie-long-lifetime
  config.expire_all_remember_me_on_sign_out = true
end
def a
  # ruleid: rails-auth-cookie-long-lifetime
  cookies.permanent[:auth_token] = token
  # ok: rails-auth-cookie-long-lifetime
  cookies.permanent[:locale] = 'en'
  # ruleid: rails-auth-cookie-long-lifetime
  cookies.encrypted[:session_token] = { value: t, expires: 30.days.from_now, httponly: true, secure: true }
  # ok: rails-auth-cookie-long-lifetime
  cookies.encrypted[:session_token] = { value: t, expires: 2.hours.from_now, httponly: true, secure: true }
end

class RememberController < ApplicationController
  def remember!(user)
    cookies.signed[:remember_token] = {
      value: user.remember_token,
      # ruleid: rails-auth-cookie-long-lifetime
      :expires => 20.years.from_now
    }
  end

  def remember_for_a_while!(user)
    cookies.encrypted[:auth_token] = {
      value: user.auth_token,
      httponly: true,
      # ruleid: rails-auth-cookie-long-lifetime
      expires: Time.now + 6.months
    }
  end

  def short!(user)
    cookies.encrypted[:auth_token] = {
      value: user.auth_token,
      # ok: rails-auth-cookie-long-lifetime
      expires: Time.current + 30.minutes
    }
  end

  def theme!
    cookies[:theme] = {
      value: 'dark',
      # ok: rails-auth-cookie-long-lifetime
      expires: 20.years.from_now
    }
  end
end

class SessionLoaderCookies
  def initialize_session_cookies
    session[:started_at] ||= Time.now.utc.inspect
  end

  def start_new_session_for(user)
    user.sessions.create!(user_agent: request.user_agent, ip_address: request.remote_ip).tap do |session|
      Current.session = session
      # ruleid: rails-auth-cookie-long-lifetime
      cookies.signed.permanent[:session_id] = { value: session.id, httponly: true, same_site: :lax }
    end
  end

  def remember_locale
    # ok: rails-auth-cookie-long-lifetime
    cookies.signed.permanent[:locale] = params[:locale]
  end
end
