const jose = require('jose');
const { JWK, JWT, JWS } = jose;

function readUnsecured(req, res) {
  const token = req.get('authorization').slice(7);
  // ruleid: jose-legacy-none-key
  const claims = JWT.verify(token, JWK.None);
  res.json({ user: claims.sub });
}

function issueUnsecured(user) {
  // ruleid: jose-legacy-none-key
  return JWT.sign({ sub: user.id }, JWK.None, { expiresIn: '10m' });
}

function pickKey(devMode, key) {
  // ruleid: jose-legacy-none-key
  const verifyKey = devMode ? jose.JWK.None : key;
  return verifyKey;
}

function payloadOf(jws) {
  // ruleid: jose-legacy-none-key
  return JWS.verify(jws, JWK.None);
}

function destructured(token) {
  const { JWK: { None } } = require('jose');
  // ruleid: jose-legacy-none-key
  return JWT.verify(token, None);
}

function isUnsecured(key) {
  // ok: jose-legacy-none-key
  return key === JWK.None;
}

function verifySigned(token, key) {
  // ok: jose-legacy-none-key
  return JWT.verify(token, key, { algorithms: ['RS256'], issuer: 'https://op.example.com', audience: 'api' });
}

module.exports = { readUnsecured, issueUnsecured, pickKey, payloadOf, destructured, isUnsecured, verifySigned };
