import type { Procedure } from '../schemas/procedure';

export interface ImportPlan {
  added: Procedure[];
  changed: { before: Procedure; after: Procedure }[];
  unchanged: number;
  /** In the catalogue but not in the file: removed only when the import says it replaces the catalogue. */
  missing: Procedure[];
}

const same = (a: Procedure, b: Procedure) => JSON.stringify(a) === JSON.stringify(b);

/** What an import would do; applying the same file twice changes nothing the second time. */
export function planImport(existing: readonly Procedure[], incoming: readonly Procedure[]): ImportPlan {
  const old = new Map(existing.map((p) => [p.code, p]));
  const seen = new Set<string>();
  const plan: ImportPlan = { added: [], changed: [], unchanged: 0, missing: [] };
  for (const p of incoming) {
    if (seen.has(p.code)) continue; // the first row for a code wins; the report names the others
    seen.add(p.code);
    const before = old.get(p.code);
    if (!before) plan.added.push(p);
    else if (same(before, p)) plan.unchanged += 1;
    else plan.changed.push({ before, after: p });
  }
  plan.missing = existing.filter((p) => !seen.has(p.code));
  return plan;
}
