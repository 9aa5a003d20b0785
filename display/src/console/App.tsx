import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import { hasRole, type StaffUser, StaffUserSchema } from '@hcc/shared/schemas/staff';
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { apiFetch } from '../lib/api';
import { Devices } from './Devices';
import { Login } from './Login';
import { Playlists } from './Playlists';

type Tab = 'playlists' | 'devices';

export function App() {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [centres, setCentres] = useState<Centre[]>([]);
  const [tab, setTab] = useState<Tab>('playlists');

  useEffect(() => {
    apiFetch('/api/auth/me')
      .then((r) => setUser(z.object({ user: StaffUserSchema }).parse(r).user))
      .catch(() => setUser(null));
  }, []);
  useEffect(() => {
    if (user) void apiFetch('/api/centres').then((r) => setCentres(z.object({ items: z.array(CentreSchema) }).parse(r).items));
  }, [user]);

  if (user === undefined) return <main class="page" />;
  if (user === null) return <main class="page"><Login onLogin={setUser} /></main>;
  const logout = async () => {
    await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setUser(null);
  };
  return (
    <main class="page">
      <header class="topbar">
        <strong>Bảng điều khiển</strong>
        <nav>
          <button class={tab === 'playlists' ? '' : 'secondary'} onClick={() => setTab('playlists')}>
            Danh sách phát
          </button>
          <button class={tab === 'devices' ? '' : 'secondary'} data-testid="tab-devices" onClick={() => setTab('devices')}>
            Thiết bị
          </button>
        </nav>
        <span data-testid="whoami">
          {user.displayName} ({user.role})
        </span>
        <button class="secondary" onClick={logout}>
          Đăng xuất
        </button>
      </header>
      {tab === 'playlists' ? <Playlists canEdit={hasRole(user.role, 'editor')} /> : <Devices centres={centres} />}
    </main>
  );
}
