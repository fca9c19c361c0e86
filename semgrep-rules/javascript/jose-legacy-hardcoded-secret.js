// jose v1/v2 (the JWK / JWT / JWS namespaces)
const { JWK, JWT, JWS } = require('jose');
const fs = require('fs');

const SESSION_SECRET = 'orders-api-signing-secret';
const FALLBACK_SECRET = process.env.JWT_SECRET || 'dev-only-secret';
const settings = { tokenSecret: 'settings-secret', issuer: 'https://api.example.com' };
// ruleid: jose-legacy-hardcoded-secret
const hmacKey = JWK.asKey('raz-dva-tri-literal');
// ruleid: jose-legacy-hardcoded-secret
const jwkKey = JWK.asKey({ kty: 'oct', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg' });
// ruleid: jose-legacy-hardcoded-secret
const envKey = JWK.asKey({ kty: 'oct', k: process.env.JWT_K || 'c2VjcmV0LWZhbGxiYWNr' });

function issue(user) {
  // ruleid: jose-legacy-hardcoded-secret
  const a = JWT.sign({ sub: user.id }, 'inline-secret', { expiresIn: '15m' });
  // ruleid: jose-legacy-hardcoded-secret
  const b = JWT.sign({ sub: user.id }, SESSION_SECRET, { expiresIn: '15m' });
  // ok: jose-legacy-hardcoded-secret
  const c = JWT.sign({ sub: user.id }, hmacKey, { expiresIn: '15m' });
  // ruleid: jose-legacy-hardcoded-secret
  const d = JWT.sign({ sub: user.id }, JWK.asKey(FALLBACK_SECRET), { expiresIn: '15m' });
  // ruleid: jose-legacy-hardcoded-secret
  const e = JWT.sign({ sub: user.id }, settings.tokenSecret, { expiresIn: '15m' });
  return [a, b, c, d, e, jwkKey, envKey];
}

function check(token) {
  // ruleid: jose-legacy-hardcoded-secret
  JWT.verify(token, process.env.JWT_SECRET || 'verify-fallback', { algorithms: ['HS256'] });
  // ruleid: jose-legacy-hardcoded-secret
  JWS.verify(token, JWK.asKey(Buffer.from('buffer-literal-secret')));
  // ruleid: jose-legacy-hardcoded-secret
  return JWT.IdToken.verify(token, 'client-secret-literal', { issuer: 'https://op.example.com', audience: 'client' });
}

const jose = require('jose');
function viaNamespace(payload) {
  // ruleid: jose-legacy-hardcoded-secret
  return jose.JWT.sign(payload, jose.JWK.asKey('namespace-literal'), { expiresIn: '10m' });
}

function inner(payload) {
  const localSecret = 'function-local-secret';
  // ruleid: jose-legacy-hardcoded-secret
  const key = JWK.asKey(localSecret);
  return JWT.sign(payload, key, { expiresIn: '5m' });
}

// ok: jose-legacy-hardcoded-secret
const fromEnv = JWK.asKey(process.env.JWT_SECRET);
// ok: jose-legacy-hardcoded-secret
const fromEnvJwk = JWK.asKey({ kty: 'oct', k: process.env.JWT_K });
// ok: jose-legacy-hardcoded-secret
const fromFile = JWK.asKey(fs.readFileSync('./keys/private.pem'));
// ok: jose-legacy-hardcoded-secret
const generated = JWK.generateSync('oct', 256);
// ok: jose-legacy-hardcoded-secret
const publicPem = JWK.asKey('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEATPpxgDY7XU8cYX9Rb44xxXDO6zP\n-----END PUBLIC KEY-----\n');
// ok: jose-legacy-hardcoded-secret
const IDP_PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEATPpxgDY7XU8cYX9Rb44xxXDO6zP\n-----END PUBLIC KEY-----\n';
const idpKey = JWK.asKey(IDP_PUBLIC_PEM);
const config = require('./config');
const secret2 = config.secret;

function safe(token, payload) {
  // ok: jose-legacy-hardcoded-secret
  JWT.sign(payload, secret2, { expiresIn: '15m' });
  // ok: jose-legacy-hardcoded-secret
  JWT.sign(payload, JWK.asKey(secret2), { expiresIn: '15m' });
  // ok: jose-legacy-hardcoded-secret
  JWT.verify(token, fromEnv, { algorithms: ['HS256'], issuer: 'https://api.example.com', audience: 'api' });
  // ok: jose-legacy-hardcoded-secret
  return JWT.verify(token, publicPem, { algorithms: ['ES256'] });
}

module.exports = { issue, check, viaNamespace, inner, safe, fromFile, generated, fromEnvJwk, idpKey };
