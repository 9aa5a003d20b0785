import { draftNarrative, type Narrative } from '@hcc/shared/reports/narrative';
import type { Report } from '@hcc/shared/reports/report';
import type { Deps } from '../context';
import { scopeKey } from './archive-repo';

/**
 * The narrative a report prints: what staff saved for this scope and period, or else a draft from the
 * figures, compared with the last report issued for an earlier period of the same scope.
 */
export async function narrativeFor(deps: Deps, centreId: string | null, report: Report): Promise<{ narrative: Narrative; saved: { updatedAt: string; updatedBy: string } | null }> {
  const scope = scopeKey(centreId);
  const saved = await deps.store.reports.narrative(scope, report.period.from, report.period.to);
  if (saved) return { narrative: saved.narrative, saved: { updatedAt: saved.updatedAt, updatedBy: saved.updatedBy } };
  const previous = (await deps.store.reports.list(scope)).find((r) => r.to < report.period.from);
  return { narrative: draftNarrative(report, previous ? { showings: previous.showings } : null), saved: null };
}
