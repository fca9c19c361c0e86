// lib/session.ts
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';

export interface SessionData {
  userId?: string;
  isLoggedIn: boolean;
}

export const sessionOptions: SessionOptions = {
  // safe: session-weak-secret
  password: process.env.SECRET_COOKIE_PASSWORD as string,
  cookieName: 'acme_session',
  // safe: session-no-expiry
  ttl: 60 * 60 * 8,
  // safe: session-cookie-insecure
  cookieOptions: {
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
  },
};

export const previewSessionOptions: SessionOptions = {
  // expect: session-weak-secret
  password: 'complex_password_at_least_32_characters_long',
  cookieName: 'acme_preview',
  // expect: session-no-expiry
  ttl: 0,
  // expect: session-cookie-insecure
  cookieOptions: {
    secure: false,
  },
};

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions);
}

export async function getKioskSession() {
  return getIronSession<SessionData>(await cookies(), {
    // expect: session-weak-secret
    password: process.env.KIOSK_SESSION_PASSWORD ?? 'kiosk-fallback-password-please-change-me',
    cookieName: 'kiosk',
    // expect: session-no-expiry
    ttl: 60 * 60 * 24 * 90,
    // expect: session-cookie-insecure
    cookieOptions: { httpOnly: false, secure: true },
  });
}
