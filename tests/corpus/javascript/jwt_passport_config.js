// Passport strategies for the mobile API.
const passport = require("passport");
const { Strategy: JwtStrategy, ExtractJwt } = require("passport-jwt");
const { User } = require("./models");

const MOBILE_SECRET = "mobile-app-secret-2019";

async function findUser(payload, done) {
  try {
    const user = await User.findById(payload.sub);
    return done(null, user || false);
  } catch (err) {
    return done(err, false);
  }
}

passport.use(
  "mobile",
  // expect: jwt-weak-secret, jwt-none-algorithm, jwt-claims-not-validated
  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: MOBILE_SECRET }, findUser),
);

const adminOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.ADMIN_JWT_PUBLIC_KEY,
  algorithms: ["RS256"],
  issuer: "https://auth.example.com",
  audience: "admin-console",
};
// safe: jwt-weak-secret, jwt-none-algorithm, jwt-claims-not-validated
passport.use("admin", new JwtStrategy(adminOptions, findUser));

passport.use(
  "kiosk",
  new JwtStrategy(
    // expect: jwt-claims-not-validated
    { jwtFromRequest: ExtractJwt.fromHeader("x-kiosk-token"), secretOrKey: process.env.KIOSK_KEY, algorithms: ["ES256"], issuer: "kiosk-auth", audience: "kiosk", ignoreExpiration: true },
    findUser,
  ),
);

passport.use(
  "partner",
  new JwtStrategy(
    // expect: jwt-none-algorithm, jwt-weak-secret, jwt-claims-not-validated
    { jwtFromRequest: ExtractJwt.fromUrlQueryParameter("token"), secretOrKey: process.env.PARTNER_KEY ?? "partner", algorithms: ["HS256", "RS256", "none"] },
    findUser,
  ),
);

module.exports = passport;
