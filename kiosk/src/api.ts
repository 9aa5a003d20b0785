import { type Procedure, ProcedureSchema, ProcedureSummarySchema, type ProcedureSummary } from '@hcc/shared/schemas/procedure';
import * as z from 'zod/mini';

const ResultsSchema = z.object({ items: z.array(ProcedureSummarySchema) });

/** Searches go to the server for now; the offline, in-browser index comes with the kiosk issue. */
export async function searchProcedures(q: string, signal: AbortSignal): Promise<ProcedureSummary[]> {
  const res = await fetch(`/api/procedures?${new URLSearchParams({ q: q.slice(0, 500), limit: '20' })}`, { signal });
  if (!res.ok) return [];
  const parsed = ResultsSchema.safeParse(await res.json());
  return parsed.success ? parsed.data.items : [];
}

export async function loadProcedure(code: string): Promise<Procedure | null> {
  const res = await fetch(`/api/procedures/${encodeURIComponent(code)}`);
  if (!res.ok) return null;
  const parsed = ProcedureSchema.safeParse(await res.json());
  return parsed.success ? parsed.data : null;
}
