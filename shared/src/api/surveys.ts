import * as z from 'zod/mini';
import { SurveyFormEditSchema, SurveyFormSchema, SurveyResponseSchema } from '../schemas/survey';
import { IdParams, itemsOf } from './common';
import { route } from './route';
import { PeriodQuery } from './survey-results';

export const SurveyCommentSchema = z.object({ day: z.string(), centreId: z.string(), field: z.nullable(z.string()), comment: z.string(), excluded: z.boolean() });
export type SurveyComment = z.infer<typeof SurveyCommentSchema>;

export const surveyApi = {
  forms: route({ method: 'GET', path: '/api/surveys/forms', response: itemsOf(SurveyFormSchema) }),
  /** A new version of a form; answers already given keep the version they were given on. */
  saveForm: route({ method: 'POST', path: '/api/surveys/forms/:id', params: IdParams, body: SurveyFormEditSchema, response: SurveyFormSchema, status: 201 }),
  /** The phone page's once-a-day ticket, as a cookie. */
  phoneTicket: route({ method: 'POST', path: '/api/surveys/phone', response: z.object({ ok: z.literal(true) }) }),
  /** An answer; a replay of one already stored is accepted as a duplicate (200), a new one is 201. */
  respond: route({
    method: 'POST',
    path: '/api/surveys/responses',
    body: SurveyResponseSchema,
    response: z.object({ accepted: z.literal(true), duplicate: z.boolean(), counted: z.optional(z.boolean()) }),
  }),
  comments: route({ method: 'GET', path: '/api/surveys/comments', query: PeriodQuery, response: itemsOf(SurveyCommentSchema) }),
};
