import type { Deps } from '../context';
import { generatePassword } from '../config/config';
import { hashPassword, newId } from '../security/tokens';

/**
 * The first start creates an admin. Its password comes from ADMIN_PASSWORD or is generated; a
 * generated one is returned so the caller prints it once (it is stored only as a hash).
 */
export async function ensureAdmin(deps: Deps): Promise<{ username: string; password: string; generated: boolean } | null> {
  if ((await deps.store.users.count()) > 0) return null;
  const password = deps.config.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  // Starting nodes take turns (store.startupTurn); should another start have won a race anyway, its
  // admin stands (the name is taken) and this start goes on without one of its own.
  const created = await deps.store.users.create({
    id: newId(),
    username: 'admin',
    displayName: 'Quản trị viên',
    role: 'admin',
    centreId: null,
    disabled: false,
    createdAt: deps.clock().toISOString(),
    passwordHash,
  });
  if (!created) return null;
  return { username: 'admin', password, generated: !deps.config.adminPassword };
}
