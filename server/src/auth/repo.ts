import { type Role, RoleSchema, type StaffUser } from '@hcc/shared/schemas/staff';
import type { Selectable, Updateable } from 'kysely';
import { affected, type Kdb } from '../db/kysely';
import type { SessionsTable, UsersTable } from '../db/schema';

export interface UserRecord extends StaffUser {
  passwordHash: string;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface UserRepo {
  count(): Promise<number>;
  get(id: string): Promise<UserRecord | null>;
  getByUsername(username: string): Promise<UserRecord | null>;
  /** False when the username is taken (by a creation that won a race with this one): nothing is stored then. */
  create(u: UserRecord): Promise<boolean>;
  list(): Promise<UserRecord[]>;
  update(id: string, patch: Partial<Pick<UserRecord, 'displayName' | 'role' | 'centreId' | 'disabled' | 'passwordHash'>>): Promise<UserRecord | null>;
  countActiveAdmins(): Promise<number>;
}

export interface SessionRepo {
  create(s: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | null>;
  delete(idHash: string): Promise<void>;
  deleteExpired(now: string): Promise<void>;
  /** Signs a user out everywhere: after a password reset, a role change or disabling. */
  deleteForUser(userId: string): Promise<void>;
}

const toUser = (r: Selectable<UsersTable>): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: RoleSchema.parse(r.role) satisfies Role,
  centreId: r.centre_id,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  passwordHash: r.password_hash,
});

/** The columns a patch sets; a field left undefined keeps its value. */
function userChanges(patch: Parameters<UserRepo['update']>[1]): Updateable<UsersTable> {
  const set: Updateable<UsersTable> = {};
  if (patch.displayName !== undefined) set.display_name = patch.displayName;
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.centreId !== undefined) set.centre_id = patch.centreId;
  if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
  if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
  return set;
}

export function userRepo(db: Kdb): UserRepo {
  const users = db.selectFrom('users').selectAll();
  const get = async (id: string) => {
    const r = await users.where('id', '=', id).executeTakeFirst();
    return r ? toUser(r) : null;
  };
  const count = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  return {
    count: async () => (await count.executeTakeFirst())?.n ?? 0,
    get,
    getByUsername: async (u) => {
      const r = await users.where('username', '=', u).executeTakeFirst();
      return r ? toUser(r) : null;
    },
    create: async (u) =>
      affected(
        await db
          .insertInto('users')
          .values({
            id: u.id,
            username: u.username,
            display_name: u.displayName,
            role: u.role,
            centre_id: u.centreId,
            password_hash: u.passwordHash,
            disabled: u.disabled ? 1 : 0,
            created_at: u.createdAt,
          })
          .onConflict((oc) => oc.column('username').doNothing())
          .executeTakeFirst(),
      ) === 1,
    list: async () => (await users.orderBy('username').execute()).map(toUser),
    update: async (id, patch) => {
      const set = userChanges(patch);
      if (Object.keys(set).length) await db.updateTable('users').set(set).where('id', '=', id).execute();
      return get(id);
    },
    countActiveAdmins: async () => (await count.where('role', '=', 'admin').where('disabled', '=', 0).executeTakeFirst())?.n ?? 0,
  };
}

const toSession = (r: Selectable<SessionsTable>): SessionRecord => ({ idHash: r.id_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at });

export function sessionRepo(db: Kdb): SessionRepo {
  const remove = () => db.deleteFrom('sessions');
  return {
    create: async (s) => void (await db.insertInto('sessions').values({ id_hash: s.idHash, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt }).execute()),
    get: async (h) => {
      const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', h).executeTakeFirst();
      return r ? toSession(r) : null;
    },
    delete: async (h) => void (await remove().where('id_hash', '=', h).execute()),
    deleteExpired: async (now) => void (await remove().where('expires_at', '<=', now).execute()),
    deleteForUser: async (id) => void (await remove().where('user_id', '=', id).execute()),
  };
}
