const fastifySession = require('@fastify/session');
// ruleid: fastify-session-memory-store
fastify.register(fastifySession, { secret: process.env.S, cookie: { secure: true } });
// ok: fastify-session-memory-store
fastify.register(fastifySession, { secret: process.env.S, store: new RedisStore({ client }) });
