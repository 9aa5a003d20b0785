import type { Centre } from '@hcc/shared/schemas/centre';
import type { PlanMeasureSource, PlanPeriod, PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import type { CommForm } from '@hcc/shared/schemas/playlist';
import type * as z from 'zod/mini';

type PlanTargetInput = z.input<typeof PlanTargetInputSchema>;

/** The plan-row form as staff fill it: the row's own text as sent, the measure as two plain fields, the form optional. */
export type PlanTargetDraft = Pick<PlanTargetInput, 'seq' | 'content' | 'product' | 'lead' | 'partners' | 'timing'> & {
  form: CommForm | '';
  measuredBy: PlanMeasureSource;
  count: number;
  per: PlanPeriod;
};

/** Most rows of a commune's plan are ongoing, counted by showings, at least once a month. */
export const NEW_PLAN_TARGET: PlanTargetDraft = {
  seq: 1,
  content: '',
  product: '',
  lead: '',
  partners: '',
  timing: 'Thường xuyên',
  form: '',
  measuredBy: 'showings',
  count: 1,
  per: 'month',
};

/** The centre a new row belongs to: the report's scope, or (for "everything") the first commune. */
export const planTargetCentre = (scope: string, centres: readonly Centre[]): string => scope || centres.find((c) => c.kind === 'commune')?.id || '';

/** What the server is sent: a self-assessed row, or one with no count, has no measure. */
export function planTargetInput(draft: PlanTargetDraft, centreId: string): PlanTargetInput {
  return {
    centreId,
    seq: draft.seq,
    content: draft.content,
    product: draft.product,
    lead: draft.lead,
    partners: draft.partners,
    timing: draft.timing,
    form: draft.form || null,
    measuredBy: draft.measuredBy,
    measure: draft.measuredBy !== 'self' && draft.count > 0 ? { count: draft.count, per: draft.per } : null,
  };
}

/** The form after a row is added: ready for the next row, keeping lead, timing and measure (rows come in runs). */
export const nextPlanTarget = (draft: PlanTargetDraft): PlanTargetDraft => ({ ...draft, seq: draft.seq + 1, content: '', product: '' });

/** What each period is called beside a row's count, Vietnamese and English (the form's own choices). */
export const PLAN_PERIOD_LABELS: Record<PlanPeriod, readonly [vi: string, en: string]> = {
  week: ['tuần', 'week'],
  month: ['tháng', 'month'],
  quarter: ['quý', 'quarter'],
  half: ['6 tháng', 'half-year'],
  year: ['năm', 'year'],
};

/** A row's measure as the list shows it: "2/tháng", not the schema's "2/month" in a Vietnamese console. */
export const measureText = (m: { count: number; per: PlanPeriod }, lang: 'vi' | 'en') => `${m.count}/${PLAN_PERIOD_LABELS[m.per][lang === 'vi' ? 0 : 1]}`;
