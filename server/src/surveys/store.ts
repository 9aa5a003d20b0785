import { type SurveyForm, SurveyFormSchema, type SurveyResponse } from '@hcc/shared/schemas/survey';
import { parseJsonColumn } from '../store/json';
import type { Db } from '../db/sqlite';

export interface StoredResponse extends SurveyResponse {
  receivedAt: string;
  sourceHash: string;
  excludedReason: string | null;
}

export interface SurveyRepo {
  /** Every version of every form, oldest first. */
  forms(): Promise<SurveyForm[]>;
  /** False when that version already exists. */
  addForm(f: SurveyForm, at: string, by: string): Promise<boolean>;
  /** False when a response with this id is already stored: a replay counts once. */
  insert(r: StoredResponse): Promise<boolean>;
  countFromSource(sourceHash: string, sinceIso: string): Promise<number>;
  exists(id: string): Promise<boolean>;
  since(centreId: string | null, sinceIso: string): Promise<StoredResponse[]>;
  /** Retention: empties the comments of answers received before `beforeIso`; their scores stay. */
  redactComments(beforeIso: string): Promise<number>;
}

export interface Row {
  id: string;
  centre_id: string;
  form_id: string;
  form_version: number;
  answers_json: string;
  context_json: string;
  comment: string;
  submitted_at: string;
  received_at: string;
  source_hash: string;
  excluded_reason: string | null;
}

export const toResponse = (r: Row): StoredResponse => ({
  id: r.id,
  centreId: r.centre_id,
  formId: r.form_id,
  formVersion: r.form_version,
  answers: JSON.parse(r.answers_json) as Record<string, number>,
  context: JSON.parse(r.context_json) as StoredResponse['context'],
  comment: r.comment,
  submittedAt: r.submitted_at,
  receivedAt: r.received_at,
  sourceHash: r.source_hash,
  excludedReason: r.excluded_reason,
});

export const toForm = (r: { body_json: string }) => parseJsonColumn(SurveyFormSchema, r.body_json, 'survey form');

export function sqliteSurveyRepo(db: Db): SurveyRepo {
  const insert = db.prepare(
    `INSERT INTO survey_responses (id, centre_id, form_id, form_version, answers_json, context_json, comment, submitted_at, received_at, source_hash, excluded_reason)
     VALUES (@id, @centreId, @formId, @formVersion, @answers, @context, @comment, @submittedAt, @receivedAt, @sourceHash, @excludedReason) ON CONFLICT(id) DO NOTHING`,
  );
  const fromSource = db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM survey_responses WHERE source_hash = ? AND received_at >= ?');
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM survey_responses WHERE id = ?');
  const all = db.prepare<[string], Row>('SELECT * FROM survey_responses WHERE received_at >= ? ORDER BY received_at');
  const ofCentre = db.prepare<[string, string], Row>('SELECT * FROM survey_responses WHERE centre_id = ? AND received_at >= ? ORDER BY received_at');
  const forms = db.prepare<[], { body_json: string }>('SELECT body_json FROM survey_forms ORDER BY id, version');
  const addForm = db.prepare('INSERT INTO survey_forms (id, version, body_json, created_at, created_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING');
  const redact = db.prepare("UPDATE survey_responses SET comment = '' WHERE received_at < ? AND comment <> ''");
  return {
    forms: async () => forms.all().map(toForm),
    addForm: async (f, at, by) => addForm.run(f.id, f.version, JSON.stringify(f), at, by).changes === 1,
    insert: async (r) => insert.run({ ...r, answers: JSON.stringify(r.answers), context: JSON.stringify(r.context) }).changes === 1,
    countFromSource: async (h, since) => fromSource.get(h, since)?.n ?? 0,
    exists: async (id) => exists.get(id) !== undefined,
    redactComments: async (before) => redact.run(before).changes,
    since: async (centreId, since) => (centreId ? ofCentre.all(centreId, since) : all.all(since)).map(toResponse),
  };
}
