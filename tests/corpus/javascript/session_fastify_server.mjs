import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import bcrypt from 'bcrypt';
import { getUserByEmail } from './db.mjs';

const fastify = Fastify({ logger: true });

// expect: session-insecure-store
const redis = new Redis('redis://session-cache:6379');

// expect: session-weak-secret
fastify.register(fastifyCookie, { secret: 'my-cookie-secret' });

fastify.register(fastifySession, {
  // expect: session-weak-secret
  secret: 'a secret with minimum length of 32 characters',
  store: new RedisStore({ client: redis, ttl: 3600 }),
  // expect: session-cookie-insecure
  cookie: { secure: false, maxAge: 60 * 60 * 1000 },
});

fastify.post('/login', async (request, reply) => {
  const { email, password } = request.body;
  const user = await getUserByEmail(email);
  const passwordOk = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!passwordOk) {
    return reply.code(401).send({ error: 'invalid credentials' });
  }
  // expect: session-fixation
  request.session.user = { id: user.id, email: user.email };
  return { ok: true };
});

fastify.post('/login/safe', async (request, reply) => {
  const { email, password } = request.body;
  const user = await getUserByEmail(email);
  const passwordOk = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!passwordOk) {
    return reply.code(401).send({ error: 'invalid credentials' });
  }
  await request.session.regenerate();
  // safe: session-fixation
  request.session.user = { id: user.id, email: user.email };
  return { ok: true };
});

fastify.post('/token', async (request, reply) => {
  const token = await mintToken(request.body);
  // expect: session-cookie-insecure
  reply.setCookie('token', token, { path: '/' });
  // safe: session-cookie-insecure
  reply.setCookie('sessionToken', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  // safe: session-cookie-insecure
  reply.setCookie('ui-theme', request.body.theme, { path: '/' });
  return { ok: true };
});

await fastify.listen({ port: 3000 });
