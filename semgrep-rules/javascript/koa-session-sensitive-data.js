const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');

const app = new Koa();
app.keys = process.env.APP_KEYS.split(',');
app.use(session({ key: 'rpt:sess', maxAge: 3600000, httpOnly: true, secure: true, sameSite: 'strict' }, app));
const router = new Router();

router.post('/connectors/warehouse', async (ctx) => {
  const { apiKey, account } = ctx.request.body;
  // ok: koa-session-sensitive-data
  ctx.session.warehouseAccount = account;
  // ruleid: koa-session-sensitive-data
  ctx.session.warehouseApiKey = apiKey;
  ctx.status = 204;
});

router.get('/oauth/callback', async (ctx) => {
  const tokens = await oauth.exchange(ctx.query.code);
  // ruleid: koa-session-sensitive-data
  ctx.session.providerToken = tokens.access_token;
  // ok: koa-session-sensitive-data
  ctx.session.userId = tokens.sub;
  // ok: koa-session-sensitive-data
  ctx.session.oauthState = null;
  ctx.redirect('/');
});
