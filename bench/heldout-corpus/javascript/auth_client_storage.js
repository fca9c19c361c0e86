// Browser-side helpers for the dashboard SPA: login, token refresh and UI preferences.
import axios from 'axios';
import { jwtDecode } from 'jwt-decode';

const api = axios.create({ baseURL: '/api', withCredentials: true });

const PREFS_KEY = 'dashboard.prefs';
const AUTH_KEY = 'dashboard.auth';

export async function login(email, password) {
  const res = await api.post('/auth/login', { email, password });
  // expect: jwt-in-browser-storage
  localStorage.setItem('accessToken', res.data.access_token);
  // expect: jwt-in-browser-storage
  window.sessionStorage.setItem('refresh', res.data.refresh_token);
  scheduleRefresh(res.data.access_token);
  return res.data.user;
}

export function rememberIdentity(idToken) {
  // expect: jwt-in-browser-storage
  localStorage[AUTH_KEY] = idToken;
}

export function persistLegacyToken(token) {
  // expect: jwt-in-browser-storage
  localStorage.jwt = token;
}

// Newer screens keep the access token in memory only; the refresh token is an httpOnly cookie.
let inMemoryAccessToken = null;

export async function silentRefresh() {
  const res = await api.post('/auth/refresh');
  // safe: jwt-in-browser-storage
  inMemoryAccessToken = res.data.access_token;
  scheduleRefresh(inMemoryAccessToken);
  return inMemoryAccessToken;
}

function scheduleRefresh(token) {
  // Only reads exp to time the next refresh; the server verifies every request.
  // safe: jwt-signature-not-verified
  const { exp } = jwtDecode(token);
  const delay = Math.max(exp * 1000 - Date.now() - 60000, 5000);
  setTimeout(() => silentRefresh().catch(() => window.location.assign('/login')), delay);
}

api.interceptors.request.use((config) => {
  if (inMemoryAccessToken) {
    config.headers.Authorization = `Bearer ${inMemoryAccessToken}`;
  }
  return config;
});

export function savePreferences(prefs) {
  // safe: jwt-in-browser-storage
  localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
}

export function setTheme(theme) {
  // safe: jwt-in-browser-storage
  localStorage.setItem('theme', theme);
  document.documentElement.dataset.theme = theme;
}

export function setLanguage(lang) {
  // safe: jwt-in-browser-storage
  window.localStorage.setItem('lang', lang);
}

export function logout() {
  inMemoryAccessToken = null;
  localStorage.removeItem('accessToken');
  sessionStorage.removeItem('refresh');
  return api.post('/auth/logout');
}
