import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common';

/** Lists travel wrapped, so a list answer can gain fields (a total, a cursor) without breaking clients. */
export const itemsOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

/** An action with nothing to return but that it was done. */
export const DoneSchema = z.object({ ok: z.literal(true) });

export const IdParams = z.object({ id: IdSchema });
