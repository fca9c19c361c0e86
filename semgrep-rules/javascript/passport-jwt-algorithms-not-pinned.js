const { Strategy, ExtractJwt } = require("passport-jwt");

// ruleid: passport-jwt-algorithms-not-pinned
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey }, verifyUser);
// ok: passport-jwt-algorithms-not-pinned
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256", "HS256"] }, verifyUser);
// ok: passport-jwt-algorithms-not-pinned
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);

// options filled in property by property, as in the passport-jwt README
module.exports = function configure(passport, settings) {
  const opts = {};
  opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
  // ruleid: passport-jwt-algorithms-not-pinned
  opts.secretOrKey = settings.tokenKey;
  passport.use(new Strategy(opts, verifyUser));
};

module.exports.pinned = function configurePinned(passport, settings) {
  const opts = {};
  opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
  // ok: passport-jwt-algorithms-not-pinned
  opts.secretOrKey = settings.tokenKey;
  opts.algorithms = ["HS256"];
  passport.use(new Strategy(opts, verifyUser));
};
