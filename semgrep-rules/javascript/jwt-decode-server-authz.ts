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

// browser data layer: the renewed token comes back in the response of the app's own API call
export function httpClient(url: string, options: RequestInit) {
  return fetch(url, options).then((response) => {
    const renewed = response.headers.get("x-auth-token");
    if (renewed) {
      // ok: jwt-decode-server-authz
      const decoded = jwtDecode<{ uid: string }>(renewed);
      localStorage.setItem("userId", decoded.uid);
    }
    return response;
  });
}

// the payload segment base64-decoded by hand on the server
export function adminOnly(req: NextApiRequest, res: NextApiResponse) {
  const raw = req.headers.authorization?.replace("Bearer ", "") ?? "";
  // ruleid: jwt-decode-server-authz
  const claims = JSON.parse(Buffer.from(raw.split(".")[1], "base64url").toString("utf8"));
  if (claims.role !== "admin") return res.status(403).end();
  res.json({ ok: true });
}
