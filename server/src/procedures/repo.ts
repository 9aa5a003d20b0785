import { type Procedure, ProcedureSchema } from '@hcc/shared/schemas/procedure';
import { chunks, isPostgres, type Kdb, writeInChunks } from '../db/kysely';
import { parseJsonColumn } from '../store/json';

export interface ProcedureRepo {
  all(): Promise<Procedure[]>;
  /**
   * Every procedure in code order, a page at a time: the whole national catalogue read at once is
   * about 30 MB of records alive together, which the heap keeps committed long after.
   */
  pages(size?: number): AsyncIterable<Procedure[]>;
  get(code: string): Promise<Procedure | null>;
  /** Which of these codes are in the catalogue, without reading (and checking) whole records. */
  existing(codes: readonly string[]): Promise<Set<string>>;
  count(): Promise<number>;
  upsertMany(list: Procedure[], at: string): Promise<void>;
  /** Removes procedures and every centre's selection of them. */
  deleteMany(codes: string[]): Promise<void>;
  /** Codes a centre serves; empty means the centre has made no selection yet. */
  codesForCentre(centreId: string): Promise<string[]>;
  setCentreCodes(centreId: string, codes: string[]): Promise<void>;
}

const toProcedure = (r: { body_json: string }) => parseJsonColumn(ProcedureSchema, r.body_json, 'procedure');

export function procedureRepo(db: Kdb): ProcedureRepo {
  return {
    all: async () => (await db.selectFrom('procedures').select('body_json').orderBy('code').execute()).map(toProcedure),
    pages: async function* (size = 250) {
      for (let after = ''; ;) {
        const rows = await db.selectFrom('procedures').select(['code', 'body_json']).where('code', '>', after).orderBy('code').limit(size).execute();
        if (!rows.length) return;
        yield rows.map(toProcedure);
        after = rows.at(-1)?.code ?? after;
      }
    },
    get: async (code) => {
      const r = await db.selectFrom('procedures').select('body_json').where('code', '=', code).executeTakeFirst();
      return r ? toProcedure(r) : null;
    },
    existing: async (codes) => {
      const found = new Set<string>();
      for (const part of chunks([...new Set(codes)])) for (const r of await db.selectFrom('procedures').select('code').where('code', 'in', part).execute()) found.add(r.code);
      return found;
    },
    count: async () =>
      (
        await db
          .selectFrom('procedures')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    // A whole catalogue in a few statements. One row per code, the last given winning (a statement may
    // not upsert a row twice); in code order, so two nodes importing at once lock rows alike. A row
    // whose body did not change keeps its updated_at.
    upsertMany: async (list, at) => {
      const byCode = new Map(list.map((p) => [p.code, JSON.stringify(p)]));
      const rows = [...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, body_json]) => ({ code, body_json, updated_at: at }));
      await writeInChunks(db, rows, (tx, part) =>
        tx
          .insertInto('procedures')
          .values(part)
          .onConflict((oc) =>
            oc
              .column('code')
              .doUpdateSet((eb) => ({ body_json: eb.ref('excluded.body_json'), updated_at: eb.ref('excluded.updated_at') }))
              .where('procedures.body_json', '<>', (eb) => eb.ref('excluded.body_json')),
          )
          .execute(),
      );
    },
    deleteMany: (codes) =>
      writeInChunks(db, codes, async (tx, part) => {
        await tx.deleteFrom('centre_procedures').where('code', 'in', part).execute();
        await tx.deleteFrom('procedures').where('code', 'in', part).execute();
      }),
    codesForCentre: async (id) => (await db.selectFrom('centre_procedures').select('code').where('centre_id', '=', id).orderBy('code').execute()).map((r) => r.code),
    setCentreCodes: (id, codes) =>
      db.transaction().execute(async (tx) => {
        // Two imports for one centre at once would otherwise each delete what they can see and leave
        // the union of both lists; on PostgreSQL the centre's row lock makes the second wait and
        // replace the first (SQLite has one writer at a time anyway).
        if (isPostgres(db)) await tx.selectFrom('centres').select('id').where('id', '=', id).forNoKeyUpdate().execute();
        await tx.deleteFrom('centre_procedures').where('centre_id', '=', id).execute();
        for (const part of chunks([...new Set(codes)]))
          await tx
            .insertInto('centre_procedures')
            .values(part.map((code) => ({ centre_id: id, code })))
            .onConflict((oc) => oc.doNothing())
            .execute();
      }),
  };
}
