# frozen_string_literal: true

# config/initializers/devise.rb
Devise.setup do |config|
  config.mailer_sender = 'no-reply@shopfront.example'
  require 'devise/orm/active_record'

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.stretches = Rails.env.test? ? 1 : 12

  # ==> Configuration for :rememberable
  # expect: session-no-expiry
  config.remember_for = 1.year
  # expect: session-no-expiry
  config.expire_all_remember_me_on_sign_out = false
  config.extend_remember_period = false
  # expect: session-cookie-insecure
  config.rememberable_options = { secure: false }

  # ==> Configuration for :timeoutable
  # expect: session-no-expiry
  config.timeout_in = 14.days

  config.sign_out_via = :delete

  config.jwt do |jwt|
    # safe: jwt-weak-secret
    jwt.secret = Rails.application.credentials.devise_jwt_secret_key!
    # safe: jwt-long-lived
    jwt.expiration_time = 15.minutes.to_i
  end
end

# config/initializers/devise_partner_api.rb (a second app mounted in the same repo)
Devise.setup do |config|
  config.jwt do |jwt|
    # expect: jwt-weak-secret
    jwt.secret = ENV.fetch('PARTNER_JWT_SECRET', 'partner-api-local-secret')
    # expect: jwt-long-lived
    jwt.expiration_time = 2.weeks.to_i
  end
end

# config/initializers/devise_admin.rb (separate scope for the back office)
Devise.setup do |config|
  # safe: session-no-expiry
  config.timeout_in = 20.minutes
  # safe: session-no-expiry
  config.remember_for = 8.hours
  # safe: session-no-expiry
  config.expire_all_remember_me_on_sign_out = true
  # safe: session-cookie-insecure
  config.rememberable_options = { secure: true, httponly: true }
end

# app/models/api_user.rb
class ApiUser < ApplicationRecord
  devise :database_authenticatable, :jwt_authenticatable,
         # expect: jwt-no-revocation
         jwt_revocation_strategy: Devise::JWT::RevocationStrategies::Null
end

# app/models/user.rb
class User < ApplicationRecord
  include Devise::JWT::RevocationStrategies::JTIMatcher

  # safe: jwt-no-revocation
  devise :database_authenticatable, :registerable, :jwt_authenticatable, jwt_revocation_strategy: self
end
