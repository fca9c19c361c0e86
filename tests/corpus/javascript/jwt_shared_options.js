// Ticketing API: token helpers shared by the REST controllers and the websocket gateway.
const jwt = require('jsonwebtoken');
const { ExtractJwt, Strategy: BearerStrategy } = require('passport-jwt');
const { expressjwt } = require('express-jwt');
const settings = require('./tickets_settings');

// Legacy options kept for the old mobile client; every controller imports them.
const legacyVerifyOptions = {
  issuer: 'tickets-api',
  // expect: jwt-none-algorithm
  algorithms: ['HS384', 'none'],
  // expect: jwt-claims-not-validated
  ignoreExpiration: true,
};

const currentVerifyOptions = {
  issuer: 'tickets-api',
  audience: 'tickets-web',
  // safe: jwt-none-algorithm
  algorithms: ['HS384'],
  // safe: jwt-claims-not-validated
  ignoreExpiration: false,
};

module.exports = {
  legacyUser(req) {
    const raw = (req.headers.authorization || '').replace(/^Bearer /, '');
    // no audience in the legacy options (hardening: the key is the API's own)
    // expect: jwt-claims-not-validated
    return jwt.verify(raw, process.env.TICKETS_JWT_KEY, legacyVerifyOptions);
  },

  currentUser(req) {
    const raw = (req.headers.authorization || '').replace(/^Bearer /, '');
    return jwt.verify(raw, process.env.TICKETS_JWT_KEY, currentVerifyOptions);
  },

  // Attachment links: the signed value is only the attachment id, used as an unguessable path.
  attachmentPath(attachment) {
    // safe: jwt-long-lived
    return '/files/' + jwt.sign(attachment.id, process.env.TICKETS_FILE_KEY);
  },

  // One-time magic link: the link handler rejects it ten minutes after createdAt.
  magicLink(user) {
    // safe: jwt-long-lived
    return jwt.sign({ uid: user.id, createdAt: Date.now(), purpose: 'magic-link' }, process.env.TICKETS_LINK_KEY);
  },

  // The support widget trusts whatever the browser sends in x-widget-token.
  widgetUser(req) {
    const raw = req.headers['x-widget-token'];
    // expect: jwt-signature-not-verified
    const claims = jwt.decode(raw);
    return claims && claims.agent ? { agent: true, id: claims.sub } : null;
  },

  bearerStrategy(passport) {
    const opts = {};
    opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
    // expect: jwt-none-algorithm
    opts.secretOrKey = settings.tokenKey;
    passport.use(new BearerStrategy(opts, (claims, done) => done(null, { id: claims.sub })));
  },

  pinnedBearerStrategy(passport) {
    const opts = {};
    opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
    // safe: jwt-none-algorithm
    opts.secretOrKey = settings.tokenKey;
    opts.algorithms = ['HS384'];
    passport.use(new BearerStrategy(opts, (claims, done) => done(null, { id: claims.sub })));
  },

  gatewayGuard: expressjwt({
    // expect: jwt-weak-secret
    secret: process.env.TICKETS_JWT_KEY || 'tickets-dev-key',
    algorithms: ['HS384'],
    isRevoked: async (req, token) => revokedTokenIds.has(token.payload.jti),
  }),
};
