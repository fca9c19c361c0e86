# frozen_string_literal: true

# app/models/clinic_accounts.rb (clinic scheduling app)
#
# Patients use the mobile API (devise-jwt); staff use the web UI and the
# admin API.
class User < ApplicationRecord
  devise :database_authenticatable, :registerable, :recoverable,
         :rememberable, :validatable, :timeoutable,
         :jwt_authenticatable,
         # expect: jwt-no-revocation
         jwt_revocation_strategy: Devise::JWT::RevocationStrategies::Null

  has_many :appointments, dependent: :destroy

  def jwt_payload
    # expect: jwt-sensitive-payload
    { "email" => email, "nhs_number" => nhs_number, "date_of_birth" => date_of_birth.iso8601 }
  end
end

class StaffMember < ApplicationRecord
  include Devise::JWT::RevocationStrategies::JTIMatcher

  devise :database_authenticatable, :recoverable, :rememberable,
         :validatable, :timeoutable, :lockable,
         :jwt_authenticatable,
         # safe: jwt-no-revocation
         jwt_revocation_strategy: self

  def jwt_payload
    # safe: jwt-sensitive-payload
    { "roles" => role_names, "clinic" => clinic_id }
  end

  after_update :rotate_jti, if: :saved_change_to_encrypted_password?

  private

  def rotate_jti
    # safe: jwt-no-revocation
    update_column(:jti, SecureRandom.uuid)
  end
end

module Staff
  class SessionsController < Devise::SessionsController
    def create
      self.resource = warden.authenticate!(auth_options)
      # safe: session-fixation
      sign_in(resource_name, resource)
      session[:clinic_id] = resource.clinic_id
      respond_with resource, location: after_sign_in_path_for(resource)
    end
  end
end
