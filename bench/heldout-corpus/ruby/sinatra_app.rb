# frozen_string_literal: true

# app.rb: community garden plot booking (Sinatra, cookie sessions)
require "sinatra/base"
require "bcrypt"
require "net/http"
require "json"
require "jwt"
require_relative "models"

class GardenApp < Sinatra::Base
  enable :sessions
  # expect: session-weak-secret
  set :session_secret, "garden-plots-session-secret-please-change-before-launch-0000000000"
  # safe: session-cookie-insecure
  set :sessions, httponly: true, same_site: :lax, secure: production?,
                 # safe: session-no-expiry
                 expire_after: 4 * 3600

  helpers do
    def current_gardener
      @current_gardener ||= Gardener[session[:gardener_id]] if session[:gardener_id]
    end

    def require_login!
      redirect "/login" unless current_gardener
    end
  end

  get "/login" do
    erb :login
  end

  post "/login" do
    gardener = Gardener.first(email: params[:email].to_s.downcase)
    if gardener && BCrypt::Password.new(gardener.password_digest) == params[:password].to_s
      # expect: session-fixation
      session[:gardener_id] = gardener.id
      redirect "/plots"
    else
      @error = "Unknown email or wrong password"
      erb :login
    end
  end

  post "/committee/login" do
    member = Gardener.first(email: params[:email].to_s.downcase, committee: true)
    halt 401, erb(:login) unless member && BCrypt::Password.new(member.password_digest) == params[:password].to_s

    session.clear
    env["rack.session.options"][:renew] = true
    # safe: session-fixation
    session[:gardener_id] = member.id
    redirect "/committee"
  end

  get "/weather/connect/callback" do
    require_login!
    res = Net::HTTP.post_form(URI("https://api.weather.example/oauth/token"),
                              "code" => params[:code], "client_id" => ENV.fetch("WEATHER_CLIENT_ID"),
                              "client_secret" => ENV.fetch("WEATHER_CLIENT_SECRET"))
    # expect: session-insecure-store
    session[:weather_access_token] = JSON.parse(res.body)["access_token"]
    redirect "/plots"
  end

  get "/plots" do
    require_login!
    @plots = Plot.where(gardener_id: current_gardener.id).all
    erb :plots
  end

  post "/plots/:id/invite" do
    require_login!
    plot = Plot.first(id: params[:id].to_i, gardener_id: current_gardener.id)
    halt 404 unless plot
    # safe: jwt-long-lived
    claims = { sub: plot.id, scope: "plot:share", exp: Time.now.to_i + 15 * 60 }
    # expect: jwt-weak-secret
    token = JWT.encode(claims, "garden-invite", "HS256")
    JSON.generate(url: "#{request.base_url}/join?t=#{token}")
  end

  post "/language" do
    # safe: session-cookie-insecure
    response.set_cookie("lang", value: params[:lang].to_s[0, 5], path: "/", max_age: "31536000")
    redirect back
  end

  post "/logout" do
    session.clear
    redirect "/"
  end
end
