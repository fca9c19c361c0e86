'use strict';

const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const { Pool } = require('pg');
const { promisify } = require('util');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');
const { Patients, Staff } = require('./model');

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: true } });
const EIGHT_HOURS = 8 * 60 * 60 * 1000;

app.set('trust proxy', 1);
app.use(express.urlencoded({ extended: false }));
app.use(session({
  // safe: session-insecure-store
  store: new PgSession({ pool, tableName: 'staff_sessions', pruneSessionInterval: 600 }),
  name: '__Host-clinic',
  // safe: session-weak-secret
  secret: [process.env.SESSION_SECRET_CURRENT, process.env.SESSION_SECRET_PREVIOUS].filter(Boolean),
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: {
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    // safe: session-no-expiry
    maxAge: EIGHT_HOURS,
  },
}));

app.post('/staff/login', async (req, res, next) => {
  const staff = await Staff.byEmail(req.body.email);
  if (!staff || !(await bcrypt.compare(req.body.password, staff.passwordHash))) {
    return res.status(401).render('login', { error: 'Invalid credentials' });
  }
  try {
    // safe: session-fixation
    await promisify(req.session.regenerate.bind(req.session))();
    req.session.staffId = staff.id;
    req.session.role = staff.role;
    await promisify(req.session.save.bind(req.session))();
    return res.redirect('/patients');
  } catch (err) {
    return next(err);
  }
});

function requireStaff(req, res, next) {
  if (!req.session.staffId) return res.redirect('/staff/login');
  return next();
}

// Short token for the lab-results viewer, which runs on a separate origin.
app.post('/lab-viewer/token', requireStaff, async (req, res) => {
  const patient = await Patients.findById(req.body.patientId);
  const claims = {
    sub: String(req.session.staffId),
    // safe: jwt-sensitive-payload
    patient_ref: patient.publicRef,
    roles: [req.session.role],
    scope: 'lab:read',
  };
  const token = jwt.sign(claims, process.env.LAB_VIEWER_SECRET, {
    algorithm: 'HS256',
    issuer: 'clinic-portal',
    audience: 'lab-viewer',
    expiresIn: '5m',
  });
  res.json({ token });
});

app.post('/staff/logout', requireStaff, (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('__Host-clinic', { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
    return res.redirect('/staff/login');
  });
});

app.get('/patients', requireStaff, async (req, res) => {
  res.render('patients', { rows: await Patients.assignedTo(req.session.staffId) });
});

module.exports = app;
