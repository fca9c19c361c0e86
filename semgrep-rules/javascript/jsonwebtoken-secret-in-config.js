// config/auth.config.js
module.exports = {
  // ruleid: jsonwebtoken-secret-in-config
  secret: process.env.SESSION_SECRET, jwtSecret: "bezkoder-secret-key",
  // ruleid: jsonwebtoken-secret-in-config
  jwtExpiration: 3600, refreshTokenSecret: process.env.REFRESH_SECRET || "refresh-secret",
  // ok: jsonwebtoken-secret-in-config
  accessTokenSecret: process.env.ACCESS_TOKEN_SECRET,
  // ok: jsonwebtoken-secret-in-config
  theme: "dark",
};

// ruleid: jsonwebtoken-secret-in-config
const JWT_SECRET = "my_jwt_secret";
// ok: jsonwebtoken-secret-in-config
const JWT_PUBLIC_KEY = fs.readFileSync("./keys/public.pem", "utf8");

export const jwtConstants = {
  // ruleid: jsonwebtoken-secret-in-config
  secret: "DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.",
};

export const sessionConfig = {
  // ok: jsonwebtoken-secret-in-config
  secret: "handled-by-the-session-rules",
};

// config/keys.js: the settings module every route requires
module.exports = {
  mongoUri: process.env.MONGO_URI,
  // ruleid: jsonwebtoken-secret-in-config
  secret: 'change-me-before-deploying',
};

module.exports = {
  // ok: jsonwebtoken-secret-in-config
  secret: process.env.APP_SECRET,
  session: {
    // ok: jsonwebtoken-secret-in-config
    secret: 'session-owned',
    resave: false,
  },
};

// The storage slot a token is kept under is a name, not a key.
// ok: jsonwebtoken-secret-in-config
const ACCESS_TOKEN_KEY = 'accessToken';
// ruleid: jsonwebtoken-secret-in-config
const ACCESS_TOKEN_SECRET = 'access-token-secret';

// Table columns of a token list: `key` is the column's field.
const TAccessToken = {
  name: 'AccessToken',
  tableHeaders: [
    // ok: jsonwebtoken-secret-in-config
    { title: 'Access_Token', key: 'token' },
    // ok: jsonwebtoken-secret-in-config
    { title: 'Created', key: 'createdAt' },
  ],
};

const jwtConfig = {
  // ruleid: jsonwebtoken-secret-in-config
  key: 'my-jwt-signing-key',
};

const { NODE_ENV } = process.env;
module.exports.authSettings = {
  // ruleid: jsonwebtoken-secret-in-config
  jwtSecret: NODE_ENV === "production" ? process.env.JWT_SECRET : "dev-jwt-secret",
  // ok: jsonwebtoken-secret-in-config
  refreshSecret: NODE_ENV === "production" ? process.env.REFRESH_SECRET : process.env.DEV_REFRESH_SECRET,
};
// ruleid: jsonwebtoken-secret-in-config
const ACCESS_SECRET = NODE_ENV !== "production" ? "local-access-secret" : process.env.ACCESS_SECRET;

// the config loader falls back to a literal when the option is missing
function buildHttpConfig(http) {
  http.jwtSecret = http?.jwtSecret ?? process.env.JWT_SECRET;
  if (!http.jwtSecret) {
    // ruleid: jsonwebtoken-secret-in-config
    http.jwtSecret = "supersecret";
  }
  // ok: jsonwebtoken-secret-in-config
  http.jwtSecret = process.env.JWT_SECRET;
  return http;
}

// a placeholder for a migration tool that reads the same env validation: not the app's key
if (!process.env.JWT_SECRET) {
  // ok: jsonwebtoken-secret-in-config
  process.env.JWT_SECRET = "securekey";
}
