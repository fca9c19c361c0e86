const express = require('express');
const cookieSession = require('cookie-session');
const { Issuer, generators } = require('openid-client');

const app = express();

app.use(
  // expect: session-cookie-insecure
  // expect: session-no-expiry
  cookieSession({
    name: 'portal',
    // expect: session-weak-secret
    keys: ['key1', 'key2'],
    secure: false,
    httpOnly: true,
  })
);

let client;
Issuer.discover(process.env.OIDC_ISSUER).then((issuer) => {
  client = new issuer.Client({
    client_id: process.env.OIDC_CLIENT_ID,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: [`${process.env.BASE_URL}/callback`],
    response_types: ['code'],
  });
});

app.get('/login', (req, res) => {
  const codeVerifier = generators.codeVerifier();
  req.session.codeVerifier = codeVerifier;
  res.redirect(client.authorizationUrl({ code_challenge: generators.codeChallenge(codeVerifier), code_challenge_method: 'S256' }));
});

app.get('/callback', async (req, res) => {
  const params = client.callbackParams(req);
  const tokenSet = await client.callback(`${process.env.BASE_URL}/callback`, params, { code_verifier: req.session.codeVerifier });
  // expect: session-insecure-store
  req.session.access_token = tokenSet.access_token;
  // expect: session-insecure-store
  req.session.refreshToken = tokenSet.refresh_token;
  // safe: session-insecure-store
  req.session.sub = tokenSet.claims().sub;
  // safe: session-insecure-store
  req.session.tokenExpiresAt = tokenSet.expires_at;
  res.redirect('/');
});

app.post('/profile/password', async (req, res) => {
  const ok = await changePassword(req.session.sub, req.body.current, req.body.next);
  if (!ok) return res.sendStatus(400);
  // expect: session-insecure-store
  req.session.password = req.body.next;
  res.sendStatus(204);
});

app.get('/logout', (req, res) => {
  req.session = null;
  res.redirect('/');
});

module.exports = app;
