import { periodContaining } from '@hcc/shared/reports/periods';

/** A report's period and scope ('' = every centre), as the form holds them. */
export interface ReportQuery {
  from: string;
  to: string;
  centre: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The quarter as Decree 09/2019 cuts it (15th to 14th) containing `now`'s day in Vietnam: what a commune reports most often. */
export function quarterAround(now: Date): { from: string; to: string } {
  const { from, to } = periodContaining('quarter', new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10), 'decree09');
  return { from, to };
}

/** The query string of `/api/reports` in one format; an empty scope is left out (every centre). */
export const reportSearch = (q: ReportQuery, format: 'json' | 'docx' | 'xlsx' | 'csv'): string =>
  new URLSearchParams({ from: q.from, to: q.to, format, ...(q.centre ? { centre: q.centre } : {}) }).toString();
