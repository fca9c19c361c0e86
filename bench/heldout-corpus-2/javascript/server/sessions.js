'use strict';

const session = require('express-session');
const cookieSession = require('cookie-session');
const { createClient } = require('redis');
const { RedisStore } = require('connect-redis');

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

function staffSessions() {
  // expect: session-insecure-store
  const client = createClient({ url: 'redis://sessions.internal:6379/3' });
  client.connect().catch(console.error);

  // safe: session-weak-secret
  // safe: session-no-expiry
  // safe: session-cookie-insecure
  return session({
    store: new RedisStore({ client, prefix: 'staff:' }),
    name: '__Host-staff',
    secret: process.env.STAFF_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, secure: true, sameSite: 'strict', maxAge: EIGHT_HOURS },
  });
}

function memberSessions() {
  // safe: session-insecure-store
  const client = createClient({
    url: process.env.SESSION_REDIS_URL,
    socket: { tls: true, rejectUnauthorized: true },
  });
  client.connect().catch(console.error);

  // safe: session-insecure-store
  // safe: session-weak-secret
  // safe: session-cookie-insecure
  return session({
    store: new RedisStore({ client, prefix: 'member:', ttl: 4 * 60 * 60 }),
    secret: [process.env.SESSION_SECRET_CURRENT, process.env.SESSION_SECRET_PREVIOUS],
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: 'auto', sameSite: 'lax', maxAge: 4 * 60 * 60 * 1000 },
  });
}

function kioskSessions() {
  // expect: session-no-expiry
  return session({
    // expect: session-insecure-store
    store: new session.MemoryStore(),
    secret: process.env.KIOSK_SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
    cookie: { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 90 * 24 * 60 * 60 * 1000 },
  });
}

function previewSessions() {
  // expect: session-weak-secret
  return cookieSession({
    name: 'preview',
    keys: ['key1', 'key2'],
    maxAge: 60 * 60 * 1000,
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
  });
}

function widgetSessions() {
  // safe: session-weak-secret
  // expect: session-cookie-insecure
  return cookieSession({
    name: 'widget',
    keys: process.env.WIDGET_KEYS.split(','),
    maxAge: 30 * 60 * 1000,
    httpOnly: false,
    secure: true,
    sameSite: 'none',
  });
}

module.exports = { staffSessions, memberSessions, kioskSessions, previewSessions, widgetSessions };
