import { deleteCookie, getCookie } from "cookies-next";
import jwtDecode from "jwt-decode";

export function AccountMenu({ user }) {
  // the server's logout endpoint deletes the session rows before the cookie goes
  // ok: express-logout-without-revocation
  async function logout() {
    const res = await fetch(`/api/v1/auth/user/${user.id}/logout`, {
      method: "GET",
      headers: { Authorization: `Bearer ${getCookie("session")}` },
    }).then((r) => r.json());
    if (res.success) {
      deleteCookie("session");
      location.reload();
    }
  }
  // ruleid: express-logout-without-revocation
  function signOut() {
    const claims = jwtDecode(String(getCookie("token")));
    console.log("bye", claims);
    deleteCookie("token");
    location.reload();
  }
  return null;
}
