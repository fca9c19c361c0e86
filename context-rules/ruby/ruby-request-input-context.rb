class SessionsController < ApplicationController
  def show
    token = request.headers['Authorization'].split(' ').last
    # ruleid: ruby-request-input-context
    payload = JWT.decode(token, nil, false).first
    render json: payload
  end

  def current_user
    auth = request.authorization.to_s
    # ruleid: ruby-request-input-context
    claims = ::JWT.decode(auth[7..], nil, false)[0]
    User.find(claims['sub'])
  end

  def from_cookie
    # ruleid: ruby-request-input-context
    body = JSON.parse(Base64.urlsafe_decode64(cookies[:jwt].split('.')[1]))
    # ruleid: ruby-request-input-context
    other = JSON.parse(Base64.decode64(request.cookies['session'].split('.')[1]))
    [body, other]
  end

  def callback
    # ruleid: ruby-request-input-context
    JWT.decode(params[:id_token], nil, false).first
  end

  def legacy
    raw = request.env['HTTP_AUTHORIZATION'].sub('Bearer ', '')
    # ruleid: ruby-request-input-context
    JWT::Decode.new(raw, nil, false, {}).decode_segments
  end

  def encoded
    # ruleid: ruby-request-input-context
    JWT::EncodedToken.new(request.headers['X-Token'].delete_prefix('Bearer ')).unverified_payload
  end
end

class JwtPeek
  def initialize(app)
    @app = app
  end

  def call(env)
    _, token = env['HTTP_AUTHORIZATION'].to_s.split(' ', 2)
    # ruleid: ruby-request-input-context
    env['jwt.claims'] = JWT.decode(token, nil, false).first
    @app.call(env)
  end
end

get '/me' do
  # ruleid: ruby-request-input-context
  JWT.decode(request.env['HTTP_X_AUTH_TOKEN'], nil, false).first.to_json
end

class API < Grape::API
  get :me do
    # ruleid: ruby-request-input-context
    JWT.decode(headers['Authorization'].split.last, nil, false).first
  end
end

# the helper's parameter: where it comes from is the caller's business
def claims_of(token)
  # ok: ruby-request-input-context
  JWT.decode(token, nil, false).first
end

# an id_token the app fetched from its provider, even with locals named request and params
def provider_claims(code)
  uri = URI('https://oauth2.provider.example/token')
  params = { grant_type: 'authorization_code', code: code }
  request = Net::HTTP::Post.new(uri)
  request.set_form_data(params)
  response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
  body = JSON.parse(response.body)
  # ok: ruby-request-input-context
  JWT.decode(body['id_token'], nil, false).first
end

def provider_claims_form(code)
  res = Net::HTTP.post_form(URI('https://oauth2.provider.example/token'), code: code)
  # ok: ruby-request-input-context
  JWT.decode(JSON.parse(res.body)['id_token'], nil, false).first
end

# a token read from the app's own store
def stored_claims(user)
  raw = Rails.cache.read("token:#{user.id}") || user.api_token
  # ok: ruby-request-input-context
  JSON.parse(Base64.urlsafe_decode64(raw.split('.')[1]))
end
