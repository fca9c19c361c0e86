import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';

export async function authPlugin(app: FastifyInstance) {
  await app.register(fastifyJwt, {
    namespace: 'magic',
    secret: process.env.MAGIC_SECRET as string,
    verify: {
      algorithms: ['HS256'],
      // ruleid: fastify-jwt-ignore-expiration
      ignoreExpiration: false,
    },
  });

  await app.register(fastifyJwt, {
    secret: process.env.JWT_SECRET as string,
    // ok: fastify-jwt-ignore-expiration
    verify: { algorithms: ['HS256'], ignoreExpiration: false },
  });

  app.get('/me', async (request) => {
    // ruleid: fastify-jwt-ignore-expiration
    const claims = await request.jwtVerify({ ignoreExpiration: false });
    // ok: fastify-jwt-ignore-expiration
    const fresh = await request.jwtVerify({ maxAge: '15m' });
    return { claims, fresh };
  });

  app.post('/refresh', async (request) => {
    // ruleid: fastify-jwt-ignore-expiration
    const old = app.jwt.verify(request.body.token, { ignoreExpiration: false });
    return old;
  });
}

function unrelated(plugins: any, cache: any) {
  // ok: fastify-jwt-ignore-expiration
  plugins.register(somePlugin, { verify: { ignoreExpiration: true } });
}
