// Legacy mobile API that still signs its tokens with jwt-simple.
const jwt = require('jwt-simple');
const express = require('express');
const devices = require('./devices');

const router = express.Router();

function issueDeviceToken(device) {
  const now = Math.floor(Date.now() / 1000);
  // expect: jwt-weak-secret
  return jwt.encode({ sub: device.id, iat: now, exp: now + 600 }, 'mobile-legacy-secret', 'HS256');
}

function issueSignedToken(device) {
  const now = Math.floor(Date.now() / 1000);
  // safe: jwt-weak-secret
  return jwt.encode({ sub: device.id, iat: now, exp: now + 600 }, process.env.MOBILE_JWT_SECRET, 'HS256');
}

router.get('/device/me', (req, res) => {
  const raw = (req.get('authorization') || '').replace(/^Bearer /, '');
  // expect: jwt-signature-not-verified
  const claims = jwt.decode(raw, process.env.MOBILE_JWT_SECRET, true);
  res.json(devices.describe(claims.sub));
});

router.get('/device/settings', (req, res) => {
  const raw = (req.get('authorization') || '').replace(/^Bearer /, '');
  // safe: jwt-signature-not-verified
  const claims = jwt.decode(raw, process.env.MOBILE_JWT_SECRET, false, 'HS256');
  res.json(devices.settings(claims.sub));
});

router.post('/device/pair', async (req, res) => {
  const device = await devices.pair(req.body.code);
  const now = Math.floor(Date.now() / 1000);
  // expect: jwt-sensitive-payload
  const token = jwt.encode({ sub: device.id, exp: now + 600, apiKey: device.apiKey }, process.env.MOBILE_JWT_SECRET, 'HS256');
  res.json({ token, device: issueDeviceToken(device), signed: issueSignedToken(device) });
});

module.exports = router;
