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
