import { LexiconEntrySchema } from '../search/lexicon-entry';
import { GapNoteSchema } from '../search/gap-note';
import * as z from 'zod/mini';
import { LevelSchema, ProcedureCodeSchema, ProcedureSummarySchema } from './procedure';

/**
 * What the kiosk counts: searches (the folded query and whether it found anything), procedure views,
 * and which result of a search was opened. Nothing about the person: no time finer than the day, no device, no session.
 */
export const UsageEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('search'), q: z.string().check(z.maxLength(500)), results: z.int().check(z.minimum(0)) }),
  z.strictObject({ kind: z.literal('view'), code: ProcedureCodeSchema }),
  // A procedure opened from a search's results, and where it was in the list: a citizen who finds the answer
  // far down tells staff a synonym is missing (search/staff-lexicon.ts).
  z.strictObject({ kind: z.literal('pick'), q: z.string().check(z.maxLength(500)), code: ProcedureCodeSchema, rank: z.int().check(z.minimum(1), z.maximum(1000)) }),
]);
export type UsageEvent = z.infer<typeof UsageEventSchema>;
export const UsageBatchSchema = z.strictObject({ events: z.array(UsageEventSchema).check(z.minLength(1), z.maxLength(50)) });

/** The catalogue as a kiosk keeps it: summaries to search offline, and how often each was opened. */
/** A summary with the words search reads beyond the name: the papers and the dossier (search-doc.ts). */
export const SearchItemSchema = z.extend(ProcedureSummarySchema, {
  papers: z.optional(z.string().check(z.maxLength(2000))),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  // 1 for the forces' own procedures: a number, as a boolean schema would grow the kiosk's search worker.
  forces: z.optional(z.number()),
});

export const CatalogueIndexSchema = z.object({
  items: z.array(SearchItemSchema),
  views: z.record(z.string(), z.number()),
  /** The kiosk's centre level, ranked first: cấp xã at a commune, cấp tỉnh at the province. */
  preferLevel: LevelSchema,
  /** The procedures the kiosk's centre serves, ranked above the others; empty when it has not chosen. */
  selected: z._default(z.array(z.string()), []),
  /** The kiosk's centre as citizens know it (its name heads the home screen); absent without ?centre. */
  centre: z.optional(z.nullable(z.object({ name: z.string(), address: z.string() }))),
  /** The citizen lexicon the kiosk reads the catalogue and the queries through: data sent with the catalogue, not code in the kiosk's script. */
  lexicon: z._default(z.array(LexiconEntrySchema).check(z.maxLength(5000)), []),
  /** The needs this catalogue has no procedure for, so the kiosk says so above the nearest ones (search/gaps.ts). */
  gaps: z._default(z.array(GapNoteSchema).check(z.maxLength(100)), []),
});
export type CatalogueIndex = z.infer<typeof CatalogueIndexSchema>;

export const NoResultQuerySchema = z.object({ q: z.string(), count: z.number(), lastDay: z.string() });
