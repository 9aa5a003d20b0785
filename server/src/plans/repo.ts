import { type PlanTarget, PlanTargetSchema } from '@hcc/shared/schemas/plan';
import { affected, type Kdb } from '../db/kysely';
import { parseJsonColumn } from '../store/json';

export interface PlanRepo {
  list(centreIds: string[] | null): Promise<PlanTarget[]>;
  get(id: string): Promise<PlanTarget | null>;
  put(t: PlanTarget): Promise<void>;
  delete(id: string): Promise<boolean>;
}

const toPlanTarget = (r: { body_json: string }) => parseJsonColumn(PlanTargetSchema, r.body_json, 'plan target');

/** A plan is read per centre, in its appendix's row order. */
const planOrder = (targets: PlanTarget[], centreIds: string[] | null) =>
  targets.filter((t) => !centreIds || centreIds.includes(t.centreId)).sort((a, b) => a.centreId.localeCompare(b.centreId) || a.seq - b.seq);

export function planRepo(db: Kdb): PlanRepo {
  return {
    list: async (centreIds) => planOrder((await db.selectFrom('plan_targets').select('body_json').execute()).map(toPlanTarget), centreIds),
    get: async (id) => {
      const r = await db.selectFrom('plan_targets').select('body_json').where('id', '=', id).executeTakeFirst();
      return r ? toPlanTarget(r) : null;
    },
    put: async (t) => {
      const row = { centre_id: t.centreId, body_json: JSON.stringify(t) };
      await db
        .insertInto('plan_targets')
        .values({ id: t.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    },
    delete: async (id) => affected(await db.deleteFrom('plan_targets').where('id', '=', id).executeTakeFirst()) === 1,
  };
}
