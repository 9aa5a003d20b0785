import type { Migration } from '../migrate';
import * as surveyResponsesReceived from './020_survey_responses_received';
import * as surveyPhoneDays from './021_survey_phone_days';

/**
 * The migrations written once, in order, after the frozen SQL files (../migrate.ts). Listed by hand
 * rather than found in the folder: the server is bundled for production, where there is no folder of
 * modules to read. A test checks that this list and the folder's files agree.
 */
export const WRITTEN_ONCE: readonly Migration[] = [
  { file: '020_survey_responses_received', ...surveyResponsesReceived },
  { file: '021_survey_phone_days', ...surveyPhoneDays },
];
