/**
 * config/index.js: one place for every environment-dependent setting.
 * The session block is handed to express-session by server.js.
 */
const env = process.env.NODE_ENV || 'development';

const ONE_HOUR = 60 * 60 * 1000;
const ONE_WEEK = 7 * 24 * ONE_HOUR;

const base = {
  port: Number(process.env.PORT) || 3000,
  db: { url: process.env.DATABASE_URL },
};

const environments = {
  development: {
    ...base,
    session: {
      name: 'dev.sid',
      // expect: session-weak-secret
      secret: 'keyboard cat',
      resave: false,
      saveUninitialized: true,
      // expect: session-cookie-insecure
      // expect: session-no-expiry
      cookie: { secure: false, maxAge: ONE_WEEK },
    },
  },
  staging: {
    ...base,
    // safe: session-cookie-insecure
    // safe: session-no-expiry
    session: {
      name: 'stg.sid',
      // expect: session-weak-secret
      secret: [process.env.SESSION_SECRET || 'staging-secret', 'previous-staging-secret'],
      resave: false,
      saveUninitialized: false,
      cookie: { secure: 'auto', httpOnly: true, sameSite: 'lax', maxAge: 4 * ONE_HOUR },
    },
  },
  production: {
    ...base,
    // safe: session-cookie-insecure
    // safe: session-no-expiry
    session: {
      name: '__Host-sid',
      // safe: session-weak-secret
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      proxy: true,
      cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: ONE_HOUR },
    },
  },
};

module.exports = environments[env];
