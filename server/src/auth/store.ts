import { type Role, RoleSchema, type StaffUser } from '@hcc/shared/schemas/staff';
import type { Db } from '../db/sqlite';

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
  create(u: UserRecord): Promise<void>;
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

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  centre_id: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
}
export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: RoleSchema.parse(r.role) satisfies Role,
  centreId: r.centre_id,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  passwordHash: r.password_hash,
});

export function sqliteUserRepo(db: Db): UserRepo {
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  const get = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const insert = db.prepare(
    `INSERT INTO users (id, username, display_name, role, centre_id, password_hash, disabled, created_at)
     VALUES (@id, @username, @displayName, @role, @centreId, @passwordHash, @disabled, @createdAt)`,
  );
  const list = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username');
  const admins = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0");
  const columns = { displayName: 'display_name', role: 'role', centreId: 'centre_id', disabled: 'disabled', passwordHash: 'password_hash' } as const;
  return {
    list: async () => list.all().map(toUser),
    countActiveAdmins: async () => admins.get()?.n ?? 0,
    update: async (id, patch) => {
      const keys = (Object.keys(patch) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
      if (keys.length) {
        const values = Object.fromEntries(keys.map((k) => [k, k === 'disabled' ? (patch[k] ? 1 : 0) : patch[k]]));
        db.prepare(`UPDATE users SET ${keys.map((k) => `${columns[k]} = @${k}`).join(', ')} WHERE id = @id`).run({ ...values, id });
      }
      const r = get.get(id);
      return r ? toUser(r) : null;
    },
    count: async () => count.get()?.n ?? 0,
    get: async (id) => {
      const r = get.get(id);
      return r ? toUser(r) : null;
    },
    getByUsername: async (u) => {
      const r = byName.get(u);
      return r ? toUser(r) : null;
    },
    create: async (u) => void insert.run({ ...u, disabled: u.disabled ? 1 : 0 }),
  };
}

export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}
export const toSession = (r: SessionRow): SessionRecord => ({ idHash: r.id_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at });

export function sqliteSessionRepo(db: Db): SessionRepo {
  const insert = db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (@idHash, @userId, @createdAt, @expiresAt)');
  const get = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?');
  const del = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const delExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const delUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  return {
    deleteForUser: async (id) => void delUser.run(id),
    create: async (s) => void insert.run(s),
    get: async (h) => {
      const r = get.get(h);
      return r ? toSession(r) : null;
    },
    delete: async (h) => void del.run(h),
    deleteExpired: async (now) => void delExpired.run(now),
  };
}
