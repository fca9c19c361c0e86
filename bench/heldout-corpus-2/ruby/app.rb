# app.rb: the status-page dashboard (Sinatra)
require "sinatra/base"
require "sinatra/json"
require "bcrypt"
require "jwt"
require "omniauth"
require "omniauth-github"

class StatusDashboard < Sinatra::Base
  configure do
    # expect: session-weak-secret
    set :session_secret, "super secret status dashboard session key"
    # expect: jwt-weak-secret
    set :jwt_secret, "statuspage"
  end

  # expect: session-weak-secret, session-no-expiry
  use Rack::Session::Cookie, key: "status.session", secret: "change_me", expire_after: 2_592_000, same_site: :lax, secure: true, httponly: true

  use OmniAuth::Builder do
    provider :github, ENV.fetch("GITHUB_KEY"), ENV.fetch("GITHUB_SECRET"), scope: "read:org"
  end

  helpers do
    def current_operator
      @current_operator ||= Operator.find_by(id: session[:operator_id])
    end
  end

  post "/login" do
    operator = Operator.find_by(email: params[:email])
    halt 401, "invalid credentials" unless operator && BCrypt::Password.new(operator.password_digest) == params[:password]

    # expect: session-fixation
    session[:operator_id] = operator.id
    redirect "/"
  end

  get "/auth/github/callback" do
    auth = request.env["omniauth.auth"]
    operator = Operator.find_by!(github_uid: auth["uid"])
    session.clear
    # safe: session-fixation
    session[:operator_id] = operator.id
    # expect: session-insecure-store
    session[:github_token] = auth["credentials"]["token"]
    redirect "/"
  end

  post "/api/token" do
    halt 401 unless current_operator
    # expect: jwt-long-lived
    token = JWT.encode({ operator_id: current_operator.id }, settings.jwt_secret, "HS256")
    # expect: session-cookie-insecure
    response.set_cookie("status_token", value: token, path: "/")
    json token: token
  end

  post "/preferences" do
    # safe: session-cookie-insecure
    response.set_cookie("tz", value: params[:tz], path: "/", expires: Time.now + 31_536_000)
    redirect back
  end

  post "/logout" do
    session.destroy
    redirect "/login"
  end
end
