import { type Emergency, EmergencySchema } from '@hcc/shared/schemas/emergency';
import { affected, type Kdb } from '../db/kysely';
import { parseJsonColumn } from '../store/json';

export interface EmergencyRepo {
  create(e: Emergency): Promise<void>;
  /** Not cleared and not expired at `now`. */
  active(now: string): Promise<Emergency[]>;
  /** False when it was already cleared or never existed. */
  clear(id: string, at: string): Promise<boolean>;
  clearAll(at: string): Promise<number>;
}

const toEmergency = (r: { body_json: string }) => parseJsonColumn(EmergencySchema, r.body_json, 'emergency');

export function emergencyRepo(db: Kdb): EmergencyRepo {
  const clear = (at: string) => db.updateTable('emergencies').set({ cleared_at: at }).where('cleared_at', 'is', null);
  return {
    create: async (e) =>
      void (await db
        .insertInto('emergencies')
        .values({ id: e.id, body_json: JSON.stringify(e), expires_at: e.expiresAt })
        .execute()),
    active: async (now) => (await db.selectFrom('emergencies').select('body_json').where('cleared_at', 'is', null).where('expires_at', '>', now).orderBy('expires_at').execute()).map(toEmergency),
    clear: async (id, at) => affected(await clear(at).where('id', '=', id).executeTakeFirst()) === 1,
    clearAll: async (at) => affected(await clear(at).executeTakeFirst()),
  };
}
