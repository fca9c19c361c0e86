// Routes that receive passport from app.js (passport 0.4: req.logout() takes no callback).
module.exports = function (app, passport) {
  app.get('/logout', function (req, res) {
    req.logout();
    res.redirect('/');
  });

  // ruleid: passport-login-session-fixation
  app.post('/login', passport.authenticate('local-login', {
    successRedirect: '/profile',
    failureRedirect: '/login',
  }));

  // ok: passport-login-session-fixation
  app.get('/auth/google', passport.authenticate('google', { scope: ['profile'] }));

  // ok: passport-login-session-fixation
  app.get('/api/orders', passport.authenticate('jwt', { session: false }), listOrders);
};

function configure(auth) {
  // ok: passport-login-session-fixation
  auth.app.post('/signin', auth.passport.authenticate('local', { successRedirect: '/' }));
}
