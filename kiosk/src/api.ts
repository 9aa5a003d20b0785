import { type Procedure, ProcedureSchema } from '@hcc/shared/schemas/procedure';

/** A procedure's full record; the service worker keeps the ones already opened for offline use. */
export async function loadProcedure(code: string): Promise<Procedure | null> {
  const res = await fetch(`/api/procedures/${encodeURIComponent(code)}`).catch(() => null);
  if (!res?.ok) return null;
  const parsed = ProcedureSchema.safeParse(await res.json());
  return parsed.success ? parsed.data : null;
}
