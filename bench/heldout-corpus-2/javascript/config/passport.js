'use strict';

const fs = require('fs');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { Member, ApiClient } = require('../models');

const cookieExtractor = (req) => (req && req.cookies ? req.cookies.access_token : null);

// Member-facing API: tokens from our own IdP.
passport.use(
  'jwt',
  // safe: jwt-none-algorithm
  // safe: jwt-claims-not-validated
  // safe: jwt-weak-secret
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), cookieExtractor]),
      secretOrKey: fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH),
      algorithms: ['RS256'],
      issuer: 'https://id.bookclub.app',
      audience: 'bookclub-api',
    },
    async (payload, done) => {
      try {
        const member = await Member.findByPk(payload.sub);
        return done(null, member || false);
      } catch (err) {
        return done(err, false);
      }
    }
  )
);

// Partner integrations (legacy): partners never refresh their tokens.
passport.use(
  'partner-jwt',
  // expect: jwt-weak-secret
  // expect: jwt-claims-not-validated
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromHeader('x-partner-token'),
      secretOrKey: process.env.PARTNER_JWT_SECRET || 'partner-secret',
      algorithms: ['HS256'],
      issuer: 'bookclub-partners',
      audience: 'bookclub-api',
      ignoreExpiration: true,
    },
    async (payload, done) => {
      const client = await ApiClient.findOne({ where: { slug: payload.sub } });
      return done(null, client || false);
    }
  )
);

// Admin console.
passport.use(
  'admin-jwt',
  // expect: jwt-none-algorithm
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.ADMIN_JWT_KEY,
      algorithms: ['HS256', 'RS256'],
      issuer: 'https://id.bookclub.app',
      audience: 'bookclub-admin',
    },
    async (payload, done) => {
      const member = await Member.findByPk(payload.sub);
      return done(null, member && member.role === 'admin' ? member : false);
    }
  )
);

module.exports = passport;
