// settings.js: loaded by the API and the worker. Values here are defaults for local runs.
module.exports = {
  listenPort: Number(process.env.PORT || 4100),
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost/tickets',
  // expect: jwt-weak-secret
  secret: 'tickets-local-secret',
  // expect: session-weak-secret
  cookieSecret: 'tickets-cookie-signing',
  // safe: session-weak-secret
  sessionName: 'tickets.sid',
  // safe: jwt-weak-secret
  tokenKey: process.env.TICKETS_JWT_KEY,
};
