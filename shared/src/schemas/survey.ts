import * as z from 'zod/mini';
import { IdSchema, InstantSchema, UuidSchema } from './common';

const Score = z.int().check(z.minimum(0), z.maximum(10));
const Text = (max: number) => z.string().check(z.maxLength(max));

export const SurveyQuestionSchema = z.object({
  id: IdSchema,
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  group: z._default(z.nullable(z.string().check(z.maxLength(100))), null),
  /** Allowed scores with their labels, best first (e.g. 2 / 1 / 0 for Circular 01/2018). */
  options: z.array(z.object({ score: Score, label: z.string().check(z.minLength(1), z.maxLength(100)) })).check(z.minLength(2), z.maxLength(10)),
  required: z._default(z.boolean(), true),
});

export const SurveyFormSchema = z.object({
  id: IdSchema,
  version: z.int().check(z.positive()),
  kind: z.enum(['quick', 'tt01', 'sipas']),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  questions: z.array(SurveyQuestionSchema).check(z.minLength(1), z.maxLength(50)),
});
export type SurveyForm = z.infer<typeof SurveyFormSchema>;

/** A form's new version as an admin sends it; the id comes from the path, the version from the server. */
export const SurveyFormEditSchema = z.strictObject({ title: SurveyFormSchema.shape.title, questions: SurveyFormSchema.shape.questions });

/** Anonymous by construction: no name, phone or ID field exists to fill. */
export const SurveyResponseSchema = z.strictObject({
  id: UuidSchema,
  /** The centre the citizen was served at (the kiosk's), so each centre's index is its own. */
  centreId: IdSchema,
  formId: IdSchema,
  formVersion: z.int().check(z.positive()),
  answers: z.record(IdSchema, Score),
  context: z._default(
    z.strictObject({
      /** A lĩnh vực of the catalogue; the server keeps it only if the catalogue has it (no typed text is stored). */
      field: z.optional(Text(200)),
      /** Kept, like `field`, only when the catalogue has the procedure. */
      procedureCode: z.optional(Text(40)),
      /** The counter's number, as the kiosk's buttons offer it: never a name or a phone number. */
      counter: z.optional(z.string().check(z.regex(/^\d{1,3}$/, 'must be a counter number (1–3 digits)'))),
      /** The kiosk, or the citizen's own phone (one answer per phone per day). */
      channel: z._default(z.enum(['kiosk', 'phone']), 'kiosk'),
    }),
    { channel: 'kiosk' },
  ),
  comment: z._default(Text(2000), ''),
  submittedAt: InstantSchema,
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

export const SurveyPeriodSchema = z.enum(['week', 'month', 'quarter']);
export type SurveyPeriod = z.infer<typeof SurveyPeriodSchema>;

/** What the screens and the console show: the index with its sample and interval. */
export const SurveyResultsSchema = z.object({
  period: SurveyPeriodSchema,
  from: z.string(),
  n: z.number(),
  satisfied: z.number(),
  index: z.number(),
  ci: z.object({ low: z.number(), high: z.number() }),
  criteria: z.array(z.object({ formId: z.string(), questionId: z.string(), text: z.string(), average: z.number(), max: z.number(), n: z.number() })),
  /** Responses kept for review but left out of the index (bursts from one source). */
  excluded: z.number(),
  /** The index per lĩnh vực the citizens named, when they named one. */
  byField: z.array(z.object({ field: z.string(), n: z.number(), index: z.number(), ci: z.object({ low: z.number(), high: z.number() }) })),
  /** Week by week over the period, oldest first (weeks start on Monday, Vietnam time). */
  weeks: z.array(z.object({ start: z.string(), n: z.number(), index: z.number(), ci: z.object({ low: z.number(), high: z.number() }) })),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;
