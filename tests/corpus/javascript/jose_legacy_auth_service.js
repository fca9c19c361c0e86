'use strict';
// Auth service of an internal ordering API, written against jose 2.x.
const express = require('express');
const { JWK, JWT } = require('jose');
const bcrypt = require('bcryptjs');
const db = require('../db');

const router = express.Router();

// expect: jwt-weak-secret
const ACCESS_SECRET = process.env.ACCESS_TOKEN_SECRET || 'orders-dev-access-secret';
// expect: jwt-weak-secret
const accessKey = JWK.asKey(ACCESS_SECRET, { alg: 'HS256', use: 'sig' });

// safe: jwt-weak-secret
const auditKey = JWK.asKey(Buffer.from(process.env.AUDIT_TOKEN_SECRET, 'base64'));

const tokenOptions = {
  issuer: 'https://orders.internal',
  audience: 'orders-web',
  // expect: jwt-long-lived
  expiresIn: '12 hours',
};

function issueAccessToken(account) {
  return JWT.sign({ sub: String(account.id), role: account.role }, accessKey, tokenOptions);
}

function issueAuditToken(account) {
  return JWT.sign({ sub: String(account.id), scope: 'audit:write' }, auditKey, {
    issuer: 'https://orders.internal',
    audience: 'audit',
    // safe: jwt-long-lived
    expiresIn: '5 minutes',
  });
}

router.post('/login', async (req, res) => {
  const account = await db.accounts.findByEmail(req.body.email);
  if (!account || !(await bcrypt.compare(req.body.password, account.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const claims = { sub: String(account.id), tenant: account.tenantId };
  // expect: jwt-sensitive-payload
  claims.passwordHash = account.passwordHash;
  const legacy = JWT.sign(claims, accessKey, { expiresIn: '10 minutes' });
  return res.json({ token: issueAccessToken(account), legacy, audit: issueAuditToken(account) });
});

router.get('/me', async (req, res) => {
  const raw = (req.headers.authorization || '').replace(/^Bearer /, '');
  // expect: jwt-signature-not-verified
  const claims = JWT.decode(raw);
  const account = await db.accounts.findById(claims.sub);
  return res.json({ id: account.id, email: account.email });
});

router.get('/orders', async (req, res) => {
  const raw = (req.headers.authorization || '').replace(/^Bearer /, '');
  // safe: jwt-signature-not-verified
  const claims = JWT.verify(raw, accessKey, {
    algorithms: ['HS256'],
    issuer: 'https://orders.internal',
    audience: 'orders-web',
  });
  return res.json(await db.orders.forAccount(claims.sub));
});

router.post('/session/resume', (req, res) => {
  const claims = JWT.verify(req.body.token, accessKey, {
    algorithms: ['HS256'],
    issuer: 'https://orders.internal',
    audience: 'orders-web',
    // expect: jwt-claims-not-validated
    ignoreExp: true,
  });
  return res.json({ sub: claims.sub });
});

router.post('/session/check', (req, res) => {
  const claims = JWT.verify(req.body.token, accessKey, {
    algorithms: ['HS256'],
    issuer: 'https://orders.internal',
    audience: 'orders-web',
    // safe: jwt-claims-not-validated
    ignoreExp: false,
  });
  return res.json({ sub: claims.sub });
});

module.exports = router;
