const { Strategy, ExtractJwt } = require("passport-jwt");

// ruleid: passport-jwt-algorithms-not-pinned
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey }, verifyUser);
// ruleid: passport-jwt-algorithms-not-pinned
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256", "HS256"] }, verifyUser);
// ok: passport-jwt-algorithms-not-pinned
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);
