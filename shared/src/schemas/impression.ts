import * as z from 'zod/mini';
import { IdSchema, InstantSchema, UuidSchema } from './common';

export const ImpressionReasonSchema = z.enum(['completed', 'interrupted', 'preempted', 'failed']);

/** One showing of one item on one screen: the evidence the quarterly reports are built from. */
export const ImpressionSchema = z.strictObject({
    id: UuidSchema,
    deviceId: IdSchema,
    itemId: IdSchema,
    playlistId: IdSchema,
    playlistVersion: z.int().check(z.positive()),
    startedAt: InstantSchema,
    durationMs: z.int().check(z.minimum(0), z.maximum(24 * 3600_000)),
    completed: z.boolean(),
    reason: ImpressionReasonSchema,
});
export type Impression = z.infer<typeof ImpressionSchema>;

export const IMPRESSION_BATCH_MAX = 500;
export const ImpressionBatchSchema = z.strictObject({ impressions: z.array(ImpressionSchema).check(z.minLength(1), z.maxLength(IMPRESSION_BATCH_MAX)) });
export const ImpressionBatchResultSchema = z.object({ accepted: z.int(), duplicates: z.int() });
export type ImpressionBatchResult = z.infer<typeof ImpressionBatchResultSchema>;
