import { emergencyApi } from '@hcc/shared/api/emergencies';
import type { Emergency } from '@hcc/shared/schemas/emergency';
import { Router } from 'express';
import { requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import type { Hub } from '../realtime/hub';
import { newId } from '../security/tokens';

/** Emergency messages: one call to show on all or chosen screens until expiry, one call to clear. */
export function emergencyRoutes(deps: Deps, hub: Hub): Router {
  const r = Router();
  const now = () => deps.clock().toISOString();
  const broadcast = async () => hub.pushEmergencies(await deps.store.emergencies.active(now()));

  /** The centres a message reaches: those it names and those of the screens it names. Showing and clearing it need them all in scope. */
  const centresReached = async (m: Pick<Emergency, 'centreIds' | 'deviceIds'>) => {
    const devices = await Promise.all(m.deviceIds.map((d) => deps.store.devices.get(d)));
    return [...m.centreIds, ...devices.flatMap((d) => (d ? [d.centreId] : []))];
  };

  const on = contractRoutes(r, '/api/emergencies');
  const editor = requireStaff(deps, 'editor');
  on(emergencyApi.active, requireStaff(deps, 'viewer'), async () => ({ items: await deps.store.emergencies.active(now()) }));
  on(emergencyApi.show, editor, async ({ body: input, res }) => {
    const at = deps.clock();
    for (const c of input.centreIds) if (!(await deps.store.centres.get(c))) throw new AppError('validation', `Unknown centre "${c}".`, [{ path: 'centreIds', message: `unknown centre ${c}` }]);
    // A message to every screen (no centre named) is for province-wide staff; others name their centres.
    const named = await centresReached(input);
    if (!named.length && staffOf(res).centreId !== null) throw new AppError('forbidden', 'A message to every screen of every centre needs province-wide staff; name your centre.');
    await requireCentreScope(deps, res, named);
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
    return e;
  });
  on(emergencyApi.clear, editor, async ({ params: { id }, res }) => {
    const message = (await deps.store.emergencies.active(now())).find((e) => e.id === id);
    const named = message ? await centresReached(message) : [];
    if (message && !named.length && staffOf(res).centreId !== null) throw new AppError('forbidden', 'A message to every centre is cleared by province-wide staff.');
    await requireCentreScope(deps, res, named);
    if (!(await deps.store.emergencies.clear(id, now()))) throw new AppError('not_found', `No active emergency message ${id}.`);
    await deps.store.audit.append({ at: now(), actor: staffOf(res).username, action: 'emergency.clear', subject: id, before: null, after: null });
    await broadcast();
    return { ok: true } as const;
  });
  on(emergencyApi.clearAll, editor, async ({ res }) => {
    if (staffOf(res).centreId !== null) throw new AppError('forbidden', 'Clearing every message at once needs province-wide staff; clear your centre’s messages one by one.');
    const cleared = await deps.store.emergencies.clearAll(now());
    await deps.store.audit.append({ at: now(), actor: staffOf(res).username, action: 'emergency.clear_all', subject: '*', before: null, after: { cleared } });
    await broadcast();
    return { cleared };
  });
  return r;
}
