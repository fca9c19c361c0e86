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
