import type { Centre } from '@hcc/shared/schemas/centre';
import { planApi } from '@hcc/shared/api/plans';
import type { PlanTarget } from '@hcc/shared/schemas/plan';
import { useEffect, useState } from 'preact/hooks';
import { staffApi } from './staff-api';

/** The plan rows an item of this centre's playlist may count towards: its own plan's, then its province's. */
export function usePlanRows(centreId: string, centres: readonly Centre[]): PlanTarget[] {
  const [rows, setRows] = useState<PlanTarget[]>([]);
  const parent = centres.find((c) => c.id === centreId)?.parentId ?? null;
  useEffect(() => {
    if (!centreId) return;
    const load = async (id: string) => (await staffApi(planApi.list, { query: { centre: id } })).items;
    // The tag is optional: a plan that cannot be read leaves the list empty rather than the editor broken.
    void Promise.all([load(centreId), parent ? load(parent) : Promise.resolve([])])
      .then(([own, province]) => setRows([...own, ...province]))
      .catch(() => setRows([]));
  }, [centreId, parent]);
  return rows;
}
