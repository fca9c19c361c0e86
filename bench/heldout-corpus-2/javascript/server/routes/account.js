'use strict';

const express = require('express');
const bcrypt = require('bcrypt');
const { expressjwt } = require('express-jwt');
const Redis = require('ioredis');
const { Member } = require('../models');
const tokens = require('../../lib/tokens');

const router = express.Router();
const redis = new Redis(process.env.REVOCATION_REDIS_URL, { tls: {} });

// safe: jwt-none-algorithm
// safe: jwt-claims-not-validated
const requireJwt = expressjwt({
  secret: tokens.publicKey,
  algorithms: ['RS256'],
  issuer: 'https://id.bookclub.app',
  audience: 'bookclub-api',
  getToken: (req) => req.cookies.access_token,
  isRevoked: async (req, token) => (await redis.exists(`revoked:${token.payload.jti}`)) === 1,
});

router.post('/token', async (req, res) => {
  const member = await Member.findOne({ where: { email: req.body.email } });
  if (!member || !(await bcrypt.compare(req.body.password, member.passwordHash))) {
    return res.sendStatus(401);
  }
  const accessToken = tokens.signAccessToken(member);
  // safe: session-cookie-insecure
  res.cookie('access_token', accessToken, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 15 * 60 * 1000 });
  res.json({ ok: true });
});

router.post('/token/mobile', async (req, res) => {
  const member = await Member.findOne({ where: { email: req.body.email } });
  if (!member || !(await bcrypt.compare(req.body.password, member.passwordHash))) {
    return res.sendStatus(401);
  }
  // expect: session-cookie-insecure
  res.cookie('access_token', tokens.signAccessToken(member));
  res.json({ ok: true });
});

router.post('/logout', requireJwt, (req, res) => {
  // expect: jwt-no-revocation
  res.clearCookie('access_token');
  res.sendStatus(204);
});

router.post('/sessions/revoke', requireJwt, async (req, res) => {
  const { jti, exp } = req.auth;
  await redis.set(`revoked:${jti}`, '1', 'EXAT', exp);
  // safe: jwt-no-revocation
  res.clearCookie('access_token');
  res.sendStatus(204);
});

router.put('/password', requireJwt, async (req, res) => {
  const member = await Member.findByPk(req.auth.sub);
  if (!(await bcrypt.compare(req.body.currentPassword, member.passwordHash))) {
    return res.status(400).json({ error: 'wrong password' });
  }
  // expect: jwt-no-revocation
  await member.update({ passwordHash: await bcrypt.hash(req.body.newPassword, 12) });
  res.sendStatus(204);
});

router.post('/password/reset', async (req, res) => {
  const member = await Member.findOne({ where: { resetCode: req.body.code } });
  if (!member) return res.sendStatus(404);
  // safe: jwt-no-revocation
  await member.update({
    passwordHash: await bcrypt.hash(req.body.newPassword, 12),
    resetCode: null,
    tokenVersion: member.tokenVersion + 1,
  });
  res.sendStatus(204);
});

module.exports = router;
