// A helper module with no framework import: the response object it is handed
// (res.cookie) is the evidence that this runs on the server.
import { addDays } from "date-fns";

export function setToken(res: any, token: string): void {
  // ruleid: express-cookie-insecure
  res.cookie("token", token, { maxAge: 7 * 24 * 3600 * 1000, httpOnly: true, secure: process.env.NODE_ENV === "production" });
}

export function rememberReturnTo(res: any, returnTo: string): void {
  // ok: express-cookie-insecure
  res.cookie("auth_return_to", returnTo, { maxAge: 120000, httpOnly: true });
}

export function expiry(): Date {
  return addDays(new Date(), 7);
}
