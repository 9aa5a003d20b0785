import * as z from 'zod/mini';

const codes = z.array(z.string());

/**
 * What a catalogue import did, or would do on a preview: the server's answer and what the console
 * shows. Counts are whole; the samples name a few codes of each so staff see what is meant.
 */
export const CatalogueImportReportSchema = z.object({
  applied: z.boolean(),
  added: z.number(),
  changed: z.number(),
  /**
   * Procedures whose text in the file differs from the stored one but were left as stored: their texts
   * are shared by every centre, so only the province's admins (and the operator's command) change them.
   */
  keptShared: z.number(),
  unchanged: z.number(),
  removed: z.number(),
  samples: z.object({ added: codes, changed: codes, keptShared: codes, removed: codes }),
  flagged: z.array(z.object({ code: z.string(), reason: z.string() })),
  rejected: z.array(z.object({ file: z.string(), line: z.number(), reason: z.string() })),
  /** How many procedures the import selected for the centre named, or null when none was. */
  centreSelection: z.nullable(z.number()),
});
export type CatalogueImportReport = z.infer<typeof CatalogueImportReportSchema>;
