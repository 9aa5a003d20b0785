import { IdSchema } from '@hcc/shared/schemas/common';
import { type Emergency, EmergencyCreateSchema } from '@hcc/shared/schemas/emergency';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams } from '../http/parse';
import type { Hub } from '../realtime/hub';
import { newId } from '../security/tokens';

/** Emergency messages: one call to show on all or chosen screens until expiry, one call to clear. */
export function emergencyRoutes(deps: Deps, hub: Hub): Router {
  const r = Router();
  const now = () => deps.clock().toISOString();
  const broadcast = async () => hub.pushEmergencies(await deps.store.emergencies.active(now()));

  r.get('/', requireStaff(deps, 'viewer'), async (_req, res) => {
    res.json({ items: await deps.store.emergencies.active(now()) });
  });
  r.post('/', requireStaff(deps, 'editor'), async (req, res) => {
    const input = parseBody(EmergencyCreateSchema, req);
    const at = deps.clock();
    for (const c of input.centreIds) if (!(await deps.store.centres.get(c))) throw new AppError('validation', `Unknown centre "${c}".`, [{ path: 'centreIds', message: `unknown centre ${c}` }]);
    const e: Emergency = {
      id: newId(),
      text: input.text,
      severity: input.severity,
      centreIds: input.centreIds,
      deviceIds: input.deviceIds,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + input.durationMinutes * 60_000).toISOString(),
    };
    await deps.store.emergencies.create(e);
    await deps.store.audit.append({ at: e.createdAt, actor: staffOf(res).username, action: 'emergency.show', subject: e.id, before: null, after: e });
    await broadcast();
    res.status(201).json(e);
  });
  r.delete('/:id', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(z.object({ id: IdSchema }), req);
    if (!(await deps.store.emergencies.clear(id, now()))) throw new AppError('not_found', `No active emergency message ${id}.`);
    await deps.store.audit.append({ at: now(), actor: staffOf(res).username, action: 'emergency.clear', subject: id, before: null, after: null });
    await broadcast();
    res.json({ ok: true });
  });
  r.delete('/', requireStaff(deps, 'editor'), async (_req, res) => {
    const cleared = await deps.store.emergencies.clearAll(now());
    await deps.store.audit.append({ at: now(), actor: staffOf(res).username, action: 'emergency.clear_all', subject: '*', before: null, after: { cleared } });
    await broadcast();
    res.json({ cleared });
  });
  return r;
}
