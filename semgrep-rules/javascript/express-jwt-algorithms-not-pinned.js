const jwt = require("express-jwt");
const jwks = require("jwks-rsa");

// ruleid: express-jwt-algorithms-not-pinned
const legacy = jwt({ secret: process.env.JWT_SECRET, credentialsRequired: true });
const options = { secret: jwks.expressJwtSecret({ jwksUri: JWKS_URI }) };
// ruleid: express-jwt-algorithms-not-pinned
const viaOptions = jwt(options);
// ok: express-jwt-algorithms-not-pinned
const pinned = jwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"] });
// a list with "none" is the other rule's (express-jwt-algorithms-none-or-mixed)
// ok: express-jwt-algorithms-not-pinned
const none = jwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256", "none"] });
