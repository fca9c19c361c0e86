const Koa = require('koa');
const Router = require('@koa/router');
const router = new Router();

const COOKIE_DEFAULTS = { httpOnly: true, secure: true, sameSite: 'strict' };

router.post('/embed-token', async (ctx) => {
  const embedToken = await issue(ctx.request.body);
  // ruleid: koa-cookie-no-samesite
  ctx.cookies.set('embed_token', embedToken, { httpOnly: true });
  // ruleid: koa-cookie-no-samesite
  ctx.cookies.set('session_id', ctx.state.sid, { maxAge: 3600000, signed: true });
  const opts = { httpOnly: true, maxAge: 600000 };
  // ruleid: koa-cookie-no-samesite
  ctx.cookies.set('access_token', embedToken, opts);
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('access_token', embedToken, { httpOnly: true, sameSite: 'lax' });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('access_token', embedToken, { httpOnly: true, secure: ctx.secure });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('session_token', embedToken, { ...COOKIE_DEFAULTS, maxAge: 600000 });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('lang', 'en', { httpOnly: true });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('oauth_state', state, { httpOnly: true });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('rpt_token', null, { httpOnly: true });
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('token', embedToken);
  // ok: koa-cookie-no-samesite
  ctx.cookies.set('token', embedToken, { httpOnly: false });
  ctx.body = { ok: true };
});

module.exports = router;
