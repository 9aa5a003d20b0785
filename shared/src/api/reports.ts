import * as z from 'zod/mini';
import { IssuedReportSchema, ReportIssueSchema } from '../reports/archive';
import { NarrativeSaveSchema, NarrativeSchema } from '../reports/narrative';
import { DateOnlySchema, IdSchema, InstantSchema } from '../schemas/common';
import { itemsOf } from './common';
import { route } from './route';

const Saved = z.object({ updatedAt: InstantSchema, updatedBy: z.string() });

/**
 * The report's text and archive. The report itself (GET /api/reports, JSON or a file by `format`) and
 * the issued DOCX are downloads as much as data, and stay outside the contract.
 */
export const reportApi = {
  /** The narrative as saved, or drafted from the figures when nobody has written one yet (`saved` null). */
  narrative: route({
    method: 'GET',
    path: '/api/reports/narrative',
    query: z.strictObject({ from: DateOnlySchema, to: DateOnlySchema, centre: z.optional(IdSchema) }),
    response: z.object({ narrative: NarrativeSchema, saved: z.nullable(Saved) }),
  }),
  saveNarrative: route({ method: 'PUT', path: '/api/reports/narrative', body: NarrativeSaveSchema, response: z.extend(Saved, { narrative: NarrativeSchema }) }),
  /** Issues the report: the DOCX and its figures are kept as issued. */
  issue: route({ method: 'POST', path: '/api/reports/issue', body: ReportIssueSchema, response: IssuedReportSchema, status: 201 }),
  archive: route({ method: 'GET', path: '/api/reports/archive', query: z.strictObject({ centre: z.optional(IdSchema) }), response: itemsOf(IssuedReportSchema) }),
};
