import { foldVietnamese } from '../search/fold';
import type { DossierDelivery, DossierRowInput, DossierRowProblem } from '../schemas/dossier';
import { parseDossierStatus } from './status-text';

/**
 * The one-stop systems' exports (XLSX, or CSV from a pull URL) as dossier rows. Columns are found by
 * their headings, folded, in whatever order and wording the vendor chose; columns not listed here
 * (CCCD, số điện thoại, địa chỉ…) are never read, so they cannot be stored.
 */
type Column = 'code' | 'procedureCode' | 'procedureName' | 'field' | 'receivedAt' | 'appointmentAt' | 'status' | 'resultAt' | 'delivery' | 'counter' | 'applicantName' | 'updatedAt' | 'centreId';

const HEADINGS: readonly (readonly [Column, readonly string[]])[] = [
  ['code', ['ma ho so', 'so ho so', 'code', 'ma so ho so']],
  ['procedureCode', ['ma thu tuc', 'ma tthc', 'procedurecode', 'procedure code']],
  ['procedureName', ['ten thu tuc', 'thu tuc hanh chinh', 'thu tuc', 'procedurename']],
  ['field', ['linh vuc', 'field']],
  ['receivedAt', ['ngay tiep nhan', 'thoi gian tiep nhan', 'ngay nhan', 'ngay nop', 'receivedat']],
  ['appointmentAt', ['ngay hen tra', 'hen tra ket qua', 'ngay hen', 'han xu ly', 'appointmentat']],
  ['status', ['trang thai', 'tinh trang', 'status']],
  ['resultAt', ['ngay co ket qua', 'ngay hoan thanh', 'ngay tra ket qua', 'ngay ket qua', 'resultat']],
  ['delivery', ['hinh thuc tra', 'hinh thuc nhan', 'delivery']],
  ['counter', ['quay tra', 'quay', 'counter']],
  ['applicantName', ['chu ho so', 'nguoi nop', 'ho ten', 'ten nguoi nop', 'cong dan', 'to chuc ca nhan', 'applicantname']],
  ['updatedAt', ['ngay cap nhat', 'cap nhat luc', 'updatedat']],
  ['centreId', ['ma trung tam', 'centreid']],
];

/** Which column each heading names, by position; headings not recognised map to nothing. */
export function mapHeadings(headings: readonly string[]): (Column | null)[] {
  const seen = new Set<Column>();
  return headings.map((h) => {
    const folded = foldVietnamese(h);
    const hit = HEADINGS.find(([col, names]) => !seen.has(col) && names.some((n) => folded === n)) ?? HEADINGS.find(([col, names]) => !seen.has(col) && names.some((n) => folded.startsWith(n)));
    if (!hit) return null;
    seen.add(hit[0]);
    return hit[0];
  });
}

export const REQUIRED_COLUMNS: readonly Column[] = ['code', 'procedureCode', 'receivedAt', 'status'];

/**
 * A time as exports write it, Vietnam wall time unless an offset is given: "05/12/2026 14:30",
 * "5/12/2026", "2026-12-05 14:30:00", ISO with offset. Null when it cannot be read.
 */
export function parseVnTime(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]] : ymd ? [ymd[1], ymd[2], ymd[3], ymd[4], ymd[5], ymd[6]] : null;
  if (!parts) return null;
  const [y, mo, d, h, mi, s] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - 7 * 3600_000;
  // 31/02 rolls into March: refuse rather than move a date.
  if (new Date(ms + 7 * 3600_000).getUTCDate() !== d) return null;
  return new Date(ms).toISOString();
}

export function parseDelivery(text: string): DossierDelivery | null {
  const f = foldVietnamese(text);
  if (!f) return null;
  if (/buu (chinh|dien)|post/.test(f)) return 'post';
  if (/truc tuyen|online|dien tu|email/.test(f)) return 'online';
  return 'counter';
}

const TIME_COLUMNS = new Set<Column>(['receivedAt', 'appointmentAt', 'resultAt', 'updatedAt']);
const COLUMN_WORDS: Partial<Record<Column, string>> = { receivedAt: 'ngày tiếp nhận', appointmentAt: 'ngày hẹn trả', resultAt: 'ngày có kết quả', updatedAt: 'ngày cập nhật', status: 'trạng thái' };

/**
 * One data row as a dossier row, or the reason it cannot be one. Without an update time the row is
 * dated by its latest time: an export is a snapshot, and an older snapshot must not undo a newer push.
 */
export function tableRow(columns: readonly (Column | null)[], cells: readonly string[], row: number): { row: DossierRowInput } | { problem: DossierRowProblem } {
  const out: Record<string, string | null> = {};
  const code = cells[columns.indexOf('code')]?.trim() || null;
  for (const [i, col] of columns.entries()) {
    const text = (cells[i] ?? '').trim();
    if (!col || !text) continue;
    if (TIME_COLUMNS.has(col)) {
      const at = parseVnTime(text);
      if (!at) return { problem: { row, code, message: `${COLUMN_WORDS[col]}: không đọc được "${text.slice(0, 40)}" (dạng 05/12/2026 14:30)` } };
      out[col] = at;
    } else out[col] = text;
  }
  const status = out['status'] ? parseDossierStatus(out['status']) : null;
  if (out['status'] && !status) return { problem: { row, code, message: `trạng thái: không hiểu "${out['status'].slice(0, 40)}"` } };
  const times = [out['receivedAt'], out['resultAt'], out['updatedAt']].filter((t): t is string => !!t).sort();
  const value: Record<string, unknown> = {
    ...out,
    status: status ?? undefined,
    delivery: out['delivery'] ? parseDelivery(out['delivery']) : null,
    updatedAt: out['updatedAt'] ?? times.at(-1),
  };
  for (const k of Object.keys(value)) if (value[k] === undefined || (value[k] === null && k !== 'delivery')) delete value[k];
  return { row: value as DossierRowInput };
}
