import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await createSession(req.body);
  // ruleid: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', `token=${token}; Path=/; Max-Age=3600`);
  // ruleid: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', `session_id=${token}; Path=/; HttpOnly; SameSite=Lax`);
  // ruleid: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', 'auth=' + token + '; Secure; SameSite=None');
  // ok: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', `token=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
  // ok: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', `locale=${req.query.lang}; Path=/`);
  // ok: nextjs-set-cookie-header-insecure
  res.setHeader('Set-Cookie', serialize('token', token, cookieOpts));
  res.status(200).json({ ok: true });
}
