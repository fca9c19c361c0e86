export async function login(credentials) {
  const res = await fetch("/api/login", { method: "POST", body: JSON.stringify(credentials) });
  const data = await res.json();
  // ruleid: browser-storage-token
  localStorage.setItem("token", data.token);
  // ruleid: browser-storage-token
  sessionStorage.setItem("refresh_token", data.refreshToken);
  // ruleid: browser-storage-token
  window.localStorage.setItem(STORAGE_KEY, data.access_token);
  // ruleid: browser-storage-token
  localStorage.jwt = data.token;
  // ruleid: browser-storage-token
  localStorage["authToken"] = data.token;
  // ok: browser-storage-token
  localStorage.setItem("theme", "dark");
  // ok: browser-storage-token
  localStorage.setItem("lang", navigator.language);
  // ok: browser-storage-token
  localStorage.removeItem("token");
  return data;
}

export async function saveNative(token) {
  // ruleid: browser-storage-token
  await AsyncStorage.setItem("userToken", token);
  // ok: browser-storage-token
  await SecureStore.setItemAsync("userToken", token);
}
