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

class TokensController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    # ruleid: ruby-jwt-sensitive-payload
    token = JsonWebToken.encode(user_id: user.id, password: params[:password])
    # ruleid: ruby-jwt-sensitive-payload
    legacy = JsonWebToken.encode(user.attributes)
    # ruleid: ruby-jwt-sensitive-payload
    card = AuthToken.issue({ sub: user.id, card_number: user.card_number })
    # ok: ruby-jwt-sensitive-payload
    ok = JsonWebToken.encode(user_id: user.id, role: user.role)
    # ok: ruby-jwt-sensitive-payload
    Rails.cache.write("u:#{user.id}", { password_reset_sent: true })
    # ok: ruby-jwt-sensitive-payload
    Base64.encode64(user.attributes.to_json)
    render json: { token: token, legacy: legacy, card: card, ok: ok }
  end
end

class IntegrationTokens
  def issue(account)
    # ruleid: ruby-jwt-sensitive-payload
    JWT.encode({ sub: account.id, api_token: account.api_token }, ENV.fetch('JWT_SECRET'), 'HS256')
  end
end

class Patient < ApplicationRecord
  devise :database_authenticatable, :jwt_authenticatable, jwt_revocation_strategy: JwtDenylist

  def jwt_payload
    # ruleid: ruby-jwt-sensitive-payload
    { "email" => email, "date_of_birth" => date_of_birth.iso8601 }
  end
end

class Staff < ApplicationRecord
  def jwt_payload
    # ok: ruby-jwt-sensitive-payload
    { "role" => role, "clinic_id" => clinic_id }
  end

  def to_token_payload
    # ruleid: ruby-jwt-sensitive-payload
    { sub: id, ssn: ssn }
  end
end
