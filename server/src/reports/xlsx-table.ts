import type { CellFormulaValue, CellValue, Worksheet } from 'exceljs';

/** Number formats of the report's cells; dates day-first, as Vietnamese readers write them. */
export const FMT = { count: '#,##0', minutes: '#,##0.0', share: '0.0%', score: '0.00', date: 'dd/mm/yyyy', month: 'mm/yyyy', dateTime: 'dd/mm/yyyy hh:mm' } as const;

/**
 * Excel dates carry no time zone and exceljs writes a Date by its UTC fields, so shifting the
 * instant by +7 h makes the cell read Vietnam's wall-clock time (UTC+7, no daylight saving).
 */
export const vnCell = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000);
/** A Vietnam calendar day (YYYY-MM-DD) as a date cell. */
export const dayCell = (day: string) => new Date(`${day}T00:00:00Z`);

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T, index: number) => CellValue;
  numFmt?: string;
  /** Adds up in the "Tổng cộng" row; a table gets that row only when some column adds up. */
  sum?: boolean;
}

/** Columns are numbered from 1 within the table. */
export interface Table {
  /** The "Tổng cộng" row, or null when no column adds up. */
  totalRow: number | null;
  /** The sum of a column's numbers: what its "Tổng cộng" cell shows (0 for an empty table). */
  sum(column: number): number;
  /** A formula that points another sheet at a column's "Tổng cộng" cell, its figure cached for readers that don't recalculate. */
  totalRef(column: number): CellFormulaValue;
}

/** A cell of a sheet, as a formula on another sheet names it: quoted, since our sheet names have spaces. */
const sheetRef = (ws: Worksheet, address: string) => `'${ws.name.replaceAll("'", "''")}'!${address}`;

/**
 * Writes a header row and one row per item from row 1 of `ws`, starting at column `at`, then a
 * "Tổng cộng" row of SUM formulas over exactly the data rows. The first column is the row number and
 * the second a label, where the total row and the "Không có dữ liệu" row put their text.
 */
export function addTable<T>(ws: Worksheet, columns: readonly Column<T>[], rows: readonly T[], at = 1): Table {
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    ws.getColumn(at + i).width = c.width;
    const cell = header.getCell(at + i);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];

  const sums = columns.map(() => 0);
  rows.forEach((r, n) => {
    const row = ws.getRow(2 + n);
    columns.forEach((c, i) => {
      const cell = row.getCell(at + i);
      cell.value = c.value(r, n);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (typeof cell.value === 'number') sums[i] = (sums[i] ?? 0) + cell.value;
    });
  });
  // An empty table says so in words rather than leaving a bare header, and its total is a plain 0:
  // there are no data rows for a SUM to cover.
  if (!rows.length) ws.getRow(2).getCell(at + 1).value = 'Không có dữ liệu';
  const lastData = 1 + Math.max(rows.length, 1);

  const sum = (column: number) => sums[column - 1] ?? 0;
  if (!columns.some((c) => c.sum)) {
    const totalRef = () => {
      throw new Error(`the table on "${ws.name}" has no total row`);
    };
    return { totalRow: null, sum, totalRef };
  }
  const totalRow = ws.getRow(lastData + 1);
  totalRow.getCell(at + 1).value = 'Tổng cộng';
  columns.forEach((c, i) => {
    const cell = totalRow.getCell(at + i);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' } };
    if (!c.sum) return;
    if (c.numFmt) cell.numFmt = c.numFmt;
    const letter = ws.getColumn(at + i).letter;
    cell.value = rows.length ? { formula: `SUM(${letter}2:${letter}${lastData})`, result: sum(i + 1) } : 0;
  });
  const totalRef = (column: number) => ({ formula: sheetRef(ws, totalRow.getCell(at + column - 1).address), result: sum(column) });
  return { totalRow: totalRow.number, sum, totalRef };
}
