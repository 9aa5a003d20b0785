import type { ShowingRow } from '@hcc/shared/reports/aggregate';
import { ImageRun } from 'docx';
import { figure } from './docx-layout';
import { columnChart } from './png-chart';
import { count, dmy, monthLabel } from './vn-format';

/** Beyond about two months, daily bars get too thin to read on A4: count per month instead. */
const MAX_DAILY_BARS = 62;
// Drawn at twice the size shown, so the bars stay crisp when printed.
const SHOWN = { width: 600, height: 240 };

export interface Series {
  unit: 'day' | 'month';
  /** YYYY-MM-DD days or YYYY-MM months, every one in the period, in order. */
  keys: string[];
  values: number[];
}

/** Showings per Vietnam day of the period, days without showings included; per month when the period is long. */
export function showingsSeries(byDay: readonly ShowingRow[], period: { from: string; to: string }): Series {
  const days: string[] = [];
  for (let t = Date.parse(period.from); t <= Date.parse(period.to); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  const unit = days.length > MAX_DAILY_BARS ? 'month' : 'day';
  const keyOf = (day: string) => (unit === 'month' ? day.slice(0, 7) : day);
  const sums = new Map(days.map((d) => [keyOf(d), 0]));
  for (const r of byDay) if (sums.has(keyOf(r.key))) sums.set(keyOf(r.key), (sums.get(keyOf(r.key)) ?? 0) + r.showings);
  return { unit, keys: [...sums.keys()], values: [...sums.values()] };
}

/** The column chart of showings over the period, with a caption that says in words what the picture shows. */
export function showingsFigure(byDay: readonly ShowingRow[], period: { from: string; to: string }, number: number) {
  const s = showingsSeries(byDay, period);
  // dd/mm under a day's column, mm/yyyy under a month's.
  const labels = s.keys.map((k) => (s.unit === 'month' ? k.split('-').reverse().join('/') : dmy(k).slice(0, 5)));
  const chart = columnChart({ values: s.values, labels, unit: 'lượt' }, { width: SHOWN.width * 2, height: SHOWN.height * 2 });
  const name = (key: string) => (s.unit === 'month' ? monthLabel(key) : `ngày ${dmy(key)}`);
  const peak = s.values.indexOf(Math.max(...s.values));
  const caption = [
    `Hình ${number}. Số lượt phát theo ${s.unit === 'month' ? 'tháng' : 'ngày'}, từ ${name(s.keys[0] ?? period.from)} đến ${name(s.keys.at(-1) ?? period.to)}`,
    `cao nhất ${count(s.values[peak] ?? 0)} lượt, ${name(s.keys[peak] ?? period.from)}.`,
  ].join('; ');
  return figure(new ImageRun({ type: 'png', data: chart.png, transformation: SHOWN, altText: { name: 'Biểu đồ số lượt phát', description: caption, title: 'Số lượt phát' } }), caption);
}
