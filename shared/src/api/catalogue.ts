import * as z from 'zod/mini';
import { DateOnlySchema } from '../schemas/common';
import { LinkCheckRequestSchema, LinkCheckSchema } from '../schemas/link';
import { ProcedureCodeSchema, ProcedureQuerySchema, ProcedureSchema, ProcedureSummarySchema } from '../schemas/procedure';
import { NoResultQuerySchema, UsageBatchSchema } from '../schemas/usage';
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

const Limit = (max: number, fallback: number) => z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(max))), fallback);

export const usageApi = {
  /** A paired kiosk's anonymous counts of views and searches. */
  events: route({ method: 'POST', path: '/api/usage/events', body: UsageBatchSchema, response: z.object({ accepted: z.number() }) }),
  /** What citizens searched for without finding it; from the first day and to today when not given. */
  emptySearches: route({
    method: 'GET',
    path: '/api/usage/empty-searches',
    query: z.strictObject({ from: z.optional(DateOnlySchema), to: z.optional(DateOnlySchema), limit: Limit(500, 100) }),
    response: itemsOf(NoResultQuerySchema),
  }),
};

export const linkApi = {
  /** Whether a link staff are about to print as a QR code answers at all. */
  check: route({ method: 'POST', path: '/api/links/check', body: LinkCheckRequestSchema, response: LinkCheckSchema }),
};
