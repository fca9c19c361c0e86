const Koa = require('koa');
const session = require('koa-session');
const app = new Koa();
// ruleid: koa-session-weak-secret
app.keys = ['some secret hurr'];
// ok: koa-session-weak-secret
app.keys = process.env.APP_KEYS.split(',');
// ruleid: koa-session-weak-secret
const other = new Koa({ keys: ['k1', 'k2'] });
// ok: koa-session-weak-secret
const third = new Koa({ keys: [process.env.K1] });
app.use(session(app));
