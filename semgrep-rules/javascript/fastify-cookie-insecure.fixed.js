const fastify = require('fastify')();
fastify.register(require('@fastify/cookie'));

fastify.post('/login', async (request, reply) => {
  const token = await authenticate(request.body);
  // ruleid: fastify-cookie-insecure
  reply.setCookie('token', token, { path: '/' });
  // ruleid: fastify-cookie-insecure
  reply.setCookie('sessionId', token);
  // ruleid: fastify-cookie-insecure
  reply.setCookie('refresh', refreshToken, { httpOnly: true, secure: true, sameSite: 'none' });
  // ok: fastify-cookie-insecure
  reply.setCookie('token', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: fastify-cookie-insecure
  reply.setCookie('lang', 'en', { path: '/' });
  return { ok: true };
});
