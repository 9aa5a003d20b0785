import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { KioskCatalogue, KioskSearchResult } from './catalogue-index';

/**
 * What the page asks the search worker (search.worker.ts); every question carries an id its answer repeats.
 * Besides a query, the worker answers what a screen shows of the catalogue: a field's list, one procedure.
 * `share` hands it the memory where it also puts each query's answer for a page waiting in a tap (search-answer.ts).
 */
export type ToSearchWorker =
  | { kind: 'share'; buffer: SharedArrayBuffer }
  | { kind: 'load'; id: number; bytes: ArrayBuffer }
  | { kind: 'search'; id: number; q: string }
  | { kind: 'field'; id: number; field: string }
  | { kind: 'procedure'; id: number; code: string };

/** The worker's answers: a loaded catalogue (null when the bytes were not one), a query's results, a field's list, a procedure. */
export type FromSearchWorker =
  | { kind: 'loaded'; id: number; catalogue: KioskCatalogue | null }
  | { kind: 'results'; id: number; result: KioskSearchResult }
  | { kind: 'field'; id: number; items: ProcedureSummary[] }
  | { kind: 'procedure'; id: number; procedure: ProcedureSummary | null };
