import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema, InstantSchema, UuidSchema } from './common';

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
/**
 * accepted: newly stored; duplicates: already stored (a replay); refused: could not be true (a version
 * never sent to the screen, an item not in it, longer than the item, dated in the future or before
 * pairing), counted per reason and shown on the screen wall. The screen drops all three kinds.
 */
export const ImpressionBatchResultSchema = z.object({ accepted: z.int(), duplicates: z.int(), refused: z.optional(z.int()), reasons: z.optional(z.record(z.string(), z.int())) });
export type ImpressionBatchResult = z.infer<typeof ImpressionBatchResultSchema>;

const Count = z.int().check(z.minimum(0));

/**
 * Showings a player folded together because it was offline past its queue's bound: counted in the
 * reports like the impressions they replace, without one row each. One group of the daily roll-up
 * (a Vietnam day, an item, a playlist version), under an id of its own so a resend is counted once.
 */
export const ImpressionSummarySchema = z.strictObject({
  id: UuidSchema,
  deviceId: IdSchema,
  itemId: IdSchema,
  playlistId: IdSchema,
  playlistVersion: z.int().check(z.positive()),
  day: DateOnlySchema,
  showings: z.int().check(z.minimum(1)),
  playMs: Count,
  completed: Count,
  /** Starts of the first and last showing folded in, as UTC instants. */
  first: InstantSchema,
  last: InstantSchema,
});
export type ImpressionSummary = z.infer<typeof ImpressionSummarySchema>;

export const IMPRESSION_SUMMARY_BATCH_MAX = 500;
export const ImpressionSummaryBatchSchema = z.strictObject({ summaries: z.array(ImpressionSummarySchema).check(z.minLength(1), z.maxLength(IMPRESSION_SUMMARY_BATCH_MAX)) });
