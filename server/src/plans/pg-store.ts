import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type PlanRepo, planOrder, toPlanTarget } from './store';

export function pgPlanRepo(db: Pg): PlanRepo {
  return {
    list: async (centreIds) => planOrder((await allRows<{ body_json: string }>(db, 'SELECT body_json FROM plan_targets')).map(toPlanTarget), centreIds),
    get: async (id) => {
      const r = await firstRow<{ body_json: string }>(db, 'SELECT body_json FROM plan_targets WHERE id = $1', [id]);
      return r ? toPlanTarget(r) : null;
    },
    put: async (t) =>
      void (await changes(
        db,
        'INSERT INTO plan_targets (id, centre_id, body_json) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET centre_id = excluded.centre_id, body_json = excluded.body_json',
        [t.id, t.centreId, JSON.stringify(t)],
      )),
    delete: async (id) => (await changes(db, 'DELETE FROM plan_targets WHERE id = $1', [id])) === 1,
  };
}
