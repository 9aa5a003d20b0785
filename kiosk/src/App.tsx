import { QR_PRESETS } from '@hcc/shared/qr/presets';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KioskSearchResult } from './catalogue-index';
import { type LocalCatalogue, watchCatalogue } from './catalogue';
import { LazyLookup } from './dossier/LazyLookup';
import { type Lang, LangContext, useT } from './i18n';
import { Keyboard } from './Keyboard';
import { lazyScreen, prefetchWhenIdle } from './lazy-screen';
import { PrivacyNotice } from './Privacy';
import { allowZoom, lockDown } from './lockdown';
import { Home, type HomeTarget } from './screens/Home';
import { Survey } from './Survey';
import { TEXT_SIZES, Toolbar } from './Toolbar';
import { record } from './usage';

/** After this long untouched the kiosk forgets everything and shows the home screen to the next person. */
export const IDLE_MS = 60_000;
const SEARCH_RECORD_MS = 2_000;

// Screens a tap opens, kept out of the start-up module (lazy-screen.tsx) and prefetched once the home
// screen is up. The survey is not one of them: an offline kiosk must take answers even before it ever
// fetched a chunk (e2e/kiosk.test.ts), so it stays in the start-up module, without its QR encoder (qr.ts).
const Detail = lazyScreen(() => import('./Detail').then((m) => m.Detail));
const TakeAway = lazyScreen(() => import('./TakeAway').then((m) => m.TakeAway));

type Screen = { name: 'home' | HomeTarget } | { name: 'field'; field: string } | { name: 'detail'; code: string; from: Screen };

export function App() {
  const params = new URLSearchParams(location.search);
  const direct = params.get('p');
  // A phone that scanned the TV's or the kiosk's QR: the survey or the dossier look-up alone, no kiosk around it.
  const phoneSurvey = params.get('survey') === '1';
  const phoneDossier = params.get('hoso') === '1';
  const home: Screen = direct ? { name: 'detail', code: direct, from: { name: 'home' } } : { name: 'home' };
  const [screen, setScreen] = useState<Screen>(home);
  /** The search screen's query, kept while a procedure opened from it is read (Search owns the text). */
  const query = useRef('');
  const [catalogue, setCatalogue] = useState<LocalCatalogue | null>(null);
  const [size, setSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  const [lang, setLang] = useState<Lang>('vi');
  /** The last procedure opened in this visit: the survey may be about it, if the person says so. */
  const [lastViewed, setLastViewed] = useState<string | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => watchCatalogue(setCatalogue), []);
  const ready = catalogue !== null;
  useEffect(() => (ready ? prefetchWhenIdle([Detail, TakeAway]) : undefined), [ready]);
  // A phone is the citizen's own: only the kiosk in the hall is locked in.
  useEffect(() => (phoneSurvey || phoneDossier ? allowZoom() : lockDown()), []);
  // The next person starts from scratch: screen, query, text size, contrast, language and scroll. The
  // dossier look-up keeps its code and answer inside its screen, so leaving it forgets them and closes the camera.
  useEffect(() => {
    const reset = () => {
      setScreen({ name: 'home' });
      query.current = '';
      setSize(0);
      setContrast(false);
      setLang('vi');
      setLastViewed(null);
      window.scrollTo(0, 0);
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    };
    const touch = () => {
      clearTimeout(idle.current);
      idle.current = setTimeout(reset, IDLE_MS);
    };
    touch();
    for (const e of ['pointerdown', 'keydown', 'input']) window.addEventListener(e, touch, true);
    return () => {
      clearTimeout(idle.current);
      for (const e of ['pointerdown', 'keydown', 'input']) window.removeEventListener(e, touch, true);
    };
  }, []);
  useEffect(() => {
    document.documentElement.style.fontSize = `${TEXT_SIZES[size]}px`;
    document.documentElement.classList.toggle('contrast', contrast);
    document.documentElement.lang = lang;
  }, [size, contrast, lang]);

  const fieldCounts = catalogue?.data.fields ?? [];
  const fields = fieldCounts.map(([f]) => f);
  const viewed = useAnswer<ProcedureSummary | null>(catalogue && lastViewed ? (done) => catalogue.procedure(lastViewed, done) : null, null, [catalogue, lastViewed]);
  if (phoneSurvey)
    return (
      <LangContext.Provider value={lang}>
        <main class="kiosk phone">
          <Survey phone fields={fields} onDone={() => undefined} />
        </main>
      </LangContext.Provider>
    );

  if (phoneDossier)
    return (
      <LangContext.Provider value={lang}>
        <main class="kiosk phone">
          <LazyLookup phone />
        </main>
      </LangContext.Provider>
    );

  const open = (code: string) => {
    setLastViewed(code);
    setScreen({ name: 'detail', code, from: screen.name === 'detail' ? screen.from : screen });
  };

  return (
    <LangContext.Provider value={lang}>
      <main class={screen.name === 'search' ? 'kiosk fits' : 'kiosk'} data-catalogue-size={catalogue?.data.size ?? 0}>
        <Toolbar
          atHome={screen.name === 'home'}
          onHome={() => {
            setScreen({ name: 'home' });
            query.current = '';
          }}
          size={size}
          onSize={() => setSize((size + 1) % TEXT_SIZES.length)}
          contrast={contrast}
          onContrast={() => setContrast(!contrast)}
          lang={lang}
          onLang={() => setLang(lang === 'vi' ? 'en' : 'vi')}
        />
        {screen.name === 'home' && <Home catalogue={catalogue} onGo={(name) => setScreen({ name })} onOpen={open} />}
        {screen.name === 'search' && <Search catalogue={catalogue} remembered={query} onOpen={open} />}
        {screen.name === 'dossier' && <LazyLookup />}
        {screen.name === 'survey' && <Survey fields={fields} procedure={viewed} onDone={() => setScreen({ name: 'home' })} />}
        {screen.name === 'fields' && <Fields fields={fieldCounts} onPick={(field) => setScreen({ name: 'field', field })} />}
        {screen.name === 'field' && <FieldList catalogue={catalogue} field={screen.field} onOpen={open} />}
        {screen.name === 'common' && <Common catalogue={catalogue} onOpen={open} />}
        {screen.name === 'online' && <TakeAway url={QR_PRESETS.dvc_portal.url} />}
        {screen.name === 'hotline' && <TakeAway url={QR_PRESETS.hotline_1022.url} />}
        {screen.name === 'privacy' && <PrivacyNotice heading />}
        {screen.name === 'detail' && <Detail code={screen.code} centre={catalogue?.data.centre ?? null} onBack={() => setScreen(screen.from)} />}
      </main>
    </LangContext.Provider>
  );
}

/**
 * Result rows rendered with a keystroke: a portrait kiosk shows about this many two-line rows between
 * the search field and the keyboard. Laying out and painting 20 rows at every key made a cheap kiosk PC
 * miss frames while the person typed (BENCHMARKS.md, keystroke → painted frame).
 */
const FIRST_ROWS = 9;
/** The rest of the rows come once typing pauses this long, or at once when the person scrolls the list. */
const REST_AFTER_MS = 600;
/** The longest a typed letter waits for its results before it is drawn alone. */
const ECHO_MS = 50;

function Search({
  catalogue,
  remembered,
  onOpen,
}: {
  catalogue: LocalCatalogue | null;
  /** The query, kept across a visit to a procedure's page; written at every key, read when the screen opens. */
  remembered: { current: string };
  onOpen: (code: string) => void;
}) {
  const t = useT();
  // The text lives here, not in App: a keystroke re-renders this screen only, not the toolbar and the rest.
  const [text, setText] = useState(remembered.current);
  // Results come from the search worker a few milliseconds after the keystroke; until then the last ones
  // stay up. `shown.q` is the query they answer, which the list carries as data-query.
  const [shown, setShown] = useState<{ q: string; result: KioskSearchResult } | null>(null);
  const [complete, setComplete] = useState<KioskSearchResult | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  // What a key handler needs, in refs: the keyboard below is then the same element at every keystroke
  // and Preact skips its 45 keys.
  const latest = useRef({ text, catalogue, cancel: (): void => undefined });
  latest.current.catalogue = catalogue;
  const type = useCallback((next: string, echoed = false) => {
    const l = latest.current;
    l.text = next;
    remembered.current = next;
    l.cancel();
    l.cancel = () => undefined;
    // Cleared, the old results go at once: typing again must not bring them back until its own answer.
    if (!next.trim()) setShown(null);
    if (!l.catalogue || !next.trim() || echoed) setText(next);
    if (!l.catalogue || !next.trim()) return;
    // The letter is drawn with its results, in one frame: drawn alone first, it made a frame of its own
    // that the worker's answer, a few milliseconds later, then had to wait behind. Should the worker be
    // slow, the letter is drawn anyway after ECHO_MS.
    const echo = setTimeout(() => setText(next), ECHO_MS);
    const cancel = l.catalogue.search(next, (result) => {
      clearTimeout(echo);
      // Only when the person has scrolled: reading or writing the list's scroll position forces a layout.
      if (scrolled.current && list.current) list.current.scrollTop = 0;
      scrolled.current = false;
      setText(next);
      setShown({ q: next, result });
    });
    l.cancel = () => {
      clearTimeout(echo);
      cancel();
    };
  }, []);
  const keyboard = useMemo(() => <Keyboard onChange={(edit) => type(edit(latest.current.text))} />, [type]);
  // The screen opened again with a query (back from a procedure's page), or the catalogue arrived or changed.
  useEffect(() => type(latest.current.text), [catalogue]);
  useEffect(() => () => latest.current.cancel(), []);
  const answered = text.trim() ? shown : null;
  const result = answered?.result ?? null;
  const rows = complete === result ? Infinity : FIRST_ROWS;
  useEffect(() => {
    if (!result || result.hits.length <= FIRST_ROWS) return;
    const timer = setTimeout(() => setComplete(result), REST_AFTER_MS);
    return () => clearTimeout(timer);
  }, [result]);
  // A query is counted once the person stops typing, not at every letter.
  useEffect(() => {
    if (!answered) return;
    const timer = setTimeout(() => record({ kind: 'search', q: answered.q.slice(0, 500), results: answered.result.hits.length }), SEARCH_RECORD_MS);
    return () => clearTimeout(timer);
  }, [answered]);
  return (
    <section class="search-screen">
      <input
        class="search"
        data-testid="kiosk-search"
        value={text}
        inputMode="none"
        maxLength={200}
        onInput={(e) => type(e.currentTarget.value, true)}
        aria-label={t('Tên thủ tục cần tìm', 'Name of the procedure to find')}
        placeholder={t('Ví dụ: khai sinh, giay doc than, so do…', 'e.g. birth certificate, khai sinh, so do…')}
        autocomplete="off"
        spellcheck={false}
        autofocus
      />
      {/* Everything a keystroke changes scrolls in this box of a fixed size (kiosk.css, .search-found). */}
      <div
        class="search-found"
        ref={list}
        onScroll={() => {
          scrolled.current = true;
          if (result && complete !== result) setComplete(result);
        }}
      >
        {!catalogue && <p class="muted">{t('Đang tải danh mục thủ tục…', 'Loading the catalogue…')}</p>}
        {/* Before the first key, the space above the keyboard offers the common procedures. */}
        {catalogue && !text.trim() && (
          <div class="search-idle">
            <p>{t('Gõ tên thủ tục bằng bàn phím bên dưới, hoặc chọn một thủ tục thường gặp:', 'Type the name on the keyboard below, or pick a common procedure:')}</p>
            <Common catalogue={catalogue} onOpen={onOpen} />
          </div>
        )}
        {result && result.hits.length === 0 && (
          <div class="no-result" data-testid="no-result">
            <p>
              {t(
                'Chưa tìm thấy thủ tục phù hợp. Hãy thử từ ngắn hơn, chọn một thủ tục thường gặp dưới đây, hoặc hỏi cán bộ tại quầy.',
                'Nothing found. Try a shorter word, pick a common procedure below, or ask at the counter.',
              )}
            </p>
            <Common catalogue={catalogue} onOpen={onOpen} />
          </div>
        )}
        {/* A need the catalogue has no procedure for: said before the nearest procedures, which answer something else. */}
        {result?.gap && (
          <p class="notice gap-note" role="note" data-testid="gap-note" data-gap={result.gap.id}>
            {t(result.gap.note.vi, result.gap.note.en)}
          </p>
        )}
        {result && result.partial && <p class="muted">{t('Không có thủ tục khớp mọi từ; đây là các thủ tục gần nhất.', 'No procedure has every word; these are the closest.')}</p>}
        <ul class="results" data-testid="kiosk-results" data-query={answered?.q ?? ''}>
          {result?.hits.slice(0, rows).map((r, i) => (
            <ResultRow
              r={r}
              onOpen={(code) => {
                // Where the answer was in the list: far down, staff are offered a synonym (console, Tìm kiếm).
                record({ kind: 'pick', q: (answered?.q ?? text).slice(0, 500), code, rank: i + 1 });
                onOpen(code);
              }}
            />
          ))}
        </ul>
        {/* Many needs are not procedures of this catalogue: whatever the list, a person to ask. */}
        {result && result.hits.length > 0 && (
          <p class="muted search-help" data-testid="search-help">
            {t('Không thấy việc của mình? Hãy hỏi cán bộ tại quầy hoặc gọi đường dây nóng 1022.', 'Not what you need? Ask at the counter or call the 1022 hotline.')}
          </p>
        )}
      </div>
      {keyboard}
    </section>
  );
}

function ResultRow({ r, onOpen }: { r: ProcedureSummary; onOpen: (code: string) => void }) {
  return (
    <li>
      <button class="result" data-testid="kiosk-result" data-code={r.code} onClick={() => onOpen(r.code)} lang="vi">
        <strong>{r.name}</strong>
        <span class="muted">{r.field}</span>
      </button>
    </li>
  );
}

function ResultList({ title, items, onOpen }: { title: string; items: ProcedureSummary[]; onOpen: (code: string) => void }) {
  return (
    <section>
      <h1>{title}</h1>
      <ul class="results">
        {items.map((r) => (
          <ResultRow r={r} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/**
 * What the page asked the search worker (which keeps the catalogue's summaries): `initial` until the
 * answer comes, and again whenever `deps` change; an answer to an older question is dropped.
 */
function useAnswer<T>(ask: ((done: (value: T) => void) => () => void) | null, initial: T, deps: unknown[]): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    setValue(initial);
    return ask?.(setValue);
  }, deps);
  return value;
}

function FieldList({ catalogue, field, onOpen }: { catalogue: LocalCatalogue | null; field: string; onOpen: (code: string) => void }) {
  const items = useAnswer<ProcedureSummary[]>(catalogue ? (done) => catalogue.inField(field, done) : null, [], [catalogue, field]);
  return <ResultList title={field} items={items} onOpen={onOpen} />;
}

function Common({ catalogue, onOpen }: { catalogue: LocalCatalogue | null; onOpen: (code: string) => void }) {
  const t = useT();
  return <ResultList title={t('Thủ tục thường gặp', 'Common procedures')} items={catalogue?.data.common ?? []} onOpen={onOpen} />;
}

function Fields({ fields, onPick }: { fields: [string, number][]; onPick: (field: string) => void }) {
  const t = useT();
  return (
    <section>
      <h1>{t('Chọn lĩnh vực', 'Choose a field')}</h1>
      <div class="field-grid">
        {fields.map(([f, n]) => (
          <button class="field" data-testid="kiosk-field" onClick={() => onPick(f)} lang="vi">
            {f} <span class="muted">({n})</span>
          </button>
        ))}
      </div>
    </section>
  );
}
