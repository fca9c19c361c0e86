import { sign as signJwt } from 'hono/jwt';
import { Jwt } from 'hono/utils/jwt';

export async function issue(secret) {
  // ruleid: hono-jwt-long-lived
  const a = await signJwt({ sub: 'u1', role: 'user' }, secret);
  // ruleid: hono-jwt-long-lived
  const b = await Jwt.sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
  // ok: hono-jwt-long-lived
  const c = await Jwt.sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 600 }, secret);
  return [a, b, c];
}

function unrelated(crypto, data) {
  // ok: hono-jwt-long-lived
  return crypto.sign({ data }, 'key');
}
