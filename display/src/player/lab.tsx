import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import './player.css';
import type { Centre } from '@hcc/shared/schemas/centre';
import { type PlaylistItem, PlaylistItemSchema } from '@hcc/shared/schemas/playlist';
import { ProcedureSchema } from '@hcc/shared/schemas/procedure';
import { options, render } from 'preact';
import { useState } from 'preact/hooks';
import { primeProcedure } from '../slides/procedure-cache';
import { Slide } from '../slides/Slide';
import { Header, QrPanel, Ticker } from './Chrome';

/**
 * The slide lab (/display/lab.html): the TV's layout (header, main zone, QR panel, ticker) with one
 * slide at a time, shown on demand. Browser tests sweep thousands of slides through it in one page
 * (every procedure of the catalogue, in both orientations), and `npm run screenshots` draws it. It
 * needs no pairing and sends nothing: the slides fetch only what a screen fetches (procedures, media,
 * survey results).
 */

/** `skipped`: the slide passed itself over (a dossier list with a stale or empty feed), as a TV would. */
type Outcome = { ok: true; skipped?: true } | { ok: false; error: string };
interface Shown {
  item: PlaylistItem;
  n: number;
  settle: (o: Outcome) => void;
}

const LAB_CENTRE: Centre = { id: 'lab', kind: 'commune', name: 'Trung tâm Phục vụ hành chính công xã Long Thành', parentId: null, address: '', hotline: '1022', official: null };
const SIDE_QR: PlaylistItem[] = [
  PlaylistItemSchema.parse({ id: 'lab-qr', kind: 'qr', title: 'Cổng DVC', durationMs: 10_000, url: 'https://dichvucong.gov.vn', caption: 'Cổng Dịch vụ công quốc gia' }),
];

let show: ((s: Shown) => void) | null = null;
let counter = 0;

function Lab() {
  const [shown, setShown] = useState<Shown | null>(null);
  const [ticker, setTicker] = useState<PlaylistItem[]>([]);
  show = (s) => {
    setShown(s);
    if (s.item.kind === 'ticker') setTicker([s.item]);
  };
  return (
    <div class="screen">
      <Header centre={LAB_CENTRE} offsetMs={() => 0} online />
      <div class="zone-main" data-testid="now-playing" data-item-id={shown?.item.id ?? ''} data-kind={shown?.item.kind ?? ''}>
        {shown && (
          <div key={shown.n} class="layer layer-front">
            <Slide
              item={shown.item}
              centreId={LAB_CENTRE.id}
              onReady={() => shown.settle({ ok: true })}
              onFailed={(why) => shown.settle({ ok: false, error: why })}
              onSkip={() => shown.settle({ ok: true, skipped: true })}
            />
          </div>
        )}
      </div>
      <QrPanel items={SIDE_QR} hotline="1022" />
      <Ticker items={ticker} />
    </div>
  );
}

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) => e.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');

/**
 * Shows one item (validated as a screen would); resolves once it is ready: rendered, fitted and its
 * images decoded. Layout is done by then (fitting measures it); painting is left to the caller.
 */
async function showItem(raw: unknown, procedure?: unknown): Promise<Outcome> {
  const parsed = PlaylistItemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: issues(parsed.error) };
  if (procedure !== undefined) {
    // A procedure given with the item (any of the catalogue's, imported on this server or not).
    const p = ProcedureSchema.safeParse(procedure);
    if (!p.success) return { ok: false, error: issues(p.error) };
    primeProcedure(p.data);
  }
  const outcome = await new Promise<Outcome>((resolve) => {
    let done = false;
    const settle = (o: Outcome) => {
      if (!done) resolve(o);
      done = true;
    };
    show?.({ item: parsed.data, n: ++counter, settle });
    // Rendering is synchronous here (below): a slide drawn from data in hand is rendered and fitted
    // by now, without waiting frames for its ready signal (a QR code's box has its size before the
    // image decodes); media wait, since their shape sets the layout.
    if (LAID_OUT_AT_ONCE.has(parsed.data.kind) && (parsed.data.kind !== 'procedure' || procedure !== undefined)) settle({ ok: true });
    setTimeout(() => settle({ ok: false, error: 'not ready within 8 s' }), 8_000);
  });
  return outcome;
}

const LAID_OUT_AT_ONCE = new Set<PlaylistItem['kind']>(['text', 'ticker', 'emergency', 'survey_results', 'qr', 'procedure']);

// Render at once instead of on the next microtask, so thousands of slides go through in minutes.
options.debounceRendering = (cb) => cb();
const root = document.getElementById('app');
if (root) render(<Lab />, root);
Object.assign(window, { hccLab: { show: showItem, ready: document.fonts.ready.then(() => true) } });
