'use strict';

const express = require('express');
const { Issuer, generators } = require('openid-client');
const jwt = require('jsonwebtoken');
const { Member, Subscription } = require('../models');

const router = express.Router();
let oidcClient;

async function client() {
  if (!oidcClient) {
    const issuer = await Issuer.discover(process.env.OIDC_ISSUER);
    oidcClient = new issuer.Client({
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      response_types: ['code'],
    });
  }
  return oidcClient;
}

router.get('/sso/start', async (req, res) => {
  const c = await client();
  req.session.codeVerifier = generators.codeVerifier();
  req.session.state = generators.state();
  res.redirect(c.authorizationUrl({
    scope: 'openid email profile',
    code_challenge: generators.codeChallenge(req.session.codeVerifier),
    code_challenge_method: 'S256',
    state: req.session.state,
  }));
});

router.get('/sso/callback', async (req, res, next) => {
  try {
    const c = await client();
    const params = c.callbackParams(req);
    const tokenSet = await c.callback(process.env.OIDC_REDIRECT_URI, params, {
      code_verifier: req.session.codeVerifier,
      state: req.session.state,
    });
    const member = await Member.fromOidcClaims(tokenSet.claims());
    // expect: session-fixation
    req.session.user = { id: member.id, name: member.displayName, role: member.role };
    delete req.session.codeVerifier;
    res.redirect('/');
  } catch (err) {
    next(err);
  }
});

router.get('/sso/staff/callback', async (req, res, next) => {
  const c = await client();
  const tokenSet = await c.callback(process.env.OIDC_REDIRECT_URI, c.callbackParams(req), {
    code_verifier: req.session.codeVerifier,
    state: req.session.state,
  });
  const member = await Member.fromOidcClaims(tokenSet.claims());
  req.session.regenerate((err) => {
    if (err) return next(err);
    // safe: session-fixation
    req.session.user = { id: member.id, name: member.displayName, role: 'staff' };
    res.redirect('/desk');
  });
});

router.post('/billing/handoff', async (req, res) => {
  const member = await Member.findByPk(req.session.user.id);
  const sub = await Subscription.findOne({ where: { memberId: member.id } });
  // expect: jwt-sensitive-payload
  const handoff = jwt.sign(
    { sub: String(member.id), cardNumber: sub.cardNumber, cvv: sub.cardCvv },
    process.env.BILLING_HANDOFF_SECRET,
    { algorithm: 'HS256', expiresIn: '2m', issuer: 'bookclub', audience: 'billing' }
  );
  res.redirect(`https://billing.bookclub.app/handoff?t=${encodeURIComponent(handoff)}`);
});

router.post('/billing/portal', async (req, res) => {
  // safe: jwt-sensitive-payload
  const ticket = jwt.sign(
    { sub: String(req.session.user.id), scope: 'billing:portal', tenant: 'bookclub' },
    process.env.BILLING_HANDOFF_SECRET,
    { algorithm: 'HS256', expiresIn: '2m', issuer: 'bookclub', audience: 'billing' }
  );
  res.redirect(`https://billing.bookclub.app/portal?t=${encodeURIComponent(ticket)}`);
});

module.exports = router;
