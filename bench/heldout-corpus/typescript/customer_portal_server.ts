import express, { type Request, type Response, type NextFunction } from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';
import { randomUUID } from 'node:crypto';
import { verifyPassword } from './passwords';
import { customers } from './customers.repo';

declare module 'express-session' {
  interface SessionData {
    customerId: string;
    cartId: string;
  }
}

// expect: session-weak-secret
const SESSION_SECRET = 'changeme';
const portal = express();
const marketing = express();

portal.use(express.json());
// expect: session-no-expiry
portal.use(session({
  name: 'portal.sid',
  secret: SESSION_SECRET,
  // expect: session-insecure-store
  store: new session.MemoryStore(),
  resave: false,
  saveUninitialized: true,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));

portal.post('/login', async (req: Request, res: Response, next: NextFunction) => {
  const customer = await customers.byEmail(req.body.email);
  if (!customer || !(await verifyPassword(req.body.password, customer.passwordHash))) {
    res.status(401).json({ error: 'invalid credentials' });
    return;
  }
  const cartId = req.session.cartId;
  // safe: session-fixation
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.customerId = customer.id;
    if (cartId) req.session.cartId = cartId;
    return res.json({ id: customer.id });
  });
});

portal.post('/remember-device', (req: Request, res: Response) => {
  if (!req.session.customerId) {
    res.sendStatus(401);
    return;
  }
  const deviceToken = randomUUID();
  void customers.saveDeviceToken(req.session.customerId, deviceToken);
  // expect: session-cookie-insecure
  res.cookie('portal_device', deviceToken, { httpOnly: true, sameSite: 'none', maxAge: 90 * 24 * 3600 * 1000 });
  res.sendStatus(204);
});

portal.post('/cart', (req: Request, res: Response) => {
  req.session.cartId = req.session.cartId ?? randomUUID();
  res.json({ cartId: req.session.cartId });
});

marketing.use(cookieSession({
  name: 'mkt',
  // safe: session-weak-secret
  keys: [process.env.MKT_COOKIE_KEY_CURRENT as string, process.env.MKT_COOKIE_KEY_PREVIOUS as string],
  // safe: session-no-expiry
  maxAge: 60 * 60 * 1000,
  // safe: session-cookie-insecure
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
}));

marketing.get('/landing/:campaign', (req: Request, res: Response) => {
  if (req.session && !req.session.variant) {
    // safe: session-insecure-store
    req.session.variant = Math.random() < 0.5 ? 'a' : 'b';
  }
  res.render('landing', { campaign: req.params.campaign, variant: req.session?.variant });
});

const app = express();
app.set('trust proxy', 1);
app.use('/portal', portal);
app.use('/m', marketing);
app.listen(Number(process.env.PORT ?? 8080));
