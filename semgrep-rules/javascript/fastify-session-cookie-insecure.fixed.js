import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

const app = Fastify();
app.register(fastifyCookie);
// ruleid: fastify-session-cookie-insecure
app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, maxAge: 1800000 } });

// ruleid: fastify-session-cookie-insecure
const sessionConfig = {
  secret: process.env.SESSION_SECRET,
  cookie: { httpOnly: true },
};
app.register(fastifySession, sessionConfig);

// ok: fastify-session-cookie-insecure
app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax', maxAge: 1800000 } });
// ok: fastify-session-cookie-insecure
app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: 'auto' } });
