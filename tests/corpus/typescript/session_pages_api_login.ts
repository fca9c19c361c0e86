// pages/api/login.ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { serialize } from 'cookie';
import * as cookie from 'cookie';
import { authenticate, signSession } from '../../lib/auth';

const isProd = process.env.NODE_ENV === 'production';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) return res.status(401).json({ message: 'bad credentials' });
  const token = await signSession(user);

  if (req.query.legacy) {
    // expect: session-cookie-insecure
    res.setHeader('Set-Cookie', `token=${token}; Path=/; Max-Age=86400`);
  } else if (req.query.embed) {
    // expect: session-cookie-insecure
    res.setHeader('Set-Cookie', serialize('session_id', token, { path: '/', sameSite: 'none' }));
  } else if (req.query.mobile) {
    // expect: session-cookie-insecure
    res.setHeader('Set-Cookie', cookie.serialize('auth', token, { httpOnly: true, secure: false, sameSite: 'strict', path: '/' }));
  } else {
    // safe: session-cookie-insecure
    res.setHeader(
      'Set-Cookie',
      serialize('token', token, { httpOnly: true, secure: isProd, sameSite: 'strict', path: '/', maxAge: 60 * 60 })
    );
  }
  // safe: session-cookie-insecure
  res.setHeader('Set-Cookie', `token=${token}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  res.status(200).json({ id: user.id });
}
