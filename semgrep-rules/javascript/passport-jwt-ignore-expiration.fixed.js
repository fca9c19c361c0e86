const passport = require("passport");
const { Strategy: JwtStrategy, ExtractJwt } = require("passport-jwt");

passport.use(
  new JwtStrategy(
    // ruleid: passport-jwt-ignore-expiration
    { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, ignoreExpiration: false },
    (payload, done) => done(null, payload),
  ),
);

// ok: passport-jwt-ignore-expiration
const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, ignoreExpiration: false };
passport.use("strict", new JwtStrategy(opts, (payload, done) => done(null, payload)));

class ApiJwtStrategy extends JwtStrategy {
  constructor(config) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // ruleid: passport-jwt-ignore-expiration
      ignoreExpiration: false,
      secretOrKey: config.jwtSecret,
    });
  }
}
