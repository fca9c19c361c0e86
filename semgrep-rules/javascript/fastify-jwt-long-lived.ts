import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';

export async function authPlugin(app: FastifyInstance) {
  await app.register(fastifyJwt, {
    secret: process.env.JWT_SECRET as string,
    // ruleid: fastify-jwt-long-lived
    sign: { algorithm: 'HS256', expiresIn: '2 days', iss: 'api' },
  });

  await app.register(fastifyJwt, {
    namespace: 'refresh',
    secret: process.env.REFRESH_SECRET as string,
    // ruleid: fastify-jwt-long-lived
    sign: { expiresIn: 60 * 60 * 24 },
  });

  await app.register(fastifyJwt, {
    namespace: 'short',
    secret: process.env.JWT_SECRET as string,
    // ok: fastify-jwt-long-lived
    sign: { algorithm: 'HS256', expiresIn: '10m' },
  });

  await app.register(fastifyJwt, {
    namespace: 'short2',
    secret: process.env.JWT_SECRET as string,
    // ok: fastify-jwt-long-lived
    sign: { expiresIn: 900 },
    // ok: fastify-jwt-long-lived
    verify: { maxAge: '7d' },
  });

  await app.register(fastifyJwt, {
    namespace: 'env',
    secret: process.env.JWT_SECRET as string,
    // ok: fastify-jwt-long-lived
    sign: { expiresIn: process.env.JWT_TTL },
  });

  app.post('/login', async (request, reply) => {
    // ruleid: fastify-jwt-long-lived
    const token = await reply.jwtSign({ sub: 'u1' }, { expiresIn: '30d' });
    // ok: fastify-jwt-long-lived
    const shortToken = await reply.jwtSign({ sub: 'u1' }, { expiresIn: '5m' });
    // ruleid: fastify-jwt-long-lived
    const other = app.jwt.sign({ sub: 'u1' }, { expiresIn: '12h' });
    return { token, shortToken, other };
  });
}

function unrelated(cache: any) {
  // ok: fastify-jwt-long-lived
  cache.register(plugin, { sign: { expiresIn: '7d' } });
}
