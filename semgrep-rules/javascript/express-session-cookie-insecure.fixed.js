const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: redisClient }),
    resave: false,
    saveUninitialized: false,
    // ruleid: express-session-cookie-insecure
    cookie: { secure: false, maxAge: 30 * 60 * 1000 },
  })
);

// ruleid: express-session-cookie-insecure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false, secure: true } }));

const sessionOptions = {
  secret: process.env.SESSION_SECRET,
  resave: false,
  cookie: {
    maxAge: 3600000,
    // ruleid: express-session-cookie-insecure
    secure: false,
  },
};
app.use(session(sessionOptions));

// ruleid: express-session-cookie-insecure
const crossSite = { secret: process.env.S, cookie: { sameSite: 'none', httpOnly: true } };
const sessionMiddleware = session(crossSite);
app.use(sessionMiddleware);

// ok: express-session-cookie-insecure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

// ok: express-session-cookie-insecure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: 'auto', maxAge: 1800000 } }));

// ok: express-session-cookie-insecure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: process.env.NODE_ENV === 'production' } }));

// ok: express-session-cookie-insecure
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: 'none', secure: true } }));

// ok: express-session-cookie-insecure
const notSession = { cookie: { secure: false } };

// ruleid: express-session-cookie-insecure
app.use(require('express-session')({ secret: process.env.S, cookie: { secure: false } }));

module.exports.sessionSettings = {
  secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false,
  // ruleid: express-session-cookie-insecure
  cookie: { secure: false },
};

const sess = { secret: process.env.S, cookie: {} };
if (process.env.DISABLE_TLS) {
  // ruleid: express-session-cookie-insecure
  sess.cookie.secure = true;
}
app.use(session(sess));

// cookie flags kept in their own object
const cookieFlags = {
  // ruleid: express-session-cookie-insecure
  secure: false,
  sameSite: 'lax',
  maxAge: 20 * 60 * 1000,
};
app.use(session({ secret: process.env.S, store: redisStore, cookie: cookieFlags }));

app.use(session({
  secret: process.env.S,
  store: redisStore,
  // ruleid: express-session-cookie-insecure
  cookie: { path: '/', maxAge: 20 * 60 * 1000 },
}));

// no cookie options at all: the id goes out without Secure
// ruleid: express-session-cookie-insecure
app.use(session({
  secret: process.env.S,
  store: redisStore,
  resave: false,
}));

// Secure switched on for production after the options are built
const prodSess = { secret: process.env.S, store: redisStore, cookie: { maxAge: 600000 } };
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  prodSess.cookie.secure = true;
}
// ok: express-session-cookie-insecure
app.use(session(prodSess));
