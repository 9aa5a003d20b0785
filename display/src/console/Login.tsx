import { authApi } from '@hcc/shared/api/staff';
import type { StaffUser } from '@hcc/shared/schemas/staff';
import { useContext, useState } from 'preact/hooks';
import { request } from '../lib/api';
import { errorText, LangContext, useT } from './i18n';

/** Sign-in; also shown over the page when a session expires, so unsaved work stays on screen. */
export function Login({ onLogin, expired }: { onLogin: (u: StaffUser) => void; expired?: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await request(authApi.login, { body: { username, password } });
      onLogin(r.user);
    } catch (err) {
      setError(
        errorText(
          err,
          {
            unauthorized: t('Sai tên đăng nhập hoặc mật khẩu.', 'Wrong username or password.'),
            rate_limited: t('Đăng nhập sai quá nhiều lần, thử lại sau 15 phút.', 'Too many failed sign-ins; try again in 15 minutes.'),
            validation: t('Nhập tên đăng nhập và mật khẩu.', 'Enter your username and password.'),
          },
          lang,
        ),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card login" onSubmit={submit}>
      <h1>{t('Đăng nhập', 'Sign in')}</h1>
      {expired && (
        <p class="error" role="alert" data-testid="session-expired">
          {t('Phiên đăng nhập đã hết hạn. Đăng nhập lại để tiếp tục; những gì bạn đang sửa vẫn còn nguyên.', 'Your session expired. Sign in again to go on; your unsaved work is still here.')}
        </p>
      )}
      <label>
        {t('Tên đăng nhập', 'Username')}
        <input data-testid="login-username" autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        {t('Mật khẩu', 'Password')}
        <input data-testid="login-password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert" data-testid="login-error">
          {error}
        </p>
      )}
      <button data-testid="login-submit" type="submit" disabled={busy}>
        {t('Đăng nhập', 'Sign in')}
      </button>
    </form>
  );
}
