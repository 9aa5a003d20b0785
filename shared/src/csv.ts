/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading
 * apostrophe: audit and impression exports are opened in Excel by staff, and their contents come
 * partly from the public (kiosk queries, comments).
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV lines, each ending in CRLF: a long export is written a part at a time, after its `toCsv` head. */
export const csvLines = (rows: readonly (readonly unknown[])[]): string => rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // The BOM makes Excel read UTF-8, or Vietnamese arrives as mojibake.
  return `\uFEFF${csvLines([header, ...rows])}`;
}
