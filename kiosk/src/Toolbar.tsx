import { useT } from './i18n';
import { ALargeSmall, Contrast, House, Languages } from './icons';

/** Text sizes the kiosk offers in place of pinch-zoom (index.html explains why zoom is off). */
export const TEXT_SIZES = [22, 26, 31];

export function Toolbar(p: { atHome: boolean; onHome: () => void; size: number; onSize: () => void; contrast: boolean; onContrast: () => void; lang: 'vi' | 'en'; onLang: () => void }) {
  const t = useT();
  return (
    <header class="toolbar screen-only">
      {!p.atHome ? (
        <button class="tool home" data-testid="kiosk-home" onClick={p.onHome}>
          <House class="icon" size={32} /> {t('Trang chủ', 'Home')}
        </button>
      ) : (
        <strong class="title">{t('Tra cứu thủ tục hành chính', 'Administrative procedures')}</strong>
      )}
      <span class="tools">
        <button class="tool" data-testid="text-size" onClick={p.onSize}>
          <ALargeSmall class="icon" size={32} /> {t('Cỡ chữ', 'Text size')} {['A', 'A+', 'A++'][p.size]}
        </button>
        <button class="tool" data-testid="contrast" aria-pressed={p.contrast} onClick={p.onContrast}>
          <Contrast class="icon" size={32} /> {t('Tương phản', 'Contrast')}
        </button>
        <button class="tool" data-testid="kiosk-lang" onClick={p.onLang}>
          <Languages class="icon" size={32} /> {p.lang === 'vi' ? <span lang="en">English</span> : <span lang="vi">Tiếng Việt</span>}
        </button>
      </span>
    </header>
  );
}
