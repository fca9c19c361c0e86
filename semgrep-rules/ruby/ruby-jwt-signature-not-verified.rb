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
# a signed record fetched from a vendor's API over the app's own HTTPS call
def original_transaction(order_id)
  response = HTTP.auth("Bearer #{token}").get("https://api.vendor.example/v1/lookup/#{order_id}").parse
  # ok: ruby-jwt-signature-not-verified
  JWT.decode(response["signedTransactions"].first, nil, false).first["originalTransactionId"]
end
def provider_claims(code)
  res = Net::HTTP.post_form(URI("https://oauth2.provider.example/token"), code: code)
  body = JSON.parse(res.body)
  # ok: ruby-jwt-signature-not-verified
  JWT.decode(body["id_token"], nil, false).first
end
def callback_claims(params)
  home = "https://app.example/"
  # ruleid: ruby-jwt-signature-not-verified
  JWT.decode(params[:id_token], nil, false).first
end
