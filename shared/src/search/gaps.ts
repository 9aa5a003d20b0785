import { words } from './engine';
import type { GapNote } from './gap-note';

/** The note a search shows above its results: the need and its sentence. */
export type GapShown = Pick<GapNote, 'id' | 'note'>;

interface CompiledGap extends GapShown {
  say: string[];
  unless: string[];
}

/** A phrase or a query as the matcher reads it: folded words between spaces, so a phrase matches whole words only. */
export const padded = (text: string) => ` ${words(text).join(' ')} `;

export function compileGaps(gaps: readonly GapNote[]): CompiledGap[] {
  return gaps.map(({ id, note, say, unless }) => ({ id, note, say: say.map(padded), unless: unless.map(padded) }));
}

/** The first need of `gaps` the query asks for, or null. Reads what the search reads: the first 200 characters. */
export function gapIn(gaps: readonly CompiledGap[], query: string): GapShown | null {
  const q = padded(query.slice(0, 200));
  const gap = gaps.find(({ say, unless }) => say.some((p) => q.includes(p)) && !unless.some((p) => q.includes(p)));
  return gap ? { id: gap.id, note: gap.note } : null;
}
