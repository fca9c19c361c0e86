import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { jwtVerify } from 'jose';

type Bindings = {
  JWT_SECRET: string;
  REVOKED: KVNamespace;
  DB: D1Database;
};

type Variables = { userId: string; jti: string; exp: number };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();

const requireUser = createMiddleware<{ Bindings: Bindings; Variables: Variables }>(async (c, next) => {
  const token = getCookie(c, '__Host-at');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  try {
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    const { payload } = await jwtVerify(token, new TextEncoder().encode(c.env.JWT_SECRET), {
      algorithms: ['HS256'],
      issuer: 'edge-notes',
      audience: 'edge-notes-web',
    });
    if (await c.env.REVOKED.get(`jti:${payload.jti}`)) return c.json({ error: 'revoked' }, 401);
    c.set('userId', String(payload.sub));
    c.set('jti', String(payload.jti));
    c.set('exp', Number(payload.exp));
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});

app.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const user = await c.env.DB.prepare('SELECT id, pw_hash FROM users WHERE email = ?').bind(email).first<{ id: string; pw_hash: string }>();
  if (!user || !(await verifyPassword(password, user.pw_hash))) return c.json({ error: 'invalid' }, 401);
  const now = Math.floor(Date.now() / 1000);
  // safe: jwt-long-lived
  // safe: jwt-weak-secret
  const token = await sign(
    { sub: user.id, jti: crypto.randomUUID(), iss: 'edge-notes', aud: 'edge-notes-web', iat: now, exp: now + 10 * 60 },
    c.env.JWT_SECRET,
  );
  // safe: session-cookie-insecure
  setCookie(c, '__Host-at', token, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict', maxAge: 600 });
  return c.json({ ok: true });
});

app.post('/share', requireUser, async (c) => {
  const { noteId } = await c.req.json<{ noteId: string }>();
  // expect: jwt-weak-secret
  // expect: jwt-long-lived
  const shareToken = await sign({ note: noteId, sub: c.get('userId'), scope: 'notes:read' }, 'edge-notes-share');
  // expect: session-cookie-insecure
  setCookie(c, 'share_token', shareToken, { path: '/shared' });
  return c.json({ url: `/shared/${noteId}` });
});

app.post('/logout', requireUser, async (c) => {
  await c.env.REVOKED.put(`jti:${c.get('jti')}`, '1', { expiration: c.get('exp') });
  // safe: jwt-no-revocation
  deleteCookie(c, '__Host-at', { path: '/', secure: true });
  return c.json({ ok: true });
});

app.post('/logout/quick', requireUser, (c) => {
  // expect: jwt-no-revocation
  deleteCookie(c, '__Host-at', { path: '/', secure: true });
  return c.body(null, 204);
});

app.get('/prefs/theme/:theme', (c) => {
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  setCookie(c, 'theme', c.req.param('theme'), { path: '/', maxAge: 31536000 });
  return c.redirect('/');
});

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', salt: new TextEncoder().encode(salt), iterations: 100_000, hash: 'SHA-256' },
    key,
    256,
  );
  return btoa(String.fromCharCode(...new Uint8Array(bits))) === hash;
}

export default app;
