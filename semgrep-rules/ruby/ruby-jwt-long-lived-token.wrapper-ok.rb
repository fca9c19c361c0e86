class ApiTokenCodec
  LIFETIME = 10.minutes

  def self.issue(claims)
    # ok: ruby-jwt-long-lived-token
    JWT.encode(claims.merge(exp: LIFETIME.from_now.to_i), ENV.fetch('JWT_KEY'), 'HS256')
  end

  def self.sign(claims)
    # the expiry is checked on decode and required of every caller
    # ok: ruby-jwt-long-lived-token
    JWT.encode(claims, ENV.fetch('JWT_KEY'), 'HS256')
  end

  def self.read(token)
    JWT.decode(token, ENV.fetch('JWT_KEY'), true, { algorithm: 'HS256', required_claims: ['exp'] }).first
  end
end
