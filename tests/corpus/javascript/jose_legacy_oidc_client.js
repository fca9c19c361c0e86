// OpenID Connect relying party helpers (jose 1.x), hardened.
const fs = require('fs');
const path = require('path');
const { JWK, JWKS, JWT } = require('jose');
const got = require('got');

const ISSUER = process.env.OIDC_ISSUER;
const CLIENT_ID = process.env.OIDC_CLIENT_ID;

// safe: jwt-weak-secret
const clientKey = JWK.asKey(fs.readFileSync(path.join(__dirname, 'keys', 'client.pem')), { alg: 'PS256', use: 'sig' });
// safe: jwt-weak-secret
const stateKey = JWK.generateSync('oct', 256, { alg: 'HS256', use: 'sig' });

let keystore;
async function issuerKeys() {
  if (!keystore) {
    const { body } = await got(`${ISSUER}/.well-known/jwks.json`, { responseType: 'json' });
    keystore = JWKS.asKeyStore(body);
  }
  return keystore;
}

async function validateIdToken(idToken, nonce) {
  // safe: jwt-claims-not-validated
  return JWT.IdToken.verify(idToken, await issuerKeys(), {
    issuer: ISSUER,
    audience: CLIENT_ID,
    nonce,
    algorithms: ['PS256', 'RS256'],
  });
}

function clientAssertion() {
  // safe: jwt-long-lived
  return JWT.sign({ jti: Math.random().toString(36).slice(2) }, clientKey, {
    issuer: CLIENT_ID,
    subject: CLIENT_ID,
    audience: `${ISSUER}/token`,
    expiresIn: '60s',
  });
}

function signState(state) {
  // safe: jwt-long-lived
  return JWT.sign(state, stateKey, { expiresIn: '10 minutes', audience: CLIENT_ID });
}

function describe(token) {
  // safe: jwt-signature-not-verified
  const { header, payload } = JWT.decode(token, { complete: true });
  return `${header.alg} token for ${payload.sub}`;
}

function sessionClaims(userinfo) {
  // safe: jwt-sensitive-payload
  const claims = { sub: userinfo.sub, email: userinfo.email, groups: userinfo.groups };
  return JWT.sign(claims, stateKey, { expiresIn: '15 minutes', audience: CLIENT_ID });
}

module.exports = { validateIdToken, clientAssertion, signState, describe, sessionClaims };
