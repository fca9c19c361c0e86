import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyJwt from '@fastify/jwt';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import { readFileSync } from 'node:fs';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; scope: string };
    user: { sub: string; scope: string };
  }
}

export default fp(async function authPlugin(app: FastifyInstance) {
  await app.register(fastifyCookie);

  await app.register(fastifyJwt, {
    // safe: jwt-weak-secret
    secret: {
      private: readFileSync(process.env.API_JWT_PRIVATE_KEY_FILE as string),
      public: readFileSync(process.env.API_JWT_PUBLIC_KEY_FILE as string),
    },
    // safe: jwt-long-lived
    sign: { algorithm: 'RS256', expiresIn: '10m', iss: 'tickets-api', aud: 'tickets-web' },
    // safe: jwt-none-algorithm
    // safe: jwt-claims-not-validated
    verify: { algorithms: ['RS256'], allowedIss: 'tickets-api', allowedAud: 'tickets-web' },
    cookie: { cookieName: 'tk_access', signed: false },
  });

  // Magic sign-in links sent by e-mail.
  await app.register(fastifyJwt, {
    namespace: 'magic',
    // expect: jwt-weak-secret
    secret: 'magic-link-secret',
    // expect: jwt-long-lived
    sign: { algorithm: 'HS256', expiresIn: '2 days', iss: 'tickets-api', aud: 'magic' },
    verify: {
      algorithms: ['HS256'],
      allowedIss: 'tickets-api',
      allowedAud: 'magic',
      // expect: jwt-claims-not-validated
      ignoreExpiration: true,
    },
  });

  // Server-rendered help-desk pages use a classic session.
  // expect: session-insecure-store
  await app.register(fastifySession, {
    cookieName: 'helpdesk.sid',
    // safe: session-weak-secret
    secret: process.env.HELPDESK_SESSION_SECRET as string,
    cookie: {
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      // safe: session-no-expiry
      maxAge: 4 * 60 * 60 * 1000,
    },
  });

  app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorized' });
    }
  });

  // Exchanges the help-desk session for an API token used by the ticket widget.
  app.post('/auth/token', async (request, reply) => {
    const sub = request.session.get('staffId') as string | undefined;
    if (!sub) return reply.code(401).send({ error: 'not signed in' });
    const token = await reply.jwtSign({ sub, scope: 'tickets' });
    // safe: session-cookie-insecure
    reply.setCookie('tk_access', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 600 });
    return { ok: true };
  });

  app.post('/auth/magic/consume', async (request, reply) => {
    const claims = await request.magicJwtVerify<{ sub: string }>();
    const token = await reply.jwtSign({ sub: claims.sub, scope: 'tickets' });
    // expect: session-cookie-insecure
    reply.setCookie('tk_access', token, { path: '/', sameSite: 'lax' });
    return reply.redirect('/tickets');
  });

  app.post('/auth/logout', async (request, reply) => {
    // expect: jwt-no-revocation
    reply.clearCookie('tk_access', { path: '/' });
    return reply.code(204).send();
  });
});
