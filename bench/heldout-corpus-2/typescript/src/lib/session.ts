import 'server-only';

import { SignJWT, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { cookies } from 'next/headers';

export interface SessionPayload extends JWTPayload {
  userId: string;
  orgId: string;
  role: 'owner' | 'member' | 'viewer';
}

const SESSION_COOKIE = 'session';
const ISSUER = 'https://app.ledgerly.dev';
const AUDIENCE = 'ledgerly-web';
// expect: jwt-weak-secret
const encodedKey = new TextEncoder().encode(process.env.AUTH_JWT_SECRET ?? 'ledgerly-dev-secret');

export async function encrypt(payload: SessionPayload) {
  // expect: jwt-long-lived
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('30d')
    .sign(encodedKey);
}

export async function decrypt(session: string | undefined): Promise<SessionPayload | null> {
  if (!session) return null;
  try {
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    const { payload } = await jwtVerify<SessionPayload>(session, encodedKey, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return payload;
  } catch {
    return null;
  }
}

export async function createSession(userId: string, orgId: string, role: SessionPayload['role']) {
  const token = await encrypt({ userId, orgId, role });
  const store = await cookies();
  // safe: session-cookie-insecure
  store.set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
  });
}

export async function currentRole(): Promise<SessionPayload['role'] | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  // expect: jwt-signature-not-verified
  const { role } = decodeJwt<SessionPayload>(raw);
  return role;
}

export async function deleteSession() {
  const store = await cookies();
  // expect: jwt-no-revocation
  store.delete(SESSION_COOKIE);
}

export async function rememberSidebar(collapsed: boolean) {
  const store = await cookies();
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  store.set('sidebar', collapsed ? '1' : '0', { path: '/', maxAge: 60 * 60 * 24 * 365 });
}
