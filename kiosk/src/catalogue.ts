import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { KioskCatalogue, KioskSearchResult } from './catalogue-index';
import { CATALOGUE_CHANGED, loadKioskCredentials } from './device';
import { answerBuffer, takeAnswer } from './search-answer';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';

/**
 * The kiosk's own copy of the catalogue: searched in the browser as the citizen types, so a keystroke
 * costs no round trip and search keeps working when the network does not. The service worker keeps
 * the last copy; a fresh one is asked for every 15 seconds (a 304 when nothing changed). The index
 * lives in a worker (search.worker.ts): the page only fetches the bytes and hands them over, and asks
 * the worker for the procedures a screen shows.
 */
export interface LocalCatalogue {
  data: KioskCatalogue;
  /** Asks for a query's results; `onResult` is called with them unless the returned cancel was called first. */
  search(q: string, onResult: (r: KioskSearchResult) => void): () => void;
  /** Asks for a field's procedures, as `search` does. */
  inField(field: string, onItems: (items: ProcedureSummary[]) => void): () => void;
  /** Asks for one procedure's summary, as `search` does. */
  procedure(code: string, onProcedure: (p: ProcedureSummary | null) => void): () => void;
}

const REFRESH_MS = 15_000;
/**
 * How long a tap waits for its query's answer (search-answer.ts). A query takes the worker 1–3 ms here and
 * about four times that on a slow PC; past this the frame is painted without it and the answer comes by message.
 */
const WAIT_IN_TAP_MS = 12;
/** The kiosk's centre: the one it is paired with, else the address's ?centre= (a phone, an unpaired page). */
export const centreParam = () => {
  const params = new URLSearchParams(location.search);
  const onPhone = params.get('survey') === '1' || params.get('hoso') === '1';
  return (onPhone ? null : loadKioskCredentials()?.centreId) ?? params.get('centre') ?? '';
};

async function fetchIndex(): Promise<{ bytes: ArrayBuffer; etag: string | null } | null> {
  const centre = centreParam();
  const res = await fetch(`/api/procedures/index${centre ? `?centre=${encodeURIComponent(centre)}` : ''}`);
  // The bytes, not JSON: parsing and checking 2,600 procedures is the worker's job too.
  return res.ok ? { bytes: await res.arrayBuffer(), etag: res.headers.get('etag') } : null;
}

/**
 * The page's side of the search worker: each question gets its answer through the callback it was asked
 * with; a query's, where the page may share memory with the worker, before `search` returns.
 */
function searchWorker() {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (m: FromSearchWorker) => void>();
  let nextId = 0;
  const shared = answerBuffer();
  if (shared) worker.postMessage({ kind: 'share', buffer: shared } satisfies ToSearchWorker);
  // While the worker indexes a catalogue it answers nothing else: a tap then does not wait for it.
  let loading = 0;
  worker.addEventListener('message', (e: MessageEvent<FromSearchWorker>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.(e.data);
  });
  /** Sends a question; its answer goes to `onAnswer` unless the returned cancel was called first. */
  const ask = (m: Exclude<ToSearchWorker, { kind: 'share' }>, onAnswer: (m: FromSearchWorker) => void, transfer: Transferable[] = []) => {
    waiting.set(m.id, onAnswer);
    worker.postMessage(m, transfer);
    return () => void waiting.delete(m.id);
  };
  return {
    load: (bytes: ArrayBuffer) => {
      loading++;
      return new Promise<KioskCatalogue | null>((resolve) =>
        ask(
          { kind: 'load', id: nextId++, bytes },
          (m) => {
            loading--;
            resolve(m.kind === 'loaded' ? m.catalogue : null);
          },
          [bytes],
        ),
      );
    },
    search: (q: string, onResult: (r: KioskSearchResult) => void) => {
      const id = nextId++;
      const cancel = ask({ kind: 'search', id, q }, (m) => m.kind === 'results' && onResult(m.result));
      const result = shared && !loading ? takeAnswer<KioskSearchResult>(shared, id, WAIT_IN_TAP_MS) : undefined;
      if (!result) return cancel;
      cancel(); // its posted copy, when it comes, is not for anyone
      onResult(result);
      return () => undefined;
    },
    inField: (field: string, onItems: (items: ProcedureSummary[]) => void) => ask({ kind: 'field', id: nextId++, field }, (m) => m.kind === 'field' && onItems(m.items)),
    procedure: (code: string, onProcedure: (p: ProcedureSummary | null) => void) => ask({ kind: 'procedure', id: nextId++, code }, (m) => m.kind === 'procedure' && onProcedure(m.procedure)),
    stop: () => worker.terminate(),
  };
}

/** Loads the catalogue, then calls back again whenever a newer one is published. */
export function watchCatalogue(onChange: (c: LocalCatalogue) => void): () => void {
  const worker = searchWorker();
  let etag: string | null | undefined;
  const load = async () => {
    const got = await fetchIndex().catch(() => null);
    if (!got || (etag !== undefined && got.etag === etag && got.etag !== null)) return;
    etag = got.etag;
    const start = performance.now();
    const data = await worker.load(got.bytes);
    if (!data) return;
    // From the bytes handed over to search being ready: visible in the browser's performance panel, read by the kiosk benchmark.
    performance.measure('catalogue-index-build', { start, end: performance.now() });
    onChange({ data, search: worker.search, inField: worker.inField, procedure: worker.procedure });
  };
  void load();
  const timer = setInterval(() => void load(), REFRESH_MS);
  window.addEventListener('online', load);
  // Pushed by the paired kiosk's socket (device.ts); the poll above is the fallback while it is down.
  window.addEventListener(CATALOGUE_CHANGED, load);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', load);
    window.removeEventListener(CATALOGUE_CHANGED, load);
    worker.stop();
  };
}
