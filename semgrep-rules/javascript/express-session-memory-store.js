const session = require('express-session');
const RedisStore = require('connect-redis').default;
// ruleid: express-session-memory-store
app.use(session({ secret: process.env.S, resave: false }));
// ruleid: express-session-memory-store
app.use(session({ secret: process.env.S, store: new session.MemoryStore() }));
// ok: express-session-memory-store
app.use(session({ secret: process.env.S, store: new RedisStore({ client }) }));
// ruleid: express-session-memory-store
app.use(require('express-session')({ secret: process.env.S }));
// ok: express-session-memory-store
var sess = { secret: process.env.S };
sess.store = new RedisStore({ client });
app.use(session(sess));
