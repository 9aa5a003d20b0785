import * as z from 'zod/mini';
import { ProcedureCodeSchema, ProcedureQuerySchema, ProcedureSchema, ProcedureSummarySchema } from '../schemas/procedure';
import { GapShownSchema } from '../search/gap-note';
import { route } from './route';

/**
 * The public catalogue. Its index (GET /api/procedures/index) answers 304 to a kiosk that has it
 * already, so the kiosk reads it with its ETag by hand; the catalogue import takes a file as its body.
 * Neither is in the contract.
 */
export const procedureApi = {
  /** The nearest procedures, and when the query asks for a need the catalogue lacks, the note the kiosk shows too. */
  search: route({
    method: 'GET',
    path: '/api/procedures',
    query: z.strictObject(ProcedureQuerySchema.shape),
    response: z.object({ items: z.array(ProcedureSummarySchema), gap: z.optional(GapShownSchema) }),
  }),
  get: route({ method: 'GET', path: '/api/procedures/:code', params: z.object({ code: ProcedureCodeSchema }), response: ProcedureSchema }),
};
