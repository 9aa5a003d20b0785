import { vnDay } from '@hcc/shared/reports/aggregate';

/** Vietnam's calendar day of an instant, as the Word report writes it: 01/10/2026. */
const vnDate = (iso: string) => vnDay(iso).split('-').reverse().join('/');

/**
 * An item's first and last showing as Vietnam days. The report's instants are UTC: read as they are,
 * a showing at 06:30 on 1 October in Vietnam would be dated 30 September, outside its quarter.
 */
export const shownSpan = (first: string, last: string) => `${vnDate(first)} → ${vnDate(last)}`;
