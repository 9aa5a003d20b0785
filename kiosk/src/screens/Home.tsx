import { COMMON_PROCEDURE_SHORT_NAMES } from '@hcc/shared/catalogue/common-procedures';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { LocalCatalogue } from '../catalogue';
import { useLang, useT } from '../i18n';
import { Baby, FaceSlightlySmiling, FileCheck, FileText, Files, Flower2, FolderOpen, HeartHandshake, HousePlus, Lock, type LucideIcon, Phone, ScanLine, Search, Smartphone, Stamp } from '../icons';

/** Where the home screen can lead, besides a procedure. */
export type HomeTarget = 'search' | 'dossier' | 'common' | 'fields' | 'survey' | 'online' | 'hotline' | 'privacy';

/** A picture per common procedure, so a person who reads slowly finds "khai sinh" by its baby. */
const PROCEDURE_ICONS: Record<string, LucideIcon> = {
  '1.001193': Baby,
  '1.000894': HeartHandshake,
  '1.004873': FileCheck,
  '1.004222': HousePlus,
  '1.004194': HousePlus,
  '2.000815': Stamp,
  '1.000656': Flower2,
  '2.000635': Files,
};
/** Big tiles on the home screen: two rows of three in landscape, three rows of two in portrait. */
const HOME_TILES = 6;

/**
 * The first screen a person sees: whose centre this is, a search box as big as a sign, the most
 * common procedures one tap away, then everything else. Fills a 1080×1920 portrait screen top to bottom.
 */
export function Home({ catalogue, onGo, onOpen }: { catalogue: LocalCatalogue | null; onGo: (to: HomeTarget) => void; onOpen: (code: string) => void }) {
  const t = useT();
  const centre = catalogue?.data.centre?.name ?? t('Trung tâm Phục vụ hành chính công', 'Public Administrative Service Centre');
  const common = catalogue?.data.common.slice(0, HOME_TILES) ?? [];
  const more: [HomeTarget, LucideIcon, string, string][] = [
    ['fields', FolderOpen, t('Tìm theo lĩnh vực', 'Browse by field'), t('Hộ tịch, chứng thực, cư trú, đất đai…', 'Civil status, residence, land…')],
    ['survey', FaceSlightlySmiling, t('Đánh giá sự hài lòng', 'Rate our service'), t('Một chạm, ẩn danh', 'One tap, anonymous')],
    ['online', Smartphone, t('Dịch vụ công trực tuyến', 'Online public services'), t('Quét mã, nộp hồ sơ bằng điện thoại', 'Scan to apply from your phone')],
    ['hotline', Phone, t('Đường dây nóng 1022', 'Hotline 1022'), t('Phản ánh, kiến nghị', 'Feedback and complaints')],
  ];
  return (
    <div class="home-screen" data-testid="kiosk-home-screen">
      <header class="home-head">
        <p class="home-kicker">{t('Xin chào! Đây là', 'Welcome to')}</p>
        <h1 data-testid="centre-name">{centre}</h1>
      </header>
      <div class="home-actions">
        <button class="search-box" data-testid="tile-search" onClick={() => onGo('search')}>
          <Search class="icon" size={56} strokeWidth={2.5} />
          <span class="search-box-text">
            <strong>{t('Tìm thủ tục', 'Find a procedure')}</strong>
            <span>{t('Chạm vào đây để gõ tên, ví dụ: khai sinh', 'Tap here to type its name, e.g. birth certificate or khai sinh')}</span>
          </span>
        </button>
        {/* Second only to search: "is mine ready?" is what people come back to the centre to ask. */}
        <button class="search-box dossier-box" data-testid="tile-dossier" onClick={() => onGo('dossier')}>
          <ScanLine class="icon" size={56} strokeWidth={2.5} />
          <span class="search-box-text">
            <strong>{t('Tra cứu hồ sơ', 'Check your dossier')}</strong>
            <span>{t('Quét mã trên giấy hẹn: hồ sơ đã có kết quả chưa?', 'Scan your receipt: is the result ready?')}</span>
          </span>
        </button>
      </div>
      <section class="home-common" aria-labelledby="common-heading">
        <div class="common-head">
          <h2 id="common-heading">{t('Thủ tục thường gặp', 'Common procedures')}</h2>
          <button class="more-common" data-testid="tile-common" onClick={() => onGo('common')}>
            {t('Xem thêm', 'See more')}
          </button>
        </div>
        <nav class="common-tiles" data-testid="kiosk-tiles">
          {common.map((p) => (
            <CommonTile p={p} onOpen={onOpen} />
          ))}
          {common.length === 0 && (
            <p class="muted">
              {catalogue
                ? t('Chưa có thủ tục nào trong danh mục. Vui lòng hỏi cán bộ tại quầy.', 'The catalogue is empty. Please ask at the counter.')
                : t('Đang tải danh mục thủ tục…', 'Loading the catalogue…')}
            </p>
          )}
        </nav>
      </section>
      <nav class="more-tiles" aria-label={t('Dịch vụ khác', 'Other services')}>
        {more.map(([to, Icon, title, sub]) => (
          <button class="tile" data-testid={`tile-${to}`} onClick={() => onGo(to)}>
            <Icon class="icon" size={48} />
            <span>
              <strong>{title}</strong>
              <span class="tile-sub">{sub}</span>
            </span>
          </button>
        ))}
      </nav>
      <button class="privacy-link" data-testid="privacy-open" onClick={() => onGo('privacy')}>
        <Lock class="icon" size={28} /> {t('Quyền riêng tư: tra cứu và đánh giá đều ẩn danh', 'Privacy: searches and answers are anonymous')}
      </button>
    </div>
  );
}

function CommonTile({ p, onOpen }: { p: ProcedureSummary; onOpen: (code: string) => void }) {
  const lang = useLang();
  const short = COMMON_PROCEDURE_SHORT_NAMES[p.code];
  const Icon = PROCEDURE_ICONS[p.code] ?? FileText;
  // The official name stays Vietnamese; only our own short names have an English form.
  const label = short ? short[lang] : p.name;
  return (
    <button class="common-tile" data-testid="common-tile" data-code={p.code} onClick={() => onOpen(p.code)} lang={short && lang === 'en' ? 'en' : 'vi'}>
      <Icon class="icon" size={72} strokeWidth={1.75} />
      <strong>{label}</strong>
    </button>
  );
}
