const { Strategy, ExtractJwt } = require("passport-jwt");

// ruleid: passport-jwt-without-audience-issuer
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);
// ruleid: passport-jwt-without-audience-issuer
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, issuer: "https://auth.example.com" }, verifyUser);
// ok: passport-jwt-without-audience-issuer
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, issuer: "https://auth.example.com", audience: "api" }, verifyUser);
