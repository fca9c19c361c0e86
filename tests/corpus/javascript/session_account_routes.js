const express = require('express');
const bcrypt = require('bcryptjs');
const passport = require('passport');
const { promisify } = require('util');
const Account = require('../models/account');

const router = express.Router();

// Classic callback style, written before the team switched to async/await.
router.post('/sessions', (req, res, next) => {
  Account.findOne({ username: req.body.username }, (err, account) => {
    if (err) return next(err);
    if (!account) return res.status(401).send('Unknown user');
    bcrypt.compare(req.body.password, account.password, function (cmpErr, matches) {
      if (cmpErr) return next(cmpErr);
      if (!matches) return res.status(401).send('Wrong password');
      // expect: session-fixation
      req.session.account = { id: account._id, username: account.username };
      res.redirect('/home');
    });
  });
});

router.post('/sessions/promise', (req, res, next) => {
  Account.findOne({ username: req.body.username })
    .then((account) =>
      account.comparePassword(req.body.password).then((same) => {
        if (!same) return res.sendStatus(401);
        // expect: session-fixation
        req.session.uid = account.id;
        return res.redirect('/home');
      })
    )
    .catch(next);
});

router.post('/sessions/sync', (req, res) => {
  const account = Account.cache.get(req.body.username);
  if (account && bcrypt.compareSync(req.body.password, account.password)) {
    // expect: session-fixation
    req.session.username = account.username;
    return res.redirect('/home');
  }
  res.status(401).end();
});

router.post('/sessions/local', (req, res, next) => {
  passport.authenticate('local', (err, account) => {
    if (err || !account) return res.status(401).end();
    // expect: session-fixation
    req.session.user = account;
    res.json({ ok: true });
  })(req, res, next);
});

router.post('/sessions/rotated', async (req, res, next) => {
  const account = await Account.findOne({ username: req.body.username });
  const ok = account && (await bcrypt.compare(req.body.password, account.password));
  if (!ok) return res.sendStatus(401);
  const regenerate = promisify(req.session.regenerate).bind(req.session);
  await regenerate();
  // safe: session-fixation
  req.session.account = { id: account.id };
  res.redirect('/home');
});

router.post('/sessions/rotated-cb', async (req, res, next) => {
  const account = await Account.findOne({ username: req.body.username });
  if (!account || !(await account.comparePassword(req.body.password))) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.uid = account.id;
    req.session.save(() => res.redirect('/home'));
  });
});

router.post('/cart/items', (req, res) => {
  req.session.cart = req.session.cart || [];
  req.session.cart.push(req.body.sku);
  // safe: session-fixation
  req.session.user = req.session.user || { guest: true };
  res.sendStatus(201);
});

module.exports = router;
