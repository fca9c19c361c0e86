// config/session.js: builds the express-session middleware for each deployment target
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const Redis = require('ioredis');
const MemoryStore = require('memorystore')(session);

const HALF_HOUR = 30 * 60 * 1000;

function redisSession() {
  // expect: session-insecure-store
  const client = createClient({ url: `redis://${process.env.REDIS_HOST}:6379` });
  client.connect();
  // safe: session-insecure-store
  // safe: session-no-expiry
  return session({
    store: new RedisStore({ client, prefix: 'app:' }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: HALF_HOUR, secure: 'auto', sameSite: 'lax' },
  });
}

function clusterSession() {
  // expect: session-insecure-store
  const client = new Redis('redis://:' + process.env.REDIS_PASSWORD + '@redis-cluster:6379/2');
  // safe: session-insecure-store
  const tlsClient = createClient({ url: 'rediss://redis-cluster:6380', socket: { tls: true } });
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  return session({
    store: new RedisStore({ client: tlsClient, ttl: 1800 }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: 'auto' },
  });
}

function localSession() {
  // safe: session-insecure-store
  // safe: session-weak-secret
  // cookie options without Secure: the id also travels over plain HTTP
  return session({
    store: new MemoryStore({ checkPeriod: 86400000 }),
    secret: process.env.SESSION_SECRET || require('crypto').randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false,
    // expect: session-cookie-insecure
    cookie: { maxAge: HALF_HOUR },
  });
}

function testSession() {
  // expect: session-insecure-store
  const store = new session.MemoryStore();
  return session({
    store,
    // expect: session-weak-secret
    secret: 'test',
    resave: false,
    saveUninitialized: true,
    // expect: session-no-expiry
    // expect: session-cookie-insecure
    cookie: { maxAge: 1000 * 60 * 60 * 24 * 7 },
  });
}

module.exports = { redisSession, clusterSession, localSession, testSession };
