import React, { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import axios from 'axios';

const AuthContext = createContext(null);

export function AuthProvider({ children }) {
  // safe: jwt-in-browser-storage
  const accessTokenRef = useRef(null);
  const [user, setUser] = useState(null);

  const api = useMemo(() => {
    const instance = axios.create({ baseURL: '/api', withCredentials: true });
    instance.interceptors.request.use((config) => {
      if (accessTokenRef.current) {
        config.headers.Authorization = `Bearer ${accessTokenRef.current}`;
      }
      return config;
    });
    return instance;
  }, []);

  const login = useCallback(async (email, password, rememberDevice) => {
    const { data } = await api.post('/auth/login', { email, password });
    // safe: jwt-in-browser-storage
    accessTokenRef.current = data.access_token;
    setUser(data.user);
    if (rememberDevice) {
      // expect: jwt-in-browser-storage
      window.localStorage.setItem('auth', JSON.stringify({ token: data.access_token, user: data.user }));
    }
    // safe: jwt-in-browser-storage
    sessionStorage.setItem('onboardingStep', data.user.onboardingStep);
  }, [api]);

  const loginWithMagicLink = useCallback(async (code) => {
    const res = await api.post('/auth/magic', { code });
    const jwt = res.data.token;
    // expect: jwt-in-browser-storage
    sessionStorage.setItem('session', jwt);
    accessTokenRef.current = jwt;
    setUser(res.data.user);
  }, [api]);

  const logout = useCallback(async () => {
    await api.post('/auth/logout');
    accessTokenRef.current = null;
    localStorage.removeItem('auth');
    setUser(null);
  }, [api]);

  const value = useMemo(() => ({ user, api, login, loginWithMagicLink, logout }), [user, api, login, loginWithMagicLink, logout]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  return useContext(AuthContext);
}

export function ThemeToggle() {
  const [dark, setDark] = useState(() => localStorage.getItem('colorScheme') === 'dark');
  const toggle = () => {
    const next = !dark;
    setDark(next);
    // safe: jwt-in-browser-storage
    localStorage.setItem('colorScheme', next ? 'dark' : 'light');
  };
  return <button type="button" onClick={toggle}>{dark ? 'Light mode' : 'Dark mode'}</button>;
}
