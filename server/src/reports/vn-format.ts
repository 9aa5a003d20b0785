/** How dates, periods and figures are written in a Vietnamese administrative document. */

const VN_OFFSET_MS = 7 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Decree 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading zero, other months do not. */
const decreeMonth = (m: number) => (m < 3 ? pad(m) : String(m));

/** Year, month (1–12) and day of a YYYY-MM-DD string. */
const parts = (day: string) => {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return { y, m, d };
};

/** dd/mm/yyyy of a YYYY-MM-DD day. */
export const dmy = (day: string) => day.split('-').reverse().join('/');

/** dd/mm/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving) of an instant. */
export function vnDateTime(iso: string): string {
  const vn = new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString();
  return `${dmy(vn.slice(0, 10))} ${vn.slice(11, 16)}`;
}

/** "Long Thành, ngày 02 tháng 4 năm 2026": the place-and-date line, on the Vietnam day of `date`. */
export function placeAndDate(place: string, date: Date): string {
  const { y, m, d } = parts(new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10));
  return `${place}, ngày ${pad(d)} tháng ${decreeMonth(m)} năm ${y}`;
}

/** "tháng 01/2026" for a YYYY-MM month key. */
export function monthLabel(month: string): string {
  const { y, m } = parts(`${month}-01`);
  return `tháng ${decreeMonth(m)}/${y}`;
}

export { periodPhrase } from '@hcc/shared/reports/periods';

/** Whole numbers with the Vietnamese thousands separator: 1.234. */
export const count = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 0 });

/** A 0–1 share as "90,0%". */
export const percent = (share: number) => `${(share * 100).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** A share of a total that may be zero: a dash instead of a division by zero. */
export const shareOf = (part: number, total: number) => (total ? percent(part / total) : '-');

/** Whole minutes as "1 giờ 05 phút" / "29 phút". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return h ? `${count(h)} giờ ${pad(minutes % 60)} phút` : `${minutes} phút`;
}

/** Play time as "1 giờ 05 phút" / "29 phút", rounded to the minute. */
export const duration = (ms: number): string => minutesText(Math.round(ms / 60_000));

/** Hours, rounded, for uptime. */
export const hours = (ms: number) => count(Math.round(ms / 3600_000));

/** Capitalises the first letter, for a phrase that starts a table cell or a sentence. */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
