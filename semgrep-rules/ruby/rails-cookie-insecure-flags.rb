# ruleid: rails-cookie-insecure-flags
Rails.application.config.session_store :cookie_store, key: '_app', secure: false, httponly: true
# ok: rails-cookie-insecure-flags
Rails.application.config.session_store :cookie_store, key: '_app', secure: Rails.env.production?, same_site: :lax
# ruleid: rails-cookie-insecure-flags
Rails.application.config.session_store :cookie_store, key: '_app', httponly: false, same_site: :none
# ruleid: rails-cookie-insecure-flags
config.rememberable_options = { secure: false }
def a
  # ruleid: rails-cookie-insecure-flags
  cookies[:jwt] = token
  # ruleid: rails-cookie-insecure-flags
  cookies.permanent[:auth_token] = token
  # ruleid: rails-cookie-insecure-flags
  cookies[:token] = { value: token, httponly: false, secure: true }
  # ruleid: rails-cookie-insecure-flags
  cookies.signed[:remember_token] = { value: t, expires: 1.hour.from_now }
  # ok: rails-cookie-insecure-flags
  cookies[:jwt] = { value: token, httponly: true, secure: Rails.env.production?, same_site: :strict }
  # ok: rails-cookie-insecure-flags
  cookies.encrypted[:session_token] = { value: token, secure: true, httponly: true }
  # ok: rails-cookie-insecure-flags
  cookies[:theme] = 'dark'
  # ok: rails-cookie-insecure-flags
  cookies.delete(:jwt)
  # ok: rails-cookie-insecure-flags
  cookies[:jwt] = nil
end
def a(user)
  # ok: rails-cookie-insecure-flags
  JWT.encode({ sub: user.id, user: user, exp: 5.minutes.from_now.to_i }, KEY, 'HS256')
  # ok: rails-cookie-insecure-flags
  JWT.encode({ sub: user.id, user_id: user.id, exp: 5.minutes.from_now.to_i }, KEY, 'HS256')
  # ok: rails-cookie-insecure-flags
  response.set_cookie(:jwt, value: token, httponly: true, secure: true, same_site: :lax)
  # ruleid: rails-cookie-insecure-flags
  response.set_cookie(:jwt, value: token, path: '/')
  # ruleid: rails-cookie-insecure-flags
  response.set_cookie('session_token', { value: token, httponly: false })
end
def remember(user)
  # ruleid: rails-cookie-insecure-flags
  cookies.signed[:user_id] = { value: user.id, httponly: false }
  # ruleid: rails-cookie-insecure-flags
  cookies.encrypted[:user_id] = user.id
  # ok: rails-cookie-insecure-flags
  cookies.encrypted[:user_id] = { value: user.id, httponly: true, secure: Rails.env.production? }
  # ok: rails-cookie-insecure-flags
  cookies[:guid] = SecureRandom.uuid
end
# ok: rails-cookie-insecure-flags
Rails.application.config.session_store :cookie_store, key: '_shop_session', expire_after: nil
class Storefront < Sinatra::Base
  # ruleid: rails-cookie-insecure-flags
  use Rack::Session::Cookie, key: 'shop.session', secret: ENV.fetch('SESSION_SECRET'), httponly: false
  # ruleid: rails-cookie-insecure-flags
  set :sessions, same_site: :strict, secure: false
  # ok: rails-cookie-insecure-flags
  use Rack::Session::Cookie, key: 'shop.session', secret: ENV.fetch('SESSION_SECRET'), secure: true, httponly: true
end
def remember_insecure(user, token)
  # ruleid: rails-cookie-insecure-flags
  cookies.signed[:session_id] = { value: token, httponly: true, secure: false }
  # ok: rails-cookie-insecure-flags
  cookies[:theme] = { value: 'dark', secure: false }
end
# ok: rails-cookie-insecure-flags
Rails.application.config.session_store :cookie_store, key: "_app_session", same_site: :none, secure: true
def create_session_for(user)
  session = user.sessions.create!
  # ok: rails-cookie-insecure-flags
  cookies.signed.permanent[:session_token] = { value: session.id, httponly: true }
end

# cookies that carry no credential: the return path and the chosen login provider
def remember_login_choice(return_to, provider)
  # ok: rails-cookie-insecure-flags
  cookies[:auth_return_path] = return_to
  # ok: rails-cookie-insecure-flags
  cookies[:login_provider] = { value: provider, expires: 1.year }
end

# the login method the user prefers: a UI preference, not a credential
def login_page
  # ok: rails-cookie-insecure-flags
  cookies[:preferred_auth] = preferred_login_method unless cookies[:preferred_auth]
end
