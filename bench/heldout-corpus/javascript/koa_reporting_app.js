'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const koaJwt = require('koa-jwt');
const jsonwebtoken = require('jsonwebtoken');
const Redis = require('ioredis');
const { users, reports } = require('./repositories');

const app = new Koa();
app.proxy = true;
const router = new Router();
const denylist = new Redis(process.env.DENYLIST_REDIS_URL);
const JWT_SECRET = process.env.REPORTING_JWT_SECRET;

// expect: session-weak-secret
app.keys = ['reporting-app', 'im a newer secret'];

app.use(session({
  key: 'rpt:sess',
  // expect: session-no-expiry
  maxAge: 7 * 24 * 60 * 60 * 1000,
  httpOnly: true,
  secure: true,
  // safe: session-cookie-insecure
  sameSite: 'strict',
  signed: true,
  rolling: false,
}, app));
app.use(bodyParser());

const requireJwt = koaJwt({
  // safe: jwt-weak-secret
  secret: JWT_SECRET,
  algorithms: ['HS256'],
  issuer: 'reporting',
  audience: 'reporting-ui',
  cookie: 'rpt_token',
  isRevoked: async (ctx, payload) => (await denylist.exists(`revoked:${payload.jti}`)) === 1,
});

router.post('/login', async (ctx) => {
  const user = await users.authenticate(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401, 'invalid credentials');
  const token = jsonwebtoken.sign({ sub: user.id, jti: require('crypto').randomUUID() }, JWT_SECRET, {
    algorithm: 'HS256',
    issuer: 'reporting',
    audience: 'reporting-ui',
    // safe: jwt-long-lived
    expiresIn: 600,
  });
  // safe: session-cookie-insecure
  ctx.cookies.set('rpt_token', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 600000 });
  ctx.body = { id: user.id };
});

router.post('/embed-token', requireJwt, async (ctx) => {
  const user = await users.findById(ctx.state.user.sub);
  // expect: jwt-long-lived
  const embedToken = jsonwebtoken.sign({ sub: user.id, dashboard: ctx.request.body.dashboardId }, JWT_SECRET, {
    algorithm: 'HS256',
    issuer: 'reporting',
    audience: 'embed',
  });
  // expect: session-cookie-insecure
  ctx.cookies.set('embed_token', embedToken, { httpOnly: true });
  ctx.body = { embedToken };
});

router.post('/connectors/warehouse', requireJwt, async (ctx) => {
  const { apiKey, account } = ctx.request.body;
  ctx.session.warehouseAccount = account;
  // expect: session-insecure-store
  ctx.session.warehouseApiKey = apiKey;
  ctx.status = 204;
});

router.post('/impersonate/:id', requireJwt, async (ctx) => {
  const target = await users.findById(ctx.params.id);
  const token = jsonwebtoken.sign({
    sub: target.id,
    act: { sub: ctx.state.user.sub },
    // expect: jwt-sensitive-payload
    warehouseApiKey: target.warehouseApiKey,
  }, JWT_SECRET, { algorithm: 'HS256', issuer: 'reporting', audience: 'reporting-ui', expiresIn: '5m' });
  ctx.body = { token };
});

router.post('/logout', requireJwt, async (ctx) => {
  const { jti, exp } = ctx.state.user;
  // safe: jwt-no-revocation
  await denylist.set(`revoked:${jti}`, '1', 'EXAT', exp);
  // safe: session-cookie-insecure
  ctx.cookies.set('rpt_token', null);
  ctx.status = 204;
});

// Links e-mailed to report viewers: /shared/:id?t=<token>
router.get('/shared/:id', async (ctx) => {
  // expect: jwt-signature-not-verified
  const claims = jsonwebtoken.decode(String(ctx.query.t || ''));
  if (!claims || claims.reportId !== ctx.params.id) ctx.throw(403);
  ctx.body = await reports.render(ctx.params.id);
});

router.get('/reports', requireJwt, async (ctx) => {
  ctx.body = await reports.listFor(ctx.state.user.sub);
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(process.env.PORT || 3300);
