import { userApi } from '@hcc/shared/api/staff';
import { managesAccount, type StaffUser } from '@hcc/shared/schemas/staff';
import { type Response, Router } from 'express';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import type { Hub } from '../realtime/hub';
import { hashPassword, newId } from '../security/tokens';
import type { UserRecord } from './repo';
import { requireStaff, staffOf } from './session';

const publicUser = ({ passwordHash: _omit, ...u }: UserRecord): StaffUser => u;

/**
 * Staff accounts, admin only, scoped like playlists: an admin sees and manages the accounts of its own
 * centre (a province's, also its communes'); province-wide accounts only a province-wide admin. Both
 * the account as it is and as it would become must be in scope, so nobody widens a scope, their own included.
 * Every change is audited and signs the person out where it matters.
 */
export function userRoutes(deps: Deps, hub: Hub): Router {
  const r = Router();
  r.use(requireStaff(deps, 'admin'));
  const audit = (actor: string, action: string, subject: string, before: unknown, after: unknown) => deps.store.audit.append({ at: deps.clock().toISOString(), actor, action, subject, before, after });
  /** Refuses (403) an account, as it is or would become, outside the signed-in admin's scope. */
  const requireAccountScope = async (res: Response, centreIds: readonly (string | null)[]) => {
    const admin = staffOf(res);
    const centres = await deps.store.centres.list();
    const outside = centreIds.find((c) => !managesAccount(admin, c, centres));
    if (outside === undefined) return;
    const name = (id: string | null) => (id === null ? 'the whole province' : (centres.find((c) => c.id === id)?.name ?? id));
    throw new AppError('forbidden', `You manage the accounts of ${name(admin.centreId)}; an account of ${name(outside)} is outside it.`);
  };
  // The refusal names the account's centre only: its name, role and state stay out of the answer.
  const load = async (res: Response, id: string) => {
    const u = await deps.store.users.get(id);
    if (!u) throw new AppError('not_found', `No staff account ${id}.`);
    await requireAccountScope(res, [u.centreId]);
    return u;
  };

  /** Signs the account out everywhere: its sessions, and the consoles' live sockets opened with them. */
  const signOut = async (id: string) => {
    await deps.store.sessions.deleteForUser(id);
    hub.endStaffSessions({ userId: id });
  };

  const on = contractRoutes(r, '/api/users');
  on(userApi.list, async ({ res }) => {
    const admin = staffOf(res);
    const centres = await deps.store.centres.list();
    return { items: (await deps.store.users.list()).filter((u) => u.id === admin.id || managesAccount(admin, u.centreId, centres)).map(publicUser) };
  });
  on(userApi.create, async ({ body: input, res }) => {
    if (input.centreId && !(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Unknown centre "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    await requireAccountScope(res, [input.centreId]);
    const taken = () => new AppError('conflict', `The username "${input.username}" is taken.`, [{ path: 'username', message: 'taken' }]);
    if (await deps.store.users.getByUsername(input.username)) throw taken();
    const { password, ...rest } = input;
    const user: UserRecord = { ...rest, id: newId(), disabled: false, createdAt: deps.clock().toISOString(), passwordHash: await hashPassword(password) };
    // Checked again by the insert: another admin's creation of the name may have landed while the password was hashed.
    if (!(await deps.store.users.create(user))) throw taken();
    await audit(staffOf(res).username, 'user.create', user.id, null, publicUser(user));
    return publicUser(user);
  });
  on(userApi.update, async ({ params: { id }, body: patch, res }) => {
    const before = await load(res, id);
    if (patch.centreId !== undefined) {
      if (patch.centreId && !(await deps.store.centres.get(patch.centreId))) throw new AppError('validation', `Unknown centre "${patch.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
      await requireAccountScope(res, [patch.centreId]);
    }
    const losesAdmin = before.role === 'admin' && !before.disabled && ((patch.role && patch.role !== 'admin') || patch.disabled === true);
    // A centre must always keep someone able to manage accounts.
    if (losesAdmin && (await deps.store.users.countActiveAdmins()) <= 1) throw new AppError('conflict', 'This is the last active admin; make someone else admin first.');
    const after = await deps.store.users.update(id, patch);
    if (!after) throw new AppError('not_found', `No staff account ${id}.`);
    if (patch.disabled || patch.role) await signOut(id);
    await audit(staffOf(res).username, 'user.update', id, publicUser(before), publicUser(after));
    return publicUser(after);
  });
  on(userApi.resetPassword, async ({ params: { id }, body: { password }, res }) => {
    await load(res, id);
    await deps.store.users.update(id, { passwordHash: await hashPassword(password) });
    await signOut(id);
    await audit(staffOf(res).username, 'user.password_reset', id, null, null);
    return { ok: true } as const;
  });
  return r;
}
