import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { deleteCookie } from "hono/cookie";

const app = new Hono<{ Bindings: { JWT_SECRET: string; REVOKED: KVNamespace } }>();
app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256", cookie: "token" })(c, next));

// ruleid: express-logout-without-revocation
app.post("/api/logout", (c) => {
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});

// ok: express-logout-without-revocation
app.post("/api/sign-out", async (c) => {
  const { jti, exp } = c.get("jwtPayload");
  await c.env.REVOKED.put(jti, "1", { expiration: exp });
  deleteCookie(c, "token", { path: "/" });
  return c.json({ ok: true });
});

// browser-side logout methods: the server never hears about the logout
export class AccountMenu {
  // ruleid: express-logout-without-revocation
  logout () {
    this.profileService.recordLastSeen().subscribe({ next: () => {} })
    localStorage.removeItem('access_token')
    this.router.navigate(['/'])
  }

  // ok: express-logout-without-revocation
  signOut () {
    this.http.post('/api/session/revoke', {}).subscribe()
    localStorage.removeItem('access_token')
  }

  // ok: express-logout-without-revocation
  resetView () {
    localStorage.removeItem('access_token')
  }
}

// ruleid: express-logout-without-revocation
export const handleLogout = () => {
  if (typeof window !== 'undefined') {
    window.localStorage.removeItem(JWT_STORAGE_KEY)
  }
  window.location.href = '/login'
}

// ok: express-logout-without-revocation
export async function doLogout() {
  await authApi.logout()
  sessionStorage.removeItem('jwt')
}

// ok: express-logout-without-revocation
export function onLogout() {
  localStorage.removeItem('theme')
}

// a redux thunk that only clears the stored token through the app's storage helper
// ruleid: express-logout-without-revocation
export const logout = () => {
  return (dispatch: Dispatch) => {
    clearLocalStorage(JWT_TOKEN)
    dispatch(logoutSuccess())
    dispatch(push('/'))
  }
}

// ruleid: express-logout-without-revocation
export function logOff() {
  localStorage.setItem('jwt', '')
  window.location.reload()
}

// ok: express-logout-without-revocation
export function signout() {
  clearLocalStorage('theme')
}

// a router mounted at /logout elsewhere: its handler only blanks the token cookie
import * as express from "express";
const sessionRouter = express.Router();

// ruleid: express-logout-without-revocation
sessionRouter.delete("/", async (req, res) => {
  try {
    return res.cookie("authToken", "", { httpOnly: true, expires: new Date(0) }).json({});
  } catch (error) {
    console.error(error);
  }
});

// ruleid: express-logout-without-revocation
sessionRouter.post("/", (req, res) => {
  res.clearCookie("jwt");
  res.redirect("/");
});

// ok: express-logout-without-revocation
sessionRouter.get("/", async (req, res) => {
  try {
    const payload = await verifyAccess(req.cookies.authToken);
    return res.json(payload);
  } catch (error) {
    res.cookie("authToken", "", { expires: new Date(0) });
    return res.status(401).json({});
  }
});

// ok: express-logout-without-revocation
sessionRouter.delete("/", async (req, res) => {
  await denylist.add(req.cookies.authToken);
  res.clearCookie("authToken");
  res.json({});
});

// ok: express-logout-without-revocation
sessionRouter.post("/login", async (req, res) => {
  res.clearCookie("authToken");
  const token = await issueToken(req.body);
  res.cookie("authToken", token, { httpOnly: true, secure: true });
  res.json({});
});

// ok: express-logout-without-revocation
sessionRouter.post("/preferences", (req, res) => {
  res.clearCookie("theme");
  res.json({});
});

// ok: express-logout-without-revocation
sessionRouter.post("/", async (req, res) => {
  res.clearCookie("authToken");
  const fresh = await issueToken(req.body);
  res.cookie("authToken", fresh, { httpOnly: true, secure: true });
  res.json({});
});

// The stored refresh token is cleared on the server: the refresh endpoint compares
// against it, so only the short access token outlives the logout.
export class AuthController {
  // ok: express-logout-without-revocation
  async logout(@User() user: UserWithSecrets, @Res({ passthrough: true }) response: Response) {
    await this.authService.setRefreshToken(user.email, null);
    response.clearCookie("Authentication");
    response.clearCookie("Refresh");
    response.status(200).send({ message: "bye" });
  }

  // ruleid: express-logout-without-revocation
  async signOut(@Res({ passthrough: true }) response: Response) {
    response.clearCookie("Authentication");
    response.status(200).send({ message: "bye" });
  }
}
