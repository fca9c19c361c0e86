// Shared HTTP client for the admin SPA.
import axios from "axios";

const api = axios.create({ baseURL: "/api" });

api.interceptors.request.use((config) => {
  // expect: jwt-in-browser-storage
  const token = window.localStorage.getItem("authToken");
  if (token) {
    config.headers.Authorization = `Bearer ${token}`;
  }
  // safe: jwt-in-browser-storage
  config.headers["Accept-Language"] = localStorage.getItem("locale") || "en";
  return config;
});

api.interceptors.response.use(undefined, async (error) => {
  if (error.response && error.response.status === 401) {
    const { data } = await axios.post("/api/refresh", {}, { withCredentials: true });
    // expect: jwt-in-browser-storage
    window.localStorage.setItem("authToken", data.access_token);
    error.config.headers.Authorization = `Bearer ${data.access_token}`;
    return api.request(error.config);
  }
  throw error;
});

export function rememberSession(session) {
  // expect: jwt-in-browser-storage
  localStorage.jwt = session.jwt;
  // expect: jwt-in-browser-storage
  localStorage["id_token"] = session.idToken;
  // safe: jwt-in-browser-storage
  localStorage["sidebarCollapsed"] = String(session.sidebarCollapsed);
}

export async function downloadReport(id) {
  const res = await fetch(`/api/reports/${id}`, {
    // expect: jwt-in-browser-storage
    headers: { Authorization: `Bearer ${sessionStorage.getItem("access_token")}` },
  });
  return res.blob();
}

let inMemoryToken = null;
export function setAccessToken(token) {
  // safe: jwt-in-browser-storage
  inMemoryToken = token;
}

export function savePreferences(prefs) {
  // safe: jwt-in-browser-storage
  sessionStorage.setItem("prefs", JSON.stringify(prefs));
}

export default api;
