import { getIronSession, type SessionOptions } from 'iron-session';
export const sessionOptions: SessionOptions = {
  // ruleid: iron-session-weak-secret
  password: 'complex_password_at_least_32_characters_long',
  cookieName: 'app_session',
};
export const prodOptions: SessionOptions = {
  // ok: iron-session-weak-secret
  password: process.env.SECRET_COOKIE_PASSWORD as string,
  cookieName: 'app_session',
};
export async function handler(req, res) {
  // ruleid: iron-session-weak-secret
  const session = await getIronSession(req, res, { password: 'changeme-changeme-changeme-123456', cookieName: 's' });
  return session;
}

// an empty fallback is refused by iron-session (passwords under 32 characters throw)
export const required = {
  // ok: iron-session-weak-secret
  password: process.env.SESSION_PASSWORD ?? "",
  cookieName: "app_session",
};
