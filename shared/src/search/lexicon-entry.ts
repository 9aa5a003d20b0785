import * as z from 'zod/mini';

const Phrases = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100));

/**
 * One entry of the citizen lexicon (lexicon.ts): what people say, what the catalogue says, the field it
 * belongs to and where it comes from ("staff": added at a centre from what citizens searched, see
 * staff-lexicon.ts; "english": English said, and in "means" the Vietnamese it is read as, or nothing for
 * English's small words, see lexicon-english.ts). A schema, because the lexicon travels to the kiosk as data.
 */
export const LexiconEntrySchema = z.object({
  say: Phrases,
  means: Phrases,
  field: z.string().check(z.maxLength(100)),
  source: z.enum(['counter', 'old name', 'abbreviation', 'regional', 'legal', 'english', 'staff']),
  /**
   * A reading that depends on the rest of the query: the "say" phrases are read so only when one of these
   * phrases is also in the query ("mất rồi" is a death next to a person, a loss next to a paper). Where it
   * holds, it wins over the phrase's unconditioned readings; the catalogue's text never reads "say" so.
   */
  when: z.optional(Phrases),
  /** …and not when one of these is in it ("mất rồi" next to a paper is no death). */
  unless: z.optional(Phrases),
  /**
   * The catalogue's side of a context: in a procedure whose field (lĩnh vực) holds one of these, its text's
   * "say" phrases read as the "means" — a land procedure's bare "Giấy chứng nhận" is the land certificate.
   */
  inField: z.optional(Phrases),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** An entry, written the short way the lexicon files use. */
export const lexiconEntry = (field: string, source: LexiconEntry['source'], say: string[], means: string[]): LexiconEntry => ({ field, source, say, means });

/** An entry read only in the company of one of `when` (see LexiconEntrySchema). */
export const contextEntry = (field: string, when: string[], say: string[], means: string[], more: Pick<LexiconEntry, 'unless' | 'inField'> = {}): LexiconEntry => ({
  field,
  source: 'counter',
  say,
  means,
  when,
  ...more,
});
