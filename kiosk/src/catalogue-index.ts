import { buildSearchIndex, search, type SearchIndex, type SearchResult } from '@hcc/shared/search/engine';
import { compileLexicon } from '@hcc/shared/search/lexicon-compile';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import { type CatalogueIndex, CatalogueIndexSchema } from '@hcc/shared/schemas/usage';

/**
 * What the kiosk's screens show of the catalogue: the procedures' summaries, their views and the centre.
 * The words only search reads (papers, dossier, lexicon) stay with the index, in the search worker.
 */
export type KioskCatalogue = Omit<CatalogueIndex, 'items' | 'lexicon' | 'selected'> & { items: ProcedureSummary[] };

export interface IndexedCatalogue {
  index: SearchIndex;
  screens: KioskCatalogue;
  views: ReadonlyMap<string, number>;
  /** What the kiosk's centre serves (its selection), ranked first as the server's search does. */
  selected: ReadonlySet<string>;
}

/** The catalogue as the server sent it (JSON text), checked and indexed; null when it is not one. */
export function indexCatalogue(json: string): IndexedCatalogue | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null; // a truncated answer (a proxy, a dying link): the kiosk keeps the copy it has
  }
  const parsed = CatalogueIndexSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { items, lexicon, selected, ...rest } = parsed.data;
  return {
    index: buildSearchIndex(items, compileLexicon(lexicon)),
    screens: { ...rest, items: items.map(({ code, name, field, level }) => ({ code, name, field, level })) },
    views: new Map(Object.entries(rest.views)),
    selected: new Set(selected),
  };
}

export function searchCatalogue(c: IndexedCatalogue, q: string, limit = 20): SearchResult {
  return search(c.index, q, { limit, preferLevel: c.screens.preferLevel, views: c.views, ...(c.selected.size ? { prefer: (code: string) => c.selected.has(code) } : {}) });
}
