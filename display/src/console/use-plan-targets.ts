import { planApi } from '@hcc/shared/api/plans';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { PlanTarget } from '@hcc/shared/schemas/plan';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from './i18n';
import { NEW_PLAN_TARGET, nextPlanTarget, type PlanTargetDraft, planTargetCentre, planTargetInput } from './plan-target-draft';
import { staffApi } from './staff-api';
import { failure, type Notice } from './ui';

/**
 * The plan's rows for the report's scope ('' = every centre) and the form that adds one. `onAdded`
 * runs after a row is added (the report's progress table changes with it); failures go to the
 * report's notice line through `onFailure`.
 */
export function usePlanTargets(opts: { scope: string; centres: readonly Centre[]; lang: Lang; onAdded: () => Promise<void>; onFailure: (n: Notice) => void }) {
  const { scope, centres, lang, onAdded, onFailure } = opts;
  const [targets, setTargets] = useState<PlanTarget[]>([]);
  const [draft, setDraft] = useState<PlanTargetDraft>(NEW_PLAN_TARGET);
  const [fields, setFields] = useState<Record<string, string>>({});

  const fetchRows = async () => (await staffApi(planApi.list, { query: { centre: scope || undefined } })).items;
  const load = async () => setTargets(await fetchRows());
  // A list that did not load stays as it was; the report above says whether the server answers. A
  // list asked for a scope since left is dropped: the first load (every centre) answering after the
  // chosen centre's put every centre's rows under that centre's report.
  useEffect(() => {
    let current = true;
    void fetchRows()
      .then((rows) => current && setTargets(rows))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [scope]);

  const add = async () => {
    try {
      await staffApi(planApi.create, { body: planTargetInput(draft, planTargetCentre(scope, centres)) });
      setFields({});
      setDraft(nextPlanTarget(draft));
      await load();
      await onAdded();
    } catch (err) {
      const f = failure(err, lang);
      onFailure(f.notice);
      setFields(f.fields);
    }
  };
  const remove = async (id: string) => {
    await staffApi(planApi.delete, { params: { id } }).catch((err: unknown) => onFailure(failure(err, lang).notice));
    await load();
  };

  return { targets, draft, setDraft, fields, add, remove };
}
