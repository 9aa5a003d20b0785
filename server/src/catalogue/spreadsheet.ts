import type { ListRows } from '@hcc/shared/catalogue/procedure-list';
import { checkArchive } from '../security/archive-limits';

/** A ministry's procedure list is tens of kilobytes; these bounds leave room for the largest while refusing a ZIP bomb. */
export const SPREADSHEET_LIMITS = { maxEntries: 500, maxBytes: 64 * 1024 * 1024 } as const;

/**
 * The first worksheet's cells as text, read by exceljs after the archive passed its size limits.
 * Rows keep the number Excel shows, so a report can say "row 14".
 */
export async function readFirstSheet(buf: Buffer, name = 'the spreadsheet'): Promise<ListRows[]> {
  await checkArchive(buf, { ...SPREADSHEET_LIMITS, what: name });
  // exceljs is loaded when a spreadsheet comes, not at start: it is the largest module the server uses (about 28 MB resident).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new SpreadsheetError(`${name} is a ZIP but not a spreadsheet exceljs can read (${(err as Error).message})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new SpreadsheetError(`${name} has no worksheet`);
  const rows: ListRows[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Record<string, string> = {};
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // the merged range's text is its first cell's
      const text = cell.text;
      if (text !== '') cells[cell.address.replace(/\d+$/, '')] = text;
    });
    rows.push({ row: row.number, cells });
  });
  return rows;
}

export class SpreadsheetError extends Error {}
