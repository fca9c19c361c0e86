# frozen_string_literal: true

require "sinatra/base"
require "net/http"

class GardenApp < Sinatra::Base
  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET")

  post "/login" do
    gardener = Gardener.authenticate(params[:email], params[:password])
    halt 401 unless gardener
    session.clear
    # ok: sinatra-session-credential-in-cookie
    session[:gardener_id] = gardener.id
    redirect "/plots"
  end

  get "/weather/connect/callback" do
    res = Net::HTTP.post_form(URI("https://api.weather.example/oauth/token"), "code" => params[:code])
    # ruleid: sinatra-session-credential-in-cookie
    session[:weather_access_token] = JSON.parse(res.body)["access_token"]
    # ok: sinatra-session-credential-in-cookie
    session[:weather_token_expires_at] = Time.now.to_i + 3600
    # ok: sinatra-session-credential-in-cookie
    session[:oauth_state] = SecureRandom.hex(16)
    redirect "/plots"
  end
end
