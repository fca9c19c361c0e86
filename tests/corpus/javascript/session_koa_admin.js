const Koa = require('koa');
const session = require('koa-session');
const redisStore = require('./redis-session-store');

function createAdminApp() {
  const admin = new Koa();
  // safe: session-weak-secret
  admin.keys = process.env.ADMIN_KEYS.split(',');

  admin.use(
    // safe: session-cookie-insecure
    // safe: session-no-expiry
    session(
      {
        key: '__Host-admin',
        maxAge: 2 * 60 * 60 * 1000,
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        renew: true,
        store: redisStore,
      },
      admin
    )
  );

  admin.use(
    // expect: session-no-expiry
    // expect: session-cookie-insecure
    session({ key: 'reports', maxAge: 1000 * 60 * 60 * 24 * 365, secure: false }, admin)
  );

  admin.use(async (ctx, next) => {
    if (!ctx.session.adminId) {
      ctx.throw(401);
    }
    await next();
  });

  return admin;
}

function createPublicApp() {
  // expect: session-weak-secret
  const site = new Koa({ keys: ['public-site-key'] });
  // safe: session-no-expiry
  site.use(session({ key: 'site', maxAge: 4 * 60 * 60 * 1000 }, site));
  return site;
}

module.exports = { createAdminApp, createPublicApp };
