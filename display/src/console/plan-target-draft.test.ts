import type { Centre } from '@hcc/shared/schemas/centre';
import { PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import { describe, expect, it } from 'vitest';
import { measureText, NEW_PLAN_TARGET, nextPlanTarget, planTargetCentre, planTargetInput } from './plan-target-draft';

const centre = (id: string, kind: Centre['kind']) => ({ id, kind }) as Centre;

describe('planTargetCentre', () => {
  it('puts the row in the report’s scope, or in the first commune when the report covers everything', () => {
    const centres = [centre('tinh', 'province'), centre('xa-a', 'commune'), centre('xa-b', 'commune')];
    expect(planTargetCentre('xa-b', centres)).toBe('xa-b');
    expect(planTargetCentre('', centres)).toBe('xa-a');
    expect(planTargetCentre('', [centre('tinh', 'province')])).toBe('');
  });
});

describe('planTargetInput', () => {
  const draft = { ...NEW_PLAN_TARGET, content: 'Phát video', product: '12 video', count: 4, per: 'quarter' as const };

  it('is a valid row the server accepts, counted by showings by default', () => {
    const body = planTargetInput(draft, 'xa-a');
    expect(PlanTargetInputSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ centreId: 'xa-a', measuredBy: 'showings', measure: { count: 4, per: 'quarter' }, form: null });
  });
  it('sends no measure for a self-assessed row or one with no count', () => {
    expect(planTargetInput({ ...draft, measuredBy: 'self' }, 'xa-a').measure).toBeNull();
    expect(planTargetInput({ ...draft, count: 0 }, 'xa-a').measure).toBeNull();
  });
  it('sends the chosen form of communication', () => {
    expect(planTargetInput({ ...draft, form: 'video_clip' }, 'xa-a').form).toBe('video_clip');
  });
});

describe('nextPlanTarget', () => {
  it('numbers the next row and clears what differs from row to row, keeping the rest', () => {
    const next = nextPlanTarget({ ...NEW_PLAN_TARGET, seq: 3, content: 'x', product: 'y', lead: 'UBND xã', per: 'week' });
    expect(next).toMatchObject({ seq: 4, content: '', product: '', lead: 'UBND xã', per: 'week' });
  });
});

describe('measureText', () => {
  it('names the period in the console’s language', () => {
    expect(measureText({ count: 2, per: 'month' }, 'vi')).toBe('2/tháng');
    expect(measureText({ count: 1, per: 'half' }, 'vi')).toBe('1/6 tháng');
    expect(measureText({ count: 1, per: 'year' }, 'en')).toBe('1/year');
  });
});
