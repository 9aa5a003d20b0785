import { allRows, changes, firstRow, type Pg } from '../db/pg';
import { type Row, type SurveyRepo, toForm, toResponse } from './store';

export function pgSurveyRepo(db: Pg): SurveyRepo {
  return {
    forms: async () => (await allRows<{ body_json: string }>(db, 'SELECT body_json FROM survey_forms ORDER BY id, version')).map(toForm),
    addForm: async (f, at, by) =>
      (await changes(db, 'INSERT INTO survey_forms (id, version, body_json, created_at, created_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id, version) DO NOTHING', [
        f.id,
        f.version,
        JSON.stringify(f),
        at,
        by,
      ])) === 1,
    insert: async (r) =>
      (await changes(
        db,
        `INSERT INTO survey_responses (id, centre_id, form_id, form_version, answers_json, context_json, comment, submitted_at, received_at, source_hash, excluded_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
        [r.id, r.centreId, r.formId, r.formVersion, JSON.stringify(r.answers), JSON.stringify(r.context), r.comment, r.submittedAt, r.receivedAt, r.sourceHash, r.excludedReason],
      )) === 1,
    countFromSource: async (h, since) => (await firstRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM survey_responses WHERE source_hash = $1 AND received_at >= $2', [h, since]))?.n ?? 0,
    redactComments: (before) => changes(db, "UPDATE survey_responses SET comment = '' WHERE received_at < $1 AND comment <> ''", [before]),
    exists: async (id) => (await firstRow(db, 'SELECT 1 FROM survey_responses WHERE id = $1', [id])) !== null,
    since: async (centreId, since) =>
      (
        await allRows<Row>(db, 'SELECT * FROM survey_responses WHERE ($1::text IS NULL OR centre_id = $1) AND received_at >= $2 ORDER BY received_at', [centreId, since])
      ).map(toResponse),
  };
}
