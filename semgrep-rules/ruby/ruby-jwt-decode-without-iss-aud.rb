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
