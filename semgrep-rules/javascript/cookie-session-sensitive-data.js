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
