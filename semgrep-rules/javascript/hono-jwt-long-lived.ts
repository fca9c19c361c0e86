import { Hono } from 'hono';
import { sign, verify } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
const nowSeconds = () => Math.floor(Date.now() / 1000);

app.post('/login', async (c) => {
  const token = await sign(
    {
      sub: 'u1',
      // ok: hono-jwt-long-lived
      exp: nowSeconds() + 60 * 10,
    },
    c.env.JWT_SECRET,
    'HS256',
  );
  const link = await sign(
    {
      sub: 'u1',
      // ruleid: hono-jwt-long-lived
      exp: nowSeconds() + 60 * 60 * 24 * 7,
    },
    c.env.JWT_SECRET,
  );
  // ruleid: hono-jwt-long-lived
  const deviceToken = await sign({ sub: 'u1', device: true }, c.env.JWT_SECRET, 'HS256');
  // ruleid: hono-jwt-long-lived
  const t2 = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 86400 }, c.env.JWT_SECRET);
  // ok: hono-jwt-long-lived
  const t3 = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 900 }, c.env.JWT_SECRET);
  const claims = { sub: 'u1' };
  // ok: hono-jwt-long-lived
  const t4 = await sign({ ...claims, exp: nowSeconds() + 300 }, c.env.JWT_SECRET);
  // ok: hono-jwt-long-lived
  const t5 = await sign(claims, c.env.JWT_SECRET);
  // ok: hono-jwt-long-lived
  const checked = await verify(token, c.env.JWT_SECRET, 'HS256');
  return c.json({ token, link, deviceToken, t2, t3, t4, t5, checked });
});

export default app;
