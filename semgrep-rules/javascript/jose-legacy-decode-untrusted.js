const express = require('express');
const { JWT, JWK } = require('jose');
const users = require('./users');

const router = express.Router();
const key = JWK.asKey(process.env.JWT_SECRET);

router.get('/me', async (req, res) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // ruleid: jose-legacy-decode-untrusted
  const claims = JWT.decode(token);
  res.json(await users.findById(claims.sub));
});

router.get('/admin', (req, res) => {
  // ruleid: jose-legacy-decode-untrusted
  const { role } = JWT.decode(req.cookies.access_token);
  if (role !== 'admin') return res.sendStatus(403);
  return res.json({ ok: true });
});

router.get('/verified', (req, res) => {
  const token = req.get('authorization').slice(7);
  // ok: jose-legacy-decode-untrusted
  const claims = JWT.verify(token, key, { algorithms: ['HS256'], issuer: 'https://api.example.com', audience: 'web' });
  res.json(claims);
});

router.get('/kid', (req, res) => {
  const token = req.get('authorization').slice(7);
  // ok: jose-legacy-decode-untrusted
  const { header } = JWT.decode(token, { complete: true });
  const claims = JWT.verify(token, keyFor(header.kid), { algorithms: ['RS256'], issuer: 'https://op.example.com', audience: 'web' });
  res.json(claims);
});

router.get('/expiry', (req, res) => {
  const token = req.query.token;
  // ok: jose-legacy-decode-untrusted
  const kid = JWT.decode(token, { complete: true }).header.kid;
  res.json({ kid });
});

function keyFor(kid) {
  return JWK.asKey(process.env[`JWT_KEY_${kid}`]);
}

function displayName(token) {
  // ok: jose-legacy-decode-untrusted
  return JWT.decode(token).name;
}

module.exports = { router, displayName };
