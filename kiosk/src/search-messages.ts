import type { SearchResult } from '@hcc/shared/search/engine';
import type { KioskCatalogue } from './catalogue-index';

/** What the page asks the search worker (search.worker.ts); every question carries an id its answer repeats. */
export type ToSearchWorker = { kind: 'load'; id: number; bytes: ArrayBuffer } | { kind: 'search'; id: number; q: string };

/** The worker's answers: a loaded catalogue (null when the bytes were not one) or a query's results. */
export type FromSearchWorker = { kind: 'loaded'; id: number; catalogue: KioskCatalogue | null } | { kind: 'results'; id: number; result: SearchResult };
