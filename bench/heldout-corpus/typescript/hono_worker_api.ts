import { Hono } from 'hono';
import { jwt, sign, decode } from 'hono/jwt';
import type { JwtVariables } from 'hono/jwt';
import { setCookie, deleteCookie, getCookie } from 'hono/cookie';

type Bindings = {
  JWT_SECRET: string;
  DB: D1Database;
  REVOKED: KVNamespace;
};

const app = new Hono<{ Bindings: Bindings; Variables: JwtVariables }>();

const ISSUER = 'https://notes.example.dev';
const nowSeconds = () => Math.floor(Date.now() / 1000);

app.use('/api/*', (c, next) =>
  jwt({
    // safe: jwt-weak-secret
    secret: c.env.JWT_SECRET,
    // safe: jwt-none-algorithm
    alg: 'HS256',
    cookie: 'notes_at',
    // safe: jwt-claims-not-validated
    verification: { iss: ISSUER, aud: 'notes-api' },
  })(c, next),
);

app.use('/share/*', jwt({
  // expect: jwt-weak-secret
  secret: 'notes-share-links',
  alg: 'HS256',
  verification: { iss: ISSUER, aud: 'notes-share' },
}));

app.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const user = await c.env.DB.prepare('SELECT id, role, pw_hash FROM users WHERE email = ?').bind(email).first<{ id: string; role: string; pw_hash: string }>();
  if (!user || !(await checkPassword(password, user.pw_hash))) return c.json({ error: 'invalid' }, 401);
  const token = await sign(
    {
      // safe: jwt-sensitive-payload
      sub: user.id,
      role: user.role,
      iss: ISSUER,
      aud: 'notes-api',
      jti: crypto.randomUUID(),
      // safe: jwt-long-lived
      exp: nowSeconds() + 60 * 10,
    },
    c.env.JWT_SECRET,
    'HS256',
  );
  // safe: session-cookie-insecure
  setCookie(c, 'notes_at', token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: 600 });
  return c.json({ ok: true });
});

app.post('/api/share', async (c) => {
  const { noteId } = await c.req.json<{ noteId: string }>();
  const payload = c.get('jwtPayload');
  const link = await sign(
    {
      sub: payload.sub,
      note: noteId,
      iss: ISSUER,
      aud: 'notes-share',
      // expect: jwt-long-lived
      exp: nowSeconds() + 60 * 60 * 24 * 7,
    },
    // expect: jwt-weak-secret
    'notes-share-links',
    'HS256',
  );
  return c.json({ url: `${ISSUER}/share/view?t=${link}` });
});

app.post('/api/device-token', async (c) => {
  const payload = c.get('jwtPayload');
  // expect: jwt-long-lived
  const deviceToken = await sign({ sub: payload.sub, iss: ISSUER, aud: 'notes-api', device: true }, c.env.JWT_SECRET, 'HS256');
  // expect: session-cookie-insecure
  setCookie(c, 'notes_device', deviceToken, { path: '/' });
  return c.json({ ok: true });
});

app.get('/admin/stats', async (c) => {
  const raw = getCookie(c, 'notes_at') ?? '';
  // expect: jwt-signature-not-verified
  const { payload } = decode(raw);
  if (payload.role !== 'admin') return c.text('forbidden', 403);
  const stats = await c.env.DB.prepare('SELECT COUNT(*) AS n FROM notes').first();
  return c.json(stats);
});

app.post('/api/logout', async (c) => {
  const payload = c.get('jwtPayload');
  // safe: jwt-no-revocation
  await c.env.REVOKED.put(`jti:${payload.jti}`, '1', { expiration: payload.exp });
  deleteCookie(c, 'notes_at', { path: '/', secure: true });
  return c.body(null, 204);
});

app.post('/api/password', async (c) => {
  const payload = c.get('jwtPayload');
  const { newPassword } = await c.req.json<{ newPassword: string }>();
  const hash = await hashPassword(newPassword);
  // expect: jwt-no-revocation
  await c.env.DB.prepare('UPDATE users SET pw_hash = ? WHERE id = ?').bind(hash, payload.sub).run();
  return c.json({ ok: true });
});

async function hashPassword(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function checkPassword(password: string, stored: string): Promise<boolean> {
  return (await hashPassword(password)) === stored;
}

export default app;
