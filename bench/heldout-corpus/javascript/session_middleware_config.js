'use strict';

// Session middleware shared by the storefront and the partner portal.
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');

const THIRTY_MINUTES = 30 * 60 * 1000;

function connect(url) {
  const client = createClient({ url });
  client.on('error', (err) => console.error('redis session store error', err));
  client.connect().catch((err) => console.error('redis connect failed', err));
  return client;
}

function storefrontSession() {
  // safe: session-insecure-store
  const client = connect(`rediss://${process.env.SESSION_REDIS_HOST}:6380`);
  return session({
    name: '__Host-sf.sid',
    store: new RedisStore({ client, prefix: 'sf:', ttl: 1800 }),
    // safe: session-weak-secret
    secret: process.env.STOREFRONT_SESSION_SECRET.split(','),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      // safe: session-cookie-insecure
      secure: 'auto',
      httpOnly: true,
      sameSite: 'lax',
      // safe: session-no-expiry
      maxAge: THIRTY_MINUTES,
    },
  });
}

function partnerPortalSession() {
  const client = createClient({
    // expect: session-insecure-store
    url: 'redis://sessions-cache.internal:6379/2',
  });
  client.connect().catch((err) => console.error('redis connect failed', err));
  return session({
    name: 'pp.sid',
    store: new RedisStore({ client, prefix: 'pp:' }),
    // safe: session-weak-secret
    secret: process.env.PARTNER_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
      // expect: session-no-expiry
      maxAge: 1000 * 60 * 60 * 24 * 30,
    },
  });
}

function kioskSession() {
  return session({
    name: 'kiosk.sid',
    store: new RedisStore({
      // safe: session-insecure-store
      client: createClient({ socket: { host: process.env.KIOSK_REDIS_HOST, port: 6380, tls: true } }),
      prefix: 'kiosk:',
    }),
    // safe: session-weak-secret
    secret: process.env.KIOSK_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      secure: true,
      // expect: session-cookie-insecure
      httpOnly: false,
      sameSite: 'strict',
      // safe: session-no-expiry
      maxAge: 15 * 60 * 1000,
    },
  });
}

module.exports = { storefrontSession, partnerPortalSession, kioskSession };
