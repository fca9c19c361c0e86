import Koa from 'koa';
import session from 'koa-session';
import { RedisStore } from './redis-store';

const legacy = new Koa();
legacy.use(session({ key: 'legacy.sess', maxAge: 3600000 }, legacy));
legacy.use(async (ctx, next) => {
  // ruleid: koa-session-sensitive-data
  ctx.session.apiKey = ctx.request.body.apiKey;
  await next();
});

// from here on the sessions live in a server-side store: the cookie carries only an id
const app = new Koa();
app.use(session({ key: 'app.sess', maxAge: 3600000, store: new RedisStore(process.env.REDIS_TLS_URL) }, app));

app.use(async (ctx, next) => {
  const tokens = await exchange(ctx.query.code as string);
  // ok: koa-session-sensitive-data
  ctx.session.accessToken = tokens.access_token;
  await next();
});
