require 'sinatra/base'

class Shop < Sinatra::Base
  enable :sessions
  # ruleid: sinatra-session-secret-hardcoded
  set :session_secret, 'not-so-secret-shop'
  # ruleid: sinatra-session-secret-hardcoded
  use Rack::Session::Cookie, key: 'shop.session', path: '/', secret: ENV.fetch('SESSION_SECRET', 'dev')
  # ok: sinatra-session-secret-hardcoded
  set :session_secret, ENV.fetch('SESSION_SECRET')
  # ok: sinatra-session-secret-hardcoded
  use Rack::Session::Cookie, key: 'shop.session', secret: ENV['SESSION_SECRET']
  # ok: sinatra-session-secret-hardcoded
  set :public_folder, 'public'
end

class Admin < Sinatra::Base
  # ruleid: sinatra-session-secret-hardcoded
  set :sessions, secret: 'admin-panel', expire_after: 1800
end

class Storefront < Sinatra::Base
  # ruleid: sinatra-session-secret-hardcoded
  SESSION_SECRET = 'storefront-cookie-secret-0001'.freeze
  # ok: sinatra-session-secret-hardcoded
  SESSION_KEY = ENV.fetch('STOREFRONT_SESSION_KEY')
  enable :sessions
  # ok: sinatra-session-secret-hardcoded
  set :session_secret, SESSION_SECRET
end

class Backoffice < Sinatra::Base
  # ok: sinatra-session-secret-hardcoded
  SECRET = ENV.fetch('BACKOFFICE_SECRET')
  # ok: sinatra-session-secret-hardcoded
  use Rack::Session::Cookie, key: 'bo.session', secret: SECRET
  # ruleid: sinatra-session-secret-hardcoded
  set :session_secret, ENV.fetch('SESSION_SECRET') { 'block-default-secret' }
  # ok: sinatra-session-secret-hardcoded
  set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(64) }
end
