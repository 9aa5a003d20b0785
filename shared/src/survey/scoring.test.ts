import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY_FORMS } from './forms';
import { breakdowns, checkAnswers, isSatisfied, maskPersonalNumbers, summarise, wilson } from './scoring';

const [quick, tt01, sipas] = DEFAULT_SURVEY_FORMS as [(typeof DEFAULT_SURVEY_FORMS)[0], (typeof DEFAULT_SURVEY_FORMS)[0], (typeof DEFAULT_SURVEY_FORMS)[0]];
const all = (form: typeof quick, score: number) => Object.fromEntries(form.questions.map((q) => [q.id, score]));

describe('survey scoring', () => {
  it('checks answers against the form: missing, unknown and out-of-range are named', () => {
    expect(checkAnswers(quick, { overall: 2 })).toEqual([]);
    expect(checkAnswers(quick, {})).toEqual([{ path: 'answers.overall', message: 'this question must be answered' }]);
    expect(checkAnswers(quick, { overall: 3 })[0]?.message).toContain('not one of the scores 2 / 1 / 0');
    expect(checkAnswers(quick, { overall: 1, extra: 1 })[0]?.path).toBe('answers.extra');
  });

  it('judges satisfaction per form kind', () => {
    expect(isSatisfied(quick, { overall: 1 })).toBe(true);
    expect(isSatisfied(quick, { overall: 0 })).toBe(false);
    // 14 of 18 points on the nine criteria: seven "tốt" (14) and two "chưa tốt" (0).
    const fourteen = { ...all(tt01, 2), tiep_thu: 0, truc_tuyen: 0 };
    expect(isSatisfied(tt01, fourteen)).toBe(true);
    expect(isSatisfied(tt01, { ...fourteen, thai_do: 1 })).toBe(false);
    expect(isSatisfied(sipas, all(sipas, 4))).toBe(true);
    expect(isSatisfied(sipas, { ...all(sipas, 4), ket_qua: 3 })).toBe(false);
  });

  it('summarises by hand-computed example: 3 of 4 satisfied = 75 %, Wilson 30.1–95.4 %', () => {
    const s = summarise(
      [
        { formId: 'quick', formVersion: 1, answers: { overall: 2 } },
        { formId: 'quick', formVersion: 1, answers: { overall: 1 } },
        { formId: 'quick', formVersion: 1, answers: { overall: 2 } },
        { formId: 'quick', formVersion: 1, answers: { overall: 0 } },
        { formId: 'quick', formVersion: 99, answers: { overall: 2 } },
      ],
      DEFAULT_SURVEY_FORMS,
    );
    expect(s).toMatchObject({ n: 4, satisfied: 3, index: 0.75 });
    expect(s.ci.low).toBeCloseTo(0.3006, 3);
    expect(s.ci.high).toBeCloseTo(0.9544, 3);
    expect(s.criteria).toEqual([{ formId: 'quick', questionId: 'overall', text: 'Mức độ hài lòng chung', average: 1.25, max: 2, n: 4 }]);
  });

  it('gives an empty sample a zero-width interval instead of NaN', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 0 });
    expect(summarise([], DEFAULT_SURVEY_FORMS).index).toBe(0);
  });

  it('masks phone and ID-card numbers in comments', () => {
    expect(maskPersonalNumbers('Gọi tôi 0912 345 678 hoặc +84912345678, CCCD 001203004567')).toBe('Gọi tôi [số điện thoại đã ẩn] hoặc [số điện thoại đã ẩn], CCCD [số giấy tờ đã ẩn]');
    expect(maskPersonalNumbers('Chờ 15 phút, quầy số 3')).toBe('Chờ 15 phút, quầy số 3');
  });

  it.each([
    ['spaced twice', 'gọi 0912  345  678 nhé', 'gọi [số điện thoại đã ẩn] nhé'],
    ['with the country code in brackets', 'số (+84) 912 345 678', 'số [số điện thoại đã ẩn]'],
    ['in full-width digits', 'số ０９１２３４５６７８', 'số [số điện thoại đã ẩn]'],
    ['an ID card in groups', 'CCCD 001 203 004 567.', 'CCCD [số giấy tờ đã ẩn].'],
    ['an ID card digit by digit', 'CCCD: 0 0 1 2 0 3 0 0 4 5 6 7', 'CCCD: [số giấy tờ đã ẩn]'],
    ['an ID card with dots', 'CMND 001.203.004.567', 'CMND [số giấy tờ đã ẩn]'],
    ['any other long number', 'mã 1234567890123', 'mã [số đã ẩn]'],
    ['an email address', 'email nguyen.van.an@gmail.com cảm ơn', 'email [email đã ẩn] cảm ơn'],
    ['with commas', 'số 0912,345,678', 'số [số điện thoại đã ẩn]'],
    ['with underscores and stars', 'số 0912_345_678 hoặc 0912*345*678', 'số [số điện thoại đã ẩn] hoặc [số điện thoại đã ẩn]'],
    ['with invisible spaces and soft hyphens', 'số 0912\u200b345\u00ad678', 'số [số điện thoại đã ẩn]'],
    ['in keycap emoji', 'số 0️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣', 'số [số điện thoại đã ẩn]'],
  ])('masks a number however it is written: %s', (_what, typed, stored) => {
    expect(maskPersonalNumbers(typed)).toBe(stored);
  });

  it('leaves short numbers, dates and procedure codes as they are', () => {
    for (const text of ['Ngày 05/12/2026 lúc 08:30', 'Phí 100.000 đồng, thủ tục 1.001193', 'Đợi 2 giờ 15 phút ở quầy 12', 'Thu 50.000, 100.000 và 250.000 đồng'])
      expect(maskPersonalNumbers(text)).toBe(text);
  });
});

describe('survey breakdowns', () => {
  const r = (overall: number, receivedAt: string, field?: string) => ({
    formId: 'quick',
    formVersion: 1,
    answers: { overall },
    context: { channel: 'kiosk' as const, ...(field ? { field } : {}) },
    receivedAt,
  });
  it('groups by Vietnam week (Monday start) and by the lĩnh vực named', () => {
    // Sunday 23:30 in Vietnam is Sunday 16:30 UTC; Monday 00:30 in Vietnam is Sunday 17:30 UTC.
    const b = breakdowns([r(2, '2026-11-22T16:30:00Z', 'Hộ tịch'), r(0, '2026-11-22T17:30:00Z', 'Hộ tịch'), r(1, '2026-11-23T02:00:00Z')], DEFAULT_SURVEY_FORMS);
    expect(b.weeks.map(({ start, n, index }) => ({ start, n, index }))).toEqual([
      { start: '2026-11-16', n: 1, index: 1 },
      { start: '2026-11-23', n: 2, index: 0.5 },
    ]);
    expect(b.byField).toEqual([{ field: 'Hộ tịch', n: 2, index: 0.5, ci: wilson(1, 2) }]);
  });
});
