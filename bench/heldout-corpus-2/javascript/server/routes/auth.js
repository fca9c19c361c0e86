'use strict';

const express = require('express');
const bcrypt = require('bcrypt');
const { Member } = require('../models');

const router = express.Router();

router.get('/login', (req, res) => {
  res.render('login', { error: null });
});

router.post('/login', async (req, res, next) => {
  try {
    const member = await Member.findOne({ where: { email: req.body.email.toLowerCase() } });
    const ok = member && (await bcrypt.compare(req.body.password, member.passwordHash));
    if (!ok) {
      return res.status(401).render('login', { error: 'Wrong email or password' });
    }
    // expect: session-fixation
    req.session.user = { id: member.id, name: member.displayName, role: member.role };
    res.redirect(req.query.returnTo || '/');
  } catch (err) {
    next(err);
  }
});

router.post('/librarian/login', async (req, res, next) => {
  const member = await Member.findOne({ where: { email: req.body.email.toLowerCase(), role: 'librarian' } });
  if (!member || !(await bcrypt.compare(req.body.password, member.passwordHash))) {
    return res.status(401).render('login', { error: 'Wrong email or password' });
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.user = { id: member.id, name: member.displayName, role: member.role };
    req.session.save((saveErr) => (saveErr ? next(saveErr) : res.redirect('/desk')));
  });
});

router.post('/invite/accept', async (req, res) => {
  const member = await Member.findOne({ where: { inviteCode: req.body.code } });
  if (!member) return res.sendStatus(404);
  member.passwordHash = await bcrypt.hash(req.body.password, 12);
  member.inviteCode = null;
  await member.save();
  // expect: session-fixation
  req.session.userId = member.id;
  res.redirect('/welcome');
});

router.post('/logout', (req, res, next) => {
  // safe: jwt-no-revocation
  req.session.destroy((err) => {
    if (err) return next(err);
    // safe: jwt-no-revocation
    res.clearCookie('bookclub.sid');
    res.redirect('/');
  });
});

router.post('/preferences', (req, res) => {
  req.session.readingListView = req.body.view === 'grid' ? 'grid' : 'list';
  res.sendStatus(204);
});

module.exports = router;
