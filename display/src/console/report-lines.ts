import { apportion } from '@hcc/shared/reports/apportion';
import { periodPhrase } from '@hcc/shared/reports/periods';
import type { PeriodProgress } from '@hcc/shared/reports/targets';
import { minutesText } from './minutes-text';

/**
 * A plan row's result for one period as the Word report words it ("Tháng 10 năm 2026: 1/2"), so staff
 * read the same line on screen as on paper; "(chưa hết kỳ)" for a period the report covers in part.
 */
export function periodLine(p: PeriodProgress, lang: 'vi' | 'en'): string {
  if (lang === 'en') return `${p.from} – ${p.to}: ${p.shown}/${p.required}${p.partial ? ' (partial)' : ''}`;
  const phrase = periodPhrase(p.from, p.to);
  return `${phrase.charAt(0).toLocaleUpperCase('vi-VN')}${phrase.slice(1)}: ${p.shown}/${p.required}${p.partial ? ' (chưa hết kỳ)' : ''}`;
}

/**
 * Play time of each row in whole minutes, rounded together so the rows add up to the total, as the
 * Word report prints them: in hours with one decimal a quarter of short slides read "0.0 h" on every row.
 */
export function rowMinutes(playMs: readonly number[], lang: 'vi' | 'en'): string[] {
  return apportion(playMs, 60_000).map((m) => minutesText(m)[lang === 'vi' ? 0 : 1]);
}
