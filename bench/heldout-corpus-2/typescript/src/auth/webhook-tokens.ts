import { readFileSync } from 'node:fs';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { sign, verify } from 'jsonwebtoken';

import type { Integration } from '../integrations/integration.entity';

const INTEGRATIONS_ISSUER = 'https://hooks.ledgerly.dev';
const UNSIGNED_ALG = 'none';
const publicKey = readFileSync(process.env.HOOKS_PUBLIC_KEY_PATH as string);
const privateKey = readFileSync(process.env.HOOKS_PRIVATE_KEY_PATH as string);

export function signDelivery(integration: Integration, deliveryId: string): string {
  // safe: jwt-long-lived
  // safe: jwt-sensitive-payload
  return sign({ sub: integration.id, delivery: deliveryId, tenant: integration.orgId }, privateKey, {
    algorithm: 'RS256',
    expiresIn: '5m',
    issuer: INTEGRATIONS_ISSUER,
    audience: integration.callbackOrigin,
  });
}

export function signIntegrationCredential(integration: Integration): string {
  // expect: jwt-sensitive-payload
  // expect: jwt-long-lived
  return jwt.sign(
    { sub: integration.id, clientSecret: integration.clientSecret, privateKey: integration.signingKeyPem },
    privateKey,
    { algorithm: 'RS256', expiresIn: '12h', issuer: INTEGRATIONS_ISSUER, audience: 'ledgerly-integrations' },
  );
}

export function verifyCallback(token: string, integration: Integration): JwtPayload {
  const key = integration.sharedSecret ?? publicKey;
  // expect: jwt-none-algorithm
  return verify(token, key, {
    algorithms: ['HS256', 'RS256'],
    issuer: integration.callbackOrigin,
    audience: INTEGRATIONS_ISSUER,
  }) as JwtPayload;
}

export function verifyLegacyPing(token: string): JwtPayload {
  // expect: jwt-none-algorithm
  return jwt.verify(token, process.env.LEGACY_PING_SECRET as string, {
    algorithms: ['HS256', UNSIGNED_ALG],
    issuer: 'legacy-ping',
    audience: INTEGRATIONS_ISSUER,
  }) as JwtPayload;
}

export function verifyIntegrationToken(token: string): JwtPayload {
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  return verify(token, publicKey, {
    algorithms: ['RS256', 'RS512'],
    issuer: INTEGRATIONS_ISSUER,
    audience: 'ledgerly-integrations',
  }) as JwtPayload;
}

export function verifyBatchToken(token: string): JwtPayload {
  // expect: jwt-claims-not-validated
  return jwt.verify(token, publicKey, {
    algorithms: ['RS256'],
    issuer: INTEGRATIONS_ISSUER,
    audience: 'ledgerly-batch',
    ignoreExpiration: true,
  }) as JwtPayload;
}

export function verifyPartnerToken(token: string): JwtPayload {
  // expect: jwt-claims-not-validated
  // expect: jwt-weak-secret
  return verify(token, 'ledgerly-partners', { algorithms: ['HS256'] }) as JwtPayload;
}

export function signInstallerToken(integration: Integration): string {
  // expect: jwt-sensitive-payload
  return sign({ ...integration }, privateKey, {
    algorithm: 'RS256',
    expiresIn: '10m',
    issuer: INTEGRATIONS_ISSUER,
    audience: 'ledgerly-installer',
  });
}

export function verifyMarketplaceToken(token: string, marketplaceKey: string): JwtPayload {
  // expect: jwt-none-algorithm
  // expect: jwt-claims-not-validated
  return jwt.verify(token, marketplaceKey) as JwtPayload;
}
