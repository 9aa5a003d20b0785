import { type Procedure, ProcedureSchema } from '@hcc/shared/schemas/procedure';

const cache = new Map<string, Promise<Procedure | null>>();

/** Spotlights fetch their procedure once per code; the service worker keeps a copy for offline starts. */
export function loadProcedure(code: string): Promise<Procedure | null> {
  let p = cache.get(code);
  if (!p) {
    p = fetch(`/api/procedures/${encodeURIComponent(code)}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((j) => {
        const parsed = ProcedureSchema.safeParse(j);
        return parsed.success ? parsed.data : null;
      })
      .catch(() => null);
    p.then((v) => v === null && cache.delete(code));
    cache.set(code, p);
  }
  return p;
}

/** After a catalogue import the next showing fetches the procedure again. */
export function clearProcedureCache(): void {
  cache.clear();
}
