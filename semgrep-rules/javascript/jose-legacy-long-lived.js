const { JWK, JWT } = require('jose');
const RefreshToken = require('./models/refresh-token');

const key = JWK.asKey(process.env.JWT_SECRET);

function issueWeekLong(user) {
  return JWT.sign({ sub: user.id }, key, {
    // ruleid: jose-legacy-long-lived
    expiresIn: '7 days',
    header: { typ: 'JWT' },
  });
}

function issueTwoHours(user) {
  // ruleid: jose-legacy-long-lived
  return JWT.sign({ sub: user.id }, key, { expiresIn: '2h', issuer: 'https://api.example.com' });
}

function issueFromEnv(user) {
  // ruleid: jose-legacy-long-lived
  return JWT.sign({ sub: user.id }, key, { expiresIn: process.env.JWT_TTL || '24 hours' });
}

const signOptions = {
  // ruleid: jose-legacy-long-lived
  expiresIn: '30d',
  audience: 'web',
};

function issueWithOptions(user) {
  return JWT.sign({ sub: user.id }, key, signOptions);
}

function issueExpClaim(user) {
  const now = Math.floor(Date.now() / 1000);
  // ruleid: jose-legacy-long-lived
  return JWT.sign({ sub: user.id, exp: now + 86400 }, key);
}

function issueForever(user) {
  // ruleid: jose-legacy-long-lived
  return JWT.sign({ sub: user.id, role: user.role }, key);
}

function issueForeverWithOptions(user) {
  // ruleid: jose-legacy-long-lived
  return JWT.sign({ sub: user.id }, key, { issuer: 'https://api.example.com', audience: 'web' });
}

function issueShort(user) {
  // ok: jose-legacy-long-lived
  return JWT.sign({ sub: user.id }, key, { expiresIn: '15 minutes' });
}

function issueShortSeconds(user) {
  // ok: jose-legacy-long-lived
  return JWT.sign({ sub: user.id }, key, { expiresIn: '600s', audience: 'web' });
}

function issueShortExp(user) {
  const now = Math.floor(Date.now() / 1000);
  // ok: jose-legacy-long-lived
  return JWT.sign({ sub: user.id, exp: now + 600 }, key);
}

function issueFromPayloadVar(payload) {
  // ok: jose-legacy-long-lived
  return JWT.sign(payload, key);
}

async function generateRefreshToken(userId) {
  // ok: jose-legacy-long-lived
  const token = JWT.sign({ sub: userId }, key, { expiresIn: '30 days' });
  await RefreshToken.create({ value: token, userId });
  return token;
}

function issuePair(user) {
  const access = JWT.sign({ sub: user.id }, key, { expiresIn: '10m' });
  // ok: jose-legacy-long-lived
  const refreshToken = JWT.sign({ sub: user.id, typ: 'refresh' }, key, { expiresIn: '14 days' });
  return { access, refreshToken };
}

module.exports = {
  issueWeekLong, issueTwoHours, issueFromEnv, issueWithOptions, issueExpClaim, issueForever,
  issueForeverWithOptions, issueShort, issueShortSeconds, issueShortExp, issueFromPayloadVar,
  generateRefreshToken, issuePair,
};

function signFileName(monitor) {
  // ok: jose-legacy-long-lived
  return JWT.sign({ monitorId: monitor.id, kind: 'screenshot' }, key);
}
