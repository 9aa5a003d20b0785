import { StaffUserSchema, type StaffUser } from '@hcc/shared/schemas/staff';
import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { apiFetch } from '../lib/api';
import { errorText } from './i18n';

export function Login({ onLogin }: { onLogin: (u: StaffUser) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = z.object({ user: StaffUserSchema }).parse(await apiFetch('/api/auth/login', { method: 'POST', json: { username, password } }));
      onLogin(r.user);
    } catch (err) {
      setError(errorText(err, { unauthorized: 'Sai tên đăng nhập hoặc mật khẩu.', rate_limited: 'Đăng nhập sai quá nhiều lần, thử lại sau 15 phút.', validation: 'Nhập tên đăng nhập và mật khẩu.' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card login" onSubmit={submit}>
      <h1>Đăng nhập</h1>
      <label>
        Tên đăng nhập
        <input data-testid="login-username" autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        Mật khẩu
        <input data-testid="login-password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert" data-testid="login-error">
          {error}
        </p>
      )}
      <button data-testid="login-submit" type="submit" disabled={busy}>
        Đăng nhập
      </button>
    </form>
  );
}
