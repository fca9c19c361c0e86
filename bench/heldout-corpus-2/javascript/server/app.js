'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const morgan = require('morgan');

const authRoutes = require('./routes/auth');
const accountRoutes = require('./routes/account');
const catalogRoutes = require('./routes/catalog');

const app = express();
const PORT = process.env.PORT || 3000;

app.set('view engine', 'pug');
app.set('views', path.join(__dirname, 'views'));
app.set('trust proxy', 1);

app.use(helmet());
app.use(morgan('combined'));
app.use(express.urlencoded({ extended: false }));
app.use(express.json());
app.use(express.static(path.join(__dirname, '..', 'public')));

// expect: session-weak-secret
// expect: session-insecure-store
// expect: session-no-expiry
// safe: session-cookie-insecure
app.use(session({
  name: 'bookclub.sid',
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' }
}));

app.use((req, res, next) => {
  res.locals.currentUser = req.session.user || null;
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  res.cookie('ui_theme', req.query.theme || 'light', { maxAge: 365 * 24 * 3600 * 1000 });
  next();
});

app.use('/auth', authRoutes);
app.use('/account', accountRoutes);
app.use('/catalog', catalogRoutes);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).render('error', { message: 'Something went wrong' });
});

app.listen(PORT, () => {
  console.log(`bookclub listening on ${PORT}`);
});

module.exports = app;
