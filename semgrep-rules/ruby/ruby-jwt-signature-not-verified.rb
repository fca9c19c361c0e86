def a(t)
  # ruleid: ruby-jwt-signature-not-verified
  payload = JWT.decode(t, nil, false).first
  # ok: ruby-jwt-signature-not-verified
  hdr = JWT.decode(t, nil, false)[1]
  # ok: ruby-jwt-signature-not-verified
  kid = JWT.decode(t, nil, false).last['kid']
  verify = false
  # ruleid: ruby-jwt-signature-not-verified
  JWT.decode(t, KEY, verify)
end
def b(t)
  # ok: ruby-jwt-signature-not-verified
  _payload, header = JWT.decode(t, nil, false)
  key = jwks[header['kid']]
  # ok: ruby-jwt-signature-not-verified
  JWT.decode(t, key, true, algorithm: 'RS256')
end
def c(t)
  # ruleid: ruby-jwt-signature-not-verified
  claims = JSON.parse(Base64.urlsafe_decode64(t.split('.')[1]))
  # ok: ruby-jwt-signature-not-verified
  h = JSON.parse(Base64.urlsafe_decode64(t.split('.')[0]))
  # ruleid: ruby-jwt-signature-not-verified
  parts = t.split('.')
  # ok: ruby-jwt-signature-not-verified
  JSON.parse(Base64.decode64(parts[1]))
  # ruleid: ruby-jwt-signature-not-verified
  JWT::EncodedToken.new(t).unverified_payload
end
def d(token)
  # ruleid: ruby-jwt-signature-not-verified
  body = token.split('.')[1]
  # ok: ruby-jwt-signature-not-verified
  User.find(JSON.parse(Base64.urlsafe_decode64(body))['sub'])
end
def e(token)
  # ok: ruby-jwt-signature-not-verified
  head = token.split('.')[0]
  # ok: ruby-jwt-signature-not-verified
  JSON.parse(Base64.urlsafe_decode64(head))['kid']
end
