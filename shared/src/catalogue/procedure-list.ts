import { foldVietnamese } from '../search/fold';

/** One row of the portal's XLSX list: Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực. */
export interface ListEntry {
  code: string;
  name: string;
  issuer: string | null;
  agency: string | null;
  field: string | null;
  /** The spreadsheet row, for reports. */
  row: number;
}

export interface ListRows {
  row: number;
  cells: Record<string, string>;
}

const HEADERS: Record<string, keyof Omit<ListEntry, 'row'>> = {
  'ma so': 'code',
  ten: 'name',
  'ten thu tuc': 'name',
  'co quan ban hanh': 'issuer',
  'co quan thuc hien': 'agency',
  'linh vuc': 'field',
};
const CODE = /^\d\.\d{6}$/;
const clean = (s: string | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' || t === 'Không có thông tin' ? null : t;
};

/**
 * The rows of a list after its title and header rows. The header row is found by its "Mã số" cell, so
 * a title row more or less does not matter; a row without a valid code or name is reported, not kept.
 */
export function parseProcedureList(rows: readonly ListRows[]): { entries: ListEntry[]; rejected: { row: number; reason: string }[] } {
  const headerAt = rows.findIndex((r) => Object.values(r.cells).some((v) => foldVietnamese(v) === 'ma so'));
  if (headerAt < 0) return { entries: [], rejected: [{ row: 0, reason: 'no header row with "Mã số" found' }] };
  const columns = new Map<string, keyof Omit<ListEntry, 'row'>>();
  for (const [col, v] of Object.entries(rows[headerAt]?.cells ?? {})) {
    const key = HEADERS[foldVietnamese(v)];
    if (key) columns.set(col, key);
  }
  const entries: ListEntry[] = [];
  const rejected: { row: number; reason: string }[] = [];
  for (const r of rows.slice(headerAt + 1)) {
    const e: Partial<Record<keyof Omit<ListEntry, 'row'>, string | null>> = {};
    for (const [col, key] of columns) e[key] = clean(r.cells[col]);
    if (Object.values(e).every((v) => v === null)) continue; // blank row
    if (!e.code || !CODE.test(e.code)) rejected.push({ row: r.row, reason: `"${e.code ?? ''}" is not a procedure code (like 1.001193)` });
    else if (!e.name) rejected.push({ row: r.row, reason: `procedure ${e.code} has no name` });
    else entries.push({ code: e.code, name: e.name, issuer: e.issuer ?? null, agency: e.agency ?? null, field: e.field ?? null, row: r.row });
  }
  return { entries, rejected };
}
