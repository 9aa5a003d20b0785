import { type SurveyForm, SurveyFormSchema, type SurveyResponse } from '@hcc/shared/schemas/survey';
import type { Selectable } from 'kysely';
import { affected, type Kdb } from '../db/kysely';
import type { SurveyResponsesTable } from '../db/schema';
import { parseJsonColumn } from '../store/json';

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
  /** Answers of a source given (submitted_at, stored in UTC) strictly between two UTC instants. */
  countAnsweredBetween(sourceHash: string, afterIso: string, beforeIso: string): Promise<number>;
  /** Takes a phone's day (its source hash) for one answer; false when another answer took it first. */
  claimPhoneDay(sourceHash: string): Promise<boolean>;
  /** Gives the day back when the answer that took it could not be stored. */
  releasePhoneDay(sourceHash: string): Promise<void>;
  exists(id: string): Promise<boolean>;
  since(centreId: string | null, sinceIso: string): Promise<StoredResponse[]>;
  /** Retention: empties the comments of answers received before `beforeIso`; their scores stay. */
  redactComments(beforeIso: string): Promise<number>;
}

const toResponse = (r: Selectable<SurveyResponsesTable>): StoredResponse => ({
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

const toForm = (r: { body_json: string }) => parseJsonColumn(SurveyFormSchema, r.body_json, 'survey form');

export function surveyRepo(db: Kdb): SurveyRepo {
  return {
    forms: async () => (await db.selectFrom('survey_forms').select('body_json').orderBy('id').orderBy('version').execute()).map(toForm),
    addForm: async (f, at, by) =>
      affected(
        await db
          .insertInto('survey_forms')
          .values({ id: f.id, version: f.version, body_json: JSON.stringify(f), created_at: at, created_by: by })
          .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
          .executeTakeFirst(),
      ) === 1,
    insert: async (r) =>
      affected(
        await db
          .insertInto('survey_responses')
          .values({
            id: r.id,
            centre_id: r.centreId,
            form_id: r.formId,
            form_version: r.formVersion,
            answers_json: JSON.stringify(r.answers),
            context_json: JSON.stringify(r.context),
            comment: r.comment,
            submitted_at: r.submittedAt,
            received_at: r.receivedAt,
            source_hash: r.sourceHash,
            excluded_reason: r.excludedReason,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst(),
      ) === 1,
    countAnsweredBetween: async (h, after, before) =>
      (
        await db
          .selectFrom('survey_responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('source_hash', '=', h)
          .where('submitted_at', '>', after)
          .where('submitted_at', '<', before)
          .executeTakeFirst()
      )?.n ?? 0,
    claimPhoneDay: async (h) =>
      affected(
        await db
          .insertInto('survey_phone_days')
          .values({ source_hash: h })
          .onConflict((oc) => oc.column('source_hash').doNothing())
          .executeTakeFirst(),
      ) === 1,
    releasePhoneDay: async (h) => void (await db.deleteFrom('survey_phone_days').where('source_hash', '=', h).execute()),
    exists: async (id) => (await db.selectFrom('survey_responses').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
    redactComments: async (before) => affected(await db.updateTable('survey_responses').set({ comment: '' }).where('received_at', '<', before).where('comment', '<>', '').executeTakeFirst()),
    since: async (centreId, since) => {
      let q = db.selectFrom('survey_responses').selectAll().where('received_at', '>=', since).orderBy('received_at');
      if (centreId !== null) q = q.where('centre_id', '=', centreId);
      return (await q.execute()).map(toResponse);
    },
  };
}
