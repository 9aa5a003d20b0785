import * as z from 'zod/mini';
import { DateOnlySchema } from '../schemas/common';
import { NoResultQuerySchema, UsageBatchSchema } from '../schemas/usage';
import { itemsOf } from './common';
import { route } from './route';

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
