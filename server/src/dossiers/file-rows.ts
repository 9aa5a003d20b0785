import { mapHeadings, parseCsv, REQUIRED_COLUMNS, tableRow } from '@hcc/shared/dossiers/table';
import type { DossierRowInput, DossierRowProblem } from '@hcc/shared/schemas/dossier';
import { readFirstSheet } from '../catalogue/spreadsheet';
import { AppError } from '../http/errors';

export interface FileRows {
  /** Data rows read, header excluded. */
  count: number;
  rows: { row: number; value: DossierRowInput }[];
  problems: DossierRowProblem[];
}

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;
const COLUMN_ORDER = (cells: Record<string, string>) => {
  const letters = Object.keys(cells).sort((a, b) => a.length - b.length || a.localeCompare(b));
  return letters;
};

/** A table's rows (first row the headings) as dossier rows; XLSX via the catalogue's reader, or CSV. */
export async function readDossierTable(data: Buffer, name: string): Promise<FileRows> {
  let table: { row: number; cells: string[] }[];
  if (isZip(data)) {
    const sheet = await readFirstSheet(data, name);
    const header = sheet[0];
    const letters = header ? COLUMN_ORDER(header.cells) : [];
    table = sheet.map((r) => ({ row: r.row, cells: letters.map((l) => r.cells[l] ?? '') }));
  } else {
    table = parseCsv(data.toString('utf8')).map((cells, i) => ({ row: i + 1, cells }));
  }
  const [header, ...body] = table;
  if (!header) throw new AppError('validation', `${name} is empty.`);
  const columns = mapHeadings(header.cells);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw new AppError('validation', `${name}: the first row must name the columns; not found: ${missing.join(', ')} (e.g. "Mã hồ sơ", "Mã thủ tục", "Ngày tiếp nhận", "Trạng thái").`);
  const out: FileRows = { count: body.length, rows: [], problems: [] };
  for (const r of body) {
    const t = tableRow(columns, r.cells, r.row);
    if ('problem' in t) out.problems.push(t.problem);
    else out.rows.push({ row: r.row, value: t.row });
  }
  return out;
}
