// Partner SSO tokens. Still on jose 2.x because the partner SDK pins it.
import { JWT, JWK, JWKS } from 'jose';
import { readFileSync } from 'fs';
import type { Request, Response, NextFunction } from 'express';

// expect: jwt-weak-secret
const PARTNER_SHARED_KEY = JWK.asKey('partner-sso-2019');
// safe: jwt-weak-secret
const PARTNER_HMAC_KEY = JWK.asKey({ kty: 'oct', k: process.env.PARTNER_HMAC_K as string });
const OUR_SIGNING_KEY = JWK.asKey(readFileSync(process.env.SSO_PRIVATE_KEY_PATH as string), { alg: 'ES256', use: 'sig' });
const partnerKeystore = JWKS.asKeyStore(JSON.parse(readFileSync('/etc/sso/partners.jwks.json', 'utf8')));

interface PartnerClaims {
  sub: string;
  partner: string;
  email?: string;
}

export function issueHandoffToken(userId: string, partner: string): string {
  return JWT.sign({ partner }, OUR_SIGNING_KEY, {
    algorithm: 'ES256',
    subject: userId,
    issuer: 'sso.ourapp',
    audience: partner,
    // safe: jwt-long-lived
    expiresIn: '10 minutes',
  });
}

export function issuePartnerApiGrant(partner: string): string {
  return JWT.sign({ partner, grant: 'catalog:read' }, OUR_SIGNING_KEY, {
    algorithm: 'ES256',
    issuer: 'sso.ourapp',
    audience: `${partner}-api`,
    // expect: jwt-long-lived
    expiresIn: '2 hours',
  });
}

export function verifyPartnerAssertion(token: string): PartnerClaims {
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  return JWT.verify(token, partnerKeystore, { algorithms: ['ES256'], issuer: 'partners.sso', audience: 'sso.ourapp' }) as unknown as PartnerClaims;
}

export function verifySharedKeyAssertion(token: string): PartnerClaims {
  return JWT.verify(token, PARTNER_HMAC_KEY, {
    algorithms: ['HS256'],
    issuer: 'partners.legacy',
    audience: 'sso.ourapp',
    // expect: jwt-claims-not-validated
    ignoreExp: true,
  }) as unknown as PartnerClaims;
}

export function verifyOldPartnerAssertion(token: string): PartnerClaims {
  return JWT.verify(token, PARTNER_SHARED_KEY, {
    algorithms: ['HS256'],
    issuer: 'partners.old',
    audience: 'sso.ourapp',
  }) as unknown as PartnerClaims;
}

// Used by the partner sandbox, where assertions are built by hand.
export function verifySandboxAssertion(token: string): PartnerClaims {
  // expect: jwt-none-algorithm
  return JWT.verify(token, JWK.None, { issuer: 'partners.sandbox', audience: 'sso.ourapp' }) as unknown as PartnerClaims;
}

export function partnerSsoMiddleware(req: Request, res: Response, next: NextFunction) {
  const assertion = String(req.query.assertion ?? '');
  try {
    // safe: jwt-signature-not-verified
    const { header } = JWT.decode(assertion, { complete: true }) as unknown as { header: { kid?: string } };
    const claims = header.kid ? verifyPartnerAssertion(assertion) : verifySharedKeyAssertion(assertion);
    res.locals.partnerUser = claims;
    return next();
  } catch (err) {
    return res.status(401).send('invalid partner assertion');
  }
}
