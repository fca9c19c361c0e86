// Browser-side auth state for the Ledgerly dashboard SPA.
import { create } from 'zustand';

export interface AuthUser {
  id: string;
  name: string;
  orgId: string;
}

interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  user: AuthUser;
}

interface AuthState {
  accessToken: string | null;
  user: AuthUser | null;
  setSession: (res: TokenResponse) => void;
  clear: () => void;
}

const STORAGE_KEYS = {
  accessToken: 'ledgerly.accessToken',
  refreshToken: 'ledgerly.refreshToken',
  locale: 'ledgerly.locale',
} as const;

export const useAuthStore = create<AuthState>((set) => ({
  accessToken: null,
  user: null,
  setSession: (res) => {
    // safe: jwt-in-browser-storage
    set({ accessToken: res.access_token, user: res.user });
    // expect: jwt-in-browser-storage
    localStorage.setItem(STORAGE_KEYS.refreshToken, res.refresh_token);
  },
  clear: () => {
    set({ accessToken: null, user: null });
    localStorage.removeItem(STORAGE_KEYS.refreshToken);
  },
}));

export function persistLegacySession(res: TokenResponse): void {
  // expect: jwt-in-browser-storage
  window.localStorage.setItem(STORAGE_KEYS.accessToken, res.access_token);
  // expect: jwt-in-browser-storage
  window.sessionStorage['bearer'] = `Bearer ${res.access_token}`;
}

export function setLocale(locale: string): void {
  // safe: jwt-in-browser-storage
  localStorage.setItem(STORAGE_KEYS.locale, locale);
  document.documentElement.lang = locale;
}

export function rememberLastOrg(orgId: string): void {
  // safe: jwt-in-browser-storage
  localStorage.setItem('ledgerly.lastOrg', orgId);
}

export async function refresh(): Promise<void> {
  const res = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' });
  if (!res.ok) {
    useAuthStore.getState().clear();
    return;
  }
  const body: TokenResponse = await res.json();
  useAuthStore.getState().setSession(body);
}
