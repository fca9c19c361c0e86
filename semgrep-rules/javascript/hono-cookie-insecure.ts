import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { setCookie, setSignedCookie, getCookie } from 'hono/cookie';

const app = new Hono<{ Bindings: { JWT_SECRET: string; COOKIE_SECRET: string } }>();

app.post('/login', async (c) => {
  const token = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 600 }, c.env.JWT_SECRET);
  // ok: hono-cookie-insecure
  setCookie(c, 'app_at', token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: 600 });
  // ok: hono-cookie-insecure
  setCookie(c, 'session', token, { httpOnly: true, prefix: 'host', sameSite: 'Lax' });
  // ruleid: hono-cookie-insecure
  setCookie(c, 'session', token, { path: '/' });
  // ruleid: hono-cookie-insecure
  setCookie(c, 'auth_token', token);
  // ruleid: hono-cookie-insecure
  setCookie(c, 'jwt', token, { httpOnly: true, secure: false, sameSite: 'Lax' });
  // ruleid: hono-cookie-insecure
  setSignedCookie(c, 'sid', token, c.env.COOKIE_SECRET);
  // ok: hono-cookie-insecure
  await setSignedCookie(c, 'sid', token, c.env.COOKIE_SECRET, { httpOnly: true, secure: true, sameSite: 'Lax' });
  // ruleid: hono-cookie-insecure
  await setSignedCookie(c, 'sid', token, c.env.COOKIE_SECRET, { httpOnly: true });
  const deviceToken = token;
  // ruleid: hono-cookie-insecure
  setCookie(c, 'notes_device', deviceToken, { path: '/' });
  // ok: hono-cookie-insecure
  setCookie(c, 'theme', 'dark');
  // ok: hono-cookie-insecure
  setCookie(c, 'csrf_token', crypto.randomUUID(), { sameSite: 'Strict' });
  // ok: hono-cookie-insecure
  setCookie(c, 'lang', 'en', { path: '/' });
  const opts = { httpOnly: true, secure: true, sameSite: 'Lax' as const };
  // ok: hono-cookie-insecure
  setCookie(c, 'session', token, opts);
  return c.json({ ok: true, seen: getCookie(c, 'theme') });
});

export default app;
