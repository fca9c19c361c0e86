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
