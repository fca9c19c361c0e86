const { JWK, JWT, JWS } = require('jose');

const publicKey = JWK.asKey(process.env.JWT_PUBLIC_KEY);

function verifyLoose(token) {
  // ruleid: jose-legacy-algorithms-none
  return JWT.verify(token, publicKey, { algorithms: ['RS256', 'none'], issuer: 'https://op.example.com', audience: 'api' });
}

function verifyLooseUpper(token) {
  // ruleid: jose-legacy-algorithms-none
  return JWS.verify(token, publicKey, { algorithms: ['NONE'] });
}

function verifyWithOptions(token) {
  // ruleid: jose-legacy-algorithms-none
  const options = { algorithms: ['none', 'ES256'], issuer: 'https://op.example.com', audience: 'api' };
  return JWT.verify(token, publicKey, options);
}

function verifyPinned(token) {
  // ok: jose-legacy-algorithms-none
  return JWT.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://op.example.com', audience: 'api' });
}

function verifyNoneKey(token) {
  // ok: jose-legacy-algorithms-none
  return JWT.verify(token, JWK.None, { algorithms: ['none'] });
}

module.exports = { verifyLoose, verifyLooseUpper, verifyWithOptions, verifyPinned, verifyNoneKey };
