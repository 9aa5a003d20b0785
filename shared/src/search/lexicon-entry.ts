import * as z from 'zod/mini';

const Phrases = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100));

/**
 * One entry of the citizen lexicon (lexicon.ts): what people say, what the catalogue says, the field it
 * belongs to and where it comes from ("staff": added at a centre from what citizens searched, see
 * staff-lexicon.ts). A schema, because the lexicon travels to the kiosk as data.
 */
export const LexiconEntrySchema = z.object({
  say: Phrases,
  means: Phrases,
  field: z.string().check(z.maxLength(100)),
  source: z.enum(['counter', 'old name', 'abbreviation', 'regional', 'legal', 'staff']),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** An entry, written the short way the lexicon files use. */
export const lexiconEntry = (field: string, source: LexiconEntry['source'], say: string[], means: string[]): LexiconEntry => ({ field, source, say, means });
