import { type SurveyPeriod, type SurveyResults, SurveyResultsSchema } from '@hcc/shared/schemas/survey';

/** Which centre's results the screen shows; the console's preview leaves it unset (all centres). */
let scope: string | null = null;
export const setSurveyScope = (centreId: string | null) => {
  scope = centreId;
};

/** The screen's centre, for the other slides that show its own figures (the dossier slides). */
export const screenCentre = (): string | null => scope;

/** Where a phone answers the survey for this screen's centre (the kiosk app's phone page). */
export const phoneSurveyLink = () => (scope ? `${location.origin}/kiosk/?survey=1&centre=${encodeURIComponent(scope)}` : null);

/** Fired when the server says a new answer was counted, so the slide on air refreshes at once. */
export const SURVEY_UPDATED = 'hcc:survey-updated';

export async function loadSurveyResults(period: SurveyPeriod): Promise<SurveyResults | null> {
  const q = new URLSearchParams({ period, ...(scope ? { centre: scope } : {}) });
  const res = await fetch(`/api/surveys/results?${q}`).catch(() => null);
  if (!res?.ok) return null;
  const parsed = SurveyResultsSchema.safeParse(await res.json());
  return parsed.success ? parsed.data : null;
}
