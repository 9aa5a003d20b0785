import * as z from 'zod/mini';

// A phrase may list wordings of its parts (gaps.ts: "trợ cấp|hỗ trợ + người già|cao tuổi"), so it runs longer than a query.
const Phrases = z.array(z.string().check(z.maxLength(600))).check(z.maxLength(100));
const Text = z.string().check(z.minLength(1), z.maxLength(300));

/**
 * A need citizens bring to the kiosk that the loaded catalogue has no procedure for (issue 17: about a
 * third of the situations in the blind sets): social assistance, people of merit, schools, electricity.
 * The search still lists the nearest procedures, which share a word and answer something else; the kiosk
 * says so above them, names the need, and sends the citizen to the counter or the 1022 hotline. Sent with
 * the catalogue as data, only for the needs that catalogue lacks (gap-list.ts), so an imported catalogue
 * that has the procedures never shows the note.
 */
export const GapNoteSchema = z.object({
  id: z.string().check(z.maxLength(40)),
  /** One sentence naming the need and why it is not here, in Vietnamese and English. */
  note: z.object({ vi: Text, en: Text }),
  /**
   * Phrases of a query that ask for it, matched whole, without marks; parts joined by " + " are all in the query,
   * in any order, each one of its wordings between "|".
   */
  say: Phrases,
  /** …unless one of these is also in the query: the need is then one the catalogue answers. */
  unless: z._default(Phrases, []),
});
export type GapNote = z.infer<typeof GapNoteSchema>;
/** A need named above a search's results: which, and the sentence shown. */
export const GapShownSchema = z.pick(GapNoteSchema, { id: true, note: true });

/**
 * How often citizens asked a kiosk for a need its catalogue lacks, over some days (the console's search loop):
 * the demand a centre can report upward, with the commonest wordings as they were typed (folded).
 */
export const GapDemandSchema = z.object({
  id: z.string(),
  topic: z.object({ vi: z.string(), en: z.string() }),
  count: z.number(),
  examples: z.array(z.string()),
});
export type GapDemand = z.infer<typeof GapDemandSchema>;
