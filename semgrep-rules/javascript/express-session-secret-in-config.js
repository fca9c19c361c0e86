// config/defaults.js, required by server.js for express-session and cookie-parser
const port = process.env.PORT || 8080;

module.exports = {
  port,
  // ruleid: express-session-secret-in-config
  cookieSecret: "replace-with-a-long-random-value",
  // ruleid: express-session-secret-in-config
  sessionSecret: process.env.SESSION_SECRET || "dev-session-secret",
  // ok: express-session-secret-in-config
  cryptoAlgo: "aes256",
  // ok: express-session-secret-in-config
  sessionName: "sid",
};

export const settings = {
  // ok: express-session-secret-in-config
  sessionSecret: process.env.SESSION_SECRET,
  // ok: express-session-secret-in-config
  cookieKey: process.env.COOKIE_KEY ?? requireEnv("COOKIE_KEY"),
};

// the config loader falls back to a literal when the option is missing
function buildHttpConfig(http) {
  http.cookieSecret = http.cookieSecret ?? process.env.COOKIE_SECRET;
  if (!http.cookieSecret) {
    // ruleid: express-session-secret-in-config
    http.cookieSecret = "supersecret";
  }
  // ok: express-session-secret-in-config
  http.sessionSecret = process.env.SESSION_SECRET;
  // ok: express-session-secret-in-config
  http.cookieName = "connect.sid";
  return http;
}

function cacheKeys(store) {
  // ok: express-session-secret-in-config
  store.sessionKey = "sess";
}
