import express from 'express';
import cookieSession from 'cookie-session';

const app = express();

app.use(
  // ruleid: cookie-session-cookie-insecure
  cookieSession({
    name: 'session',
    keys: [process.env.COOKIE_KEY_1, process.env.COOKIE_KEY_2],
    maxAge: 60 * 60 * 1000,
    secure: true,
  })
);

// ruleid: cookie-session-cookie-insecure
app.use(cookieSession({ name: 'sess', keys: [process.env.K], httpOnly: true }));

// ruleid: cookie-session-cookie-insecure
const opts = { name: 'sess', keys: [process.env.K], sameSite: 'none' };
app.use(cookieSession(opts));

// ok: cookie-session-cookie-insecure
app.use(cookieSession({ name: 'sess', keys: [process.env.K], secure: true, httpOnly: true, sameSite: 'strict' }));

// ok: cookie-session-cookie-insecure
app.use(cookieSession({ name: 'sess', keys: [process.env.K], sameSite: 'none', secure: true }));

// ok: cookie-session-cookie-insecure
app.use(cookieSession({ name: 'sess', keys: [process.env.K], secure: process.env.NODE_ENV === 'production' }));
