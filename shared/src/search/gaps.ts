import { words } from './engine';
import type { GapNote } from './gap-note';
import type { CompiledLexicon } from './lexicon-compile';

/** The note a search shows above its results: the need and its sentence. */
export type GapShown = Pick<GapNote, 'id' | 'note'>;

/** A phrase of `say` or `unless`: its parts, all of them somewhere in the query, each one of its wordings matched whole. */
type Compiled = string[][];

interface CompiledGap extends GapShown {
  say: Compiled[];
  unless: Compiled[];
}

/** A phrase or a query as the matcher reads it: folded words between spaces, so a phrase matches whole words only. */
export const padded = (text: string) => ` ${words(text).join(' ')} `;

/**
 * "trợ cấp|hỗ trợ + người già|cao tuổi": a need is often named by a request and a topic apart ("trợ cấp hàng
 * tháng cho ông nhà tôi, người già yếu"), so a phrase may be parts joined by " + ", all of them in the query in
 * any order, each part one of its wordings between "|". One phrase then says what a list of pairs would.
 */
const parts = (phrase: string): Compiled => phrase.split(' + ').map((part) => part.split('|').map(padded));

export function compileGaps(gaps: readonly GapNote[]): CompiledGap[] {
  return gaps.map(({ id, note, say, unless }) => ({ id, note, say: say.map(parts), unless: unless.map(parts) }));
}

const holds = (q: string) => (phrase: Compiled) => phrase.every((part) => part.some((p) => q.includes(p)));

/**
 * The first need of `gaps` the query asks for, or null. Reads what the search reads: the first 200 characters, and
 * with the search's lexicon its English as the Vietnamese for it ("work permit" is "giấy phép lao động").
 */
export function gapIn(gaps: readonly CompiledGap[], query: string, lexicon?: Pick<CompiledLexicon, 'translate'>): GapShown | null {
  const said = words(query.slice(0, 200));
  const q = ` ${(lexicon?.translate(said, false) ?? said).join(' ')} `;
  const gap = gaps.find(({ say, unless }) => say.some(holds(q)) && !unless.some(holds(q)));
  return gap ? { id: gap.id, note: gap.note } : null;
}
