import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './common';

const SeveritySchema = z.enum(['info', 'warning', 'danger']);

/** A message that covers every zone of the chosen screens until it expires or is cleared. */
export const EmergencySchema = z.object({
  id: IdSchema,
  text: z.string().check(z.trim(), z.minLength(1, 'the message is empty'), z.maxLength(500)),
  severity: SeveritySchema,
  centreIds: z._default(z.array(IdSchema), []),
  deviceIds: z._default(z.array(IdSchema), []),
  expiresAt: InstantSchema,
  createdAt: InstantSchema,
});
export type Emergency = z.infer<typeof EmergencySchema>;

export const EmergencyCreateSchema = z.strictObject({
  text: EmergencySchema.shape.text,
  severity: z._default(SeveritySchema, 'warning'),
  centreIds: z._default(z.array(IdSchema).check(z.maxLength(500)), []),
  deviceIds: z._default(z.array(IdSchema).check(z.maxLength(5000)), []),
  /** Minutes from now; staff think "for the next hour", not in timestamps. */
  durationMinutes: z.int().check(z.minimum(1, 'at least 1 minute'), z.maximum(7 * 24 * 60, 'at most 7 days')),
});
