import { centreApi } from '@hcc/shared/api/centres';
import { centrePlacementError, type Centre } from '@hcc/shared/schemas/centre';
import { Router } from 'express';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';

/**
 * The centres and their province → commune tree, kept by admins so a deployment started without the
 * demo can be set up from the console. A province's admins create and edit its communes; a commune's
 * admins edit their own centre's details but not where it sits; only admins without a centre create
 * provinces or move a centre to another province.
 */
export function centreRoutes(deps: Deps): Router {
  const r = Router();
  const admin = requireStaff(deps, 'admin');
  const audit = (res: Parameters<typeof staffOf>[0], action: string, subject: string, before: Centre | null, after: Centre) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action, subject, before, after });
  const place = async (input: Pick<Centre, 'id' | 'kind' | 'parentId'>) => {
    const problem = centrePlacementError(input, await deps.store.centres.list());
    if (problem) throw new AppError('validation', problem, [{ path: 'parentId', message: problem }]);
  };

  const on = contractRoutes(r, '/api/centres');
  on(centreApi.list, requireStaff(deps, 'viewer'), async () => ({ items: await deps.store.centres.list() }));

  on(centreApi.create, admin, async ({ body: input, res }) => {
    if (await deps.store.centres.get(input.id)) throw new AppError('conflict', `Mã trung tâm "${input.id}" đã có; chọn mã khác.`, [{ path: 'id', message: 'taken' }]);
    await place(input);
    if (input.parentId === null && staffOf(res).centreId !== null) throw new AppError('forbidden', 'Chỉ quản trị viên cấp toàn hệ thống mới tạo được trung tâm cấp tỉnh.');
    if (input.parentId) await requireCentreScope(deps, res, [input.parentId]);
    await deps.store.centres.upsert(input);
    const created = await deps.store.centres.get(input.id);
    if (!created) throw new Error(`centre ${input.id} missing right after it was created`);
    await audit(res, 'centre.create', created.id, null, created);
    return created;
  });

  on(centreApi.update, admin, async ({ params: { id }, body: input, res }) => {
    if (input.id !== id) throw new AppError('validation', 'Không đổi được mã của một trung tâm.', [{ path: 'id', message: 'differs from the address' }]);
    const before = await deps.store.centres.get(id);
    if (!before) throw new AppError('not_found', `Không có trung tâm "${id}".`);
    await requireCentreScope(deps, res, [id]);
    const moved = input.kind !== before.kind || input.parentId !== before.parentId;
    if (moved) {
      if (staffOf(res).centreId !== null) throw new AppError('forbidden', 'Chỉ quản trị viên cấp toàn hệ thống mới đổi được cấp hoặc tỉnh của một trung tâm.');
      await place(input);
      if (input.kind === 'commune' && (await deps.store.centres.list()).some((c) => c.parentId === id)) throw new AppError('conflict', 'Trung tâm này còn các xã trực thuộc; chuyển các xã trước.');
    }
    await deps.store.centres.upsert(input);
    const after = await deps.store.centres.get(id);
    if (!after) throw new Error(`centre ${id} missing right after it was saved`);
    await audit(res, 'centre.update', id, before, after);
    return after;
  });
  return r;
}
