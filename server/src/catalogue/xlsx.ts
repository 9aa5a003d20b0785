import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of XLSX to read the portal's procedure lists: the first worksheet's cells as text.
 * An XLSX file is a ZIP of XML parts; the central directory at the end says where each part is.
 * No dependency: the formats we meet are fixed, and a general spreadsheet library is far larger
 * than the two parts we read.
 */

export interface SheetRow {
  /** The row number Excel shows, so a report can say "row 14". */
  row: number;
  /** Column letter → text. */
  cells: Record<string, string>;
}

export class XlsxError extends Error {}

function zipEntries(buf: Buffer): Map<string, () => Buffer> {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not an XLSX file (no ZIP directory found)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new XlsxError('the XLSX file is damaged (bad ZIP directory entry)');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, () => {
      if (buf.readUInt32LE(local) !== 0x04034b50) throw new XlsxError(`the XLSX file is damaged (part ${name})`);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new XlsxError(`part ${name} uses ZIP method ${method}, which is not supported`);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
/** All text runs of an element (rich text splits one cell's text into several <t>). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1] ?? '')).join('');

export function readFirstSheet(buf: Buffer): SheetRow[] {
  const parts = zipEntries(buf);
  const sheetPart = parts.get('xl/worksheets/sheet1.xml') ?? [...parts].find(([n]) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))?.[1];
  if (!sheetPart) throw new XlsxError('the XLSX file has no worksheet');
  const shared = parts.get('xl/sharedStrings.xml');
  const strings = shared ? [...shared().toString('utf8').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? '')) : [];
  const rows: SheetRow[] = [];
  for (const r of sheetPart().toString('utf8').matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const row = Number(/\br="(\d+)"/.exec(r[1] ?? '')?.[1] ?? rows.length + 1);
    const cells: Record<string, string> = {};
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const col = /\br="([A-Z]+)\d+"/.exec(attrs)?.[1];
      if (!col) continue;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const body = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const text = type === 's' ? (strings[Number(v)] ?? '') : type === 'inlineStr' ? textOf(body) : decode(v ?? '');
      if (text !== '') cells[col] = text;
    }
    rows.push({ row, cells });
  }
  return rows;
}
