'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const helmet = require('helmet');
const argon2 = require('argon2');
const users = require('./users');

const SESSION_TTL_MS = 30 * 60 * 1000;

if (!process.env.SESSION_SECRET) {
  throw new Error('SESSION_SECRET must be set');
}

// safe: session-insecure-store
const redisClient = createClient({ url: 'rediss://sessions.cache.internal:6380', password: process.env.REDIS_PASSWORD });
redisClient.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json());

app.use(
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  // safe: session-insecure-store
  session({
    name: '__Host-sid',
    // safe: session-weak-secret
    secret: process.env.SESSION_SECRET.split(','),
    store: new RedisStore({ client: redisClient, prefix: 'sess:', ttl: SESSION_TTL_MS / 1000 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: SESSION_TTL_MS },
  })
);

app.post('/api/session', async (req, res, next) => {
  const user = await users.findByEmail(req.body.email);
  if (!user || !(await argon2.verify(user.hash, req.body.password))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.userId = user.id;
    req.session.save((saveErr) => (saveErr ? next(saveErr) : res.status(204).end()));
  });
});

app.post('/api/session/step-up', async (req, res, next) => {
  const user = await users.findById(req.session.userId);
  const ok = await argon2.verify(user.hash, req.body.password);
  if (!ok) return res.status(401).end();
  await new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
  // safe: session-fixation
  req.session.userId = user.id;
  req.session.stepUpAt = Date.now();
  res.status(204).end();
});

app.delete('/api/session', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('__Host-sid');
    res.status(204).end();
  });
});

module.exports = app;
