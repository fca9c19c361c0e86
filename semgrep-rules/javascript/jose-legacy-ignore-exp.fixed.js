const jose = require('jose');
const { JWK, JWT } = jose;

const key = JWK.asKey(process.env.JWT_SECRET);

function readSession(token) {
  return JWT.verify(token, key, {
    algorithms: ['HS256'],
    // ruleid: jose-legacy-ignore-exp
    ignoreExp: false,
  });
}

function readIdToken(token, keystore) {
  // ruleid: jose-legacy-ignore-exp
  return jose.JWT.IdToken.verify(token, keystore, { issuer: 'https://op.example.com', audience: 'web', nonce: 'n', ignoreExp: false });
}

const lenient = {
  algorithms: ['HS256'],
  // ruleid: jose-legacy-ignore-exp
  ignoreExp: false,
};

function readLenient(token) {
  return JWT.verify(token, key, lenient);
}

function readStrict(token) {
  // ok: jose-legacy-ignore-exp
  return JWT.verify(token, key, { algorithms: ['HS256'], ignoreExp: false, issuer: 'https://api.example.com', audience: 'web' });
}

function readDefault(token) {
  // ok: jose-legacy-ignore-exp
  return JWT.verify(token, key, { algorithms: ['HS256'], issuer: 'https://api.example.com', audience: 'web' });
}

module.exports = { readSession, readIdToken, readLenient, readStrict, readDefault };
