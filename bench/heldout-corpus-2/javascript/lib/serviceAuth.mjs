// Service-to-service tokens for the notification workers.
import { readFile } from 'node:fs/promises';
import { SignJWT, jwtVerify, createRemoteJWKSet, decodeJwt, importPKCS8 } from 'jose';
import { sign, verify } from 'jsonwebtoken';

const ISSUER = 'urn:bookclub:notifier';
const AUDIENCE = 'urn:bookclub:workers';

const privateKey = await importPKCS8(await readFile(process.env.NOTIFIER_KEY_PATH, 'utf8'), 'ES256');
const jwks = createRemoteJWKSet(new URL('https://id.bookclub.app/.well-known/jwks.json'));
const hmacKey = new TextEncoder().encode(process.env.WORKER_HMAC_KEY);

export async function mintWorkerToken(jobId) {
  // safe: jwt-long-lived
  return new SignJWT({ job: jobId })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

export async function mintDigestToken(memberId) {
  // expect: jwt-long-lived
  return new SignJWT({ sub: String(memberId), purpose: 'digest' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .sign(privateKey);
}

export async function verifyMemberToken(token) {
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  const { payload } = await jwtVerify(token, jwks, {
    issuer: 'https://id.bookclub.app',
    audience: 'bookclub-api',
  });
  return payload;
}

export async function verifyWorkerToken(token) {
  // expect: jwt-claims-not-validated
  // safe: jwt-none-algorithm
  const { payload } = await jwtVerify(token, hmacKey);
  return payload;
}

export function workerFromHeader(req) {
  // expect: jwt-signature-not-verified
  const { sub, scope } = decodeJwt(req.headers['x-worker-token']);
  return { id: sub, canSendSms: scope === 'sms' };
}

export function legacyVerify(token) {
  const opts = { algorithms: ['HS256', 'none'], issuer: ISSUER, audience: AUDIENCE };
  // expect: jwt-none-algorithm
  return verify(token, process.env.LEGACY_NOTIFIER_SECRET, opts);
}

export function legacySign(payload) {
  // expect: jwt-weak-secret
  return sign(payload, process.env.LEGACY_NOTIFIER_SECRET || 'notifier', { expiresIn: 300, issuer: ISSUER, audience: AUDIENCE });
}
