const Koa = require('koa');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.KOA_KEY];

// ruleid: koa-session-cookie-insecure
const CONFIG = {
  key: 'koa.sess',
  maxAge: 3600000,
  httpOnly: true,
  signed: true,
};
app.use(session(CONFIG, app));

// ruleid: koa-session-cookie-insecure
app.use(session({ key: 'admin.sess', secure: true, maxAge: 3600000 }, app));

// ok: koa-session-cookie-insecure
app.use(session({ key: 'api.sess', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 }, app));
