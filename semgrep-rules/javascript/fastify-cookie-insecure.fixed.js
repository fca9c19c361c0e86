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


// cookies that carry no credential
async function rememberLoginChoice(request, reply) {
  // ok: fastify-cookie-insecure
  reply.setCookie('auth_return_to', request.query.returnTo, { httpOnly: true });
  // ok: fastify-cookie-insecure
  reply.setCookie('login_provider', request.query.provider, { httpOnly: true });
  // ok: fastify-cookie-insecure
  reply.setCookie('anonymous_id', request.id, { httpOnly: true });
  // ruleid: fastify-cookie-insecure
  reply.setCookie('refresh_token', request.query.provider, { httpOnly: true });
}
