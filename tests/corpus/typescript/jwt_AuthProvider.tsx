// Auth context for the React Native + web shell.
import React, { createContext, useContext, useState } from "react";
import AsyncStorage from "@react-native-async-storage/async-storage";
import * as SecureStore from "expo-secure-store";

type Session = { accessToken: string; refreshToken: string; user: { id: string; name: string } };
const AuthContext = createContext<{ session: Session | null; signIn: (s: Session) => Promise<void> } | null>(null);

export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);

  async function signIn(next: Session) {
    setSession(next);
    // expect: jwt-in-browser-storage
    await AsyncStorage.setItem("accessToken", next.accessToken);
    // safe: jwt-in-browser-storage
    await SecureStore.setItemAsync("refreshToken", next.refreshToken);
    // safe: jwt-in-browser-storage
    await AsyncStorage.setItem("onboardingSeen", "true");
    if (typeof window !== "undefined") {
      // expect: jwt-in-browser-storage
      window.sessionStorage.setItem("bearer", next.accessToken);
      // safe: jwt-in-browser-storage
      window.localStorage.setItem("displayName", next.user.name);
    }
  }

  return <AuthContext.Provider value={{ session, signIn }}>{children}</AuthContext.Provider>;
}

export function persistWebSession(s: Session) {
  // expect: jwt-in-browser-storage
  localStorage.setItem("session", JSON.stringify({ token: s.accessToken, user: s.user }));
}

export const useAuth = () => useContext(AuthContext);
