import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema, InstantSchema } from '../schemas/common';
import { NarrativeSchema } from './narrative';

/** Số/ký hiệu as the clerk writes it: "12/BC-TTPVHCC". */
export const DocumentNumberSchema = z.string().check(z.trim(), z.minLength(1, 'enter the number'), z.maxLength(60));

export const ReportIssueSchema = z.strictObject({
  centre: z._default(z.nullable(IdSchema), null),
  from: DateOnlySchema,
  to: DateOnlySchema,
  number: z._default(z.nullable(DocumentNumberSchema), null),
});
export type ReportIssue = z.infer<typeof ReportIssueSchema>;

/** What the archive says of an issued report; its figures and file are fetched on their own. */
export const IssuedReportSchema = z.object({
  id: IdSchema,
  centreId: z.nullable(IdSchema),
  from: DateOnlySchema,
  to: DateOnlySchema,
  number: z.nullable(z.string()),
  issuedAt: InstantSchema,
  issuedBy: z.string(),
  /** SHA-256 of the DOCX as issued: an auditor hashes the file they hold and compares. */
  fileSha256: z.string(),
  /** Totals printed in it, to compare the next period against without loading it whole. */
  showings: z.number(),
  /**
   * The proof-of-play chain's head the report was checked at, as printed in it: `log:verify
   * --fingerprint` tells later whether the log still holds it. Null in reports issued before it existed.
   */
  chainFingerprint: z._default(z.nullable(z.string()), null),
  /** Whether the report said "toàn vẹn" when issued. */
  intact: z._default(z.nullable(z.boolean()), null),
  narrative: NarrativeSchema,
});
export type IssuedReport = z.infer<typeof IssuedReportSchema>;
