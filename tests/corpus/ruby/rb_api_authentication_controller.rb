# frozen_string_literal: true

module Api
  module V1
    class AuthenticationController < ApplicationController
      skip_before_action :authenticate_request, only: %i[login refresh]

      # POST /api/v1/login
      def login
        user = User.find_by(email: params[:email])
        return render json: { error: 'unauthorized' }, status: :unauthorized unless user&.authenticate(params[:password])

        # expect: jwt-sensitive-payload
        token = JWT.encode(user.as_json.merge(exp: 10.minutes.from_now.to_i), signing_key, 'HS256')
        # expect: session-cookie-insecure
        cookies[:jwt] = token
        render json: { token: token }
      end

      # POST /api/v1/login_v2
      def login_v2
        user = User.authenticate_by(email: params[:email], password: params[:password])
        return head :unauthorized unless user

        payload = {
          sub: user.id,
          email: user.email,
          # expect: jwt-sensitive-payload
          ssn_last4: user.ssn_last4,
          exp: 10.minutes.from_now.to_i
        }
        token = JWT.encode(payload, signing_key, 'HS256')
        # safe: session-cookie-insecure
        cookies.encrypted[:access_token] = { value: token, httponly: true, secure: true, same_site: :strict, expires: 10.minutes.from_now }
        render json: { ok: true }
      end

      def impersonate
        admin = current_user
        target = User.find(params[:id])
        # safe: jwt-sensitive-payload
        claims = { sub: target.id, act: { sub: admin.id }, roles: target.roles.pluck(:name), exp: 5.minutes.from_now.to_i }
        # expect: session-cookie-insecure
        cookies[:token] = { value: JWT.encode(claims, signing_key, 'HS256'), httponly: false, secure: true }
        head :no_content
      end

      def export_profile
        # expect: jwt-sensitive-payload
        data = current_user.attributes.except('password_digest')
        token = JWT.encode(data.merge('exp' => 5.minutes.from_now.to_i), signing_key, 'HS256')
        profile_token = JWT.encode({ sub: current_user.id, scope: 'profile:read', exp: 5.minutes.from_now.to_i }, signing_key, 'HS256')
        render json: { profile_token: profile_token, token: token }
      end

      def remember
        # expect: session-cookie-insecure
        # expect: session-no-expiry
        cookies.permanent[:remember_token] = current_user.remember_token
        # safe: session-cookie-insecure
        cookies[:locale] = params[:locale]
        head :ok
      end

      def preview
        # safe: jwt-sensitive-payload
        payload = current_user.as_json(only: %i[id role])
        payload[:exp] = 5.minutes.from_now.to_i
        render json: { t: JWT.encode(payload, signing_key, 'HS256') }
      end

      def refresh_token
        record = RefreshToken.create!(user: current_user, jti: SecureRandom.uuid)
        # safe: jwt-long-lived
        token = JWT.encode({ sub: current_user.id, jti: record.jti, exp: 30.days.from_now.to_i }, signing_key, 'HS256')
        render json: { refresh_token: token }
      end

      private

      def signing_key
        Rails.application.credentials.fetch(:jwt_signing_key)
      end
    end
  end
end
