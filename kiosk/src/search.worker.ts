import { type IndexedCatalogue, indexCatalogue, procedureSummary, proceduresInField, searchCatalogue } from './catalogue-index';
import { shareAnswer } from './search-answer';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';

/**
 * The kiosk's search, off the page's thread: reading, checking and indexing 2,600 procedures takes a
 * cheap kiosk PC the better part of a second, and a query a few milliseconds; here neither holds up a
 * tap or a frame. Messages are handled in order, so a query asked after a load is answered by its index.
 */
let current: IndexedCatalogue | null = null;
let shared: SharedArrayBuffer | null = null;

const answer = (m: FromSearchWorker) => self.postMessage(m);

self.addEventListener('message', (e: MessageEvent<ToSearchWorker>) => {
  const m = e.data;
  if (m.kind === 'share') {
    shared = m.buffer;
  } else if (m.kind === 'load') {
    // A catalogue that does not parse leaves the last good one searchable.
    const next = indexCatalogue(new TextDecoder().decode(m.bytes));
    if (next) current = next;
    answer({ kind: 'loaded', id: m.id, catalogue: next?.screens ?? null });
  } else if (m.kind === 'search') {
    const result = current ? searchCatalogue(current, m.q) : { hits: [], partial: false };
    // Shared first, for a page waiting in the tap; posted too, for one that stopped waiting.
    if (shared) shareAnswer(shared, m.id, result);
    answer({ kind: 'results', id: m.id, result });
  } else if (m.kind === 'field') {
    answer({ kind: 'field', id: m.id, items: current ? proceduresInField(current, m.field) : [] });
  } else {
    answer({ kind: 'procedure', id: m.id, procedure: current ? procedureSummary(current, m.code) : null });
  }
});
