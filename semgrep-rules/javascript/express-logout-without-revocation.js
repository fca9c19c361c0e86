const express = require("express");
const jwt = require("jsonwebtoken");
const redis = require("./redis");

const router = express.Router();

// ruleid: express-logout-without-revocation
router.post("/logout", (req, res) => {
  res.clearCookie("access_token");
  res.sendStatus(204);
});

// ok: express-logout-without-revocation
router.post("/auth/logout", async (req, res) => {
  const { jti, exp } = req.auth;
  await redis.set(`revoked:${jti}`, "1", "EXAT", exp);
  res.clearCookie("access_token");
  res.sendStatus(204);
});

// ruleid: express-logout-without-revocation
async function logout(req, res) {
  res.cookie("token", "", { maxAge: 0 });
  return res.json({ message: "logged out" });
}

// ok: express-logout-without-revocation
router.post("/session/logout", (req, res) => {
  req.session.destroy(() => res.clearCookie("sid").sendStatus(204));
});

// ok: express-logout-without-revocation
router.get("/profile", (req, res) => res.json(req.user));

// ruleid: express-logout-without-revocation
function handler(req, res) {
  res.setHeader("Set-Cookie", serialize("token", "", { maxAge: -1, path: "/" }));
  res.status(200).json({ message: "Successfully logged out" });
}

// ok: express-logout-without-revocation
function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ["HS256"], issuer: "a", audience: "b" });
    next();
  } catch (err) {
    res.clearCookie("token");
    res.status(401).end();
  }
}

module.exports = { router, logout, handler, requireUser };

// the app's own services end the session or the refresh-token family server-side
// ok: express-logout-without-revocation
router.post("/session/logout", async (req, res) => {
  await sessionService.deleteSession(req.auth.sid);
  res.clearCookie("access_token");
  res.sendStatus(204);
});

// ok: express-logout-without-revocation
router.post("/account/logout", async (req, res) => {
  await tokenFamilies.terminate(req.cookies.refresh_token);
  res.clearCookie("refresh_token");
  res.sendStatus(204);
});


// A token-dropping helper is the logout it serves: nothing else is revoked.
// ruleid: express-logout-without-revocation
function deleteCurrentToken(res) {
  res.clearCookie("token", { httpOnly: true });
}

// A helper without a telling name (a framework's `fn`) is judged by its caller, not here.
module.exports = {
  // ok: express-logout-without-revocation
  fn(inputs) {
    inputs.response.clearCookie("httpOnlyToken", { path: "/" });
  },
};

class WorkspaceController {
  // ok: express-logout-without-revocation
  async updateWorkspace(res, dto, workspace) {
    const updated = await this.workspaceService.update(workspace.id, dto);
    if (dto.hostname && workspace.hostname !== updated.hostname) {
      res.clearCookie("authToken");
    }
    return updated;
  }
}

// Browser-side logouts of a token kept in a script-written cookie.
const Cookies = require("js-cookie");

// ruleid: express-logout-without-revocation
const confirmLogout = () => {
  setBusy(true);
  Cookies.remove("accessToken");
  setTimeout(() => navigate("/login"), 300);
};

// ruleid: express-logout-without-revocation
function signOut() {
  writeCookie("jwt", "", -1);
  window.location.href = "/index.html";
}

// ruleid: express-logout-without-revocation
function handleLogout() {
  document.cookie = "auth_token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  location.assign("/");
}

// ok: express-logout-without-revocation
const logoutUser = async () => {
  await fetch("/api/auth/logout", { method: "POST", credentials: "include" });
  Cookies.remove("accessToken");
};

// ok: express-logout-without-revocation
function doLogout() {
  authApi.revokeRefreshToken();
  Cookies.remove("refreshToken");
}

// ok: express-logout-without-revocation
function onLogout() {
  Cookies.remove("sidebarCollapsed");
  Cookies.remove("theme");
}

// ok: express-logout-without-revocation
const clearFilters = () => {
  Cookies.remove("token_filter_state");
};

// ok: express-logout-without-revocation
function logout() {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/session/end");
  xhr.send();
  writeCookie("jwt", "", -1);
}

// ruleid: express-logout-without-revocation
function signout() {
  writeCookie("jwt", "SIGNED_OUT", 1);
  alert("Signed out");
}

// ok: express-logout-without-revocation
function logOut() {
  navigator.sendBeacon("/auth/logout");
  Cookies.remove("jwt");
}
