import * as z from 'zod/mini';
import { foldVietnamese } from './fold';
import type { LexiconEntry } from './lexicon-entry';

/**
 * The loop that keeps search improving (issue 17): the console shows what citizens searched for and did
 * not find, and what they opened far down the list; staff turn either into a synonym — "what citizens
 * say" → "the catalogue's words" — that every kiosk reads at once, with the shipped lexicon.
 */

/** A position in the list the goal does not count as found (the first three are). */
export const FAR_RANK = 4;
/** A phrase of a procedure's name long enough to single it out, short enough to read. */
const NAME_WORDS = 12;

const Phrase = z.string().check(
  z.trim(),
  z.maxLength(200),
  z.refine((s) => (foldVietnamese(s) || '').replace(/\s/g, '').length >= 2, 'Cần ít nhất hai chữ cái hoặc chữ số (at least two letters or digits).'),
);

/** What staff send to add a synonym. */
export const StaffSynonymInputSchema = z.strictObject({
  say: Phrase,
  means: Phrase,
  field: z._default(z.string().check(z.maxLength(100)), ''),
});
export type StaffSynonymInput = z.infer<typeof StaffSynonymInputSchema>;

export const StaffSynonymSchema = z.object({
  id: z.string(),
  say: z.string(),
  means: z.string(),
  field: z.string(),
  /** "dismissed": a suggestion staff said no to, kept so it is not offered again. */
  status: z.enum(['active', 'dismissed']),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type StaffSynonym = z.infer<typeof StaffSynonymSchema>;

/** A search that found nothing, or a query after which a citizen opened a procedure far down the list. */
export const SynonymSuggestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty'), q: z.string(), count: z.number(), lastDay: z.string() }),
  z.object({ kind: z.literal('far'), q: z.string(), count: z.number(), code: z.string(), name: z.string(), meanRank: z.number(), means: z.string() }),
]);
export type SynonymSuggestion = z.infer<typeof SynonymSuggestionSchema>;

/** How a query is kept: folded, the way the lexicon matches it. */
export const foldPhrase = (s: string) => foldVietnamese(s) || '';

/** The catalogue's words for a procedure as a synonym's meaning: its name up to the first bracket, cut short. */
export function meansOfName(name: string): string {
  return foldPhrase(name.split('(')[0] ?? name)
    .split(' ')
    .slice(0, NAME_WORDS)
    .join(' ');
}

/** Staff's active synonyms as lexicon entries: what citizens say is read in queries only (lexicon-compile.ts). */
export function staffLexicon(rows: readonly StaffSynonym[]): LexiconEntry[] {
  return rows.filter((r) => r.status === 'active').map((r) => ({ say: [r.say], means: [r.means], field: r.field, source: 'staff' }));
}

/**
 * What to offer staff: searches that found nothing and searches whose answer citizens found far down the
 * list, most frequent first, leaving out queries staff already answered or dismissed.
 */
export function suggestSynonyms(
  empty: readonly { q: string; count: number; lastDay: string }[],
  picks: readonly { q: string; code: string; count: number; rankTotal: number }[],
  known: readonly StaffSynonym[],
  nameOf: (code: string) => string | undefined,
  limit: number,
): SynonymSuggestion[] {
  const handled = new Set(known.map((k) => foldPhrase(k.say)));
  const out: SynonymSuggestion[] = [];
  for (const e of empty) if (e.q && !handled.has(e.q)) out.push({ kind: 'empty', q: e.q, count: e.count, lastDay: e.lastDay });
  for (const p of picks) {
    const meanRank = p.rankTotal / Math.max(1, p.count);
    const name = nameOf(p.code);
    if (!p.q || handled.has(p.q) || meanRank < FAR_RANK || !name) continue;
    out.push({ kind: 'far', q: p.q, count: p.count, code: p.code, name, meanRank: Math.round(meanRank * 10) / 10, means: meansOfName(name) });
  }
  return out.sort((a, b) => b.count - a.count || a.q.localeCompare(b.q)).slice(0, limit);
}
