# frozen_string_literal: true

# config.ru: fleet telemetry dashboard (plain Rack + Roda-style routing)
require "rack"
require "rack/session/redis"
require "jwt"
require "json"
require_relative "lib/dashboard"
require_relative "lib/device_registry"

# Devices push readings with a JWT signed by the provisioning service.
class DeviceTokenAuth
  PROVISIONING_PUBLIC_KEY = OpenSSL::PKey::RSA.new(File.read(ENV.fetch("PROVISIONING_PUBLIC_KEY_PATH")))

  def initialize(app)
    @app = app
  end

  def call(env)
    return @app.call(env) unless env["PATH_INFO"].start_with?("/ingest")

    token = env["HTTP_AUTHORIZATION"].to_s.delete_prefix("Bearer ")
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    claims, = JWT.decode(token, PROVISIONING_PUBLIC_KEY, true, algorithm: "RS256",
                                                                verify_iss: true, iss: "fleet-provisioning",
                                                                verify_aud: true, aud: "telemetry-ingest")
    env["fleet.device_id"] = claims.fetch("sub")
    @app.call(env)
  rescue JWT::DecodeError, KeyError
    [401, { "content-type" => "application/json" }, [{ error: "invalid device token" }.to_json]]
  end
end

# Dashboard users come from the company SSO; the legacy kiosk screens
# still send tokens minted by the old signer.
class KioskTokenAuth
  def initialize(app)
    @app = app
  end

  def call(env)
    return @app.call(env) unless env["PATH_INFO"].start_with?("/kiosk")

    token = Rack::Request.new(env).params["t"].to_s
    # safe: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    claims, = JWT.decode(token, ENV.fetch("KIOSK_SIGNING_KEY"), true)
    env["fleet.kiosk"] = claims["kiosk_id"]
    @app.call(env)
  rescue JWT::DecodeError
    [401, {}, ["unauthorized"]]
  end
end

use Rack::Session::Redis,
    # expect: session-insecure-store
    redis_server: "redis://telemetry-cache.internal:6379/0/dashboard:session",
    key: "_fleet_dash",
    # expect: session-no-expiry
    expire_after: 60 * 60 * 24 * 365,
    secure: true,
    httponly: true,
    same_site: :strict

use DeviceTokenAuth
use KioskTokenAuth
run Dashboard.new(DeviceRegistry.new)
