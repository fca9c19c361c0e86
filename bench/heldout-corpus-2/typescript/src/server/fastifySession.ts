import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import argon2 from 'argon2';

import { findOperatorByLogin } from './operators';

declare module 'fastify' {
  interface Session {
    operatorId?: string;
    shift?: string;
  }
}

export async function buildControlRoom() {
  const app = Fastify({ logger: true, trustProxy: true });
  await app.register(fastifyCookie);

  // safe: session-insecure-store
  const redis = createClient({ url: 'rediss://control-sessions.internal:6380' });
  await redis.connect();
  // safe: session-weak-secret
  // safe: session-cookie-insecure
  // safe: session-no-expiry
  // safe: session-insecure-store
  await app.register(fastifySession, {
    secret: process.env.CONTROL_ROOM_SESSION_SECRET as string,
    cookieName: '__Host-cr',
    store: new RedisStore({ client: redis, ttl: 6 * 3600 }),
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 6 * 3600 * 1000 },
  });

  app.post('/login', async (request: FastifyRequest<{ Body: { login: string; password: string } }>, reply: FastifyReply) => {
    const operator = await findOperatorByLogin(request.body.login);
    if (!operator || !(await argon2.verify(operator.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    await request.session.regenerate();
    // safe: session-fixation
    request.session.operatorId = operator.id;
    return { ok: true };
  });

  app.post('/logout', async (request: FastifyRequest) => {
    await request.session.destroy();
    return { ok: true };
  });

  return app;
}

/** Shared badge-reader kiosk on the control-room floor. */
export async function buildShiftKiosk() {
  const app = Fastify({ logger: true });
  await app.register(fastifyCookie);
  // expect: session-weak-secret
  // expect: session-insecure-store
  // expect: session-cookie-insecure
  await app.register(fastifySession, {
    secret: 'a secret with minimum length of 32 characters',
    cookie: { secure: false, maxAge: 8 * 3600 * 1000 },
  });

  app.post('/shift/claim', async (request: FastifyRequest<{ Body: { badge: string; pin: string } }>, reply: FastifyReply) => {
    const operator = await findOperatorByLogin(request.body.badge);
    if (!operator || !(await argon2.verify(operator.pinHash, request.body.pin))) {
      return reply.code(401).send({ error: 'invalid badge or pin' });
    }
    // expect: session-fixation
    request.session.set('operatorId', operator.id);
    request.session.set('shift', new Date().toISOString().slice(0, 10));
    return { ok: true };
  });

  return app;
}
