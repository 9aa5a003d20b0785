import { surveyResultsApi } from '@hcc/shared/api/survey-results';
import type { SurveyPeriod, SurveyResults } from '@hcc/shared/schemas/survey';
import { request } from '../lib/api';

/** Where a phone answers the survey for a screen's centre (the kiosk app's phone page). */
export const phoneSurveyLink = (origin: string, centreId: string) => `${origin}/kiosk/?survey=1&centre=${encodeURIComponent(centreId)}`;

/** Fired when the server says a new answer was counted, so the slide on air refreshes at once. */
export const SURVEY_UPDATED = 'hcc:survey-updated';

/** A centre's results, or every centre's (null: the console's preview); null when they cannot be had. */
export async function loadSurveyResults(period: SurveyPeriod, centreId: string | null): Promise<SurveyResults | null> {
  // Offline or refused: the slide keeps what it shows, or its empty state.
  return request(surveyResultsApi.results, { query: { period, ...(centreId ? { centre: centreId } : {}) } }).catch(() => null);
}
