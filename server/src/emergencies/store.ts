import { type Emergency, EmergencySchema } from '@hcc/shared/schemas/emergency';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

export interface EmergencyRepo {
  create(e: Emergency): Promise<void>;
  /** Not cleared and not expired at `now`. */
  active(now: string): Promise<Emergency[]>;
  /** False when it was already cleared or never existed. */
  clear(id: string, at: string): Promise<boolean>;
  clearAll(at: string): Promise<number>;
}

export const toEmergency = (r: { body_json: string }) => parseJsonColumn(EmergencySchema, r.body_json, 'emergency');

export function sqliteEmergencyRepo(db: Db): EmergencyRepo {
  const insert = db.prepare('INSERT INTO emergencies (id, body_json, expires_at) VALUES (?, ?, ?)');
  const active = db.prepare<[string], { body_json: string }>('SELECT body_json FROM emergencies WHERE cleared_at IS NULL AND expires_at > ? ORDER BY expires_at');
  const clear = db.prepare('UPDATE emergencies SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL');
  const clearAll = db.prepare('UPDATE emergencies SET cleared_at = ? WHERE cleared_at IS NULL');
  return {
    create: async (e) => void insert.run(e.id, JSON.stringify(e), e.expiresAt),
    active: async (now) => active.all(now).map(toEmergency),
    clear: async (id, at) => clear.run(at, id).changes === 1,
    clearAll: async (at) => clearAll.run(at).changes,
  };
}
