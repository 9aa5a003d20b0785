import { z } from 'zod';
import { IdSchema, InstantSchema, UuidSchema } from './common';

export const SurveyQuestionSchema = z.object({
  id: IdSchema,
  text: z.string().min(1).max(500),
  group: z.string().max(100).nullable().default(null),
  /** Allowed scores with their labels, best first (e.g. 2 / 1 / 0 for Circular 01/2018). */
  options: z.array(z.object({ score: z.number().int().min(0).max(10), label: z.string().min(1).max(100) })).min(2).max(10),
  required: z.boolean().default(true),
});

export const SurveyFormSchema = z.object({
  id: IdSchema,
  version: z.number().int().positive(),
  kind: z.enum(['quick', 'tt01', 'sipas']),
  title: z.string().min(1).max(200),
  questions: z.array(SurveyQuestionSchema).min(1).max(50),
});
export type SurveyForm = z.infer<typeof SurveyFormSchema>;

/** Anonymous by construction: no name, phone or ID field exists to fill. */
export const SurveyResponseSchema = z
  .object({
    id: UuidSchema,
    formId: IdSchema,
    formVersion: z.number().int().positive(),
    answers: z.record(IdSchema, z.number().int().min(0).max(10)),
    context: z.object({ field: z.string().max(200).optional(), procedureCode: z.string().max(40).optional(), counter: z.string().max(40).optional() }).strict().default({}),
    comment: z.string().max(2000).default(''),
    submittedAt: InstantSchema,
  })
  .strict();
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
