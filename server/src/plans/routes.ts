import { IdSchema } from '@hcc/shared/schemas/common';
import { type PlanTarget, PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams, parseQuery } from '../http/parse';
import { newId } from '../security/tokens';

const IdParams = z.object({ id: IdSchema });

/** The plan's appendix rows, per centre: read by viewers, kept by editors, every change audited. */
export function planRoutes(deps: Deps): Router {
  const r = Router();
  const checkCentre = async (id: string) => {
    if (!(await deps.store.centres.get(id))) throw new AppError('validation', `Unknown centre "${id}".`, [{ path: 'centreId', message: 'unknown centre' }]);
  };
  const audit = (res: Parameters<typeof staffOf>[0], action: string, subject: string, before: PlanTarget | null, after: PlanTarget | null) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action, subject, before, after });

  r.get('/', requireStaff(deps, 'viewer'), async (req, res) => {
    const { centre } = parseQuery(z.strictObject({ centre: z.optional(IdSchema) }), req);
    res.json({ items: await deps.store.plans.list(centre ? [centre] : null) });
  });
  r.post('/', requireStaff(deps, 'editor'), async (req, res) => {
    const input = parseBody(PlanTargetInputSchema, req);
    await checkCentre(input.centreId);
    await requireCentreScope(deps, res, [input.centreId]);
    const t: PlanTarget = { ...input, id: newId() };
    await deps.store.plans.put(t);
    await audit(res, 'plan.create', t.id, null, t);
    res.status(201).json(t);
  });
  r.put('/:id', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const input = parseBody(PlanTargetInputSchema, req);
    const before = await deps.store.plans.get(id);
    if (!before) throw new AppError('not_found', `No plan target ${id}.`);
    await checkCentre(input.centreId);
    await requireCentreScope(deps, res, [before.centreId, input.centreId]);
    const after: PlanTarget = { ...input, id };
    await deps.store.plans.put(after);
    await audit(res, 'plan.update', id, before, after);
    res.json(after);
  });
  r.delete('/:id', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const before = await deps.store.plans.get(id);
    if (!before) throw new AppError('not_found', `No plan target ${id}.`);
    await requireCentreScope(deps, res, [before.centreId]);
    if (!(await deps.store.plans.delete(id))) throw new AppError('not_found', `No plan target ${id}.`);
    await audit(res, 'plan.delete', id, before, null);
    res.json({ ok: true });
  });
  return r;
}
