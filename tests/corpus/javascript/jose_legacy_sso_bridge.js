// Bridge between the legacy SSO cookie and the new gateway (jose v1, CommonJS).
const jose = require('jose');
const config = require('./config');
const log = require('./log');

const { JWT, JWS, JWK } = jose;

// expect: jwt-weak-secret
const bridgeKey = JWK.asKey({ kty: 'oct', k: 'c3NvLWJyaWRnZS1zaGFyZWQta2V5LWRvLW5vdC11c2U' });

// safe: jwt-weak-secret
const gatewayKey = JWK.asKey({ kty: 'oct', k: config.gateway.sharedKey });

function exchange(ssoCookie) {
  // expect: jwt-none-algorithm
  const sso = JWT.verify(ssoCookie, JWK.None);
  log.info('sso user %s', sso.sub);
  // expect: jwt-sensitive-payload
  return JWT.sign({ sub: sso.sub, email: sso.email, ssn: sso.ssn }, bridgeKey, { expiresIn: '10m' });
}

function forward(token) {
  // safe: jwt-none-algorithm
  const claims = JWT.verify(token, gatewayKey, {
    algorithms: ['HS256'],
    issuer: config.gateway.issuer,
    audience: config.gateway.audience,
  });
  // safe: jwt-sensitive-payload
  return JWT.sign({ sub: claims.sub, scope: claims.scope }, gatewayKey, { expiresIn: '5m' });
}

function signWebhook(body) {
  // expect: jwt-weak-secret
  return JWS.sign(body, 'webhook-signing-secret', { alg: 'HS256' });
}

function verifyWebhook(jws) {
  // safe: jwt-weak-secret
  return JWS.verify(jws, gatewayKey, { algorithms: ['HS256'] });
}

function acceptLegacy(token) {
  // expect: jwt-none-algorithm
  return JWT.verify(token, gatewayKey, { algorithms: ['HS256', 'none'], issuer: config.gateway.issuer, audience: 'legacy' });
}

function issueServiceToken(service) {
  // expect: jwt-long-lived
  return jose.JWT.sign({ sub: service.name, scope: service.scopes.join(' ') }, gatewayKey);
}

function issueDeviceToken(device) {
  // safe: jwt-long-lived
  return jose.JWT.sign({ sub: device.id }, gatewayKey, { expiresIn: '15 minutes', audience: 'devices' });
}

function kidOf(token) {
  // safe: jwt-signature-not-verified
  return JWT.decode(token, { complete: true }).header.kid;
}

module.exports = { exchange, forward, signWebhook, verifyWebhook, acceptLegacy, issueServiceToken, issueDeviceToken, kidOf };
