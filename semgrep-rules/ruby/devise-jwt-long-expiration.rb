Devise.setup do |config|
  config.jwt do |jwt|
    jwt.secret = Rails.application.credentials.devise_jwt_secret_key!
    # ruleid: devise-jwt-long-expiration
    jwt.expiration_time = 30.days.to_i
  end
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ruleid: devise-jwt-long-expiration
    jwt.expiration_time = 86_400
  end
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ok: devise-jwt-long-expiration
    jwt.expiration_time = 15.minutes.to_i
  end
  # ok: devise-jwt-long-expiration
  config.timeout_in = 30.minutes
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ok: devise-jwt-long-expiration
    jwt.expiration_time = 600
  end
end
