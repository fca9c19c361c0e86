# frozen_string_literal: true

# lib/token_keys.rb - the signing keys of the partner API and the kiosk app.
require 'jwt'

module PartnerApi
  class TokenIssuer
    # expect: jwt-weak-secret
    SIGNING_KEY = 'partner-api-signing-key-v2'.freeze
    # safe: jwt-weak-secret
    PUBLIC_KEY = OpenSSL::PKey::RSA.new(File.read(Rails.root.join('config', 'keys', 'partner.pub')))
    # expect: jwt-weak-secret
    VERIFY_KEY = ENV.fetch('PARTNER_VERIFY_KEY') { 'partner-verify-fallback' }

    def self.issue(partner)
      JWT.encode({ sub: partner.id, scope: 'partner', exp: 10.minutes.from_now.to_i }, SIGNING_KEY, 'HS256')
    end

    def self.verify(token)
      JWT.decode(token, VERIFY_KEY, true, algorithm: 'HS256', iss: 'partner-api', verify_iss: true).first
    end

    def self.verify_rsa(token)
      # safe: jwt-weak-secret
      JWT.decode(token, PUBLIC_KEY, true, algorithm: 'RS256', iss: 'idp', verify_iss: true).first
    end
  end
end

class KioskTokens
  def initialize
    # safe: jwt-weak-secret
    @public_key = ENV.fetch('KIOSK_PUBLIC_KEY')
    @hmac = 'kiosk-hmac-literal'
  end

  def issue(device)
    # expect: jwt-weak-secret
    JWT.encode({ sub: device.serial, exp: 5.minutes.from_now.to_i }, @hmac, 'HS256')
  end

  def verify(token)
    # safe: jwt-weak-secret
    JWT.decode(token, @public_key, true, algorithm: 'RS256', iss: 'kiosk', verify_iss: true)
  end
end

class ReportsController < ApplicationController
  # expect: jwt-weak-secret
  def report_signing_secret
    'reports-secret-2020'
  end

  # safe: jwt-weak-secret
  def report_verify_secret
    Rails.application.credentials.reports_jwt_secret!
  end

  def share_link
    token = JWT.encode({ report: params[:id], exp: 10.minutes.from_now.to_i }, report_signing_secret, 'HS256')
    render json: { url: report_url(params[:id], t: token) }
  end

  def open_link
    JWT.decode(params[:t], report_verify_secret, true, algorithm: 'HS256', iss: 'reports', verify_iss: true)
  end
end
