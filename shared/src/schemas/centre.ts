import { z } from 'zod';
import { IdSchema } from './common';

export const CentreKindSchema = z.enum(['province', 'commune']);

/** Since 1 July 2025 there is no district level: a commune centre's parent is its province. */
export const CentreSchema = z.object({
  id: IdSchema,
  kind: CentreKindSchema,
  name: z.string().min(1).max(200),
  parentId: IdSchema.nullable(),
  address: z.string().max(500).default(''),
  hotline: z.string().max(50).default('1022'),
});
export type Centre = z.infer<typeof CentreSchema>;
