import * as z from 'zod/mini';
import { ProcedureCodeSchema, ProcedureQuerySchema, ProcedureSchema, ProcedureSummarySchema } from '../schemas/procedure';
import { itemsOf } from './common';
import { route } from './route';

/**
 * The public catalogue. Its index (GET /api/procedures/index) answers 304 to a kiosk that has it
 * already, so the kiosk reads it with its ETag by hand; the catalogue import takes a file as its body.
 * Neither is in the contract.
 */
export const procedureApi = {
  search: route({ method: 'GET', path: '/api/procedures', query: z.strictObject(ProcedureQuerySchema.shape), response: itemsOf(ProcedureSummarySchema) }),
  get: route({ method: 'GET', path: '/api/procedures/:code', params: z.object({ code: ProcedureCodeSchema }), response: ProcedureSchema }),
};
