const fastify = require('fastify')();
const fastifySession = require('@fastify/session');
const fastifyCookie = require('@fastify/cookie');
const secureSession = require('@fastify/secure-session');
// ruleid: fastify-weak-secret
fastify.register(fastifyCookie, { secret: 'my-secret' });
// ruleid: fastify-weak-secret
fastify.register(fastifySession, { secret: 'a secret with minimum length of 32 characters' });
// ruleid: fastify-weak-secret
fastify.register(secureSession, { key: Buffer.from('0123456789abcdef0123456789abcdef', 'hex') });
// ok: fastify-weak-secret
fastify.register(fastifySession, { secret: process.env.SESSION_SECRET });
// ok: fastify-weak-secret
fastify.register(secureSession, { key: Buffer.from(process.env.SESSION_KEY, 'hex') });
