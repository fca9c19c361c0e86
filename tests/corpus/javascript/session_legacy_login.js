// Back-office login routes from the first version of the admin panel.
const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const PgStore = require('connect-pg-simple')(session);
const staff = require('./staff-dao');

const app = express();

const adminCookie = {
  // expect: session-cookie-insecure
  secure: false,
  sameSite: 'lax',
  // expect: session-no-expiry
  maxAge: 1000 * 60 * 60 * 24 * 60,
};
app.use(session({
  secret: process.env.ADMIN_SESSION_SECRET,
  store: new PgStore({ conString: process.env.DATABASE_URL }),
  resave: false,
  saveUninitialized: false,
  cookie: adminCookie,
}));

const router = express.Router();

router.post('/admin/login', (req, res) => {
  const member = staff.byLogin(req.body.login);
  if (!member || member.password !== req.body.password) {
    return res.status(401).render('login', { failed: true });
  }
  // expect: session-fixation
  req.session.isLoggedIn = true;
  req.session.staffId = member.id;
  res.redirect('/admin');
});

router.post('/admin/login-dao', (req, res, next) => {
  staff.checkLogin(req.body.login, req.body.password, (err, member) => {
    if (err) return next(err);
    // expect: session-fixation
    req.session.userId = member.id;
    res.redirect('/admin');
  });
});

router.post('/admin/signup', async (req, res, next) => {
  const digest = await bcrypt.hash(req.body.password, 12);
  const member = await staff.create({ login: req.body.login, digest });
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.userId = member.id;
    res.redirect('/admin');
  });
});

router.post('/admin/preferences', (req, res) => {
  if (req.body.newPassword && req.body.newPassword !== req.body.confirmPassword) {
    return res.sendStatus(400);
  }
  // safe: session-fixation
  req.session.theme = req.body.theme;
  res.sendStatus(204);
});

module.exports = { app, router };
