import { expressjwt } from "express-jwt";

// ruleid: express-jwt-hardcoded-secret
export const requireAuth = expressjwt({ secret: "shhhhhhared-secret", algorithms: ["HS256"], isRevoked });
// ruleid: express-jwt-hardcoded-secret
export const optionalAuth = expressjwt({ secret: process.env.JWT_SECRET || "dev", algorithms: ["HS256"], credentialsRequired: false, isRevoked });
// ok: express-jwt-hardcoded-secret
export const strictAuth = expressjwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"], isRevoked });
// ruleid: express-jwt-hardcoded-secret
export const stagedAuth = expressjwt({ secret: process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : "dev-secret", algorithms: ["HS256"], isRevoked });
// ok: express-jwt-hardcoded-secret
export const splitAuth = expressjwt({ secret: process.env.NODE_ENV === "production" ? process.env.JWT_SECRET : process.env.DEV_JWT_SECRET, algorithms: ["HS256"], isRevoked });

export const guards = {
  required: expressjwt({
    // ruleid: express-jwt-hardcoded-secret
    secret: process.env.JWT_SECRET || "fallback-secret",
    algorithms: ["HS256"],
    isRevoked,
  }),
  optional: expressjwt({
    // ok: express-jwt-hardcoded-secret
    secret: process.env.JWT_SECRET,
    algorithms: ["HS256"],
    credentialsRequired: false,
    isRevoked,
  }),
};

// ruleid: express-jwt-hardcoded-secret
const API_JWT_SECRET = process.env.API_JWT_SECRET || "local-dev-jwt-secret";
export const apiAuth = expressjwt({ secret: API_JWT_SECRET, algorithms: ["HS256"], isRevoked });

// ok: express-jwt-hardcoded-secret
const REQUIRED_SECRET = process.env.API_JWT_SECRET;
export const requiredAuth = expressjwt({ secret: REQUIRED_SECRET, algorithms: ["HS256"], isRevoked });

// the key read from a config store by its setting name
// ok: express-jwt-hardcoded-secret
export const configAuth = expressjwt({ secret: config.get("secret"), algorithms: ["HS256"], isRevoked });
// ruleid: express-jwt-hardcoded-secret
export const configFallbackAuth = expressjwt({ secret: config.get("secret") || "changeme", algorithms: ["HS256"], isRevoked });

// keys fetched from the identity provider's JWKS endpoint: the literals are its options
// ok: express-jwt-hardcoded-secret
export const idpAuth = expressjwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: `https://${process.env.AUTH0_DOMAIN}/.well-known/jwks.json`,
  }),
  algorithms: ["RS256"],
});
