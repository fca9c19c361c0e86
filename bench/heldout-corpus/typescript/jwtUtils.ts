import { sign, verify, decode, type Algorithm, type JwtPayload, type SignOptions, type VerifyOptions } from 'jsonwebtoken';
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Request, Response, NextFunction } from 'express';

export interface TenantClaims extends JwtPayload {
  sub: string;
  tenant: string;
  tenantAdmin?: boolean;
}

const ACCESS_ALG: Algorithm = 'HS512';
const ACCESS_SECRET = process.env.TENANT_ACCESS_SECRET as string;
const GATEWAY_PUBLIC_KEY: KeyObject = createPublicKey(process.env.GATEWAY_PUBLIC_KEY_PEM as string);

const SIGN_OPTIONS: SignOptions = {
  algorithm: ACCESS_ALG,
  issuer: 'tenant-svc',
  audience: 'tenant-app',
  // safe: jwt-long-lived
  expiresIn: 900,
};

// Contract tests replay recorded tokens, some of which were produced unsigned.
const CONTRACT_TEST_VERIFY: VerifyOptions = {
  // expect: jwt-none-algorithm
  algorithms: ['none', 'HS512'],
  issuer: 'tenant-svc',
  audience: 'tenant-app',
};

export function signAccessToken(sub: string, tenant: string, tenantAdmin = false): string {
  // safe: jwt-sensitive-payload
  return sign({ sub, tenant, tenantAdmin }, ACCESS_SECRET, SIGN_OPTIONS);
}

export function verifyAccessToken(token: string): TenantClaims {
  // safe: jwt-none-algorithm
  return verify(token, ACCESS_SECRET, { algorithms: [ACCESS_ALG], issuer: 'tenant-svc', audience: 'tenant-app', maxAge: '15m' }) as TenantClaims;
}

// Tokens minted by the old PHP admin, which signs with HS256 or RS256 depending on the install.
export function verifyLegacyAdminToken(token: string, key: string): JwtPayload {
  return verify(token, key, {
    // expect: jwt-none-algorithm
    algorithms: ['HS256', 'RS256'],
    issuer: 'php-admin',
    audience: 'tenant-app',
  }) as JwtPayload;
}

export function verifyRecordedToken(token: string): TenantClaims {
  return verify(token, ACCESS_SECRET, CONTRACT_TEST_VERIFY) as TenantClaims;
}

export function verifyGatewayToken(token: string): JwtPayload {
  // expect: jwt-claims-not-validated
  return verify(token, GATEWAY_PUBLIC_KEY, { algorithms: ['RS256'] }) as JwtPayload;
}

export function requireTenantAdmin(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  // expect: jwt-signature-not-verified
  const claims = decode(token) as TenantClaims | null;
  if (!claims?.tenantAdmin || claims.tenant !== req.params.tenantId) {
    return res.status(403).json({ error: 'tenant admin only' });
  }
  res.locals.claims = claims;
  return next();
}

export function requireTenantMember(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  try {
    const claims = verifyAccessToken(token);
    if (claims.tenant !== req.params.tenantId) return res.status(403).end();
    res.locals.claims = claims;
    return next();
  } catch {
    return res.status(401).end();
  }
}

export function signDownloadToken(fileId: string, tenant: string): string {
  // expect: jwt-long-lived
  return sign({ fileId, tenant }, ACCESS_SECRET, { algorithm: ACCESS_ALG, issuer: 'tenant-svc', audience: 'downloads', expiresIn: '48h' });
}

export function signInviteToken(inviteId: string, tenant: string): string {
  // expect: jwt-weak-secret
  return sign({ inv: inviteId, tenant }, 'invite-secret', {
    algorithm: 'HS256',
    issuer: 'tenant-svc',
    audience: 'invites',
    // safe: jwt-long-lived
    expiresIn: '15 minutes',
  });
}
