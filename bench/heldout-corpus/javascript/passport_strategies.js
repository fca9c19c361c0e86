'use strict';

const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const cookieParser = require('cookie-parser');
const argon2 = require('argon2');
const Member = require('../models/member');

// Mobile app tokens are issued by the identity service with RS256.
passport.use('mobile-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // safe: jwt-weak-secret
  secretOrKey: process.env.IDENTITY_PUBLIC_KEY,
  // safe: jwt-none-algorithm
  algorithms: ['RS256'],
  issuer: 'https://id.clubhouse.example',
  // safe: jwt-claims-not-validated
  audience: 'clubhouse-mobile',
}, async (payload, done) => {
  try {
    const member = await Member.findById(payload.sub);
    return done(null, member || false);
  } catch (err) {
    return done(err);
  }
}));

// Internal tools sign their own tokens.
passport.use('internal-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromHeader('x-internal-token'),
  // expect: jwt-weak-secret
  secretOrKey: 'clubhouse-internal',
  algorithms: ['HS256'],
  issuer: 'clubhouse-tools',
  audience: 'clubhouse-api',
  // expect: jwt-claims-not-validated
  ignoreExpiration: true,
}, (payload, done) => done(null, { id: payload.sub, internal: true })));

passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  const member = await Member.findOne({ email: email.toLowerCase() });
  if (!member || !(await argon2.verify(member.passwordHash, password))) {
    return done(null, false, { message: 'Incorrect email or password.' });
  }
  return done(null, member);
}));

passport.serializeUser((member, done) => done(null, member.id));
passport.deserializeUser((id, done) => Member.findById(id).then((m) => done(null, m), done));

function mountLoginRoutes(app) {
  // expect: session-weak-secret
  app.use(cookieParser('secret'));
  app.use(passport.initialize());
  app.use(passport.session());

  app.post('/login', (req, res, next) => {
    passport.authenticate('local', (err, member) => {
      if (err) return next(err);
      if (!member) return res.status(401).json({ error: 'invalid credentials' });
      // safe: session-fixation
      return req.session.regenerate((regenErr) => {
        if (regenErr) return next(regenErr);
        req.session.memberId = member.id;
        req.session.loginAt = Date.now();
        return req.session.save((saveErr) => (saveErr ? next(saveErr) : res.json({ id: member.id })));
      });
    })(req, res, next);
  });

  app.post('/sso/callback', passport.authenticate('mobile-jwt', { session: false }), (req, res, next) => {
    // expect: session-fixation
    req.session.memberId = req.user.id;
    req.session.via = 'sso';
    res.redirect('/home');
  });

  app.post('/logout', (req, res, next) => {
    req.logout((err) => {
      if (err) return next(err);
      // safe: jwt-no-revocation
      return req.session.destroy(() => res.redirect('/'));
    });
  });
}

module.exports = { mountLoginRoutes, passport };
