const { Strategy, ExtractJwt } = require("passport-jwt");

// ok: passport-jwt-algorithms-none-or-mixed
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_KEY }, verifyUser);
// ruleid: passport-jwt-algorithms-none-or-mixed
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);
// ruleid: passport-jwt-algorithms-none-or-mixed
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromHeader("x-auth"), secretOrKey: process.env.JWT_KEY, algorithms: ["HS256"] }, verifyUser);
// ok: passport-jwt-algorithms-none-or-mixed
const d = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256", "RS512"] }, verifyUser);
