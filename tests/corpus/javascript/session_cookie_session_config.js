/**
 * Session middleware factory shared by the public site and the admin app.
 */
const cookieSession = require('cookie-session');

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

function publicSession() {
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  return cookieSession({
    name: '__Host-site',
    // safe: session-weak-secret
    keys: process.env.SITE_SESSION_KEYS.split(','),
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    maxAge: EIGHT_HOURS,
  });
}

function adminSession() {
  // expect: session-no-expiry
  // expect: session-cookie-insecure
  const options = {
    name: 'admin',
    // expect: session-weak-secret
    secret: process.env.ADMIN_SESSION_SECRET || 'admin-session-dev-secret',
    sameSite: 'none',
    maxAge: 90 * 24 * 60 * 60 * 1000,
  };
  return cookieSession(options);
}

function embedSession() {
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  const options = {
    name: 'embed',
    // safe: session-weak-secret
    keys: [process.env.EMBED_KEY_CURRENT, process.env.EMBED_KEY_PREVIOUS],
    sameSite: 'none',
    secure: true,
    maxAge: 2 * 60 * 60 * 1000,
  };
  return cookieSession(options);
}

module.exports = { publicSession, adminSession, embedSession };
