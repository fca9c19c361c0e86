'use strict';

const express = require('express');
const { expressjwt } = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');
const { User, Warehouse } = require('./db');

const app = express();
app.use(express.json());

// Public API: tokens come from Auth0.
const checkAuth0 = expressjwt({
  // safe: jwt-weak-secret
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: `https://${process.env.AUTH0_DOMAIN}/.well-known/jwks.json`,
  }),
  audience: process.env.AUTH0_AUDIENCE,
  issuer: `https://${process.env.AUTH0_DOMAIN}/`,
  // safe: jwt-none-algorithm
  algorithms: ['RS256'],
});

// Scanner devices on the warehouse floor.
const checkScanner = expressjwt({
  // expect: jwt-weak-secret
  secret: 'shhhhhhared-secret',
  algorithms: ['HS256'],
  issuer: 'inventory',
  audience: 'scanner',
});

app.post('/scanners/:id/token', checkAuth0, async (req, res) => {
  const wh = await Warehouse.findOne({ scannerId: req.params.id, ownerId: req.auth.sub });
  if (!wh) return res.sendStatus(404);
  // expect: jwt-weak-secret
  const token = jwt.sign({ sub: `scanner:${req.params.id}`, wh: wh.id }, 'shhhhhhared-secret', {
    algorithm: 'HS256',
    issuer: 'inventory',
    audience: 'scanner',
    // expect: jwt-long-lived
    expiresIn: 60 * 60 * 24,
  });
  return res.json({ token });
});

// Short-lived ticket used by the label printer; '3600' is a millisecond count for jsonwebtoken.
app.post('/print-ticket', checkScanner, (req, res) => {
  const ticket = jwt.sign({ sub: req.auth.sub, job: req.body.jobId }, process.env.PRINT_TICKET_SECRET, {
    algorithm: 'HS256',
    issuer: 'inventory',
    audience: 'printer',
    // safe: jwt-long-lived
    expiresIn: '3600',
  });
  res.json({ ticket });
});

// Debug fixtures for the contract tests of the mobile client.
app.get('/_fixtures/token', (req, res) => {
  // expect: jwt-none-algorithm
  const token = jwt.sign({ sub: 'fixture-user', wh: 'W1' }, null, { algorithm: 'none', expiresIn: '5m' });
  res.type('text/plain').send(token);
});

app.post('/account/password', checkAuth0, async (req, res) => {
  const user = await User.findOne({ auth0Id: req.auth.sub });
  const hash = await bcrypt.hash(req.body.newPassword, 12);
  // expect: jwt-no-revocation
  await User.updateOne({ _id: user._id }, { $set: { passwordHash: hash } });
  res.clearCookie('inv_token');
  res.json({ ok: true });
});

app.get('/stock/:sku', checkScanner, async (req, res) => {
  const row = await Warehouse.stockFor(req.auth.wh, req.params.sku);
  res.json(row);
});

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') return res.status(401).json({ error: err.message });
  return next(err);
});

module.exports = app;
