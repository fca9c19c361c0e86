# app/models/api_user.rb
#
# Accounts of the mobile app; authenticated with devise-jwt bearer tokens.
class ApiUser < ApplicationRecord
  self.table_name = "users"

  # expect: jwt-no-revocation
  devise :database_authenticatable, :validatable,
         :jwt_authenticatable, jwt_revocation_strategy: Devise::JWT::RevocationStrategies::Null

  has_many :devices, dependent: :destroy

  validates :display_name, presence: true, length: { maximum: 80 }

  def jwt_payload
    # safe: jwt-sensitive-payload
    { "roles" => roles, "tenant" => tenant_id.to_s }
  end

  def on_jwt_dispatch(_token, payload)
    devices.find_or_create_by!(jti: payload["jti"])
  end
end

# app/models/partner_user.rb
#
# Partner portal accounts; logout adds the token to the denylist table.
class PartnerUser < ApplicationRecord
  include Devise::JWT::RevocationStrategies::Denylist

  # safe: jwt-no-revocation
  devise :database_authenticatable, :jwt_authenticatable, jwt_revocation_strategy: JwtDenylist

  belongs_to :partner

  def jwt_payload
    # expect: jwt-sensitive-payload
    { "partner_id" => partner_id, "api_secret" => partner.api_secret }
  end
end

# app/models/jwt_denylist.rb
class JwtDenylist < ApplicationRecord
  include Devise::JWT::RevocationStrategies::Denylist

  self.table_name = "jwt_denylists"
end
