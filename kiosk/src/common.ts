import { COMMON_PROCEDURE_CODES } from '@hcc/shared/catalogue/common-procedures';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';

/** The procedures this kiosk's visitors open most, topped up with what every commune counter sees most. */
export function commonProcedures(items: readonly ProcedureSummary[], views: Readonly<Record<string, number>>, limit = 8): ProcedureSummary[] {
  const byViews = items.filter((p) => views[p.code]).sort((a, b) => (views[b.code] ?? 0) - (views[a.code] ?? 0));
  // Before the kiosk has counted anything, the procedures every commune counter sees most.
  const known = COMMON_PROCEDURE_CODES.flatMap((c) => items.filter((p) => p.code === c));
  return [...byViews, ...known.filter((k) => !byViews.includes(k))].slice(0, limit);
}
