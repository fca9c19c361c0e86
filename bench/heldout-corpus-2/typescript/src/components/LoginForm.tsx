'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';

interface LoginResponse {
  token: string;
  refreshToken: string;
  user: { id: string; name: string };
}

const REMEMBER_EMAIL_KEY = 'ledgerly:remember-email';

export default function LoginForm() {
  const router = useRouter();
  const [email, setEmail] = useState(() =>
    typeof window === 'undefined' ? '' : localStorage.getItem(REMEMBER_EMAIL_KEY) ?? '',
  );
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(true);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) {
      setError('Invalid email or password');
      return;
    }
    const data: LoginResponse = await res.json();
    if (remember) {
      // safe: jwt-in-browser-storage
      localStorage.setItem(REMEMBER_EMAIL_KEY, email);
      // expect: jwt-in-browser-storage
      localStorage.setItem('jwt', data.token);
    } else {
      // expect: jwt-in-browser-storage
      sessionStorage.setItem('authToken', data.token);
    }
    // expect: jwt-in-browser-storage
    localStorage['refreshToken'] = data.refreshToken;
    router.push('/dashboard');
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <label>
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        Remember me
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
