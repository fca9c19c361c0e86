import { getIronSession } from "iron-session";

export const a = {
  password: process.env.P!,
  cookieName: 'x',
  // ruleid: iron-session-no-expiry
  ttl: 0,
};
export const b = {
  password: process.env.P!,
  cookieName: 'x',
  // ruleid: iron-session-no-expiry
  ttl: 60 * 60 * 24 * 30,
};
export const c = {
  password: process.env.P!,
  cookieName: 'x',
  // ok: iron-session-no-expiry
  ttl: 60 * 60 * 8,
};
