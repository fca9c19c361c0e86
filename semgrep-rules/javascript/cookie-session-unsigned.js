const cookieSession = require('cookie-session');

module.exports = cookieSession({
  name: 'session',
  keys: [process.env.SESSION_KEY],
  // ruleid: cookie-session-unsigned
  signed: false,
  maxAge: 8 * 3600000,
});

const opts = {
  name: 'sess',
  // ruleid: cookie-session-unsigned
  signed: false,
};
app.use(cookieSession(opts));

app.use(cookieSession({
  name: 'session',
  keys: [process.env.SESSION_KEY],
  // ok: cookie-session-unsigned
  signed: true,
}));

// a cookie that carries no session: res.cookie's own signed flag is another rule's business
// ok: cookie-session-unsigned
res.cookie('theme', 'dark', { signed: false });
