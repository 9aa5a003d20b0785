import { addCounts, type DossierCounts, dossierFigures, NO_COUNTS } from '@hcc/shared/dossiers/figures';
import type { DossierReport } from '@hcc/shared/reports/report';
import type { Deps } from '../context';
import { OTHER_FIELD } from './screens';

/**
 * The report's dossier section for the centres counted (a province with its communes; every centre
 * when `ids` is null): dossiers received and resolved in [fromIso, toIso), by field, and the look-ups.
 */
export async function dossierReport(deps: Deps, ids: ReadonlySet<string> | null, period: { from: string; to: string; fromIso: string; toIso: string }): Promise<DossierReport> {
  const centreIds = ids ? [...ids] : (await deps.store.centres.list()).map((c) => c.id);
  const rows = await deps.store.dossiers.counts(centreIds, [{ from: period.fromIso, to: period.toIso }], deps.clock().toISOString());
  const byField = new Map<string, DossierCounts>();
  for (const r of rows) {
    const field = r.field || OTHER_FIELD;
    byField.set(field, addCounts(byField.get(field) ?? NO_COUNTS, r.windows[0] ?? NO_COUNTS));
  }
  const lookups = (await deps.store.dossiers.lookups(centreIds, period.from, period.to)).reduce((a, l) => ({ found: a.found + l.found, notFound: a.notFound + l.notFound }), { found: 0, notFound: 0 });
  return {
    total: dossierFigures([...byField.values()].reduce(addCounts, NO_COUNTS)),
    byField: [...byField].map(([field, c]) => ({ field, ...dossierFigures(c) })).sort((a, b) => b.received - a.received || a.field.localeCompare(b.field, 'vi')),
    lookups,
  };
}
