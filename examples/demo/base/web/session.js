export function logout() {
  window.location.assign("/login");
}
