import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string; DB: D1Database; REVOKED: KVNamespace } }>();
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));

app.post('/api/password', async (c) => {
  const payload = c.get('jwtPayload');
  const { newPassword } = await c.req.json<{ newPassword: string }>();
  const hash = await hashPassword(newPassword);
  // ruleid: express-password-change-without-revocation
  await c.env.DB.prepare('UPDATE users SET pw_hash = ? WHERE id = ?').bind(hash, payload.sub).run();
  return c.json({ ok: true });
});

app.post('/api/account/password', async (c) => {
  const payload = c.get('jwtPayload');
  const { newPassword } = await c.req.json<{ newPassword: string }>();
  const hash = await hashPassword(newPassword);
  // ok: express-password-change-without-revocation
  await c.env.DB.prepare('UPDATE users SET pw_hash = ?, token_version = token_version + 1 WHERE id = ?').bind(hash, payload.sub).run();
  await c.env.REVOKED.put(`jti:${payload.jti}`, '1', { expiration: payload.exp });
  return c.json({ ok: true });
});

app.post('/api/profile', async (c) => {
  const payload = c.get('jwtPayload');
  const { name } = await c.req.json<{ name: string }>();
  // ok: express-password-change-without-revocation
  await c.env.DB.prepare('UPDATE users SET display_name = ? WHERE id = ?').bind(name, payload.sub).run();
  return c.json({ ok: true });
});

async function hashPassword(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export default app;
