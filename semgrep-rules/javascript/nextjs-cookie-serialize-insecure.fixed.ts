import { serialize } from 'cookie';
import * as cookie from 'cookie';

export default function handler(req, res) {
  const token = sign(req.user);
  // ruleid: nextjs-cookie-serialize-insecure
  res.setHeader('Set-Cookie', serialize('token', token, { path: '/', maxAge: 3600 }));
  // ruleid: nextjs-cookie-serialize-insecure
  const c = cookie.serialize('session', token);
  // ruleid: nextjs-cookie-serialize-insecure
  const d = cookie.serialize('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: nextjs-cookie-serialize-insecure
  res.setHeader('Set-Cookie', serialize('token', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' }));
  // ok: nextjs-cookie-serialize-insecure
  const e = serialize('theme', 'dark', { path: '/' });
  res.end();
}
