'use strict';

const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const helmet = require('helmet');
const { AdminUser, AuditLog } = require('./models');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.urlencoded({ extended: false }));

// expect: session-insecure-store
// expect: session-no-expiry
app.use(session({
  name: 'admin.sid',
  // expect: session-weak-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  cookie: {
    // expect: session-cookie-insecure
    secure: false,
    sameSite: 'lax',
  },
}));

function requireAdmin(req, res, next) {
  if (req.session && req.session.adminId) return next();
  return res.redirect('/login');
}

app.get('/login', (req, res) => {
  res.render('login', { error: null });
});

app.post('/login', async (req, res, next) => {
  try {
    const admin = await AdminUser.findOne({ where: { username: req.body.username } });
    const ok = admin && (await bcrypt.compare(req.body.password, admin.passwordHash));
    if (!ok) {
      return res.status(401).render('login', { error: 'Invalid username or password' });
    }
    // expect: session-fixation
    req.session.adminId = admin.id;
    req.session.displayName = admin.displayName;
    await AuditLog.create({ actor: admin.id, action: 'login', ip: req.ip });
    return res.redirect('/dashboard');
  } catch (err) {
    return next(err);
  }
});

app.post('/logout', requireAdmin, (req, res, next) => {
  const actor = req.session.adminId;
  // safe: jwt-no-revocation
  req.session.destroy((err) => {
    if (err) return next(err);
    AuditLog.create({ actor, action: 'logout', ip: req.ip }).catch(() => {});
    res.clearCookie('admin.sid');
    return res.redirect('/login');
  });
});

app.get('/dashboard', requireAdmin, async (req, res) => {
  const recent = await AuditLog.findAll({ order: [['createdAt', 'DESC']], limit: 50 });
  res.render('dashboard', { name: req.session.displayName, recent });
});

app.post('/preferences', requireAdmin, (req, res) => {
  // safe: session-cookie-insecure
  res.cookie('admin_theme', req.body.theme === 'dark' ? 'dark' : 'light', { maxAge: 31536000000 });
  res.redirect('/dashboard');
});

app.listen(process.env.PORT || 4100);
