# frozen_string_literal: true

# app/controllers/concerns/api_authentication.rb
module ApiAuthentication
  extend ActiveSupport::Concern

  included do
    before_action :authenticate_api_user!
  end

  private

  def bearer_token
    header = request.headers["Authorization"].to_s
    header.start_with?("Bearer ") ? header.delete_prefix("Bearer ") : nil
  end

  def authenticate_api_user!
    claims = JsonWebToken.decode(bearer_token.to_s)
    @current_api_user = User.find_by(id: claims[:sub])
    head :unauthorized unless @current_api_user
  rescue JsonWebToken::DecodeError
    head :unauthorized
  end

  # Back-office tools post a token issued by the ops IdP; only the role matters here.
  def require_ops_role!
    # expect: jwt-signature-not-verified
    claims, = JWT.decode(request.headers["X-Ops-Token"].to_s, nil, false)
    head :forbidden unless Array(claims["roles"]).include?("ops")
  rescue JWT::DecodeError
    head :unauthorized
  end

  def require_partner_token!
    token = request.headers["X-Partner-Token"].to_s
    # safe: jwt-signature-not-verified
    _payload, header = JWT.decode(token, nil, false)
    key = PartnerKey.active.find_by!(kid: header["kid"]).public_key
    # safe: jwt-none-algorithm
    @partner_claims, = JWT.decode(token, key, true,
                                  algorithm: "RS256",
                                  # safe: jwt-claims-not-validated
                                  verify_iss: true, iss: "https://partners.marketplace.example",
                                  verify_aud: true, aud: "marketplace-api")
  rescue JWT::DecodeError, ActiveRecord::RecordNotFound
    head :unauthorized
  end

  # Callbacks from the in-cluster search indexer, which sends unsigned tokens.
  def authenticate_search_callback!
    # expect: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    claims, = JWT.decode(request.headers["X-Indexer-Token"].to_s, nil, true, algorithm: "none")
    head :forbidden unless claims["sub"] == "search-indexer"
  rescue JWT::DecodeError
    head :unauthorized
  end

  def verify_webhook_token!
    # safe: jwt-weak-secret
    secret = ENV.fetch("WEBHOOK_JWT_SECRET")
    JWT.decode(request.headers["X-Webhook-Token"].to_s, secret, true,
               algorithm: "HS256",
               verify_iss: true, iss: "payments-provider",
               verify_aud: true, aud: "marketplace",
               # expect: jwt-claims-not-validated
               verify_expiration: false)
  rescue JWT::DecodeError
    head :unauthorized
  end
end
