import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import pgSession from 'connect-pg-simple';
import { pool } from './db.mjs';

const PgStore = pgSession(session);
const DEFAULT_SECRET = 'changeme';

export function mountSession(app) {
  // safe: session-weak-secret
  app.use(cookieParser(process.env.COOKIE_SECRET));

  // expect: session-no-expiry
  // expect: session-insecure-store
  const options = {
    // expect: session-weak-secret
    secret: DEFAULT_SECRET,
    resave: false,
    saveUninitialized: false,
    // safe: session-cookie-insecure
    cookie: { httpOnly: true, secure: process.env.COOKIE_SECURE === 'true' },
  };
  if (app.get('env') === 'production') {
    app.set('trust proxy', 1);
  }
  app.use(session(options));
}

export function mountApiSession(app) {
  // expect: session-weak-secret
  app.use(cookieParser(['v2-cookie-secret', process.env.OLD_COOKIE_SECRET]));
  app.use(
    // safe: session-no-expiry
    // safe: session-insecure-store
    session({
      store: new PgStore({ pool, tableName: 'user_sessions' }),
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      // expect: session-cookie-insecure
      cookie: { maxAge: 20 * 60 * 1000, sameSite: 'none', httpOnly: true },
    })
  );
}

export function mountWidgetSession(app) {
  app.use(
    // safe: session-insecure-store
    // safe: session-cookie-insecure
    session({
      store: new PgStore({ pool }),
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      // expect: session-no-expiry
      cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 1000 * 60 * 60 * 24 * 30 },
    })
  );
}
