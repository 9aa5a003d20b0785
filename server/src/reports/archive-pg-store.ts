import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type ArchiveRow, archiveValues, type NarrativeRow, type ReportArchiveRepo, toIssued, toMeta, toSaved } from './archive-store';

export function pgReportArchiveRepo(db: Pg): ReportArchiveRepo {
  return {
    narrative: async (scope, from, to) => {
      const r = await firstRow<NarrativeRow>(db, 'SELECT body_json, updated_at, updated_by FROM report_narratives WHERE scope = $1 AND date_from = $2 AND date_to = $3', [scope, from, to]);
      return r ? toSaved(r) : null;
    },
    saveNarrative: async (scope, from, to, s) =>
      void (await changes(
        db,
        'INSERT INTO report_narratives (scope, date_from, date_to, body_json, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (scope, date_from, date_to) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
        [scope, from, to, JSON.stringify(s.narrative), s.updatedAt, s.updatedBy],
      )),
    issue: async (meta, report, docx) => void (await changes(db, 'INSERT INTO report_archive (id, scope, date_from, date_to, meta_json, report_json, docx) VALUES ($1, $2, $3, $4, $5, $6, $7)', [...archiveValues(meta, report, docx)])),
    list: async (scope) =>
      (scope === null ? await allRows<ArchiveRow>(db, 'SELECT meta_json FROM report_archive ORDER BY date_to DESC, id DESC') : await allRows<ArchiveRow>(db, 'SELECT meta_json FROM report_archive WHERE scope = $1 ORDER BY date_to DESC, id DESC', [scope])).map(toMeta),
    get: async (id) => {
      const r = await firstRow<Required<ArchiveRow>>(db, 'SELECT meta_json, report_json, docx FROM report_archive WHERE id = $1', [id]);
      return r ? toIssued(r) : null;
    },
  };
}
