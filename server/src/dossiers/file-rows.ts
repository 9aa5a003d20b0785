import { mapHeadings, REQUIRED_COLUMNS, tableRow } from '@hcc/shared/dossiers/table';
import type { DossierRowInput, DossierRowProblem } from '@hcc/shared/schemas/dossier';
import { CsvError, parse } from 'csv-parse/sync';
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

/**
 * CSV as the one-stop systems and Excel in Vietnam write it: a BOM, CRLF, and a semicolon or a comma
 * (whichever the heading line uses more). Each row keeps its line in the file, for naming broken rows.
 */
function readCsv(text: string, name: string): { row: number; cells: string[] }[] {
  const heading = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (heading.match(/;/g)?.length ?? 0) > (heading.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[]; // `info: true` changes the shape the types do not follow
    return records.filter((r) => r.record.some((c) => c.trim() !== '')).map((r) => ({ row: r.info.lines, cells: r.record }));
  } catch (err) {
    if (err instanceof CsvError) throw new AppError('validation', `${name} is not a readable CSV file: ${err.message}`);
    throw err;
  }
}

/** A table's rows (first row the headings) as dossier rows; XLSX via the catalogue's reader, or CSV. */
export async function readDossierTable(data: Buffer, name: string): Promise<FileRows> {
  let table: { row: number; cells: string[] }[];
  if (isZip(data)) {
    const sheet = await readFirstSheet(data, name);
    const header = sheet[0];
    const letters = header ? COLUMN_ORDER(header.cells) : [];
    table = sheet.map((r) => ({ row: r.row, cells: letters.map((l) => r.cells[l] ?? '') }));
  } else {
    table = readCsv(data.toString('utf8'), name);
  }
  const [header, ...body] = table;
  if (!header) throw new AppError('validation', `${name} is empty.`);
  const columns = mapHeadings(header.cells);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new AppError('validation', `${name}: the first row must name the columns; not found: ${missing.join(', ')} (e.g. "Mã hồ sơ", "Mã thủ tục", "Ngày tiếp nhận", "Trạng thái").`);
  const out: FileRows = { count: body.length, rows: [], problems: [] };
  for (const r of body) {
    const t = tableRow(columns, r.cells, r.row);
    if ('problem' in t) out.problems.push(t.problem);
    else out.rows.push({ row: r.row, value: t.row });
  }
  return out;
}
