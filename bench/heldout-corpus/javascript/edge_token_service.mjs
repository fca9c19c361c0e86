// Token service for the edge API (jose v5, runs on Node 20 and in workers).
import {
  SignJWT,
  jwtVerify,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  importPKCS8,
} from 'jose';

// expect: jwt-weak-secret
const previewSecret = new TextEncoder().encode('preview-secret');
// safe: jwt-weak-secret
const sessionSecret = new TextEncoder().encode(process.env.EDGE_SESSION_SECRET);

const tenantJwks = new Map();
const corporateJwks = createRemoteJWKSet(new URL('https://login.corp.example/.well-known/jwks.json'));
const signingKey = await importPKCS8(process.env.EDGE_SIGNING_KEY_PEM, 'ES256');

export async function issueSessionToken(userId, roles) {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('edge')
    .setAudience('edge-api')
    .setIssuedAt()
    // safe: jwt-long-lived
    .setExpirationTime('15m')
    .sign(sessionSecret);
}

export async function issuePreviewLink(documentId) {
  return new SignJWT({ doc: documentId, perm: 'read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('edge')
    .setAudience('preview')
    .setIssuedAt()
    // expect: jwt-long-lived
    .setExpirationTime('30d')
    .sign(previewSecret);
}

export async function issueServiceAssertion(serviceName) {
  // expect: jwt-long-lived
  return new SignJWT({ svc: serviceName })
    .setProtectedHeader({ alg: 'ES256', kid: 'edge-1' })
    .setIssuer('edge')
    .setAudience('internal')
    .setIssuedAt()
    .sign(signingKey);
}

export async function verifySessionToken(token) {
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  const { payload } = await jwtVerify(token, sessionSecret, { issuer: 'edge', audience: 'edge-api' });
  return payload;
}

export async function verifyPreviewLink(token) {
  // expect: jwt-claims-not-validated
  const { payload } = await jwtVerify(token, previewSecret);
  return payload;
}

export async function verifyTenantToken(token) {
  // safe: jwt-signature-not-verified
  const { iss } = decodeJwt(token);
  let jwks = tenantJwks.get(iss);
  if (!jwks) {
    if (!iss || !iss.startsWith('https://') || !iss.endsWith('.tenants.example')) throw new Error('unknown issuer');
    jwks = createRemoteJWKSet(new URL(`${iss}/.well-known/jwks.json`));
    tenantJwks.set(iss, jwks);
  }
  const { payload } = await jwtVerify(token, jwks, { issuer: iss, audience: 'edge-api', algorithms: ['RS256'] });
  return payload;
}

export async function verifyCorporateToken(token) {
  // safe: jwt-signature-not-verified
  const { kid } = decodeProtectedHeader(token);
  const { payload } = await jwtVerify(token, corporateJwks, { issuer: 'https://login.corp.example', audience: 'edge-api' });
  return { payload, kid };
}

export function canAccessBilling(authorizationHeader) {
  const token = authorizationHeader.replace(/^Bearer /, '');
  // expect: jwt-signature-not-verified
  const claims = decodeJwt(token);
  return claims.roles?.includes('billing') ?? false;
}
