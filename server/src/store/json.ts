import type * as z from 'zod/mini';

/** JSON columns are parsed on the way out too: a row written by an older version must still fit today's schema. */
export function parseJsonColumn<T extends z.ZodMiniType>(schema: T, text: string, where: string): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`stored ${where} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}
