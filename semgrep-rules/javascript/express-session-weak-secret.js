const express = require('express');
const session = require('express-session');
const app = express();

// ruleid: express-session-weak-secret
const SESSION_SECRET = 'super-secret-value';

// ruleid: express-session-weak-secret
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
app.use(session({ secret: SESSION_SECRET }));
// ruleid: express-session-weak-secret
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));
// ruleid: express-session-weak-secret
app.use(session({ secret: process.env.NODE_ENV === 'production' ? process.env.SESSION_SECRET : 'dev-secret' }));
// ok: express-session-weak-secret
app.use(session({ secret: process.env.NODE_ENV === 'production' ? process.env.SESSION_SECRET : process.env.DEV_SESSION_SECRET }));
const opts = {
  // ruleid: express-session-weak-secret
  secret: ['new-key', 'old-key'],
  resave: false,
};
app.use(session(opts));
// ok: express-session-weak-secret
app.use(session({ secret: process.env.SESSION_SECRET }));
// ok: express-session-weak-secret
app.use(session({ secret: config.get('session.secret') }));
// ok: express-session-weak-secret
app.use(session({ secret: process.env['SESSION_SECRET'].split(',') }));

const settings = {
  // ruleid: express-session-weak-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
};
module.exports = settings;
// ruleid: express-session-weak-secret
app.use(require('express-session')({ secret: process.env.S ?? 'changeme' }));

// ruleid: express-session-weak-secret
const FALLBACK_SECRET = process.env.SESSION_KEY || "fallback-session-secret";
function buildSession() {
  return session({ secret: FALLBACK_SECRET, resave: false, saveUninitialized: false });
}

// ok: express-session-weak-secret
const FROM_ENV = process.env.SESSION_KEY;
app.use(session({ secret: FROM_ENV }));

// a field of the app's package.json is public text
const pkg = require('../package.json');
app.use(
  session({
    resave: false,
    saveUninitialized: true,
    // ruleid: express-session-weak-secret
    secret: pkg.name,
    store: MongoStore.create({ mongoUrl: config.db }),
  })
);
app.use(
  session({
    resave: false,
    saveUninitialized: true,
    // ok: express-session-weak-secret
    secret: process.env.SESSION_SECRET,
    name: pkg.name,
  })
);

// an empty fallback: express-session answers "secret option required for sessions"
// ok: express-session-weak-secret
app.use(session({ secret: process.env.SESSION_SECRET || "", resave: false, saveUninitialized: false }));
