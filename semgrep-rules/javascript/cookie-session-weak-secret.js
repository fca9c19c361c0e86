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
