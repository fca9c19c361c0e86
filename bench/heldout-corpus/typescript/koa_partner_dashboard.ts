import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { partners } from './partners.repo';

// Minimal external store for koa-session backed by Redis.
class RedisSessionStore {
  constructor(private readonly redis: Redis) {}

  async get(key: string) {
    const raw = await this.redis.get(`pd:sess:${key}`);
    return raw ? JSON.parse(raw) : undefined;
  }

  async set(key: string, sess: Record<string, unknown>, maxAge: number | 'session' | undefined) {
    const ttl = typeof maxAge === 'number' ? Math.ceil(maxAge / 1000) : 60 * 60 * 24 * 30;
    await this.redis.set(`pd:sess:${key}`, JSON.stringify(sess), 'EX', ttl);
  }

  async destroy(key: string) {
    await this.redis.del(`pd:sess:${key}`);
  }
}

function sessionStore(): RedisSessionStore {
  const url = process.env.SESSION_REDIS_URL;
  if (url) {
    // safe: session-insecure-store
    return new RedisSessionStore(new Redis(url, { tls: { servername: new URL(url).hostname } }));
  }
  // expect: session-insecure-store
  return new RedisSessionStore(new Redis('redis://partner-sessions.internal:6379/1'));
}

const app = new Koa();
app.proxy = true;
// safe: session-weak-secret
app.keys = (process.env.PARTNER_DASHBOARD_KEYS ?? '').split(',').filter(Boolean);
if (app.keys.length === 0) throw new Error('PARTNER_DASHBOARD_KEYS is required');

app.use(
  session(
    {
      key: 'pd.sess',
      store: sessionStore(),
      // expect: session-no-expiry
      maxAge: 'session',
      httpOnly: true,
      // safe: session-cookie-insecure
      secure: true,
      sameSite: 'strict',
      renew: true,
    },
    app,
  ),
);
app.use(bodyParser());

const router = new Router();

router.get('/csrf', (ctx) => {
  const csrf = randomBytes(24).toString('base64url');
  ctx.session!.csrf = csrf;
  // safe: session-cookie-insecure
  ctx.cookies.set('pd_csrf', csrf, { httpOnly: false, secure: true, sameSite: 'strict' });
  ctx.body = { csrf };
});

router.get('/payouts', async (ctx) => {
  const partnerId = ctx.session?.partnerId as string | undefined;
  if (!partnerId) ctx.throw(401);
  ctx.body = await partners.payouts(partnerId);
});

router.post('/payouts/:id/approve', async (ctx) => {
  if (ctx.get('x-csrf-token') !== ctx.session?.csrf) ctx.throw(403, 'bad csrf token');
  const partnerId = ctx.session?.partnerId as string | undefined;
  if (!partnerId) ctx.throw(401);
  await partners.approvePayout(partnerId, ctx.params.id);
  ctx.status = 204;
});

router.post('/signout', (ctx) => {
  ctx.session = null;
  ctx.status = 204;
});

app.use(router.routes());
app.use(router.allowedMethods());
app.listen(Number(process.env.PORT ?? 3400));
