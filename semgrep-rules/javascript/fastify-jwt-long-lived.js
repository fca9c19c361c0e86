const fastify = require('fastify')();

// ruleid: fastify-jwt-long-lived
fastify.register(require('@fastify/jwt'), { secret: process.env.SECRET, sign: { expiresIn: '7d' } });

// ok: fastify-jwt-long-lived
fastify.register(require('@fastify/jwt'), { secret: process.env.SECRET, sign: { expiresIn: '15m' } });

const jwtPlugin = require('fastify-jwt');
// ruleid: fastify-jwt-long-lived
fastify.register(jwtPlugin, { secret: process.env.SECRET, sign: { expiresIn: 86400 } });
