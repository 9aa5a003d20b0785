import type { Centre } from '@hcc/shared/schemas/centre';
import type { PlaylistItem } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { vnClock, vnDate } from '../lib/vn-time';
import { QrImage } from '../slides/QrImage';

/** Header: the centre's name, and date and time on the server's clock (a TV's own clock may be wrong). */
export function Header({ centre, offsetMs, online }: { centre: Centre | null; offsetMs: () => number; online: boolean }) {
  const [now, setNow] = useState(() => Date.now() + offsetMs());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() + offsetMs()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <header class="zone-header">
      <div class="centre-name">{centre?.name ?? 'Trung tâm Phục vụ hành chính công'}</div>
      <div class="clock">
        <span class="time">{vnClock(now)}</span>
        <span class="date">{vnDate(now)}</span>
      </div>
      {!online && <span class="offline-dot" title="Mất kết nối máy chủ — vẫn đang phát" />}
    </header>
  );
}

export function Ticker({ items }: { items: PlaylistItem[] }) {
  const text = items.flatMap((i) => (i.kind === 'ticker' ? [i.text] : [])).join('   •   ');
  if (!text) return null;
  // The text runs twice so the loop has no visible seam.
  return (
    <div class="zone-ticker" data-testid="ticker">
      <div class="ticker-track" style={{ animationDuration: `${Math.max(20, text.length / 6)}s` }}>
        <span>{text}</span>
        <span aria-hidden="true">{text}</span>
      </div>
    </div>
  );
}

const SIDE_ROTATE_MS = 12_000;

/** Side panel: the playlist's QR codes in turn (portal, fee payment, hotline 1022, Zalo OA), plus the hotline. */
export function QrPanel({ items, hotline }: { items: PlaylistItem[]; hotline: string }) {
  const qrs = items.flatMap((i) => (i.kind === 'qr' ? [i] : []));
  const [n, setN] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setN((x) => x + 1), SIDE_ROTATE_MS);
    return () => clearInterval(t);
  }, []);
  const qr = qrs.length ? qrs[n % qrs.length] : null;
  return (
    <aside class="zone-side">
      {qr && (
        <div class="side-qr">
          <QrImage text={qr.url} level={qr.ecLevel} />
          <p>{qr.caption}</p>
        </div>
      )}
      <div class="side-hotline">
        <span>Đường dây nóng</span>
        <strong>{hotline}</strong>
      </div>
    </aside>
  );
}
