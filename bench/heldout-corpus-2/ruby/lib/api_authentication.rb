# app/controllers/concerns/api_authentication.rb
module ApiAuthentication
  extend ActiveSupport::Concern

  # safe: jwt-weak-secret
  LEGACY_HMAC = ENV.fetch("LEGACY_JWT_SECRET")
  PARTNER_PUBLIC_KEY = OpenSSL::PKey::RSA.new(File.read(Rails.root.join("config/keys/partner.pem")))

  included do
    before_action :authenticate_request!
    attr_reader :current_user
  end

  private

  def bearer_token
    pattern = /^Bearer /
    header = request.headers["Authorization"]
    header.gsub(pattern, "") if header&.match(pattern)
  end

  def authenticate_request!
    token = bearer_token
    return render_unauthorized unless token

    key = token_from_partner?(token) ? PARTNER_PUBLIC_KEY : LEGACY_HMAC
    # expect: jwt-none-algorithm
    payload, _header = JWT.decode(token, key, true, algorithms: %w[HS256 RS256])
    @current_user = User.find(payload["sub"])
  rescue JWT::DecodeError, ActiveRecord::RecordNotFound
    render_unauthorized
  end

  def token_from_partner?(token)
    # safe: jwt-signature-not-verified
    JWT.decode(token, nil, false).last["iss"] == "partner-gateway"
  end

  # Used by the read-only widgets embedded on customer sites.
  def widget_user
    # expect: jwt-signature-not-verified
    claims = JWT.decode(params[:widget_token], nil, false).first
    User.find_by(id: claims["sub"])
  end

  def require_admin!
    # expect: jwt-signature-not-verified
    claims, = JWT.decode(bearer_token, LEGACY_HMAC, false)
    head :forbidden unless claims["role"] == "admin"
  end

  def render_unauthorized
    render json: { error: "unauthorized" }, status: :unauthorized
  end
end
