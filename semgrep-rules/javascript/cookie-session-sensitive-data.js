const cookieSession = require('cookie-session');
app.get('/cb', async (req, res) => {
  const tokens = await oauth.exchange(req.query.code);
  // ruleid: cookie-session-sensitive-data
  req.session.accessToken = tokens.access_token;
  // ruleid: cookie-session-sensitive-data
  req.session.refresh_token = tokens.refresh_token;
  // ok: cookie-session-sensitive-data
  req.session.userId = tokens.sub;
  res.redirect('/');
});

app.get('/auth/github/callback', async (req, res) => {
  const { data } = await axios.post('https://github.com/login/oauth/access_token', { code: req.query.code });
  // ruleid: cookie-session-sensitive-data
  req.session.githubToken = data.access_token;
  // ok: cookie-session-sensitive-data
  req.session.githubLogin = data.login;
  // ok: cookie-session-sensitive-data
  req.session.oauthState = data.state;
  // ok: cookie-session-sensitive-data
  req.session.tokenExpiresAt = data.expires_at;
  res.redirect('/repos');
});
