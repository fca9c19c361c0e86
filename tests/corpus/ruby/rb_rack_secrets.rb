# frozen_string_literal: true

# config/initializers/session_secrets.rb and the Rack apps mounted beside Rails.
Rails.application.configure do
  # expect: session-weak-secret
  config.secret_key_base = ENV.fetch('SECRET_KEY_BASE') { '5d3e8f1a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e' }
end

Devise.setup do |config|
  # expect: session-weak-secret
  config.secret_key = 'e4c1b9d7a5f3e1c9b7d5a3f1e9c7b5d3a1f9e7c5b3d1a9f7e5c3b1d9a7f5e3c1'
  # safe: session-weak-secret
  config.mailer_sender = 'no-reply@shop.example'
end

class StatusBoard < Sinatra::Base
  # expect: session-weak-secret
  BOARD_SESSION_SECRET = 'status-board-cookie-secret'.freeze
  enable :sessions
  set :session_secret, BOARD_SESSION_SECRET
end

class HealthDash < Sinatra::Base
  # safe: session-weak-secret
  DASH_SECRET = ENV.fetch('HEALTH_DASH_SECRET')
  # expect: session-cookie-insecure
  use Rack::Session::Cookie, key: 'dash.session', secret: DASH_SECRET, expire_after: 3600
end

class OpsPortal < Sinatra::Base
  # expect: session-weak-secret
  set :session_secret, ENV.fetch('OPS_SESSION_SECRET') { 'ops-portal-default' }
  # safe: session-weak-secret
  set :public_folder, File.join(__dir__, 'public')

  post '/login' do
    operator = Operator.find_by(handle: params[:handle])
    halt 401, 'denied' unless operator&.authenticate(params[:password])
    # expect: session-fixation
    session[:operator_id] = operator.id
    redirect '/'
  end

  post '/login-renewed' do
    operator = Operator.find_by(handle: params[:handle])
    halt 401, 'denied' unless operator&.authenticate(params[:password])
    session.clear
    env['rack.session.options'][:renew] = true
    # safe: session-fixation
    session[:operator_id] = operator.id
    redirect '/'
  end
end
