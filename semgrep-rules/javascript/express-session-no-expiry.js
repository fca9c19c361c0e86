const session = require('express-session');
const app = require('express')();
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, resave: false }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: 1000 * 60 * 60 * 24 * 30 } }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { secure: true, httpOnly: true } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: 30 * 60 * 1000 } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, rolling: true, cookie: { secure: true } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store: new RedisStore({ client, ttl: 1800 }) }));

const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: THIRTY_DAYS } }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: null } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: 2 * ONE_HOUR } }));
// ruleid: express-session-no-expiry
var sess = { secret: process.env.S, store, cookie: {} };
app.use(session(sess));
// ok: express-session-no-expiry
var sess2 = { secret: process.env.S, store, cookie: {} };
sess2.cookie.maxAge = 15 * 60 * 1000;
app.use(session(sess2));

app.use(session({
  secret: process.env.S,
  store: pgStore,
  cookie: {
    secure: true,
    // ruleid: express-session-no-expiry
    maxAge: 45 * 24 * 60 * 60 * 1000,
  },
}));

const longCookie = {
  httpOnly: true,
  // ruleid: express-session-no-expiry
  maxAge: 1000 * 60 * 60 * 24 * 90,
};
app.use(session({ secret: process.env.S, store: pgStore, cookie: longCookie }));

const shortCookie = {
  httpOnly: true,
  // ok: express-session-no-expiry
  maxAge: 1000 * 60 * 30,
};
app.use(session({ secret: process.env.S, store: pgStore, cookie: shortCookie }));

// the knex / pg stores delete an idle session row after a day when the cookie has no maxAge
// ok: express-session-no-expiry
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, store: new KnexSessionStore({ knex }) }));
const pgStore = new PgSession({ pool });
// ok: express-session-no-expiry
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, store: pgStore }));
// MongoStore keeps sessions for 14 days by default
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, store: MongoStore.create({ mongoUrl }) }));

// memorystore prunes sessions after its ttl (one day by default) when the cookie has no maxAge
const MemoryStore = require("memorystore")(session);
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, resave: true, saveUninitialized: true, store: new MemoryStore({ checkPeriod: 86400000 }) }));
// the built-in MemoryStore keeps them until the process ends
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store: new session.MemoryStore() }));

// a one-day lifetime is neither unbounded nor many days
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { httpOnly: true, maxAge: 24 * 60 * 60 * 1000 } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: ONE_DAY } }));
// ok: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: ms('1d') } }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: 48 * 60 * 60 * 1000 } }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: 7 * ONE_DAY } }));
// ruleid: express-session-no-expiry
app.use(session({ secret: process.env.S, store, cookie: { maxAge: ms('7d') } }));
