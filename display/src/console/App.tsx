import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import { hasRole, type StaffUser, StaffUserSchema } from '@hcc/shared/schemas/staff';
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { apiFetch } from '../lib/api';
import { Audit } from './Audit';
import { Catalogue } from './Catalogue';
import { Centres } from './Centres';
import { Devices } from './Devices';
import { Home } from './Home';
import { type Lang, LangContext, storedLang, storeLang } from './i18n';
import { disconnectLive } from './live';
import { Login } from './Login';
import { MediaLibrary } from './MediaLibrary';
import { Playlists } from './Playlists';
import { Register } from './Register';
import { Reports } from './Reports';
import { Surveys } from './Surveys';
import { SESSION_EXPIRED, staffApi } from './staff-api';
import { Users } from './Users';

type Tab = 'home' | 'playlists' | 'media' | 'devices' | 'catalogue' | 'surveys' | 'register' | 'reports' | 'centres' | 'users' | 'audit';
const TABS: { id: Tab; vi: string; en: string; role: StaffUser['role'] }[] = [
  { id: 'home', vi: 'Trang chủ', en: 'Home', role: 'viewer' },
  { id: 'playlists', vi: 'Danh sách phát', en: 'Playlists', role: 'viewer' },
  { id: 'media', vi: 'Thư viện', en: 'Media', role: 'viewer' },
  { id: 'devices', vi: 'Thiết bị', en: 'Devices', role: 'viewer' },
  { id: 'catalogue', vi: 'Danh mục', en: 'Catalogue', role: 'editor' },
  { id: 'surveys', vi: 'Khảo sát', en: 'Surveys', role: 'viewer' },
  { id: 'register', vi: 'Sổ ghi nhận', en: 'Register', role: 'viewer' },
  { id: 'reports', vi: 'Báo cáo', en: 'Reports', role: 'viewer' },
  { id: 'centres', vi: 'Trung tâm', en: 'Centres', role: 'admin' },
  { id: 'users', vi: 'Tài khoản', en: 'Users', role: 'admin' },
  { id: 'audit', vi: 'Nhật ký', en: 'Audit log', role: 'admin' },
];

export function App() {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [centres, setCentres] = useState<Centre[]>([]);
  const [tab, setTab] = useState<Tab>('home');
  const [lang, setLang] = useState<Lang>(storedLang());
  const t = (vi: string, en: string) => (lang === 'en' ? en : vi);

  useEffect(() => {
    apiFetch('/api/auth/me')
      .then((r) => setUser(z.object({ user: StaffUserSchema }).parse(r).user))
      .catch(() => setUser(null));
    const onExpired = () => setExpired(true);
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, []);
  const loadCentres = async () => setCentres(z.object({ items: z.array(CentreSchema) }).parse(await staffApi('/api/centres')).items);
  useEffect(() => {
    if (user) void loadCentres();
  }, [user]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const switchLang = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    storeLang(next);
    setLang(next);
  };
  const langButton = (
    <button class="secondary" data-testid="lang-switch" onClick={switchLang} aria-label={t('Switch to English', 'Chuyển sang tiếng Việt')}>
      {lang === 'vi' ? 'EN' : 'VI'}
    </button>
  );

  if (user === undefined) return <main class="page" />;
  if (user === null) {
    return (
      <LangContext.Provider value={lang}>
        <main class="page">
          <div class="row end">{langButton}</div>
          <Login onLogin={setUser} />
        </main>
      </LangContext.Provider>
    );
  }
  const logout = async () => {
    await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    disconnectLive();
    setUser(null);
  };
  const canEdit = hasRole(user.role, 'editor');
  return (
    <LangContext.Provider value={lang}>
      <main class="page">
        <header class="topbar">
          <nav class="tabs">
            {TABS.filter((x) => hasRole(user.role, x.role)).map((x) => (
              <button class={tab === x.id ? '' : 'secondary'} data-testid={`tab-${x.id}`} aria-current={tab === x.id ? 'page' : undefined} onClick={() => setTab(x.id)}>
                {t(x.vi, x.en)}
              </button>
            ))}
          </nav>
          <span class="row">
            <span data-testid="whoami">
              {user.displayName} ({user.role})
            </span>
            {langButton}
            <button class="secondary" onClick={logout}>
              {t('Đăng xuất', 'Sign out')}
            </button>
          </span>
        </header>
        {tab === 'home' && <Home centres={centres} canEdit={canEdit} />}
        {tab === 'playlists' && <Playlists centres={centres} canEdit={canEdit} />}
        {tab === 'media' && <MediaLibrary canEdit={canEdit} />}
        {tab === 'devices' && <Devices centres={centres} canEdit={canEdit} />}
        {tab === 'catalogue' && <Catalogue centres={centres} isAdmin={hasRole(user.role, 'admin')} />}
        {tab === 'surveys' && <Surveys centres={centres} canReadComments={canEdit} isAdmin={hasRole(user.role, 'admin')} />}
        {tab === 'register' && <Register centres={centres} canEdit={canEdit} defaultCentre={user.centreId} />}
        {tab === 'reports' && <Reports centres={centres} canEdit={canEdit} />}
        {tab === 'centres' && <Centres centres={centres} self={user} onChanged={loadCentres} />}
        {tab === 'users' && <Users centres={centres} self={user} />}
        {tab === 'audit' && <Audit />}
        {expired && (
          <div class="overlay">
            <Login
              expired
              onLogin={(u) => {
                setExpired(false);
                setUser(u);
              }}
            />
          </div>
        )}
      </main>
    </LangContext.Provider>
  );
}
