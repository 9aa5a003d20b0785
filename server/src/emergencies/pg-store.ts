import { allRows, changes, type Pg } from '../db/pg';
import { type EmergencyRepo, toEmergency } from './store';

export function pgEmergencyRepo(db: Pg): EmergencyRepo {
  return {
    create: async (e) => void (await changes(db, 'INSERT INTO emergencies (id, body_json, expires_at) VALUES ($1, $2, $3)', [e.id, JSON.stringify(e), e.expiresAt])),
    active: async (now) =>
      (await allRows<{ body_json: string }>(db, 'SELECT body_json FROM emergencies WHERE cleared_at IS NULL AND expires_at > $1 ORDER BY expires_at', [now])).map(toEmergency),
    clear: async (id, at) => (await changes(db, 'UPDATE emergencies SET cleared_at = $1 WHERE id = $2 AND cleared_at IS NULL', [at, id])) === 1,
    clearAll: (at) => changes(db, 'UPDATE emergencies SET cleared_at = $1 WHERE cleared_at IS NULL', [at]),
  };
}
