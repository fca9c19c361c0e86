// Staff portal: login goes through a small helper that marks the session as signed in.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const bcrypt = require('bcryptjs');
const staffRepo = require('./repos/staff');
const redisClient = require('./redis');

// expect: session-weak-secret
const PORTAL_SECRET = process.env.PORTAL_SESSION_SECRET || 'portal-dev-secret';

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: PORTAL_SECRET,
  store: new RedisStore({ client: redisClient, ttl: 60 * 60 }),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 1000 },
}));

function markSignedIn(session, staff) {
  // expect: session-fixation
  session.staffId = staff.id;
  session.role = staff.role;
}

// safe: session-fixation
function rememberLayout(session, layout) {
  session.layout = layout;
}

function onStaffLogin(req, res, next) {
  staffRepo.findByLogin(req.body.login, async (err, staff) => {
    if (err) return next(err);
    if (!staff || !(await bcrypt.compare(req.body.password, staff.hash))) {
      return res.status(401).render('login', { error: true });
    }
    markSignedIn(req.session, staff);
    res.redirect('/portal');
  });
}

app.post('/portal/login', onStaffLogin);

app.post('/portal/kiosk-login', async (req, res) => {
  const kiosk = await staffRepo.kioskByCode(req.body.code);
  const current = req.session;
  if (kiosk && (await bcrypt.compare(req.body.pin_password, kiosk.pinHash))) {
    // expect: session-fixation
    current.account = kiosk.accountId;
    return res.redirect('/kiosk');
  }
  res.sendStatus(401);
});

app.post('/portal/secure-login', async (req, res, next) => {
  const staff = await staffRepo.byLogin(req.body.login);
  if (!staff || !(await bcrypt.compare(req.body.password, staff.hash))) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.staffId = staff.id;
    res.redirect('/portal');
  });
});

app.post('/portal/layout', (req, res) => {
  rememberLayout(req.session, req.body.layout);
  res.sendStatus(204);
});

module.exports = app;
