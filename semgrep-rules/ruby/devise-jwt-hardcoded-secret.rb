Devise.setup do |config|
  config.jwt do |jwt|
    # ruleid: devise-jwt-hardcoded-secret
    jwt.secret = 'c0ffee-and-a-long-enough-string-for-hs256'
    jwt.dispatch_requests = [['POST', %r{^/login$}]]
  end
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ruleid: devise-jwt-hardcoded-secret
    jwt.secret = ENV.fetch('DEVISE_JWT_SECRET_KEY', 'dev-only-secret')
  end
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ok: devise-jwt-hardcoded-secret
    jwt.secret = Rails.application.credentials.devise_jwt_secret_key!
  end
end

Devise.setup do |config|
  config.jwt do |jwt|
    # ok: devise-jwt-hardcoded-secret
    jwt.secret = ENV.fetch('DEVISE_JWT_SECRET_KEY')
  end
  # ok: devise-jwt-hardcoded-secret
  config.secret_key = ENV['DEVISE_SECRET_KEY']
end
