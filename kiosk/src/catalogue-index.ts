import { orderFields } from '@hcc/shared/catalogue/field-order';
import { buildSearchIndex, search, type SearchIndex, type SearchResult } from '@hcc/shared/search/engine';
import { compileLexicon } from '@hcc/shared/search/lexicon-compile';
import { compileGaps, gapIn, type GapShown } from '@hcc/shared/search/gaps';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import { type CatalogueIndex, CatalogueIndexSchema } from '@hcc/shared/schemas/usage';
import { commonProcedures } from './common';

/**
 * What the kiosk's screens are handed when a catalogue is loaded: the centre, the common procedures and
 * the fields with their counts. The 2,600 summaries stay in the search worker, which answers a field's
 * list or one procedure when a screen asks: copying them all to the page, and keeping them in its state,
 * were the longest tasks of the kiosk's start-up (BENCHMARKS.md, kiosk start-up long tasks).
 */
export type KioskCatalogue = Pick<CatalogueIndex, 'preferLevel' | 'centre'> & {
  /** How many procedures the catalogue holds. */
  size: number;
  /** The home tiles and the "common procedures" list, most opened first. */
  common: ProcedureSummary[];
  /** Fields (lĩnh vực) with how many procedures each has: at a commune, the fields people come there for first. */
  fields: [string, number][];
};

export interface IndexedCatalogue {
  index: SearchIndex;
  screens: KioskCatalogue;
  items: ProcedureSummary[];
  views: ReadonlyMap<string, number>;
  /** What the kiosk's centre serves (its selection), ranked first as the server's search does. */
  selected: ReadonlySet<string>;
  gaps: ReturnType<typeof compileGaps>;
}

/** A search's answer on the kiosk: the results, and the need the catalogue lacks when the query names one. */
export type KioskSearchResult = SearchResult & { gap?: GapShown };

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
  const { items, lexicon, selected, views, preferLevel, centre, gaps } = parsed.data;
  const summaries = items.map(({ code, name, field, level }): ProcedureSummary => ({ code, name, field, level }));
  const counts = new Map<string, number>();
  for (const p of summaries) if (p.field) counts.set(p.field, (counts.get(p.field) ?? 0) + 1);
  return {
    index: buildSearchIndex(items, compileLexicon(lexicon)),
    screens: { preferLevel, ...(centre !== undefined ? { centre } : {}), size: items.length, common: commonProcedures(summaries, views), fields: orderFields([...counts], preferLevel) },
    items: summaries,
    views: new Map(Object.entries(views)),
    selected: new Set(selected),
    gaps: compileGaps(gaps),
  };
}

export function searchCatalogue(c: IndexedCatalogue, q: string, limit = 20): KioskSearchResult {
  const result = search(c.index, q, { limit, preferLevel: c.screens.preferLevel, views: c.views, ...(c.selected.size ? { prefer: (code: string) => c.selected.has(code) } : {}) });
  const gap = gapIn(c.gaps, q, c.index.lexicon);
  return gap ? { ...result, gap } : result;
}

/** A field's procedures, in catalogue order: the list a field's tile opens. */
export const proceduresInField = (c: IndexedCatalogue, field: string): ProcedureSummary[] => c.items.filter((p) => p.field === field);

/** One procedure's summary (the survey names the procedure last opened); null when the catalogue has no such code. */
export const procedureSummary = (c: IndexedCatalogue, code: string): ProcedureSummary | null => c.items.find((p) => p.code === code) ?? null;
