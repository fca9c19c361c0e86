const cookieSession = require('cookie-session');
// ruleid: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys }));
// ruleid: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 30 * 24 * 60 * 60 * 1000 }));
// ok: cookie-session-no-expiry
app.use(cookieSession({ name: 's', keys, maxAge: 2 * 60 * 60 * 1000 }));
