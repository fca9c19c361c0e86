import { jwtDecode } from "jwt-decode";
import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers.authorization?.split(" ")[1] ?? "";
  // ruleid: jwt-decode-server-authz
  const { isAdmin } = jwtDecode<{ isAdmin: boolean }>(token);
  if (!isAdmin) return res.status(403).end();
  res.json({ ok: true });
}

export function clientSide(stored: string) {
  // ok: jwt-decode-server-authz
  return jwtDecode(stored).exp;
}
