// Session login routes with passport 0.6+: req.login() regenerates the session id itself.
import express from 'express';
import passport from 'passport';
import { createUser } from '../services/users';

const router = express.Router();

// safe: session-fixation
router.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => res.redirect('/'));

router.post('/register', async (req, res, next) => {
  const user = await createUser(req.body.email, req.body.password);
  // safe: session-fixation
  req.login(user, (err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});

router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});

export default router;
