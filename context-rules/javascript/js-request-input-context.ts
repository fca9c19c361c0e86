import { decode } from "hono/jwt";
import { cookies, headers } from "next/headers";
import { jwtDecode } from "jwt-decode";

app.get("/me", (c) => {
  const raw = c.req.header("Authorization")?.slice(7) ?? "";
  // ruleid: js-request-input-context
  const { payload } = decode(raw);
  return c.json({ user: payload.sub });
});

export async function GET(request: Request) {
  const input = await request.json();
  // ruleid: js-request-input-context
  const claims = jwtDecode(input.token);
  return Response.json(claims);
}

export async function page() {
  const token = cookies().get("token")?.value;
  // ruleid: js-request-input-context
  return jwtDecode(token);
}

export function stored() {
  // ok: js-request-input-context
  return jwtDecode(localStorage.getItem("token"));
}
