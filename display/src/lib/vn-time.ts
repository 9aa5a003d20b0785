import { VN_OFFSET_MS } from '@hcc/shared/schedule/local-time';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "Thứ Tư, 25/11/2026" and "14:05" in Vietnam time, whatever zone the TV is set to. */
export function vnDate(epochMs: number): string {
  const d = new Date(epochMs + VN_OFFSET_MS);
  return `${WEEKDAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function vnClock(epochMs: number): string {
  const d = new Date(epochMs + VN_OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
