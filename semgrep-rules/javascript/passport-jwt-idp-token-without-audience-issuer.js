const { Strategy, ExtractJwt } = require("passport-jwt");
const { passportJwtSecret } = require("jwks-rsa");

// ruleid: passport-jwt-idp-token-without-audience-issuer
const a = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ["RS256"] }, verifyUser);
// ruleid: passport-jwt-idp-token-without-audience-issuer
const b = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: fs.readFileSync("keys/public.pem"), issuer: "https://auth.example.com" }, verifyUser);
// ruleid: passport-jwt-idp-token-without-audience-issuer
const c = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri: "https://idp.example.com/.well-known/jwks.json" }), algorithms: ["RS256"] }, verifyUser);
// ok: passport-jwt-idp-token-without-audience-issuer
const d = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri: "https://idp.example.com/.well-known/jwks.json" }), issuer: "https://idp.example.com/", audience: "orders-api" }, verifyUser);
// the app's own secret: hardening, passport-jwt-without-audience-issuer
// ok: passport-jwt-idp-token-without-audience-issuer
const e = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verifyUser);
