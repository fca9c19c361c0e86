const cookieSession = require('cookie-session');
// ruleid: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys }));
// ruleid: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 30 * 24 * 60 * 60 * 1000 }));
// ok: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 2 * 60 * 60 * 1000 }));
// a one-day lifetime is neither unbounded nor many days
// ok: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 24 * 60 * 60 * 1000 }));
// ruleid: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 48 * 60 * 60 * 1000 }));
