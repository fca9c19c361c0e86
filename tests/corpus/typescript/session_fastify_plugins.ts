import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifySession from '@fastify/session';
import secureSession from '@fastify/secure-session';
import fastifyCookie from '@fastify/cookie';
import RedisStore from 'connect-redis';
import { Redis } from 'ioredis';

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  // safe: session-insecure-store
  const client = new Redis(process.env.REDIS_URL as string, { tls: {} });
  // safe: session-weak-secret
  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  // safe: session-insecure-store
  // safe: session-cookie-insecure
  await app.register(fastifySession, {
    // safe: session-weak-secret
    secret: process.env.SESSION_SECRET as string,
    store: new RedisStore({ client, ttl: 1800 }) as any,
    cookieName: '__Host-sid',
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 30 * 60 * 1000 },
  });
});

export const widgetPlugin = fp(async (app: FastifyInstance) => {
  // expect: session-insecure-store
  await app.register(fastifySession, {
    secret: process.env.WIDGET_SESSION_SECRET as string,
    cookie: { secure: 'auto', maxAge: 15 * 60 * 1000 },
  });
});

export const securePlugin = fp(async (app: FastifyInstance) => {
  await app.register(secureSession, {
    sessionName: 'session',
    cookieName: 'my-session-cookie',
    // expect: session-weak-secret
    key: Buffer.from('4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85', 'hex'),
    // expect: session-cookie-insecure
    cookie: { path: '/', httpOnly: false },
  });
});
