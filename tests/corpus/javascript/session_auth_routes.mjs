import { Router } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { findUserByEmail, saveRefreshToken } from '../services/users.mjs';

const router = Router();

const ACCESS_TTL_S = 15 * 60;
const secureCookie = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' };

function issueTokens(user) {
  const accessToken = jwt.sign({ sub: user.id }, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: ACCESS_TTL_S });
  const refreshToken = crypto.randomUUID();
  return { accessToken, refreshToken };
}

router.post('/login', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  const { accessToken, refreshToken } = issueTokens(user);
  await saveRefreshToken(user.id, refreshToken);

  // expect: session-cookie-insecure
  res.cookie('access_token', accessToken);
  // expect: session-cookie-insecure
  res.cookie('refresh_token', refreshToken, { httpOnly: true, maxAge: 7 * 24 * 3600 * 1000 });
  res.json({ user: { id: user.id, email: user.email } });
});

router.post('/login/legacy', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
  if (!ok) return res.sendStatus(401);
  const { accessToken } = issueTokens(user);
  // expect: session-cookie-insecure
  res.cookie('auth', accessToken, { httpOnly: false, secure: true, sameSite: 'lax' });
  // expect: session-cookie-insecure
  res.cookie('jwt', accessToken, { httpOnly: true, sameSite: 'none' });
  res.redirect('/app');
});

router.post('/login/v2', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  const { accessToken, refreshToken } = issueTokens(user);
  await saveRefreshToken(user.id, refreshToken);
  // safe: session-cookie-insecure
  res.cookie('access_token', accessToken, { ...secureCookie, maxAge: ACCESS_TTL_S * 1000 });
  // safe: session-cookie-insecure
  res.cookie('refresh_token', refreshToken, secureCookie);
  // safe: session-cookie-insecure
  res.cookie('session', refreshToken, { httpOnly: true, secure: process.env.NODE_ENV !== 'development', sameSite: 'lax' });
  // safe: session-cookie-insecure
  res.cookie('locale', req.acceptsLanguages()[0] ?? 'en', { maxAge: 365 * 24 * 3600 * 1000 });
  res.json({ user: { id: user.id } });
});

// expect: jwt-no-revocation
router.post('/logout', (req, res) => {
  res.clearCookie('access_token');
  res.clearCookie('refresh_token');
  res.sendStatus(204);
});

export default router;
