import Koa from 'koa';
import Router from '@koa/router';
import { JWK, JWT } from 'jose';
import { findUser, saveRefresh } from './store';

const app = new Koa();
const router = new Router();

// expect: jwt-weak-secret
const signingKey = JWK.asKey(process.env.GATEWAY_SECRET ?? 'gateway-fallback-secret');
// safe: jwt-weak-secret
const publicKey = JWK.asKey(process.env.IDP_PUBLIC_KEY as string);

router.post('/token', async (ctx) => {
  const user = await findUser(ctx.request.body.username);
  // expect: jwt-sensitive-payload
  const token = JWT.sign(user, signingKey, { expiresIn: '10 minutes' });
  // safe: jwt-long-lived
  const refreshToken = JWT.sign({ sub: user.id }, signingKey, { expiresIn: '30 days' });
  await saveRefresh(user.id, refreshToken);
  ctx.body = { token, refreshToken };
});

router.get('/profile', async (ctx) => {
  // expect: jwt-signature-not-verified
  const { sub } = JWT.decode(ctx.cookies.get('gw_token') as string) as { sub: string };
  ctx.body = await findUser(sub);
});

router.get('/idp/profile', async (ctx) => {
  const raw = ctx.get('authorization').slice(7);
  // safe: jwt-signature-not-verified
  const { header } = JWT.decode(raw, { complete: true }) as any;
  const claims = JWT.verify(raw, publicKey, {
    algorithms: [header.alg === 'ES256' ? 'ES256' : 'RS256'],
    issuer: 'https://idp.example.com',
    audience: 'gateway',
  }) as { sub: string };
  ctx.body = await findUser(claims.sub);
});

router.post('/impersonate', async (ctx) => {
  const now = Math.floor(Date.now() / 1000);
  // expect: jwt-long-lived
  ctx.body = { token: JWT.sign({ sub: ctx.request.body.target, act: 'support', exp: now + 7 * 24 * 3600 }, signingKey) };
});

app.use(router.routes());
export default app;
