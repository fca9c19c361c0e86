class ApiToken
  def self.read(token)
    # ruleid: ruby-jwt-decode-without-iss-aud
    JWT.decode(token, signing_key, algorithm: 'HS256')[0]
  end

  def self.read_many(token)
    # ruleid: ruby-jwt-decode-without-iss-aud
    ::JWT.decode(token, signing_key, algorithms: ['HS256', 'HS512']).first
  end

  def self.read_checked(token)
    # ok: ruby-jwt-decode-without-iss-aud
    JWT.decode(token, signing_key, algorithm: 'HS256', iss: 'api', verify_iss: true)[0]
  end
end

# ruleid: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, algorithm: 'HS256')
# ruleid: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, { algorithm: 'HS256' })
# ruleid: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k)
# ok: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, algorithm: 'HS256', iss: 'x', verify_iss: true)
# ok: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, { algorithm: 'HS256', aud: 'x', verify_aud: true })
# ok: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, decode_options)
# ok: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, false)
# ok: ruby-jwt-decode-without-iss-aud
opts = { algorithm: 'HS256', iss: 'a', verify_iss: true }
# ok: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, opts)
# ok: ruby-jwt-decode-without-iss-aud
opts2 = { algorithm: 'HS256' }
# ruleid: ruby-jwt-decode-without-iss-aud
JWT.decode(t, k, true, opts2)

