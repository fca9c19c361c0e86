import Cookies from "js-cookie";
// The same helper, but every cookie it writes is Secure and SameSite=Strict.
function setCookie(name, value, days) {
  const expires = new Date(Date.now() + days * 86400000).toUTCString();
  document.cookie = `${name}=${value}; expires=${expires}; path=/; Secure; SameSite=Strict`;
}

export function LoginButton({ onDone }) {
  const submit = async () => {
    const res = await fetch("/api/login", { method: "POST" });
    const data = await res.json();
    // ok: browser-document-cookie-token
    setCookie("auth_token", data.token, 1);
    onDone();
  };
  return <button onClick={submit}>Sign in</button>;
}

export function RememberMe({ token }) {
  // ruleid: browser-document-cookie-token
  Cookies.set("remember_token", token, { expires: 30 });
  return null;
}
