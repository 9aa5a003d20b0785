import { planApi } from '@hcc/shared/api/plans';
import type { PlanTarget } from '@hcc/shared/schemas/plan';
import { Router } from 'express';
import { requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { newId } from '../security/tokens';

/** The plan's appendix rows, per centre: read by viewers, kept by editors, every change audited. */
export function planRoutes(deps: Deps): Router {
  const r = Router();
  const checkCentre = async (id: string) => {
    if (!(await deps.store.centres.get(id))) throw new AppError('validation', `Unknown centre "${id}".`, [{ path: 'centreId', message: 'unknown centre' }]);
  };
  const audit = (res: Parameters<typeof staffOf>[0], action: string, subject: string, before: PlanTarget | null, after: PlanTarget | null) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action, subject, before, after });

  const on = contractRoutes(r, '/api/plan-targets');
  const editor = requireStaff(deps, 'editor');
  on(planApi.list, requireStaff(deps, 'viewer'), async ({ query: { centre } }) => ({ items: await deps.store.plans.list(centre ? [centre] : null) }));
  on(planApi.create, editor, async ({ body: input, res }) => {
    await checkCentre(input.centreId);
    await requireCentreScope(deps, res, [input.centreId]);
    const t: PlanTarget = { ...input, id: newId() };
    await deps.store.plans.put(t);
    await audit(res, 'plan.create', t.id, null, t);
    return t;
  });
  on(planApi.update, editor, async ({ params: { id }, body: input, res }) => {
    const before = await deps.store.plans.get(id);
    if (!before) throw new AppError('not_found', `No plan target ${id}.`);
    await checkCentre(input.centreId);
    await requireCentreScope(deps, res, [before.centreId, input.centreId]);
    const after: PlanTarget = { ...input, id };
    await deps.store.plans.put(after);
    await audit(res, 'plan.update', id, before, after);
    return after;
  });
  on(planApi.delete, editor, async ({ params: { id }, res }) => {
    const before = await deps.store.plans.get(id);
    if (!before) throw new AppError('not_found', `No plan target ${id}.`);
    await requireCentreScope(deps, res, [before.centreId]);
    if (!(await deps.store.plans.delete(id))) throw new AppError('not_found', `No plan target ${id}.`);
    await audit(res, 'plan.delete', id, before, null);
    return { ok: true } as const;
  });
  return r;
}
