// Kiosk server: sessions for the on-site terminals.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

const app = express();
const redisStore = new RedisStore({ client: kioskRedis, ttl: 20 * 60 });

// the cookie options never set Secure, so the id also goes out over plain HTTP
app.use(session({
  secret: process.env.KIOSK_SESSION_SECRET,
  store: redisStore,
  resave: false,
  saveUninitialized: false,
  // expect: session-cookie-insecure
  cookie: { path: '/', maxAge: 20 * 60 * 1000 },
}));

const terminalSession = {
  secret: process.env.KIOSK_SESSION_SECRET,
  store: redisStore,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'strict', maxAge: 20 * 60 * 1000 },
};
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  terminalSession.cookie.secure = true;
}
// safe: session-cookie-insecure
app.use('/terminal', session(terminalSession));

module.exports = app;
