import { type PlanTarget, PlanTargetSchema } from '@hcc/shared/schemas/plan';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

export interface PlanRepo {
  list(centreIds: string[] | null): Promise<PlanTarget[]>;
  get(id: string): Promise<PlanTarget | null>;
  put(t: PlanTarget): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export const toPlanTarget = (r: { body_json: string }) => parseJsonColumn(PlanTargetSchema, r.body_json, 'plan target');

/** A plan is read per centre, in its appendix's row order. */
export const planOrder = (targets: PlanTarget[], centreIds: string[] | null) =>
  targets.filter((t) => !centreIds || centreIds.includes(t.centreId)).sort((a, b) => a.centreId.localeCompare(b.centreId) || a.seq - b.seq);

export function sqlitePlanRepo(db: Db): PlanRepo {
  const all = db.prepare<[], { body_json: string }>('SELECT body_json FROM plan_targets');
  const get = db.prepare<[string], { body_json: string }>('SELECT body_json FROM plan_targets WHERE id = ?');
  const put = db.prepare('INSERT INTO plan_targets (id, centre_id, body_json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET centre_id = excluded.centre_id, body_json = excluded.body_json');
  const del = db.prepare('DELETE FROM plan_targets WHERE id = ?');
  return {
    list: async (centreIds) => planOrder(all.all().map(toPlanTarget), centreIds),
    get: async (id) => {
      const r = get.get(id);
      return r ? toPlanTarget(r) : null;
    },
    put: async (t) => void put.run(t.id, t.centreId, JSON.stringify(t)),
    delete: async (id) => del.run(id).changes === 1,
  };
}
