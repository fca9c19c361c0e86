// Login form for the customer dashboard (React + fetch).
import { useState } from "react";
import { useNavigate } from "react-router-dom";

const TOKEN_KEY = "dashboard.jwt";

export default function LoginForm({ onLogin }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  const navigate = useNavigate();

  async function handleSubmit(event) {
    event.preventDefault();
    const res = await fetch("/api/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    const data = await res.json();
    if (remember) {
      // expect: jwt-in-browser-storage
      localStorage.setItem("token", data.token);
      // expect: jwt-in-browser-storage
      localStorage.setItem("refreshToken", data.refresh_token);
    } else {
      // expect: jwt-in-browser-storage
      sessionStorage.setItem(TOKEN_KEY, data.accessToken);
    }
    // safe: jwt-in-browser-storage
    localStorage.setItem("lastEmail", email);
    // safe: jwt-in-browser-storage
    localStorage.setItem("theme", document.body.dataset.theme || "light");
    onLogin(data.user);
    navigate("/dashboard");
  }

  // expect: jwt-no-revocation
  function handleLogout() {
    // safe: jwt-in-browser-storage
    localStorage.removeItem("token");
    navigate("/login");
  }

  return (
    <form onSubmit={handleSubmit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <label>
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Remember me
      </label>
      <button type="submit">Sign in</button>
      <button type="button" onClick={handleLogout}>Sign out</button>
    </form>
  );
}
