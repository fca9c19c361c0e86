import axios from "axios";

export const api = axios.create({ baseURL: "/api" });

api.interceptors.request.use((config) => {
  // ruleid: browser-storage-token-auth-header
  const token = localStorage.getItem("access_token");
  if (token) config.headers.Authorization = `Bearer ${token}`;
  // ok: browser-storage-token-auth-header
  config.headers["Accept-Language"] = localStorage.getItem("lang") || "en";
  return config;
});

export async function getOrders() {
  const res = await fetch("/api/orders", {
    // ruleid: browser-storage-token-auth-header
    headers: { Authorization: `Bearer ${sessionStorage.getItem("jwt")}` },
  });
  return res.json();
}

export function theme() {
  // ok: browser-storage-token-auth-header
  return localStorage.getItem("theme");
}
