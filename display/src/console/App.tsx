import { centreApi } from '@hcc/shared/api/centres';
import { authApi } from '@hcc/shared/api/staff';
import type { Centre } from '@hcc/shared/schemas/centre';
import { hasRole, type StaffUser } from '@hcc/shared/schemas/staff';
import {
  BookOpen,
  Building2,
  ChartColumn,
  Cable,
  ClipboardList,
  History,
  House,
  Images,
  Languages,
  ListVideo,
  type LucideIcon,
  LogOut,
  MonitorSmartphone,
  NotebookPen,
  Users as UsersIcon,
} from 'lucide-preact';
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { request } from '../lib/api';
import { Home } from './Home';
import { type Lang, LangContext, storedLang, storeLang } from './i18n';
import { disconnectLive } from './live';
import { Login } from './Login';
import { SESSION_EXPIRED, staffApi } from './staff-api';
import { useOnline } from './use-online';

/**
 * Tabs other than the home screen load when first opened: the editor with the player's slide
 * renderers, the reports and the catalogue would otherwise all be fetched and parsed before the
 * tablet shows anything.
 */
const Playlists = lazy(() => import('./Playlists').then((m) => m.Playlists));
const MediaLibrary = lazy(() => import('./MediaLibrary').then((m) => m.MediaLibrary));
const Devices = lazy(() => import('./Devices').then((m) => m.Devices));
const Catalogue = lazy(() => import('./Catalogue').then((m) => m.Catalogue));
const Integrations = lazy(() => import('./Integrations').then((m) => m.Integrations));
const Surveys = lazy(() => import('./Surveys').then((m) => m.Surveys));
const Reports = lazy(() => import('./Reports').then((m) => m.Reports));
const Users = lazy(() => import('./Users').then((m) => m.Users));
const Audit = lazy(() => import('./Audit').then((m) => m.Audit));
const Register = lazy(() => import('./Register').then((m) => m.Register));
const Centres = lazy(() => import('./Centres').then((m) => m.Centres));

type Tab = 'home' | 'playlists' | 'media' | 'devices' | 'catalogue' | 'dossiers' | 'surveys' | 'register' | 'reports' | 'centres' | 'users' | 'audit';
/** SVG icons shipped in the bundle: a tablet's system fonts may have no emoji at all. */
const TABS: { id: Tab; vi: string; en: string; role: StaffUser['role']; icon: LucideIcon }[] = [
  { id: 'home', vi: 'Trang chủ', en: 'Home', role: 'viewer', icon: House },
  { id: 'playlists', vi: 'Danh sách phát', en: 'Playlists', role: 'viewer', icon: ListVideo },
  { id: 'media', vi: 'Thư viện', en: 'Media', role: 'viewer', icon: Images },
  { id: 'devices', vi: 'Thiết bị', en: 'Devices', role: 'viewer', icon: MonitorSmartphone },
  { id: 'catalogue', vi: 'Danh mục', en: 'Catalogue', role: 'editor', icon: BookOpen },
  { id: 'dossiers', vi: 'Hồ sơ một cửa', en: 'Dossier feed', role: 'editor', icon: Cable },
  { id: 'surveys', vi: 'Khảo sát', en: 'Surveys', role: 'viewer', icon: ClipboardList },
  { id: 'register', vi: 'Sổ ghi nhận', en: 'Register', role: 'viewer', icon: NotebookPen },
  { id: 'reports', vi: 'Báo cáo', en: 'Reports', role: 'viewer', icon: ChartColumn },
  { id: 'centres', vi: 'Trung tâm', en: 'Centres', role: 'admin', icon: Building2 },
  { id: 'users', vi: 'Tài khoản', en: 'Users', role: 'admin', icon: UsersIcon },
  { id: 'audit', vi: 'Nhật ký', en: 'Audit log', role: 'admin', icon: History },
];

export function App() {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [centres, setCentres] = useState<Centre[]>([]);
  const [centresLoaded, setCentresLoaded] = useState(false);
  const [tab, setTab] = useState<Tab>('home');
  const [lang, setLang] = useState<Lang>(storedLang());
  const online = useOnline();
  const t = (vi: string, en: string) => (lang === 'en' ? en : vi);

  useEffect(() => {
    request(authApi.me)
      .then((r) => setUser(r.user))
      .catch(() => setUser(null));
    const onExpired = () => setExpired(true);
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, []);
  const loadCentres = async () => setCentres((await staffApi(centreApi.list)).items);
  // Asked for as the shell first renders, with Home's own requests, not a frame later (see Home).
  useLayoutEffect(() => {
    if (!user) return;
    // Both states in one callback, so the whole shell renders once when they arrive, not twice.
    staffApi(centreApi.list).then(
      (r) => {
        setCentres(r.items);
        setCentresLoaded(true);
      },
      // Not fatal: a 401 already asked for sign-in (staffApi), and without the list Home names screens by their centre's id.
      () => setCentresLoaded(true),
    );
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
    // The visible word is the name (no aria-label to contradict it), in the language it switches to.
    <button class="secondary" data-testid="lang-switch" onClick={switchLang} lang={lang === 'vi' ? 'en' : 'vi'}>
      <Languages size={20} aria-hidden />
      {lang === 'vi' ? 'English' : 'Tiếng Việt'}
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
    // Signed out either way: the session ends with the page's state, whatever the server answered.
    await request(authApi.logout).catch(() => undefined);
    disconnectLive();
    setUser(null);
  };
  const canEdit = hasRole(user.role, 'editor');
  return (
    <LangContext.Provider value={lang}>
      <div class="shell">
        {/* A rail on the side of a tablet (a bar along the bottom of a phone): every tab one tap away, never wrapping. */}
        <nav class="rail" aria-label={t('Các mục chính', 'Main sections')}>
          {TABS.filter((x) => hasRole(user.role, x.role)).map((x) => (
            <button class="rail-tab" data-testid={`tab-${x.id}`} aria-current={tab === x.id ? 'page' : undefined} onClick={() => setTab(x.id)}>
              <x.icon size={24} aria-hidden />
              <span>{t(x.vi, x.en)}</span>
            </button>
          ))}
        </nav>
        <main class="page">
          <header class="topbar">
            <h1 class="grow">{t(TABS.find((x) => x.id === tab)?.vi ?? '', TABS.find((x) => x.id === tab)?.en ?? '')}</h1>
            <span class="row">
              <span data-testid="whoami">
                {user.displayName} ({user.role})
              </span>
              {langButton}
              <button class="secondary" onClick={logout}>
                <LogOut size={20} aria-hidden />
                {t('Đăng xuất', 'Sign out')}
              </button>
            </span>
          </header>
          {!online && (
            <p class="warning" role="alert" data-testid="console-offline">
              {t(
                'Máy tính bảng đang mất mạng: dữ liệu dưới đây có thể đã cũ, thao tác sẽ chưa lưu được.',
                'This tablet is offline: what is below may be out of date, and changes cannot be saved yet.',
              )}
            </p>
          )}
          <Suspense fallback={<p role="status">{t('Đang tải…', 'Loading…')}</p>}>
            {tab === 'home' && <Home centres={centresLoaded ? centres : undefined} canEdit={canEdit} />}
            {tab === 'playlists' && <Playlists centres={centres} canEdit={canEdit} ownCentreId={user.centreId} />}
            {tab === 'media' && <MediaLibrary canEdit={canEdit} />}
            {tab === 'devices' && <Devices centres={centres} canEdit={canEdit} ownCentreId={user.centreId} />}
            {tab === 'catalogue' && <Catalogue centres={centres} isAdmin={hasRole(user.role, 'admin')} canTeach={canEdit && user.centreId === null} />}
            {tab === 'dossiers' && <Integrations centres={centres} isAdmin={hasRole(user.role, 'admin')} />}
            {tab === 'surveys' && <Surveys centres={centres} canReadComments={canEdit} isAdmin={hasRole(user.role, 'admin')} />}
            {tab === 'register' && <Register centres={centres} canEdit={canEdit} defaultCentre={user.centreId} />}
            {tab === 'reports' && <Reports centres={centres} canEdit={canEdit} />}
            {tab === 'centres' && <Centres centres={centres} self={user} onChanged={loadCentres} />}
            {tab === 'users' && <Users centres={centres} self={user} />}
            {tab === 'audit' && <Audit />}
          </Suspense>
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
      </div>
    </LangContext.Provider>
  );
}
