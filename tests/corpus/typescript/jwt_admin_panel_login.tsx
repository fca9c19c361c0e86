// Admin panel login form (Apollo client); the login mutation answers with the signed token.
import { useMutation } from "@apollo/client";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { ADMIN_LOGIN } from "./graphql";

export function AdminLogin() {
  const navigate = useNavigate();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [signIn] = useMutation(ADMIN_LOGIN, {
    onCompleted: (data) => {
      if (data?.login) {
        // expect: jwt-in-browser-storage
        localStorage.setItem("payload", data?.login);
        navigate("/admin");
      }
    },
  });

  const submit = () => {
    // safe: jwt-in-browser-storage
    localStorage.setItem("lastLogin", login);
    signIn({ variables: { login, password } });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <input value={login} onChange={(e) => setLogin(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
    </form>
  );
}
