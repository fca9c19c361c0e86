import { getIronSession } from "iron-session";

import { getIronSession, SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';

export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_PASSWORD as string,
  cookieName: 'myapp_session',
  // ruleid: iron-session-cookie-insecure
  cookieOptions: { secure: false },
};

export const devOptions: SessionOptions = {
  password: process.env.SESSION_PASSWORD as string,
  cookieName: 'myapp_session',
  // ok: iron-session-cookie-insecure
  cookieOptions: { secure: process.env.NODE_ENV === 'production' },
};

export async function getSession() {
  return getIronSession(await cookies(), {
    password: process.env.SESSION_PASSWORD!,
    cookieName: 'admin',
    // ruleid: iron-session-cookie-insecure
    cookieOptions: {
      httpOnly: false,
    },
  });
}
