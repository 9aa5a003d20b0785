import type { DossierState } from '@hcc/shared/dossiers/merge';
import { mergeDossier } from '@hcc/shared/dossiers/merge';
import { dossierOutcome } from '@hcc/shared/dossiers/timeliness';
import { DossierHistoryEntrySchema, DossierDeliverySchema, DossierStatusSchema } from '@hcc/shared/schemas/dossier';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import { foldVietnamese } from '@hcc/shared/search/fold';
import type { Kdb } from '../db/kysely';
import type { LogKey } from '../impressions/log-key';
import type { DossiersTable } from '../db/schema';
import { parseJsonColumn } from '../store/json';

/** A window of time, ISO instants, end excluded. */
export interface Window {
  from: string;
  to: string;
}

/** Counts of one window for one centre and field; the figures are made of these (shared/dossiers/figures). */
export interface WindowCounts {
  received: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
}

export interface FieldCounts {
  centreId: string;
  field: string;
  windows: WindowCounts[];
}

export interface DossierRepo {
  /** The keyed hash of a name, folded: the only trace of the applicant besides the initials. */
  nameHash(name: string): string;
  get(key: string): Promise<DossierState | null>;
  /** The centre each known key is filed at. */
  centresOf(keys: readonly string[]): Promise<Map<string, string>>;
  /**
   * Merges each update into what is stored (shared/dossiers/merge), in one transaction; `touched` are
   * the centres whose feed this counts as an update of. Returns the keys each update changed.
   */
  apply(updates: readonly DossierState[], touched: readonly string[], now: string): Promise<{ changed: Set<string> }>;
  /** Ready for pickup at the centre, most recent result first. */
  ready(centreId: string, limit: number): Promise<{ items: { code: string; maskedName: string }[]; total: number }>;
  /** Per centre and field, for each window: received in it, resolved in it by outcome, pending and overdue at its end. */
  counts(centreIds: readonly string[], windows: readonly Window[], now: string): Promise<FieldCounts[]>;
  countLookup(day: string, centreId: string, found: boolean): Promise<void>;
  /** Look-ups per centre between two Vietnam days (inclusive). */
  lookups(centreIds: readonly string[], fromDay: string, toDay: string): Promise<{ centreId: string; found: number; notFound: number }[]>;
}

const HistorySchema = z.array(DossierHistoryEntrySchema);

const toState = (r: DossiersTable): DossierState => ({
  key: r.key,
  code: r.code,
  centreId: r.centre_id,
  procedureCode: r.procedure_code,
  procedureName: r.procedure_name,
  field: r.field,
  receivedAt: r.received_at,
  appointmentAt: r.appointment_at,
  status: DossierStatusSchema.parse(r.status),
  history: parseJsonColumn(HistorySchema, r.history_json, 'dossier history'),
  resultAt: r.result_at,
  delivery: r.delivery === null ? null : DossierDeliverySchema.parse(r.delivery),
  counter: r.counter,
  maskedName: r.masked_name,
  nameHash: r.name_hash,
  updatedAt: r.updated_at,
});

const toRow = (s: DossierState, storedAt: string): DossiersTable => ({
  key: s.key,
  code: s.code,
  centre_id: s.centreId,
  procedure_code: s.procedureCode,
  procedure_name: s.procedureName,
  field: s.field,
  received_at: s.receivedAt,
  appointment_at: s.appointmentAt,
  status: s.status,
  history_json: JSON.stringify(s.history),
  result_at: s.resultAt,
  outcome: dossierOutcome(s),
  delivery: s.delivery,
  counter: s.counter,
  masked_name: s.maskedName,
  name_hash: s.nameHash,
  updated_at: s.updatedAt,
  stored_at: storedAt,
});

/** Chunks under both engines' bound-parameter limits (SQLite 32,766; 18 columns a row). */
const CHUNK = 500;
const chunks = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * Read, merge and write must not interleave with another batch's. On PostgreSQL a transaction locks
 * the rows being merged, so nodes take turns. On SQLite a Kysely transaction would stay open across
 * awaits, and another repository's synchronous transaction started meanwhile would fail ("cannot start
 * a transaction within a transaction"); one process owns the file, so batches queue here instead, and
 * each multi-row statement is atomic. A batch cut short is sent again: applying it twice is harmless.
 */
function turns(db: Kdb, isPg: boolean): <T>(work: (q: Kdb) => Promise<T>) => Promise<T> {
  if (isPg) return (work) => db.transaction().execute((tx) => work(tx));
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(() => work(db));
    // The next batch waits for this one to finish, whether it failed or not.
    queue = run.catch(() => undefined);
    return run;
  };
}

/** `nameKey` keys the applicant-name hash; it lives outside the database, like the proof-of-play log's key. */
export function kyselyDossierRepo(db: Kdb, isPg: boolean, nameKey: LogKey): DossierRepo {
  const n = (v: unknown) => Number(v ?? 0);
  const inTurn = turns(db, isPg);
  return {
    nameHash: (name) => nameKey.mac('dossier-applicant', foldVietnamese(name)).slice(0, 32),
    async get(key) {
      const r = await db.selectFrom('dossiers').selectAll().where('key', '=', key).executeTakeFirst();
      return r ? toState(r) : null;
    },

    async centresOf(keys) {
      const out = new Map<string, string>();
      for (const part of chunks([...new Set(keys)], CHUNK)) {
        for (const r of await db.selectFrom('dossiers').select(['key', 'centre_id']).where('key', 'in', part).execute()) out.set(r.key, r.centre_id);
      }
      return out;
    },

    async apply(updates, touched, now) {
      return inTurn(async (tx) => {
        const stored = new Map<string, DossierState>();
        for (const keys of chunks([...new Set(updates.map((u) => u.key))], CHUNK)) {
          let q = tx.selectFrom('dossiers').selectAll().where('key', 'in', keys);
          if (isPg) q = q.forUpdate();
          for (const r of await q.execute()) stored.set(r.key, toState(r));
        }
        const changed = new Set<string>();
        for (const u of updates) {
          const m = mergeDossier(stored.get(u.key) ?? null, u);
          if (!m.changed) continue;
          stored.set(u.key, m.state);
          changed.add(u.key);
        }
        const rows = [...changed].map((k) => toRow(stored.get(k)!, now));
        for (const part of chunks(rows, CHUNK)) {
          await tx
            .insertInto('dossiers')
            .values(part)
            .onConflict((oc) =>
              oc.column('key').doUpdateSet((eb) => {
                const cols = Object.keys(part[0]!).filter((c) => c !== 'key') as (keyof DossiersTable)[];
                return Object.fromEntries(cols.map((c) => [c, eb.ref(`excluded.${c}`)]));
              }),
            )
            .execute();
        }
        for (const centreId of touched) {
          await tx
            .insertInto('dossier_feeds')
            .values({ centre_id: centreId, last_update_at: now, pull_failures: 0 })
            .onConflict((oc) => oc.column('centre_id').doUpdateSet({ last_update_at: now }))
            .execute();
        }
        return { changed };
      });
    },

    async ready(centreId, limit) {
      const base = db.selectFrom('dossiers').where('centre_id', '=', centreId).where('status', '=', 'ready');
      const [items, total] = await Promise.all([
        base.select(['code', 'masked_name']).orderBy('result_at', 'desc').orderBy('key').limit(limit).execute(),
        base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
      ]);
      return { items: items.map((r) => ({ code: r.code, maskedName: r.masked_name ?? '' })), total: n(total?.n) };
    },

    async counts(centreIds, windows, now) {
      if (!centreIds.length || !windows.length) return [];
      const earliest = windows.reduce((a, w) => (w.from < a ? w.from : a), windows[0]!.from);
      const inWin = (col: 'received_at' | 'result_at', w: Window) => sql`${sql.ref(col)} >= ${w.from} AND ${sql.ref(col)} < ${w.to}`;
      const pendingAt = (w: Window) => sql`received_at < ${w.to} AND (result_at IS NULL OR result_at >= ${w.to}) AND status <> 'withdrawn'`;
      const sum = (cond: ReturnType<typeof sql>) => sql<number>`SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
      const selections = windows.flatMap((w, i) => {
        const due = w.to < now ? w.to : now;
        return [
          sum(inWin('received_at', w)).as(`r${i}`),
          sum(sql`${inWin('result_at', w)} AND outcome = 'early'`).as(`e${i}`),
          sum(sql`${inWin('result_at', w)} AND outcome = 'on_time'`).as(`o${i}`),
          sum(sql`${inWin('result_at', w)} AND outcome = 'late'`).as(`l${i}`),
          sum(pendingAt(w)).as(`p${i}`),
          sum(sql`${pendingAt(w)} AND appointment_at < ${due}`).as(`d${i}`),
        ];
      });
      const rows = await db
        .selectFrom('dossiers')
        .select([sql<string>`centre_id`.as('centre_id'), sql<string>`COALESCE(field, '')`.as('field'), ...selections])
        // Two ranges of the (centre, result time) index — still open; resolved since the earliest window
        // began — so the dossiers resolved long ago are never read. Received times are left to the sums:
        // a condition on them here would lead the planner to the received-time index, which reads them all.
        .where((eb) => eb.or([eb.and([eb('centre_id', 'in', [...centreIds]), eb('result_at', 'is', null)]), eb.and([eb('centre_id', 'in', [...centreIds]), eb('result_at', '>=', earliest)])]))
        .groupBy([sql`centre_id`, sql`COALESCE(field, '')`])
        .execute();
      return rows.map((r) => {
        const v = r as Record<string, unknown>;
        return {
          centreId: r.centre_id,
          field: r.field,
          windows: windows.map((_, i) => ({ received: n(v[`r${i}`]), early: n(v[`e${i}`]), onTime: n(v[`o${i}`]), late: n(v[`l${i}`]), pending: n(v[`p${i}`]), overdue: n(v[`d${i}`]) })),
        };
      });
    },

    async countLookup(day, centreId, found) {
      await db
        .insertInto('dossier_lookups')
        .values({ day, centre_id: centreId, found: found ? 1 : 0, n: 1 })
        .onConflict((oc) => oc.columns(['day', 'centre_id', 'found']).doUpdateSet({ n: sql`dossier_lookups.n + 1` }))
        .execute();
    },

    async lookups(centreIds, fromDay, toDay) {
      if (!centreIds.length) return [];
      const rows = await db
        .selectFrom('dossier_lookups')
        .select(['centre_id', 'found', (eb) => eb.fn.sum<number>('n').as('n')])
        .where('centre_id', 'in', [...centreIds])
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay)
        .groupBy(['centre_id', 'found'])
        .execute();
      const by = new Map<string, { centreId: string; found: number; notFound: number }>();
      for (const r of rows) {
        const e = by.get(r.centre_id) ?? { centreId: r.centre_id, found: 0, notFound: 0 };
        if (n(r.found)) e.found += n(r.n);
        else e.notFound += n(r.n);
        by.set(r.centre_id, e);
      }
      return [...by.values()];
    },
  };
}
