'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const flash = require('connect-flash');
const { User } = require('./models');

const app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));

// Straight from the quick-start guide, never revisited.
app.use(
  // expect: session-no-expiry
  // expect: session-insecure-store
  session({
    // expect: session-weak-secret
    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: true,
    // expect: session-cookie-insecure
    cookie: { secure: false },
  })
);
app.use(flash());

function requireLogin(req, res, next) {
  if (!req.session.userId) {
    return res.redirect('/login');
  }
  next();
}

app.get('/login', (req, res) => {
  res.render('login', { error: req.flash('error') });
});

app.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await User.findOne({ where: { email } });
    if (!user) {
      req.flash('error', 'Invalid credentials');
      return res.redirect('/login');
    }
    const valid = await bcrypt.compare(password, user.passwordHash);
    if (!valid) {
      req.flash('error', 'Invalid credentials');
      return res.redirect('/login');
    }
    // expect: session-fixation
    req.session.userId = user.id;
    req.session.displayName = user.name;
    res.redirect('/dashboard');
  } catch (err) {
    next(err);
  }
});

app.post('/account/sudo', requireLogin, (req, res) => {
  const user = User.findByPk(req.session.userId);
  bcrypt.compare(req.body.password, user.passwordHash, (err, same) => {
    if (err || !same) {
      return res.status(403).render('sudo', { error: 'Wrong password' });
    }
    // expect: session-fixation
    req.session.user = { id: user.id, elevated: true };
    res.redirect('/admin');
  });
});

app.post('/signup', async (req, res) => {
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  const user = await User.create({ email: req.body.email, passwordHash });
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    // safe: session-fixation
    req.session.userId = user.id;
    res.redirect('/dashboard');
  });
});

app.get('/dashboard', requireLogin, async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  res.render('dashboard', { user });
});

app.post('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/'));
});

module.exports = app;
