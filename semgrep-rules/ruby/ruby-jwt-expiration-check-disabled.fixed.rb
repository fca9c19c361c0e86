# ruleid: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, algorithm: 'HS256', verify_expiration: true)
# ruleid: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, { algorithm: 'HS256', verify_expiration: true })
# ruleid: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, algorithm: 'HS256', exp_leeway: 86_400)
# ok: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, algorithm: 'HS256', leeway: 30)
# ruleid: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, algorithm: 'HS256', leeway: 2.days)
# ruleid: ruby-jwt-expiration-check-disabled
JWT.configure { |config| config.decode.verify_expiration = true }
# ok: ruby-jwt-expiration-check-disabled
JWT.decode(t, nil, false, verify_expiration: false)
# ok: ruby-jwt-expiration-check-disabled
opts = { algorithm: 'HS256', verify_expiration: false }
# ruleid: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, opts)
# ok: ruby-jwt-expiration-check-disabled
JWT.decode(t, k, true, algorithm: 'HS256', verify_expiration: true)
