# frozen_string_literal: true

# storefront/app.rb - a small Sinatra shop with cookie sessions
require 'sinatra/base'
require 'bcrypt'

class Storefront < Sinatra::Base
  # expect: session-weak-secret
  set :session_secret, 'storefront-2019'
  # expect: session-no-expiry
  # expect: session-cookie-insecure
  use Rack::Session::Cookie, key: 'storefront.session', secret: ENV.fetch('STOREFRONT_SECRET'), expire_after: 90 * 24 * 3600
  # safe: session-weak-secret, session-no-expiry
  # expect: session-cookie-insecure
  use Rack::Session::Cookie, key: 'storefront.admin', secret: ENV.fetch('STOREFRONT_ADMIN_SECRET'), expire_after: 3600

  post '/login' do
    customer = Customer.first(email: params[:email].to_s.downcase)
    if customer && BCrypt::Password.new(customer.password_digest) == params[:password]
      # expect: session-fixation
      session[:customer_id] = customer.id
      redirect '/account'
    else
      erb :login, locals: { error: true }
    end
  end

  post '/staff/login' do
    clerk = Clerk.first(login: params[:login])
    if clerk&.authenticate(params[:password])
      session.clear
      env['rack.session.options'][:renew] = true
      # safe: session-fixation
      session[:clerk_id] = clerk.id
      redirect '/staff'
    else
      halt 401
    end
  end

  post '/basket' do
    # safe: session-fixation
    session[:basket_id] = Basket.create.id
    redirect '/basket'
  end
end
