import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common';
import { SurveyPeriodSchema, SurveyResultsSchema } from '../schemas/survey';
import { route } from './route';

export const PeriodQuery = z.strictObject({ centre: z.optional(IdSchema), period: z._default(SurveyPeriodSchema, 'month') });

/**
 * The satisfaction figures, public: the TV's results slide reads them. Apart from the other survey
 * routes so the player does not carry the forms' and answers' schemas.
 */
export const surveyResultsApi = {
  results: route({ method: 'GET', path: '/api/surveys/results', query: PeriodQuery, response: SurveyResultsSchema }),
};
