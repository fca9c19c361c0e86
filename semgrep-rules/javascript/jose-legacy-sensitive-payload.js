const { JWK, JWT, JWS } = require('jose');
const User = require('./models/user');

const key = JWK.asKey(process.env.JWT_SECRET);

async function login(req, res) {
  const user = await User.findOne({ email: req.body.email });
  // ruleid: jose-legacy-sensitive-payload
  const token = JWT.sign({ sub: user.id, password: user.password }, key, { expiresIn: '15m' });
  res.json({ token });
}

async function loginWholeUser(req, res) {
  const user = await User.findOne({ email: req.body.email });
  // ruleid: jose-legacy-sensitive-payload
  res.json({ token: JWT.sign(user, key, { expiresIn: '15m' }) });
}

function issueNested(account) {
  // ruleid: jose-legacy-sensitive-payload
  return JWT.sign({ sub: account.id, user: { apiKey: account.apiKey } }, key, { expiresIn: '15m' });
}

function issueBuilt(account) {
  // ruleid: jose-legacy-sensitive-payload
  const payload = { sub: account.id, ssn: account.ssn };
  return JWT.sign(payload, key, { expiresIn: '15m' });
}

function issueReassigned(account) {
  let claims;
  // ruleid: jose-legacy-sensitive-payload
  claims = Object.assign({ sub: account.id }, { secret: account.totpSecret });
  return JWT.sign(claims, key, { expiresIn: '15m' });
}

function issueAddedLater(account) {
  const payload = { sub: account.id };
  // ruleid: jose-legacy-sensitive-payload
  payload.password = account.password;
  return JWT.sign(payload, key, { expiresIn: '15m' });
}

function issueAddedNested(account) {
  const payload = { sub: account.id, profile: {} };
  // ruleid: jose-legacy-sensitive-payload
  payload.profile.creditCard = account.card;
  return JWT.sign(payload, key, { expiresIn: '15m' });
}

function issueRecordSpread(user) {
  // ruleid: jose-legacy-sensitive-payload
  return JWS.sign({ ...user.toJSON(), iat: Date.now() }, key);
}

function issueSafe(user) {
  // ok: jose-legacy-sensitive-payload
  return JWT.sign({ sub: user.id, role: user.role, name: user.name }, key, { expiresIn: '15m' });
}

function issueSafeBuilt(user) {
  // ok: jose-legacy-sensitive-payload
  const payload = { sub: user.id, scope: 'orders:read' };
  payload.tenant = user.tenantId;
  return JWT.sign(payload, key, { expiresIn: '15m' });
}

function passwordResetMail(user) {
  // ok: jose-legacy-sensitive-payload
  const mail = { to: user.email, password: 'reset link below' };
  return JWT.sign({ sub: user.id, purpose: 'reset' }, key, { expiresIn: '15m', header: { typ: 'JWT' } }) && mail;
}

module.exports = { login, loginWholeUser, issueNested, issueBuilt, issueReassigned, issueAddedLater, issueAddedNested, issueRecordSpread, issueSafe, issueSafeBuilt, passwordResetMail };

function issueMerged(user, extra) {
  // ruleid: jose-legacy-sensitive-payload
  const a = JWT.sign(Object.assign({}, user), key, { expiresIn: '15m' });
  // ok: jose-legacy-sensitive-payload
  const b = JWT.sign(Object.assign({ sub: user.id }, { scope: extra.scope }), key, { expiresIn: '15m' });
  return [a, b];
}
