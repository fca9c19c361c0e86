'use strict';

const fs = require('fs');
const path = require('path');
const { verify, TokenExpiredError } = require('jsonwebtoken');
const logger = require('./logger');

const PARTNER_PUBLIC_KEY = fs.readFileSync(path.join(__dirname, 'keys', 'partner.pem'));
const LEGACY_SHARED_SECRET = process.env.LEGACY_WEBHOOK_SECRET;

// Options for the old "billing v1" integration, kept while partners migrate.
const LEGACY_VERIFY_OPTIONS = {
  // expect: jwt-none-algorithm
  algorithms: ['HS256', 'RS256'],
  issuer: 'billing-v1',
  audience: 'webhooks',
};

const BILLING_V2_OPTIONS = {
  // safe: jwt-none-algorithm
  algorithms: ['RS256', 'RS384'],
  issuer: 'billing-v2',
  audience: 'webhooks',
};

function verifyLegacy(token) {
  const key = token.length > 600 ? PARTNER_PUBLIC_KEY : LEGACY_SHARED_SECRET;
  return verify(token, key, LEGACY_VERIFY_OPTIONS);
}

function verifyBillingV2(token) {
  return verify(token, PARTNER_PUBLIC_KEY, BILLING_V2_OPTIONS);
}

function verifyShippingEvent(token) {
  // expect: jwt-none-algorithm
  // expect: jwt-claims-not-validated
  return verify(token, PARTNER_PUBLIC_KEY);
}

// Replays from the dead-letter queue may be hours old, so expiry is skipped.
function verifyReplayedEvent(token) {
  return verify(token, PARTNER_PUBLIC_KEY, {
    algorithms: ['RS256'],
    issuer: 'billing-v2',
    audience: 'webhooks',
    // expect: jwt-claims-not-validated
    ignoreExpiration: true,
  });
}

function verifyInventoryEvent(token) {
  return verify(token, PARTNER_PUBLIC_KEY, {
    algorithms: ['RS256'],
    issuer: 'inventory',
    audience: 'webhooks',
    // safe: jwt-claims-not-validated
    ignoreExpiration: false,
    clockTolerance: 30,
  });
}

function handleWebhook(req, res) {
  const source = req.params.source;
  const token = req.get('x-partner-signature');
  let event;
  try {
    if (source === 'billing') event = verifyBillingV2(token);
    else if (source === 'billing-legacy') event = verifyLegacy(token);
    else if (source === 'shipping') event = verifyShippingEvent(token);
    else if (source === 'inventory') event = verifyInventoryEvent(token);
    else if (source === 'replay') event = verifyReplayedEvent(token);
    else return res.status(404).end();
  } catch (err) {
    if (err instanceof TokenExpiredError) {
      logger.warn({ source }, 'expired webhook token');
    }
    return res.status(401).end();
  }
  logger.info({ source, type: event.type }, 'webhook accepted');
  return res.status(202).json({ received: event.id });
}

module.exports = { handleWebhook };
