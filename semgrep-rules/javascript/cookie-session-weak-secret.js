import cookieSession from 'cookie-session';
import express from 'express';
const app = express();
// ruleid: cookie-session-weak-secret
app.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));
// ruleid: cookie-session-weak-secret
app.use(cookieSession({ name: 'session', secret: 'shhh' }));
const cfg = { name: 'session', keys: [process.env.KEY_A] };
// ok: cookie-session-weak-secret
app.use(cookieSession(cfg));
// ok: cookie-session-weak-secret
app.use(cookieSession({ name: 'session', keys: process.env.SESSION_KEYS.split(',') }));

// ruleid: cookie-session-weak-secret
const SIGNING_KEYS = ["rotation-key-2024", "rotation-key-2023"];
function sessionMiddleware() {
  return cookieSession({ name: "sid", keys: SIGNING_KEYS, maxAge: 3600000, secure: true, httpOnly: true, sameSite: "lax" });
}

// ok: cookie-session-weak-secret
const KEYS_FROM_ENV = process.env.COOKIE_KEYS.split(",");
app.use(cookieSession({ name: "sid", keys: KEYS_FROM_ENV, maxAge: 3600000, secure: true, sameSite: "lax" }));
