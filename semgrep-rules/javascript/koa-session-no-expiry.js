const session = require('koa-session');
// ruleid: koa-session-no-expiry
app.use(session({ key: 'k', maxAge: 'session' }, app));
// ruleid: koa-session-no-expiry
app.use(session({ key: 'k', maxAge: 86400000 * 30 }, app));
// ok: koa-session-no-expiry
app.use(session({ key: 'k', maxAge: 3600000 }, app));
