import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/** A message that covers every zone of the chosen screens until it expires or is cleared. */
export const EmergencySchema = z.object({
  id: IdSchema,
  text: z.string().trim().min(1, 'the message is empty').max(500),
  severity: z.enum(['info', 'warning', 'danger']),
  centreIds: z.array(IdSchema).default([]),
  deviceIds: z.array(IdSchema).default([]),
  expiresAt: InstantSchema,
  createdAt: InstantSchema,
});
export type Emergency = z.infer<typeof EmergencySchema>;

export const EmergencyCreateSchema = z
  .object({
    text: EmergencySchema.shape.text,
    severity: EmergencySchema.shape.severity.default('warning'),
    centreIds: z.array(IdSchema).max(500).default([]),
    deviceIds: z.array(IdSchema).max(5000).default([]),
    /** Minutes from now; staff think "for the next hour", not in timestamps. */
    durationMinutes: z.number().int().min(1, 'at least 1 minute').max(7 * 24 * 60, 'at most 7 days'),
  })
  .strict();
