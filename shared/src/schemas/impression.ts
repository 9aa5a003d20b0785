import { z } from 'zod';
import { IdSchema, InstantSchema, UuidSchema } from './common';

export const ImpressionReasonSchema = z.enum(['completed', 'interrupted', 'preempted', 'failed']);

/** One showing of one item on one screen: the evidence the quarterly reports are built from. */
export const ImpressionSchema = z
  .object({
    id: UuidSchema,
    deviceId: IdSchema,
    itemId: IdSchema,
    playlistId: IdSchema,
    playlistVersion: z.number().int().positive(),
    startedAt: InstantSchema,
    durationMs: z.number().int().min(0).max(24 * 3600_000),
    completed: z.boolean(),
    reason: ImpressionReasonSchema,
  })
  .strict();
export type Impression = z.infer<typeof ImpressionSchema>;

export const IMPRESSION_BATCH_MAX = 500;
export const ImpressionBatchSchema = z.object({ impressions: z.array(ImpressionSchema).min(1).max(IMPRESSION_BATCH_MAX) }).strict();
export const ImpressionBatchResultSchema = z.object({ accepted: z.number().int(), duplicates: z.number().int() });
export type ImpressionBatchResult = z.infer<typeof ImpressionBatchResultSchema>;
