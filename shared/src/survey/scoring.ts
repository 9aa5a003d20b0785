import type { SurveyForm, SurveyResponse } from '../schemas/survey';

export type AnswerProblem = { path: string; message: string };

/** Checks answers against the form they claim: every required question, only its own scores. */
export function checkAnswers(form: SurveyForm, answers: Record<string, number>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(form.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push({ path: `answers.${id}`, message: `form ${form.id} v${form.version} has no question "${id}"` });
  for (const q of form.questions) {
    const a = answers[q.id];
    if (a === undefined) {
      if (q.required) problems.push({ path: `answers.${q.id}`, message: 'this question must be answered' });
    } else if (!q.options.some((o) => o.score === a)) {
      problems.push({ path: `answers.${q.id}`, message: `${a} is not one of the scores ${q.options.map((o) => o.score).join(' / ')}` });
    }
  }
  return problems;
}

const best = (form: SurveyForm, id: string) => Math.max(...(form.questions.find((q) => q.id === id)?.options.map((o) => o.score) ?? [0]));

/**
 * Whether a response counts as satisfied: the quick form's top two levels; on the nine criteria at
 * least 14 of 18 points; on five-point scales an average of 4 ("hài lòng") or better.
 */
export function isSatisfied(form: SurveyForm, answers: Record<string, number>): boolean {
  const scores = form.questions.flatMap((q) => (answers[q.id] === undefined ? [] : [answers[q.id] as number]));
  if (!scores.length) return false;
  const total = scores.reduce((a, b) => a + b, 0);
  if (form.kind === 'quick') return total / scores.length >= 1;
  if (form.kind === 'tt01') return total >= 14;
  return total / scores.length >= 4;
}

/** Wilson score interval: honest for small samples and for indices near 0 or 100 %. */
export function wilson(successes: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 0 };
  const p = successes / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denom = 1 + (z * z) / n;
  return { low: Math.max(0, (centre - margin) / denom), high: Math.min(1, (centre + margin) / denom) };
}

export interface SurveySummary {
  n: number;
  satisfied: number;
  /** Share satisfied, 0–1, with its 95 % interval. */
  index: number;
  ci: { low: number; high: number };
  /** Per question of each form: average score, its maximum, how many answered. */
  criteria: { formId: string; questionId: string; text: string; average: number; max: number; n: number }[];
}

/** The satisfaction index over responses, each judged by the form version it was given on. */
export function summarise(responses: readonly Pick<SurveyResponse, 'formId' | 'formVersion' | 'answers'>[], forms: readonly SurveyForm[]): SurveySummary {
  const formOf = (r: { formId: string; formVersion: number }) => forms.find((f) => f.id === r.formId && f.version === r.formVersion);
  let n = 0;
  let satisfied = 0;
  const sums = new Map<string, { formId: string; questionId: string; text: string; sum: number; max: number; n: number }>();
  for (const r of responses) {
    const form = formOf(r);
    if (!form) continue;
    n += 1;
    if (isSatisfied(form, r.answers)) satisfied += 1;
    for (const q of form.questions) {
      const a = r.answers[q.id];
      if (a === undefined) continue;
      const key = `${form.id}/${q.id}`;
      const s = sums.get(key) ?? { formId: form.id, questionId: q.id, text: q.text, sum: 0, max: best(form, q.id), n: 0 };
      s.sum += a;
      s.n += 1;
      sums.set(key, s);
    }
  }
  return {
    n,
    satisfied,
    index: n ? satisfied / n : 0,
    ci: wilson(satisfied, n),
    criteria: [...sums.values()].map(({ sum, ...c }) => ({ ...c, average: sum / c.n })),
  };
}

/**
 * Nine or more digits in one run, whatever is typed between them (spaces, dots, dashes, brackets,
 * underscores, stars, invisible characters, a keycap emoji's marks, a comma touching the next digit)
 * and in whatever script (full-width from a phone's keyboard): a phone or ID-card number, spelt so as
 * to slip past a stricter pattern. Slashes and colons end a run, so dates and times are left alone, and
 * so does a comma before a space, so a list of amounts ("50.000, 100.000") stays.
 */
const DIGIT_RUN = /[+(]*\p{Nd}(?:(?:[\s.\-–—()_*~\p{Cf}\uFE0F\u20E3]|,(?=\p{Nd}))*\p{Nd}){8,}[\uFE0F\u20E3]*/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** What a run of digits is masked as: ID cards (9 or 12 digits) first, since a 12-digit one would pass for a phone. */
function maskedRun(run: string): string {
  const digits = run.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 9 || digits.length === 12) return '[số giấy tờ đã ẩn]';
  if (/^(?:0|84)/.test(digits) && digits.length <= 12) return '[số điện thoại đã ẩn]';
  return '[số đã ẩn]';
}

/** Phone and ID-card numbers, and email addresses, typed into a comment or a search never reach the database. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(EMAIL, '[email đã ẩn]').replace(DIGIT_RUN, maskedRun);
}

/** Monday of the Vietnam-time week an instant falls in, as YYYY-MM-DD. */
export function vnWeekStart(iso: string): string {
  const vn = new Date(Date.parse(iso) + 7 * 3600_000);
  const back = (vn.getUTCDay() + 6) % 7;
  return new Date(vn.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

type Dated = Pick<SurveyResponse, 'formId' | 'formVersion' | 'answers' | 'context'> & { receivedAt: string };

/** The index per group: per lĩnh vực named, and per week, for the console's charts. */
type Group = { n: number; index: number; ci: { low: number; high: number } };
export function breakdowns(responses: readonly Dated[], forms: readonly SurveyForm[]): { byField: (Group & { field: string })[]; weeks: (Group & { start: string })[] } {
  const group = <K extends string>(keyOf: (r: Dated) => K | undefined) => {
    const groups = new Map<K, Dated[]>();
    for (const r of responses) {
      const k = keyOf(r);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    return [...groups].map(([k, rs]) => {
      const s = summarise(rs, forms);
      return { key: k, n: s.n, index: s.index, ci: s.ci };
    });
  };
  return {
    byField: group((r) => r.context.field || undefined)
      .map(({ key, ...x }) => ({ field: key, ...x }))
      .sort((a, b) => b.n - a.n),
    weeks: group((r) => vnWeekStart(r.receivedAt))
      .map(({ key, ...x }) => ({ start: key, ...x }))
      .sort((a, b) => a.start.localeCompare(b.start)),
  };
}
