import { registerApi } from '@hcc/shared/api/plans';
import type { RegisterEntry } from '@hcc/shared/schemas/register';
import { Router } from 'express';
import { requireCentreScope } from '../auth/scope';
import { requireStaff, staffOf } from '../auth/session';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { newId } from '../security/tokens';

/** A day's entry may be recorded a little ahead (a conference planned for tomorrow is not evidence yet). */
const MAX_DAYS_AHEAD = 1;

/**
 * The evidence register: what staff did outside the screens (posts on the website and Zalo, leaflets,
 * banners, conferences…), each with its proof, counted against the plan's rows in the report. Entries
 * are never edited; a wrong one is withdrawn with a reason, and both steps are audited.
 */
export function registerRoutes(deps: Deps): Router {
  const r = Router();
  const editor = requireStaff(deps, 'editor');
  const audit = (res: Parameters<typeof staffOf>[0], action: string, e: RegisterEntry, before: RegisterEntry | null) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action, subject: e.id, before, after: e });

  const on = contractRoutes(r, '/api/register');
  on(registerApi.list, requireStaff(deps, 'viewer'), async ({ query: q }) => {
    if (q.from > q.to) throw new AppError('validation', `Khoảng thời gian ngược: ${q.from} sau ${q.to}.`, [{ path: 'to', message: 'before from' }]);
    return { items: await deps.store.register.list(q.centre ? [q.centre] : null, q.from, q.to) };
  });

  on(registerApi.create, editor, async ({ body: input, res }) => {
    if (!(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Không có trung tâm "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    await requireCentreScope(deps, res, [input.centreId]);
    const now = deps.clock();
    const latest = new Date(now.getTime() + (7 + 24 * MAX_DAYS_AHEAD) * 3600_000).toISOString().slice(0, 10);
    if (input.date > latest) throw new AppError('validation', 'Ngày của hoạt động chưa tới: chỉ ghi những gì đã làm.', [{ path: 'date', message: 'in the future' }]);
    if (input.targetId) {
      const row = await deps.store.plans.get(input.targetId);
      if (!row || row.centreId !== input.centreId)
        throw new AppError('validation', 'Nhiệm vụ kế hoạch đã chọn không thuộc kế hoạch của trung tâm này.', [{ path: 'targetId', message: "not a row of this centre's plan" }]);
    }
    if (input.proof?.kind === 'media' && !(await deps.store.media.get(input.proof.mediaId)))
      throw new AppError('validation', 'Tệp minh chứng không có trong thư viện; tải lên lại.', [{ path: 'proof.mediaId', message: 'unknown media' }]);
    const entry: RegisterEntry = { ...input, id: newId(), createdAt: now.toISOString(), createdBy: staffOf(res).username, withdrawn: null };
    await deps.store.register.insert(entry);
    await audit(res, 'register.create', entry, null);
    return entry;
  });

  on(registerApi.withdraw, editor, async ({ params: { id }, body: { reason }, res }) => {
    const before = await deps.store.register.get(id);
    if (!before) throw new AppError('not_found', `Không có mục ghi nhận ${id}.`);
    await requireCentreScope(deps, res, [before.centreId]);
    const withdrawn = { at: deps.clock().toISOString(), by: staffOf(res).username, reason };
    if (!(await deps.store.register.withdraw(id, withdrawn))) throw new AppError('conflict', 'Mục này đã được rút trước đó.');
    const after = { ...before, withdrawn };
    await audit(res, 'register.withdraw', after, before);
    return after;
  });
  return r;
}
