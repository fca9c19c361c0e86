const express = require('express');
const passport = require('passport');
const User = require('../models/user');

const router = express.Router();

router.post('/register', async (req, res, next) => {
  const user = await User.create({ email: req.body.email, password: await hash(req.body.password) });
  // ruleid: passport-login-session-fixation
  req.login(user, (err) => {
    if (err) return next(err);
    res.redirect('/home');
  });
});

// ruleid: passport-login-session-fixation
router.post('/signin', passport.authenticate('local', {
  successRedirect: '/home',
  failureRedirect: '/signin',
}));

// ok: passport-login-session-fixation
router.get('/api/items', passport.authenticate('jwt', { session: false }), listItems);

// ok: passport-login-session-fixation
router.get('/api/me', passport.authenticate('bearer'), showMe);

router.post('/join', async (req, res, next) => {
  const user = await User.create(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    // ok: passport-login-session-fixation
    req.login(user, () => res.redirect('/home'));
  });
});

router.get('/signout', (req, res) => {
  req.logout();
  res.redirect('/');
});

module.exports = router;

// ok: passport-login-session-fixation
router.get('/auth/github', passport.authenticate('github', { scope: ['user:email'] }));

// ruleid: passport-login-session-fixation
router.get('/auth/github/callback', passport.authenticate('github', { failureRedirect: '/signin' }), (req, res) => res.redirect('/home'));

// ruleid: passport-login-session-fixation
router.post('/session', passport.authenticate('local'));

router.post('/register-and-enter', (req, res) => {
  User.register(new User({ username: req.body.username }), req.body.password, (err) => {
    if (err) return res.render('register');
    // ruleid: passport-login-session-fixation
    passport.authenticate('local')(req, res, () => res.redirect('/'));
  });
});

router.post('/register-fresh', (req, res, next) => {
  User.register(new User({ username: req.body.username }), req.body.password, (err) => {
    if (err) return next(err);
    req.session.regenerate(() => {
      // ok: passport-login-session-fixation
      passport.authenticate('local')(req, res, () => res.redirect('/'));
    });
  });
});

router.get('/api/report', (req, res, next) => {
  // ok: passport-login-session-fixation
  passport.authenticate('bearer', { session: false })(req, res, next);
});
