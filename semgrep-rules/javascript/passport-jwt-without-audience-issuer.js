const { Strategy, ExtractJwt } = require("passport-jwt");

// ruleid: passport-jwt-without-audience-issuer
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ["HS256"] }, verifyUser);
// ruleid: passport-jwt-without-audience-issuer
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwt.secret, issuer: "https://auth.example.com" }, verifyUser);
// ok: passport-jwt-without-audience-issuer
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, issuer: "https://auth.example.com", audience: "api" }, verifyUser);
// an identity provider's public key: passport-jwt-idp-token-without-audience-issuer
// ok: passport-jwt-without-audience-issuer
const d = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);
// ok: passport-jwt-without-audience-issuer
const e = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri: "https://idp.example.com/.well-known/jwks.json" }) }, verifyUser);
