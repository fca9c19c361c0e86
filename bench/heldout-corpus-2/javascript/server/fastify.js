'use strict';

const fastify = require('fastify')({ logger: true });
const argon2 = require('argon2');

fastify.register(require('@fastify/cookie'));

// safe: jwt-weak-secret
fastify.register(require('@fastify/jwt'), {
  secret: {
    private: process.env.JWT_PRIVATE_KEY,
    public: process.env.JWT_PUBLIC_KEY,
  },
  sign: { algorithm: 'ES256', iss: 'https://rota.example.com', aud: 'rota', expiresIn: '10m' },
  verify: { algorithms: ['ES256'], allowedIss: 'https://rota.example.com', allowedAud: 'rota' },
  cookie: { cookieName: 'rota_at', signed: false },
});

fastify.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.code(401).send({ error: 'unauthorized' });
  }
});

fastify.post('/login', async (request, reply) => {
  const { email, password } = request.body;
  const user = await fastify.db.users.findByEmail(email);
  if (!user || !(await argon2.verify(user.passwordHash, password))) {
    return reply.code(401).send({ error: 'invalid credentials' });
  }
  // safe: jwt-long-lived
  // safe: jwt-sensitive-payload
  const token = await reply.jwtSign({ sub: user.id, roles: user.roles });
  // safe: session-cookie-insecure
  reply.setCookie('rota_at', token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: 600,
  });
  return { ok: true };
});

fastify.post('/shift-links', { onRequest: [fastify.authenticate] }, async (request) => {
  // expect: jwt-long-lived
  const link = await fastify.jwt.sign({ sub: request.user.sub, shift: request.body.shiftId }, { expiresIn: '7d' });
  return { url: `https://rota.example.com/s/${link}` };
});

fastify.post('/logout', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  // expect: jwt-no-revocation
  reply.clearCookie('rota_at', { path: '/' });
  return { ok: true };
});

fastify.post('/export', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const user = await fastify.db.users.findById(request.user.sub);
  // expect: jwt-sensitive-payload
  const exportToken = fastify.jwt.sign({ sub: user.id, email: user.email, passwordHash: user.passwordHash }, { expiresIn: '5m' });
  // expect: session-cookie-insecure
  reply.setCookie('export_token', exportToken, { path: '/export' });
  return reply.redirect('/export/download');
});

fastify.listen({ port: Number(process.env.PORT) || 3001, host: '0.0.0.0' });
