def a(user)
  # ruleid: ruby-jwt-sensitive-payload
  JWT.encode(user.attributes, KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  JWT.encode(user.as_json(only: [:id, :role]), KEY, 'HS256')
  # ruleid: ruby-jwt-sensitive-payload
  payload = user.as_json
  # ok: ruby-jwt-sensitive-payload
  JWT.encode(payload, KEY, 'HS256')
  p2 = {
    # ok: ruby-jwt-sensitive-payload
    sub: user.id,
    # ruleid: ruby-jwt-sensitive-payload
    ssn: user.ssn,
    # ruleid: ruby-jwt-sensitive-payload
    'credit_card_number' => user.cc
  }
  # ok: ruby-jwt-sensitive-payload
  JWT.encode(p2, KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  JWT.encode({ sub: user.id, role: user.role }, KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  JWT.encode(user.attributes.slice('id', 'role'), KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  p3 = { sub: user.id }
  # ruleid: ruby-jwt-sensitive-payload
  p3[:api_key] = user.api_key
  # ok: ruby-jwt-sensitive-payload
  JWT.encode(p3, KEY)
  # ruleid: ruby-jwt-sensitive-payload
  JWT.encode({ user: user.attributes.except('password_digest') }, KEY)
end
def a(user)
  # ruleid: ruby-jwt-sensitive-payload
  JWT.encode({ sub: user.id, user: user, exp: 5.minutes.from_now.to_i }, KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  JWT.encode({ sub: user.id, user_id: user.id, exp: 5.minutes.from_now.to_i }, KEY, 'HS256')
  # ok: ruby-jwt-sensitive-payload
  response.set_cookie(:jwt, value: token, httponly: true, secure: true, same_site: :lax)
  # ok: ruby-jwt-sensitive-payload
  response.set_cookie(:jwt, value: token, path: '/')
  # ok: ruby-jwt-sensitive-payload
  response.set_cookie('session_token', { value: token, httponly: false })
end
