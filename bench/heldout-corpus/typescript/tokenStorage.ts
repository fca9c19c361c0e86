// Client-side auth state for the React admin app.
import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { jwtDecode, type JwtPayload } from 'jwt-decode';

const TOKEN_KEY = 'auth_token';
const REFRESH_KEY = 'refreshToken';
const UI_STATE_KEY = 'admin.ui';

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  user: { id: string; name: string };
}

export const http = axios.create({ baseURL: import.meta.env.VITE_API_URL });

export function storeSession(res: LoginResponse): void {
  // expect: jwt-in-browser-storage
  window.localStorage.setItem(TOKEN_KEY, res.accessToken);
  // expect: jwt-in-browser-storage
  sessionStorage.setItem(REFRESH_KEY, res.refreshToken);
}

export function storeBearerForPopup(bearer: string): void {
  // The reporting popup reads this on open.
  // expect: jwt-in-browser-storage
  sessionStorage['bearer'] = bearer;
}

export function getAccessToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function tokenExpiresSoon(): boolean {
  const token = getAccessToken();
  if (!token) return true;
  // safe: jwt-signature-not-verified
  const { exp } = jwtDecode<JwtPayload>(token);
  return !exp || exp * 1000 - Date.now() < 30_000;
}

http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const token = getAccessToken();
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  return config;
});

http.interceptors.response.use(undefined, async (error: AxiosError) => {
  if (error.response?.status === 401 && error.config && !error.config.headers.get('x-retried')) {
    const { data } = await axios.post<LoginResponse>(`${import.meta.env.VITE_API_URL}/auth/refresh`, {
      refreshToken: sessionStorage.getItem(REFRESH_KEY),
    });
    storeSession(data);
    error.config.headers.set('x-retried', '1');
    return http.request(error.config);
  }
  throw error;
});

export interface UiState {
  sidebarCollapsed: boolean;
  density: 'compact' | 'comfortable';
}

export function saveUiState(state: UiState): void {
  // safe: jwt-in-browser-storage
  localStorage.setItem(UI_STATE_KEY, JSON.stringify(state));
}

export function rememberLastRoute(path: string): void {
  // safe: jwt-in-browser-storage
  sessionStorage.setItem('lastRoute', path);
}

export function setColorScheme(scheme: 'light' | 'dark'): void {
  // safe: jwt-in-browser-storage
  localStorage.setItem('theme', scheme);
}

// Used by the embedded checkout widget, which only ever gets a token from its parent frame.
class MemoryTokenHolder {
  private token: string | null = null;

  set(value: string): void {
    // safe: jwt-in-browser-storage
    this.token = value;
  }

  get(): string | null {
    return this.token;
  }
}

export const checkoutTokens = new MemoryTokenHolder();
