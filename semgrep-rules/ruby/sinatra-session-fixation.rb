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
