require 'sinatra'

post '/login' do
  user = User.first(email: params[:email])
  if user && user.authenticate(params[:password])
    # ruleid: sinatra-session-fixation
    session[:user_id] = user.id
    # ok: sinatra-session-fixation
    session[:user_name] = user.name
    redirect '/'
  else
    halt 401
  end
end

post '/legacy_login' do
  member = Member.first(login: params[:login])
  if member && member.password == params[:password]
    # ruleid: sinatra-session-fixation
    session[:member_id] = member.id
  end
  redirect '/'
end

post '/login2' do
  user = User.first(email: params[:email])
  if user && user.authenticate(params[:password])
    session.clear
    env['rack.session.options'][:renew] = true
    # ok: sinatra-session-fixation
    session[:user_id] = user.id
  end
  redirect '/'
end

post '/cart' do
  # ok: sinatra-session-fixation
  session[:cart_id] = Cart.create.id
end

class GuardedLogin < Sinatra::Base
  post '/sessions' do
    account = Account.first(email: params[:email])
    halt 401, 'bad credentials' unless account&.authenticate(params[:password])
    # ruleid: sinatra-session-fixation
    session[:account_id] = account.id
    redirect '/dashboard'
  end

  post '/staff/login' do
    staff = Staff.find_by(handle: params[:handle])
    return erb(:login) unless staff && BCrypt::Password.new(staff.password_hash) == params[:password]
    # ruleid: sinatra-session-fixation
    session[:staff_id] = staff.id
  end

  post '/renewed' do
    account = Account.first(email: params[:email])
    halt 401 unless account&.authenticate(params[:password])
    # ok: sinatra-session-fixation
    session.clear
    env['rack.session.options'][:renew] = true
    # ok: sinatra-session-fixation
    session[:account_id] = account.id
  end

  post '/cart' do
    # ok: sinatra-session-fixation
    session[:cart_id] = Cart.create.id
  end
  post '/login' do
    row = db.get_first_row('SELECT id FROM users WHERE name = ? AND pw = ?', [params[:name], digest(params[:pw])])
    halt 401, 'no such user' if row.nil?
    # ruleid: sinatra-session-fixation
    session[:user_id] = row['id']
    redirect '/'
  end

  post '/auth/sign-in' do
    member = Member.lookup(params[:email], params[:password]) or halt(401)
    session.clear
    env['rack.session.options'][:renew] = true
    # ok: sinatra-session-fixation
    session[:member_id] = member.id
  end

  post '/preferences' do
    # ok: sinatra-session-fixation
    session[:user_theme] = params[:theme]
  end
end
