router.post('/login', async (ctx) => {
  const token = await issue(ctx.request.body);
  // ruleid: koa-cookie-insecure
  ctx.cookies.set('token', token, { httpOnly: true });
  // ruleid: koa-cookie-insecure
  ctx.cookies.set('session_id', token, { sameSite: 'none', httpOnly: true });
  // ok: koa-cookie-insecure
  ctx.cookies.set('token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: koa-cookie-insecure
  ctx.cookies.set('theme', 'dark', { httpOnly: false });
  // ok: koa-cookie-insecure
  ctx.cookies.set('token', token);
});

// display data for a team switcher, readable by scripts on purpose
router.get("/auth/finish", (ctx) => {
  const teams = encodeURIComponent(JSON.stringify({ [ctx.state.team.id]: { name: ctx.state.team.name } }));
  // ok: koa-cookie-insecure
  ctx.cookies.set("sessions", teams, { httpOnly: false, domain: ".example.com" });
});


// cookies that carry no credential
async function rememberLoginChoice(ctx) {
  // ok: koa-cookie-insecure
  ctx.cookies.set('login_redirect', ctx.query.next, { httpOnly: true });
  // ok: koa-cookie-insecure
  ctx.cookies.set('auth_method', ctx.query.method, { httpOnly: true });
  // ok: koa-cookie-insecure
  ctx.cookies.set('session_locale', ctx.query.lang);
}
