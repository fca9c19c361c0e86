# lib/ops_console.rb: small Rack app mounted at /ops for the on-call team
require "rack"
require "rack/session"
require "redis-rack"
require "base64"
require "json"

module OpsConsole
  class Auth
    def initialize(app)
      @app = app
    end

    # The gateway in front of us already checked the token, so we only read it.
    def call(env)
      header = env["HTTP_AUTHORIZATION"].to_s
      if header.start_with?("Bearer ")
        segment = header.delete_prefix("Bearer ").split(".")[1].to_s
        # expect: jwt-signature-not-verified
        claims = JSON.parse(Base64.urlsafe_decode64(segment + "=" * ((4 - segment.length % 4) % 4)))
        env["ops.user"] = claims["sub"]
        env["ops.admin"] = Array(claims["groups"]).include?("oncall-admins")
      end
      @app.call(env)
    end
  end

  class App
    def call(env)
      req = Rack::Request.new(env)
      case [req.request_method, req.path_info]
      when ["POST", "/login"]
        login(req)
      when ["POST", "/silence"]
        return [403, {}, ["forbidden"]] unless env["ops.admin"]
        [202, { "content-type" => "text/plain" }, ["silenced"]]
      else
        [404, {}, ["not found"]]
      end
    end

    private

    def login(req)
      operator = Operator.authenticate(req.params["user"], req.params["password"])
      return [401, {}, ["invalid credentials"]] unless operator

      # expect: session-fixation
      req.session["operator"] = operator.id
      [303, { "location" => "/ops" }, []]
    end
  end

  def self.app(env_name = ENV.fetch("RACK_ENV", "development"))
    Rack::Builder.new do
      if env_name == "production"
        # safe: session-insecure-store, session-no-expiry
        use Rack::Session::Redis, redis_server: "rediss://#{ENV.fetch('OPS_REDIS_HOST')}:6380/3/ops", expire_after: 4 * 3600, secure: true, httponly: true, same_site: :strict
      elsif env_name == "staging"
        # expect: session-insecure-store
        use Rack::Session::Redis, redis_server: "redis://staging-redis:6379/3/ops", expire_after: 4 * 3600, secure: true, httponly: true, same_site: :strict
      else
        # expect: session-insecure-store
        use Rack::Session::Pool, expire_after: 4 * 3600
      end
      use Auth
      run App.new
    end
  end
end
