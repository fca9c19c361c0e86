const jwt = require("express-jwt");
const jwks = require("jwks-rsa");

// no list at all: a hardening note of express-jwt-algorithms-not-pinned
// ok: express-jwt-algorithms-none-or-mixed
const legacy = jwt({ secret: process.env.JWT_SECRET });
// ruleid: express-jwt-algorithms-none-or-mixed
const mixed = jwt({ secret: jwks.expressJwtSecret({ jwksUri: JWKS_URI }), algorithms: ["RS256"] });
// ok: express-jwt-algorithms-none-or-mixed
const pinned = jwt({ secret: jwks.expressJwtSecret({ jwksUri: JWKS_URI }), algorithms: ["RS256"] });
