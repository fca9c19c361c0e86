'use strict';

const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const client = jwksClient({
  jwksUri: `${process.env.OIDC_ISSUER}/.well-known/jwks.json`,
  cache: true,
  rateLimit: true,
});

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

async function requireAuth(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    // safe: jwt-signature-not-verified
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || !decoded.header.kid) return res.status(401).json({ error: 'malformed token' });
    const key = await client.getSigningKey(decoded.header.kid);
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    req.user = jwt.verify(token, key.getPublicKey(), {
      algorithms: ['RS256'],
      issuer: process.env.OIDC_ISSUER,
      audience: process.env.OIDC_AUDIENCE,
    });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function requireRole(role) {
  return (req, res, next) => {
    const token = bearer(req);
    // expect: jwt-signature-not-verified
    const claims = token && jwt.decode(token);
    if (!claims || !claims.roles || !claims.roles.includes(role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    req.user = claims;
    return next();
  };
}

function attachUserIfPresent(req, res, next) {
  const token = req.cookies && req.cookies.session_token;
  if (token) {
    // expect: jwt-signature-not-verified
    const payload = jwt.decode(token);
    res.locals.userId = payload && payload.sub;
    req.userId = payload && payload.sub;
  }
  next();
}

function logTokenExpiry(req, res, next) {
  const token = bearer(req);
  if (token) {
    // safe: jwt-signature-not-verified
    const { exp } = jwt.decode(token) || {};
    if (exp) res.set('X-Token-Expires-In', String(exp - Math.floor(Date.now() / 1000)));
  }
  next();
}

module.exports = { requireAuth, requireRole, attachUserIfPresent, logTokenExpiry };
