import * as z from 'zod/mini';
import { IdSchema } from './common';

export const CentreKindSchema = z.enum(['province', 'commune']);

/** Since 1 July 2025 there is no district level: a commune centre's parent is its province. */
export const CentreSchema = z.object({
  id: IdSchema,
  kind: CentreKindSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  parentId: z.nullable(IdSchema),
  address: z._default(z.string().check(z.maxLength(500)), ''),
  hotline: z._default(z.string().check(z.maxLength(50)), '1022'),
});
export type Centre = z.infer<typeof CentreSchema>;
