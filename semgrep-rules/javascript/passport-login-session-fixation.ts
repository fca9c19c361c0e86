import express, { Request, Response } from 'express';
import passport from 'passport';

const router = express.Router();

// ruleid: passport-login-session-fixation
router.post('/login', passport.authenticate('local', { failureRedirect: '/login', failureFlash: true }), (req: Request, res: Response) => res.redirect('/'));

// ok: passport-login-session-fixation
router.get('/api/orders', passport.authenticate('headerapikey', { session: false }), (req: Request, res: Response) => res.json([]));

router.get('/logout', (request: Request, res: Response) => {
  request.logOut();
  res.redirect('/');
});

export default router;
