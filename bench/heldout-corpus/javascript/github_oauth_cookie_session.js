'use strict';

const express = require('express');
const cookieSession = require('cookie-session');
const crypto = require('crypto');
const axios = require('axios');

const app = express();

app.use(cookieSession({
  name: 'gh_session',
  // expect: session-weak-secret
  keys: ['key1', 'key2'],
  // expect: session-cookie-insecure
  secure: false,
  httpOnly: true,
  sameSite: 'lax',
  // expect: session-no-expiry
  maxAge: 14 * 24 * 60 * 60 * 1000,
}));

app.get('/auth/github', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.oauthState = state;
  const params = new URLSearchParams({
    client_id: process.env.GITHUB_CLIENT_ID,
    redirect_uri: `${process.env.PUBLIC_URL}/auth/github/callback`,
    scope: 'read:user repo',
    state,
  });
  res.redirect(`https://github.com/login/oauth/authorize?${params}`);
});

app.get('/auth/github/callback', async (req, res) => {
  if (!req.query.state || req.query.state !== req.session.oauthState) {
    return res.status(400).send('state mismatch');
  }
  const { data } = await axios.post('https://github.com/login/oauth/access_token', {
    client_id: process.env.GITHUB_CLIENT_ID,
    client_secret: process.env.GITHUB_CLIENT_SECRET,
    code: req.query.code,
  }, { headers: { Accept: 'application/json' } });

  const profile = await axios.get('https://api.github.com/user', {
    headers: { Authorization: `Bearer ${data.access_token}` },
  });

  req.session.oauthState = null;
  // safe: session-insecure-store
  // safe: session-fixation
  req.session.githubLogin = profile.data.login;
  // expect: session-insecure-store
  req.session.githubToken = data.access_token;
  return res.redirect('/repos');
});

app.get('/repos', async (req, res) => {
  if (!req.session.githubToken) return res.redirect('/auth/github');
  const repos = await axios.get('https://api.github.com/user/repos?per_page=50', {
    headers: { Authorization: `Bearer ${req.session.githubToken}` },
  });
  res.json(repos.data.map((r) => ({ name: r.full_name, private: r.private })));
});

app.post('/settings/locale', express.json(), (req, res) => {
  // safe: session-cookie-insecure
  res.cookie('locale', String(req.body.locale || 'en').slice(0, 5), { sameSite: 'lax' });
  res.sendStatus(204);
});

app.get('/signout', (req, res) => {
  req.session = null;
  res.redirect('/');
});

module.exports = app;
