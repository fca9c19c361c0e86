'use strict';

const express = require('express');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const cookieParser = require('cookie-parser');
const { Users, RefreshTokens } = require('../models');

const router = express.Router();
router.use(cookieParser());

// expect: jwt-weak-secret
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret';
const ISSUER = 'https://api.shopfront.example';
const AUDIENCE = 'shopfront-web';

function issueAccessToken(user) {
  return jwt.sign(
    { sub: String(user.id), role: user.role },
    JWT_SECRET,
    {
      algorithm: 'HS256',
      // expect: jwt-long-lived
      expiresIn: '7d',
      issuer: ISSUER,
      audience: AUDIENCE,
    }
  );
}

async function issueRefreshToken(user) {
  const jti = crypto.randomUUID();
  // Refresh tokens are persisted and rotated on every use (see /refresh below).
  await RefreshTokens.create({ jti, userId: user.id, rotatedFrom: null });
  return jwt.sign({ sub: String(user.id), jti, typ: 'refresh' }, JWT_SECRET, {
    algorithm: 'HS256',
    // safe: jwt-long-lived
    expiresIn: '30d',
    issuer: ISSUER,
    audience: AUDIENCE,
  });
}

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    req.auth = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await Users.findOne({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'bad credentials' });
  }
  const accessToken = issueAccessToken(user);
  const refreshToken = await issueRefreshToken(user);
  // expect: session-cookie-insecure
  res.cookie('refresh_token', refreshToken);
  return res.json({ accessToken });
});

router.post('/refresh', async (req, res) => {
  const presented = req.cookies.refresh_token;
  let claims;
  try {
    claims = jwt.verify(presented, JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
  } catch (err) {
    return res.sendStatus(401);
  }
  const row = await RefreshTokens.findOne({ where: { jti: claims.jti, revoked: false } });
  if (!row) return res.sendStatus(401);
  await row.update({ revoked: true });
  const user = await Users.findByPk(claims.sub);
  const refreshToken = await issueRefreshToken(user);
  // safe: session-cookie-insecure
  res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
  return res.json({ accessToken: issueAccessToken(user) });
});

router.post('/logout', requireAuth, (req, res) => {
  // expect: jwt-no-revocation
  res.clearCookie('refresh_token', { path: '/auth/refresh' });
  res.sendStatus(204);
});

router.get('/me', requireAuth, async (req, res) => {
  const user = await Users.findByPk(req.auth.sub, { attributes: ['id', 'email', 'displayName'] });
  res.json(user);
});

module.exports = { router, requireAuth };
