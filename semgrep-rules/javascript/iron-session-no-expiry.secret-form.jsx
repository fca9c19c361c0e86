import React from "react";

// A secret-sharing app's request body: its `password` and `ttl` are the secret's, not a session's.
export const exampleBody = {
  text: "my secret",
  password: "optional passphrase",
  // ok: iron-session-no-expiry
  ttl: 86400,
};
