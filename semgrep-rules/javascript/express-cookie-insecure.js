const express = require('express');
const router = express.Router();

const COOKIE_OPTS = { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 15 * 60 * 1000 };

router.post('/auth/login', async (req, res) => {
  const token = await issueToken(req.body);
  // ruleid: express-cookie-insecure
  res.cookie('token', token);
  // ruleid: express-cookie-insecure
  res.cookie('refresh_token', refresh, { httpOnly: true });
  // ruleid: express-cookie-insecure
  res.cookie('sid', sessionId, { httpOnly: false, secure: true, sameSite: 'lax' });
  // ruleid: express-cookie-insecure
  res.cookie('jwt', token, { httpOnly: true, secure: false, sameSite: 'none' });
  // ruleid: express-cookie-insecure
  res.cookie('__app', accessToken, { maxAge: 3600000 });
  // ok: express-cookie-insecure
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: express-cookie-insecure
  res.cookie('token', token, COOKIE_OPTS);
  // ok: express-cookie-insecure
  res.cookie('access_token', token, { ...baseCookieOptions, maxAge: 900000 });
  // ok: express-cookie-insecure
  res.cookie('theme', 'dark');
  // ok: express-cookie-insecure
  res.cookie('session', sid, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' });
  res.json({ ok: true });
});

router.post('/auth/refresh', (req, res) => {
  const cookieOptions = { httpOnly: true };
  // ruleid: express-cookie-insecure
  res.cookie('refreshToken', req.newRefresh, cookieOptions);
  res.end();
});

router.post('/users/login', (req, res) => {
  const newToken = issueToken(req.user);
  // ruleid: express-cookie-insecure
  res.cookie('usertoken', newToken, process.env.JWT_SECRET, { httpOnly: true, secure: true, sameSite: 'lax' })
    .json({ success: true });
});


// cookies that carry no credential: where to go after the login, which login method
// or provider was used, an anonymous listener id for a public link, the OAuth state
router.get('/auth/openid', (req, res) => {
  // ok: express-cookie-insecure
  res.cookie('auth_callback_url', req.query.callback, { maxAge: 120000, httpOnly: true });
  // ok: express-cookie-insecure
  res.cookie('auth_provider', req.query.provider, { httpOnly: true });
  // ok: express-cookie-insecure
  res.cookie('oauth_state', state, { httpOnly: true });
  // ok: express-cookie-insecure
  res.cookie('share_session_id', shareSession.id, { maxAge: 86400000, httpOnly: true });
  // ok: express-cookie-insecure
  res.cookie('visitor_id', visitorToken, { httpOnly: true });
  // ruleid: express-cookie-insecure
  res.cookie('auth_token', req.query.provider, { httpOnly: true });
});

function loginChained(res, token) {
  res
    .status(200)
    // ruleid: express-cookie-insecure
    .cookie("jwt", token, {
      maxAge: 7 * 24 * 3600 * 1000,
      httpOnly: true,
    })
    .send({ ok: true });
}
