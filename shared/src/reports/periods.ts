/**
 * Reporting periods. Decree 09/2019/NĐ-CP (Art. 12) fixes when figures of periodic reports are cut
 * off: a month runs from the 15th of the month before to the 14th; a quarter from the 15th of the
 * month before it to the 14th of its last month (Q4: 15/9–14/12); six months from 15/12 of the year
 * before to 14/6; a year from 15/12 of the year before to 14/12. Plans ask for the report by a date in
 * the period's last month, which this cut-off leaves time for. Calendar periods stay available for
 * units whose plan asks for them. Days are Vietnam days as YYYY-MM-DD strings.
 */

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';
export type PeriodRule = 'decree09' | 'calendar';

export interface NamedPeriod {
  kind: PeriodKind;
  rule: PeriodRule;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
  from: string;
  to: string;
  /** "quý IV năm 2026", "6 tháng đầu năm 2026", "tháng 3 năm 2026", "năm 2026". */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Decree 30/2020: the months 1 and 2 take a leading zero in dates, other months do not. */
const decreeMonth = (m: number) => (m < 3 ? pad(m) : String(m));
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const DAY_MS = 86_400_000;

/** How many months a period of this kind spans, and how many there are in a year. */
const SPAN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

function label(kind: PeriodKind, year: number, index: number): string {
  if (kind === 'year') return `năm ${year}`;
  if (kind === 'half') return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
  if (kind === 'quarter') return `quý ${ROMAN[index - 1]} năm ${year}`;
  return `tháng ${decreeMonth(index)} năm ${year}`;
}

/** The `index`-th period of `kind` in `year` under `rule`. */
export function reportingPeriod(kind: PeriodKind, year: number, index: number, rule: PeriodRule): NamedPeriod {
  const span = SPAN[kind];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  const [from, to] = rule === 'calendar' ? [ymd(year, firstMonth, 1), ymd(year, lastMonth, lastDay(year, lastMonth))] : [ymd(year, firstMonth - 1, 15), ymd(year, lastMonth, 14)];
  return { kind, rule, year, index, from, to, label: label(kind, year, index) };
}

/** The period of `kind` under `rule` that contains `day`. */
export function periodContaining(kind: PeriodKind, day: string, rule: PeriodRule): NamedPeriod {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  // Under Decree 09 a day from the 15th on belongs to the next month's period.
  const shifted = rule === 'decree09' && d >= 15 ? (m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 }) : { y, m };
  return reportingPeriod(kind, shifted.y, Math.ceil(shifted.m / SPAN[kind]), rule);
}

/** "quý IV năm 2026" when from–to is exactly a named period under either rule, else "từ ngày 05/01/2026 đến ngày 20/02/2026". */
export function periodPhrase(from: string, to: string): string {
  for (const rule of ['calendar', 'decree09'] as const) {
    for (const kind of ['year', 'half', 'quarter', 'month'] as const) {
      const p = periodContaining(kind, from, rule);
      if (p.from === from && p.to === to) return p.label;
    }
  }
  const dmy = (day: string) => day.split('-').reverse().join('/');
  return `từ ngày ${dmy(from)} đến ngày ${dmy(to)}`;
}

/**
 * What a report run on `today` can count of from–to: up to today when the period is not over (a Q4
 * report run on 2 December counts 15/9–2/12, 79 days, not the whole quarter), with the number of days.
 */
export function countedPart(from: string, to: string, today: string): { through: string; days: number; partial: boolean } {
  const through = today < to ? (today < from ? from : today) : to;
  return { through, days: Math.round((Date.parse(through) - Date.parse(from)) / DAY_MS) + 1, partial: through < to };
}
