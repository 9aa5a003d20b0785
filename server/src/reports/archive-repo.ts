import { type IssuedReport, IssuedReportSchema } from '@hcc/shared/reports/archive';
import { type Narrative, NarrativeSchema } from '@hcc/shared/reports/narrative';
import type { Report } from '@hcc/shared/reports/report';
import type { Kdb } from '../db/kysely';
import { parseJsonColumn } from '../store/json';

/** The scope key of a report: its centre, or every centre. */
export const scopeKey = (centreId: string | null) => centreId ?? '*';

export interface SavedNarrative {
  narrative: Narrative;
  updatedAt: string;
  updatedBy: string;
}

/** Narratives being written, and reports once issued (kept as issued: never changed or removed). */
export interface ReportArchiveRepo {
  narrative(scope: string, from: string, to: string): Promise<SavedNarrative | null>;
  saveNarrative(scope: string, from: string, to: string, saved: SavedNarrative): Promise<void>;
  issue(meta: IssuedReport, report: Report, docx: Buffer): Promise<void>;
  /** Issued reports of a scope (null: all), newest period first. */
  list(scope: string | null): Promise<IssuedReport[]>;
  get(id: string): Promise<{ meta: IssuedReport; report: Report; docx: Buffer } | null>;
}

const toMeta = (r: { meta_json: string }) => parseJsonColumn(IssuedReportSchema, r.meta_json, 'issued report');

export function reportArchiveRepo(db: Kdb): ReportArchiveRepo {
  return {
    narrative: async (scope, from, to) => {
      const r = await db
        .selectFrom('report_narratives')
        .select(['body_json', 'updated_at', 'updated_by'])
        .where('scope', '=', scope)
        .where('date_from', '=', from)
        .where('date_to', '=', to)
        .executeTakeFirst();
      return r ? { narrative: parseJsonColumn(NarrativeSchema, r.body_json, 'report narrative'), updatedAt: r.updated_at, updatedBy: r.updated_by } : null;
    },
    saveNarrative: async (scope, from, to, s) => {
      const row = { body_json: JSON.stringify(s.narrative), updated_at: s.updatedAt, updated_by: s.updatedBy };
      await db
        .insertInto('report_narratives')
        .values({ scope, date_from: from, date_to: to, ...row })
        .onConflict((oc) => oc.columns(['scope', 'date_from', 'date_to']).doUpdateSet(row))
        .execute();
    },
    issue: async (meta, report, docx) =>
      void (await db
        .insertInto('report_archive')
        .values({ id: meta.id, scope: scopeKey(meta.centreId), date_from: meta.from, date_to: meta.to, meta_json: JSON.stringify(meta), report_json: JSON.stringify(report), docx })
        .execute()),
    list: async (scope) => {
      let q = db.selectFrom('report_archive').select('meta_json').orderBy('date_to', 'desc').orderBy('id', 'desc');
      if (scope !== null) q = q.where('scope', '=', scope);
      return (await q.execute()).map(toMeta);
    },
    get: async (id) => {
      const r = await db.selectFrom('report_archive').select(['meta_json', 'report_json', 'docx']).where('id', '=', id).executeTakeFirst();
      // The figures are the server's own JSON, written once when issued: read back as they were written.
      return r ? { meta: toMeta(r), report: JSON.parse(r.report_json) as Report, docx: r.docx } : null;
    },
  };
}
