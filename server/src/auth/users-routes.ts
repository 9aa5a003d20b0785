import { IdSchema } from '@hcc/shared/schemas/common';
import { PasswordResetSchema, type StaffUser, UserCreateSchema, UserUpdateSchema } from '@hcc/shared/schemas/staff';
import { Router } from 'express';
import * as z from 'zod/mini';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams } from '../http/parse';
import { hashPassword, newId } from '../security/tokens';
import type { UserRecord } from './store';
import { requireStaff, staffOf } from './session';

const IdParams = z.object({ id: IdSchema });
const publicUser = ({ passwordHash: _omit, ...u }: UserRecord): StaffUser => u;

/** Staff accounts, admin only. Every change is audited and signs the person out where it matters. */
export function userRoutes(deps: Deps): Router {
  const r = Router();
  r.use(requireStaff(deps, 'admin'));
  const audit = (actor: string, action: string, subject: string, before: unknown, after: unknown) =>
    deps.store.audit.append({ at: deps.clock().toISOString(), actor, action, subject, before, after });
  const load = async (id: string) => {
    const u = await deps.store.users.get(id);
    if (!u) throw new AppError('not_found', `No staff account ${id}.`);
    return u;
  };

  r.get('/', async (_req, res) => {
    res.json({ items: (await deps.store.users.list()).map(publicUser) });
  });
  r.post('/', async (req, res) => {
    const input = parseBody(UserCreateSchema, req);
    if (await deps.store.users.getByUsername(input.username)) throw new AppError('conflict', `The username "${input.username}" is taken.`, [{ path: 'username', message: 'taken' }]);
    if (input.centreId && !(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Unknown centre "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    const { password, ...rest } = input;
    const user: UserRecord = { ...rest, id: newId(), disabled: false, createdAt: deps.clock().toISOString(), passwordHash: await hashPassword(password) };
    await deps.store.users.create(user);
    await audit(staffOf(res).username, 'user.create', user.id, null, publicUser(user));
    res.status(201).json(publicUser(user));
  });
  r.patch('/:id', async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const patch = parseBody(UserUpdateSchema, req);
    const before = await load(id);
    const losesAdmin = before.role === 'admin' && !before.disabled && ((patch.role && patch.role !== 'admin') || patch.disabled === true);
    // A centre must always keep someone able to manage accounts.
    if (losesAdmin && (await deps.store.users.countActiveAdmins()) <= 1) throw new AppError('conflict', 'This is the last active admin; make someone else admin first.');
    const after = await deps.store.users.update(id, patch);
    if (!after) throw new AppError('not_found', `No staff account ${id}.`);
    if (patch.disabled || patch.role) await deps.store.sessions.deleteForUser(id);
    await audit(staffOf(res).username, 'user.update', id, publicUser(before), publicUser(after));
    res.json(publicUser(after));
  });
  r.post('/:id/password', async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const { password } = parseBody(PasswordResetSchema, req);
    await load(id);
    await deps.store.users.update(id, { passwordHash: await hashPassword(password) });
    await deps.store.sessions.deleteForUser(id);
    await audit(staffOf(res).username, 'user.password_reset', id, null, null);
    res.json({ ok: true });
  });
  return r;
}
