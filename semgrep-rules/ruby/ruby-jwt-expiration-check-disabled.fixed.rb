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
def verify_webhook!(verification_header, jwks_loader)
  # ok: ruby-jwt-expiration-check-disabled
  payload, _header = JWT.decode(
    verification_header, nil, true,
    { algorithms: ["ES256"], jwks: jwks_loader, verify_expiration: false }
  )
  issued_at = Time.at(payload["iat"])
  raise JWT::VerificationError, "too old" if Time.now - issued_at > 5.minutes
end
def read_session_token(token)
  # ruleid: ruby-jwt-expiration-check-disabled
  payload, _header = JWT.decode(token, ENV.fetch("JWT_SECRET"), true, { algorithm: "HS256", verify_expiration: true })
  payload["sub"]
end
