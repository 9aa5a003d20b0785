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
}

export interface SessionRepo {
  create(s: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | null>;
  delete(idHash: string): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  centre_id: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
}
const toUser = (r: UserRow): UserRecord => ({
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
  return {
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

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export function sqliteSessionRepo(db: Db): SessionRepo {
  const insert = db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (@idHash, @userId, @createdAt, @expiresAt)');
  const get = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?');
  const del = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const delExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    create: async (s) => void insert.run(s),
    get: async (h) => {
      const r = get.get(h);
      return r ? { idHash: r.id_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at } : null;
    },
    delete: async (h) => void del.run(h),
    deleteExpired: async (now) => void delExpired.run(now),
  };
}
