import axios from "axios";
import { push } from "connected-react-router";
import { clearLocalStorage } from "../utils/storageUtil";

const JWT_TOKEN = "jwt-token";

export const logout = () => {
  return (dispatch) => {
    // ruleid: browser-logout-without-revocation
    clearLocalStorage(JWT_TOKEN);
    dispatch({ type: "LOGOUT_SUCCESS" });
    dispatch(push("/"));
  };
};

function handleLogout() {
  // ruleid: browser-logout-without-revocation
  localStorage.removeItem("token");
  localStorage.removeItem("role");
  window.location.href = "/login";
}

export function signOut() {
  // ok: browser-logout-without-revocation
  localStorage.removeItem("token");
  return axios.post("/api/auth/logout");
}

export const logoutAndRevoke = async () => {
  await fetch("/api/logout", { method: "POST", credentials: "include" });
  // ok: browser-logout-without-revocation
  localStorage.removeItem("access_token");
};

const authStore = {
  logout: () => {
    // ok: browser-logout-without-revocation
    localStorage.removeItem("theme");
  },
};

class AuthService {
  logout() {
    // ok: browser-logout-without-revocation
    sessionStorage.removeItem("jwt");
    return this.http.post("/auth/logout", {});
  }
  logOff() {
    // ruleid: browser-logout-without-revocation
    sessionStorage.setItem("jwt", "");
  }
}

function onTokenExpired() {
  // ok: browser-logout-without-revocation
  localStorage.removeItem("token");
}

export { authStore, AuthService, onTokenExpired };
