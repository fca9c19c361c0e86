'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const koaJwt = require('koa-jwt');
const { AuthorizationCode } = require('simple-oauth2');
const revocations = require('./revocations');

const app = new Koa();
const router = new Router();

// expect: session-weak-secret
app.keys = ['im a newer secret', 'i like turtle'];

// expect: session-no-expiry
// expect: session-cookie-insecure
app.use(session({
  key: 'tracker:sess',
  maxAge: 30 * 24 * 60 * 60 * 1000,
  httpOnly: false,
  signed: true,
  rolling: false,
}, app));

const github = new AuthorizationCode({
  client: { id: process.env.GH_CLIENT_ID, secret: process.env.GH_CLIENT_SECRET },
  auth: { tokenHost: 'https://github.com', tokenPath: '/login/oauth/access_token', authorizePath: '/login/oauth/authorize' },
});

router.get('/connect/github', (ctx) => {
  ctx.session.oauthState = Math.random().toString(36).slice(2);
  ctx.redirect(github.authorizeURL({ redirect_uri: process.env.GH_CALLBACK, state: ctx.session.oauthState }));
});

router.get('/connect/github/callback', async (ctx) => {
  if (ctx.query.state !== ctx.session.oauthState) ctx.throw(400, 'bad state');
  const result = await github.getToken({ code: ctx.query.code, redirect_uri: process.env.GH_CALLBACK });
  // expect: session-insecure-store
  ctx.session.githubToken = result.token.access_token;
  ctx.redirect('/settings/integrations');
});

// safe: jwt-none-algorithm
// safe: jwt-claims-not-validated
// safe: jwt-weak-secret
const apiAuth = koaJwt({
  secret: process.env.TRACKER_JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'tracker-api',
  issuer: 'https://tracker.example.org',
  isRevoked: (ctx, decoded) => revocations.has(decoded.jti),
});

// expect: jwt-weak-secret
// expect: jwt-none-algorithm
// expect: jwt-claims-not-validated
const hookAuth = koaJwt({ secret: 'hooks', isRevoked: async () => false });

router.get('/api/issues', apiAuth, async (ctx) => {
  ctx.body = await ctx.state.db.issues.forUser(ctx.state.user.sub);
});

router.post('/hooks/ci', hookAuth, async (ctx) => {
  ctx.status = 202;
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 4000);
