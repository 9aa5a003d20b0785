import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type SessionRepo, type SessionRow, toSession, toUser, type UserRepo, type UserRow } from './store';

export function pgUserRepo(db: Pg): UserRepo {
  const get = async (id: string) => {
    const r = await firstRow<UserRow>(db, 'SELECT * FROM users WHERE id = $1', [id]);
    return r ? toUser(r) : null;
  };
  const columns = { displayName: 'display_name', role: 'role', centreId: 'centre_id', disabled: 'disabled', passwordHash: 'password_hash' } as const;
  return {
    count: async () => (await firstRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM users'))?.n ?? 0,
    get,
    getByUsername: async (u) => {
      const r = await firstRow<UserRow>(db, 'SELECT * FROM users WHERE username = $1', [u]);
      return r ? toUser(r) : null;
    },
    create: async (u) =>
      void (await changes(db, 'INSERT INTO users (id, username, display_name, role, centre_id, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        u.id,
        u.username,
        u.displayName,
        u.role,
        u.centreId,
        u.passwordHash,
        u.disabled ? 1 : 0,
        u.createdAt,
      ])),
    list: async () => (await allRows<UserRow>(db, 'SELECT * FROM users ORDER BY username')).map(toUser),
    update: async (id, patch) => {
      const keys = (Object.keys(patch) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
      if (keys.length) {
        const values = keys.map((k) => (k === 'disabled' ? (patch[k] ? 1 : 0) : patch[k]));
        await changes(db, `UPDATE users SET ${keys.map((k, i) => `${columns[k]} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...values]);
      }
      return get(id);
    },
    countActiveAdmins: async () => (await firstRow<{ n: number }>(db, "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0"))?.n ?? 0,
  };
}

export function pgSessionRepo(db: Pg): SessionRepo {
  return {
    create: async (s) => void (await changes(db, 'INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [s.idHash, s.userId, s.createdAt, s.expiresAt])),
    get: async (h) => {
      const r = await firstRow<SessionRow>(db, 'SELECT * FROM sessions WHERE id_hash = $1', [h]);
      return r ? toSession(r) : null;
    },
    delete: async (h) => void (await changes(db, 'DELETE FROM sessions WHERE id_hash = $1', [h])),
    deleteExpired: async (now) => void (await changes(db, 'DELETE FROM sessions WHERE expires_at <= $1', [now])),
    deleteForUser: async (id) => void (await changes(db, 'DELETE FROM sessions WHERE user_id = $1', [id])),
  };
}
