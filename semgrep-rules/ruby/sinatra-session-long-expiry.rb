require 'sinatra/base'

class Shop < Sinatra::Base
  # ruleid: sinatra-session-long-expiry
  use Rack::Session::Cookie, key: 'shop.session', secret: ENV.fetch('SESSION_SECRET'), expire_after: 2_592_000
  # ok: sinatra-session-long-expiry
  use Rack::Session::Cookie, key: 'shop.session', secret: ENV.fetch('SESSION_SECRET'), expire_after: 4 * 3600
end

class Admin < Sinatra::Base
  # ruleid: sinatra-session-long-expiry
  set :sessions, secret: ENV.fetch('ADMIN_SECRET'), expire_after: 30.days
  # ok: sinatra-session-long-expiry
  set :sessions, secret: ENV.fetch('ADMIN_SECRET'), expire_after: 2.hours
end
