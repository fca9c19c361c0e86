const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const bcrypt = require('bcryptjs');
const { Users } = require('./store');

const app = new Koa();
// expect: session-weak-secret
app.keys = ['im a newer secret', 'i like turtle'];

// expect: session-cookie-insecure
// expect: session-no-expiry
const SESSION_CONFIG = {
  key: 'koa.sess',
  maxAge: 'session',
  httpOnly: false,
  signed: true,
  rolling: false,
};

app.use(session(SESSION_CONFIG, app));
app.use(bodyParser());

const router = new Router();

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body;
  const user = await Users.byEmail(email);
  if (!user) {
    ctx.status = 401;
    return;
  }
  const match = await bcrypt.compare(password, user.hash);
  if (!match) {
    ctx.status = 401;
    return;
  }
  // expect: session-fixation
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});

router.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.status = 204;
});

app.use(router.routes()).use(router.allowedMethods());

module.exports = app;
