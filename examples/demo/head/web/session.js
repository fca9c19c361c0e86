export async function login(api, credentials) {
  const res = await api.post("/login", credentials);
  localStorage.setItem("token", res.data.token);
  localStorage.setItem("theme", "dark");
  return res.data.user;
}

export function logout() {
  window.location.assign("/login");
}
