import Cookies from "js-cookie";

export async function signIn(email: string, password: string) {
  const res = await fetch("/api/login", { method: "POST", body: JSON.stringify({ email, password }) });
  const data = await res.json();
  // ruleid: browser-document-cookie-token
  document.cookie = `access_token=${data.token}; path=/`;
  // ruleid: browser-document-cookie-token
  document.cookie = "sid=" + data.sessionId + "; path=/; max-age=3600";
  // ruleid: browser-document-cookie-token
  Cookies.set("authToken", data.token, { expires: 7 });
  // ok: browser-document-cookie-token
  document.cookie = `role=${data.user.role}; path=/`;
  // ok: browser-document-cookie-token
  document.cookie = "theme=dark; path=/";
  // ok: browser-document-cookie-token
  Cookies.set("sidebar", "collapsed");
}

export function signOut() {
  // ok: browser-document-cookie-token
  document.cookie = "access_token=; path=/; max-age=0";
  // ok: browser-document-cookie-token
  document.cookie = "sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:01 GMT;";
  // ok: browser-document-cookie-token
  Cookies.remove("authToken");
}

export class LoginComponent {
  constructor(private readonly cookieService: CookieService) {}

  onLogin(authentication: { token: string }) {
    const expires = new Date();
    expires.setHours(expires.getHours() + 8);
    // ruleid: browser-document-cookie-token
    this.cookieService.put("token", authentication.token, { expires });
    // ok: browser-document-cookie-token
    this.cookieService.put("language", "en", { expires });
  }
}

const AUTH_KEYS = { ACCESS_TOKEN: "access_token", LOCALE: "locale" };
const TOKEN_EXPIRES_AT = "token_expires_at";

export async function refreshSession(client: { get(url: string): Promise<{ data: { accessToken: string; expiresAt: string; locale: string } }> }) {
  const { data } = await client.get("/api/refresh");
  // ruleid: browser-document-cookie-token
  Cookies.set(AUTH_KEYS.ACCESS_TOKEN, data.accessToken);
  // ok: browser-document-cookie-token
  Cookies.set(TOKEN_EXPIRES_AT, data.expiresAt);
  // ok: browser-document-cookie-token
  Cookies.set(AUTH_KEYS.LOCALE, data.locale);
  // ok: browser-document-cookie-token
  Cookies.set(AUTH_KEYS.ACCESS_TOKEN, "");
}

const Settings = { ACCESS_TOKEN_KEY: "accessToken", ACCESS_TOKEN_VERSION_KEY: "accessTokenVersion", ACCESS_TOKEN_VERSION: "2" };
export function keepToken(accessToken: string, expires: Date) {
  // ok: browser-document-cookie-token
  Cookies.set(Settings.ACCESS_TOKEN_KEY, accessToken, { expires, secure: location.protocol === "https:", sameSite: "strict" });
  // ok: browser-document-cookie-token
  Cookies.set(Settings.ACCESS_TOKEN_VERSION_KEY, Settings.ACCESS_TOKEN_VERSION, { expires });
  // ruleid: browser-document-cookie-token
  Cookies.set(Settings.ACCESS_TOKEN_KEY, accessToken, { expires, sameSite: "lax" });
}

import * as cookie from "cookie";
export function setAuthCookie(jwt: string) {
  // ruleid: browser-document-cookie-token
  document.cookie = cookie.stringifySetCookie({
    name: authCookieName,
    value: jwt,
    secure: isHttps(),
    sameSite: "lax",
    path: "/",
  });
}
export function clearAuthCookie() {
  // ok: browser-document-cookie-token
  document.cookie = cookie.stringifySetCookie({ name: authCookieName, value: "", maxAge: -1 });
}
export function rememberTheme(theme: string) {
  // ok: browser-document-cookie-token
  document.cookie = cookie.serialize("theme", theme, { path: "/" });
}
export function storeSession(token: string) {
  // ruleid: browser-document-cookie-token
  document.cookie = cookie.serialize("session_token", token, { path: "/", secure: true });
}
