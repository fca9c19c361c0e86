const { doubleCsrf } = require("csrf-csrf");

// csrf-csrf's double-submit cookie: read by the page's own script, no session in it.
const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  cookieName: "X-CSRF-Token",
  // ok: iron-session-cookie-insecure
  cookieOptions: { sameSite: "strict", secure: false },
});

module.exports = { doubleCsrfProtection };
