'use strict';

const fs = require('fs');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const config = require('../config');
const { RefreshToken } = require('../models');

const ISSUER = 'https://id.bookclub.app';
const AUDIENCE = 'bookclub-api';
const privateKey = fs.readFileSync(config.jwt.privateKeyPath);
const publicKey = fs.readFileSync(config.jwt.publicKeyPath);

function signAccessToken(member) {
  // safe: jwt-long-lived
  // safe: jwt-sensitive-payload
  // safe: jwt-weak-secret
  return jwt.sign(
    { sub: String(member.id), role: member.role, scope: member.scopes.join(' ') },
    privateKey,
    { algorithm: 'RS256', expiresIn: '15m', issuer: ISSUER, audience: AUDIENCE }
  );
}

function signRememberMeToken(member) {
  // expect: jwt-long-lived
  return jwt.sign(
    { sub: String(member.id), role: member.role },
    privateKey,
    { algorithm: 'RS256', expiresIn: '30d', issuer: ISSUER, audience: AUDIENCE }
  );
}

async function issueRefreshToken(member, familyId = crypto.randomUUID()) {
  const jti = crypto.randomUUID();
  await RefreshToken.create({ jti, familyId, memberId: member.id, expiresAt: new Date(Date.now() + 14 * 864e5) });
  // safe: jwt-long-lived
  const refreshToken = jwt.sign({ sub: String(member.id), jti, fam: familyId }, privateKey, {
    algorithm: 'RS256',
    expiresIn: '14d',
    issuer: ISSUER,
    audience: `${ISSUER}/refresh`,
  });
  return refreshToken;
}

function verifyAccessToken(token) {
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  return jwt.verify(token, publicKey, {
    algorithms: ['RS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
  });
}

function verifyWebhookToken(token) {
  // expect: jwt-none-algorithm
  // expect: jwt-claims-not-validated
  return jwt.verify(token, config.webhooks.sharedSecret);
}

function signProfileToken(member) {
  // expect: jwt-sensitive-payload
  return jwt.sign({ ...member.toJSON() }, privateKey, {
    algorithm: 'RS256',
    expiresIn: 600,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
}

function signEmailVerification(member) {
  // expect: jwt-weak-secret
  return jwt.sign({ sub: String(member.id), purpose: 'verify-email' }, 'bookclub-email', {
    expiresIn: '10m',
    issuer: ISSUER,
    audience: 'bookclub-email',
  });
}

function signKioskToken(kioskId) {
  // expect: jwt-long-lived
  return jwt.sign({ sub: `kiosk:${kioskId}`, scope: 'checkout' }, privateKey, { algorithm: 'RS256', issuer: ISSUER });
}

module.exports = {
  signAccessToken,
  signRememberMeToken,
  issueRefreshToken,
  verifyAccessToken,
  verifyWebhookToken,
  signProfileToken,
  signEmailVerification,
  signKioskToken,
  publicKey,
};
