import * as z from 'zod/mini';
import { ImpressionBatchResultSchema, ImpressionBatchSchema, ImpressionSummaryBatchSchema } from '../schemas/impression';
import { route } from './route';

/** Showings a screen sent that could not be true, refused by the server with a reason, per screen. */
export const RefusalSchema = z.object({ deviceId: z.string(), reason: z.string(), count: z.number(), lastAt: z.string(), text: z.object({ vi: z.string(), en: z.string() }) });
export type Refusal = z.infer<typeof RefusalSchema>;

export const impressionApi = {
  /** HTTP twin of the socket's impression:batch, for players whose socket is down but HTTP works. */
  batch: route({ method: 'POST', path: '/api/impressions', body: ImpressionBatchSchema, response: ImpressionBatchResultSchema }),
  /** HTTP twin of impression:summary. */
  summaries: route({ method: 'POST', path: '/api/impressions/summaries', body: ImpressionSummaryBatchSchema, response: ImpressionBatchResultSchema }),
  refusals: route({ method: 'GET', path: '/api/impressions/refusals', response: z.array(RefusalSchema) }),
};
