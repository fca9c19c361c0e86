# frozen_string_literal: true

# lib/auth_token.rb - the token module of the mobile backend (Rails API-only app)
require 'jwt'

# the literal fallback is reported where the constant is used
MOBILE_HMAC = ENV.fetch('MOBILE_HMAC', 'mobile-dev-secret')

module AuthToken
  module_function

  def issue(user)
    JWT.encode(
      { sub: user.id, scope: 'mobile', exp: 10.minutes.from_now.to_i },
      # safe: jwt-weak-secret
      Rails.application.credentials.mobile_jwt_key,
      'HS256'
    )
  end

  def issue_legacy(user)
    # expect: jwt-weak-secret
    JWT.encode({ sub: user.id, exp: 10.minutes.from_now.to_i }, MOBILE_HMAC, 'HS256')
  end

  def issue_with_user(user)
    # expect: jwt-sensitive-payload
    JWT.encode({ sub: user.id, user: user, exp: 10.minutes.from_now.to_i }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_serialized(user)
    # expect: jwt-sensitive-payload
    JWT.encode({ data: user.serializable_hash, exp: 10.minutes.from_now.to_i }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_minimal(user)
    # safe: jwt-sensitive-payload
    JWT.encode({ sub: user.id, roles: user.roles.map(&:name), tenant: user.tenant_id, exp: 10.minutes.from_now.to_i }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_daily(user)
    # expect: jwt-long-lived
    expires_at = Time.now.to_i + 4 * 3600
    JWT.encode({ sub: user.id, exp: expires_at }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_quarter_hour(user)
    # safe: jwt-long-lived
    expires_at = Time.now.to_i + 15 * 60
    JWT.encode({ sub: user.id, exp: expires_at }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_week(user)
    # expect: jwt-long-lived
    JWT.encode({ sub: user.id, exp: (Time.current + 1.week).to_i }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def issue_forever(user)
    # expect: jwt-long-lived
    JWT.encode({ sub: user.id, iat: Time.now.to_i }, Rails.application.credentials.mobile_jwt_key, 'HS256')
  end

  def verify(token)
    # expect: jwt-claims-not-validated
    JWT.decode(token, Rails.application.credentials.mobile_jwt_key, true, { algorithm: 'HS256' }).first
  end

  def verify_strict(token)
    opts = { algorithm: 'HS256', iss: 'mobile-api', verify_iss: true, aud: 'ios', verify_aud: true }
    # safe: jwt-claims-not-validated
    JWT.decode(token, Rails.application.credentials.mobile_jwt_key, true, opts).first
  end

  def verify_expired_ok(token)
    opts = { algorithm: 'HS256', verify_expiration: false, iss: 'mobile-api', verify_iss: true }
    # expect: jwt-claims-not-validated
    JWT.decode(token, Rails.application.credentials.mobile_jwt_key, true, opts).first
  end

  def verify_header_only(token)
    # safe: jwt-claims-not-validated
    JWT.decode(token, nil, false)[1]
  end
end

# app/lib/json_web_token.rb (the tutorial version kept for the v1 API)
class JsonWebToken
  # safe: jwt-weak-secret
  SECRET_KEY = Rails.application.secret_key_base

  # expect: jwt-long-lived
  def self.encode(payload, exp = 24.hours.from_now)
    payload[:exp] = exp.to_i
    JWT.encode(payload, SECRET_KEY)
  end

  # safe: jwt-long-lived
  def self.encode_short(payload, exp = 10.minutes.from_now)
    payload[:exp] = exp.to_i
    JWT.encode(payload, SECRET_KEY)
  end

  def self.decode(token)
    # expect: jwt-claims-not-validated
    decoded = JWT.decode(token, SECRET_KEY)[0]
    HashWithIndifferentAccess.new decoded
  end
end

# app/controllers/api/v1/tokens_controller.rb
module Api
  module V1
    class TokensController < ApplicationController
      def create
        user = User.find_by(email: params[:email])
        if user&.authenticate(params[:password])
          # expect: session-fixation
          session[:api_user_id] = user.id
          session[:api_user_role] = user.role
          # expect: session-cookie-insecure
          response.set_cookie(:jwt, value: AuthToken.issue(user), path: '/')
          render json: { ok: true }
        else
          head :unauthorized
        end
      end

      def renew
        # safe: session-cookie-insecure
        response.set_cookie(:jwt, value: AuthToken.issue(current_user), httponly: true, secure: true, same_site: :strict)
        head :no_content
      end
    end
  end
end
