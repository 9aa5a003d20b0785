import {
  AlignmentType,
  BorderStyle,
  Header,
  ImageRun,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The building blocks of an administrative document as Decree 30/2020/NĐ-CP (Appendix I) lays it out:
 * page, fonts, the letterhead, title, body text, tables and the closing. Sizes are in twips (1/20 pt)
 * and half-points, as DOCX counts them.
 */

const mm = (n: number) => Math.round((n * 1440) / 25.4);
const pt = (n: number) => n * 2;

// A4 portrait; the decree's margins (top and bottom 20–25 mm, left 30–35, right 15–20) at their smallest.
const PAGE = { width: 11906, height: 16838, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const FONT = 'Times New Roman';
const BODY_SIZE = pt(14);
const TABLE_SIZE = pt(12);
const FIRST_LINE = mm(12.7);
const AFTER = 120; // 6 pt, the decree's least space between paragraphs

export const styles: IStylesOptions = {
  default: { document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: AFTER, line: 240, lineRule: LineRuleType.AUTO } } } },
};

/** The page, with its number centred in the top margin from page 2 on, as the decree places it. */
export function section(children: ISectionOptions['children']): ISectionOptions {
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] });
  return {
    properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { ...PAGE.margin, header: mm(10), footer: mm(10) } } },
    headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [] }) },
    children,
  };
}

type Text = string | TextRun;
const runs = (parts: readonly Text[]) => parts.map((p) => (typeof p === 'string' ? new TextRun(p) : p));

const text =
  (keepNext: boolean) =>
  (...parts: Text[]) =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE }, keepNext, children: runs(parts) });
/** Body text: justified, first line indented 1.27 cm. */
export const body = text(false);
/** Body text that introduces a table, kept on the table's page. */
export const lead = text(true);

/** "I. KẾT QUẢ…" (1, bold), "1. …" (2, bold), "a) …" (3, italic); kept with what follows. */
export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: AFTER },
    keepNext: true,
    children: [new TextRun({ text, bold: level < 3, italics: level === 3 })],
  });

/** A centred rule `length` long within a column `within` wide: the decree's line under the body's name, the motto and the excerpt. */
const rule = (length: number, within: number) =>
  new Paragraph({
    indent: { left: Math.round((within - length) / 2), right: Math.round((within - length) / 2) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 80, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    run: { size: 2 },
  });

const centred = (line: string, run: { size: number; bold?: boolean; italics?: boolean }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: line, ...run })] });
const plainCell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });
const plainTable = (widths: readonly number[], rows: Paragraph[][][], cantSplit = false) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ cantSplit, children: cells.map((c, i) => plainCell(widths[i] ?? 0, c)) })),
  });

// The header's two columns: the issuing body on the left, Quốc hiệu and Tiêu ngữ on the right. Quốc hiệu
// in 12 pt bold capitals needs about 100 mm on one line, so the left gets what remains.
const HEAD = [mm(60), TEXT_WIDTH - mm(60)] as const;
// The decree's rule under Tiêu ngữ is as long as the motto, about 63 mm in 14 pt bold.
const MOTTO_WIDTH = mm(63);

/** Issuing body, Quốc hiệu and Tiêu ngữ, then "Số: …" level with the place and date. */
export function letterhead(o: { parent: string; name: string; number: string; placeAndDate: string }): Table {
  const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
  return plainTable(HEAD, [
    [
      [centred(upper(o.parent), { size: pt(13) }), centred(upper(o.name), { size: pt(13), bold: true }), rule(mm(25), HEAD[0])],
      [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: pt(12), bold: true }), centred('Độc lập - Tự do - Hạnh phúc', { size: pt(14), bold: true }), rule(MOTTO_WIDTH, HEAD[1])],
    ],
    [[centred(`Số: ${o.number}`, { size: pt(13) })], [centred(o.placeAndDate, { size: pt(14), italics: true })]],
  ]);
}

/** "BÁO CÁO" and the excerpt under it, broken where given, with the short rule the decree draws below the excerpt. */
export const title = (kind: string, excerpt: readonly string[]) => [
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: [new TextRun({ text: kind.toLocaleUpperCase('vi-VN'), bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: excerpt.map((text, i) => new TextRun({ text, bold: true, break: i ? 1 : 0 })) }),
  rule(mm(50), TEXT_WIDTH),
  new Paragraph({ spacing: { after: AFTER } }), // a blank line before the body
];

/** "Nơi nhận:" bottom-left beside the signature block, on one page. */
export function closing(recipients: readonly string[], signer: { title: string; name: string }): Table {
  const recipient = (text: string) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, size: pt(11) })] });
  // Each recipient ends with ";" and the list with "- Lưu: VT.", whatever punctuation was typed. The
  // default lists name the filing line themselves: it is printed once, last, in the centre's own words.
  const listed = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[;.,]+$/, ''),
    )
    .filter(Boolean);
  const filing = (r: string) => /^lưu\s*:/i.test(r);
  const left = [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: pt(12) })] }),
    ...listed.filter((r) => !filing(r)).map((r) => recipient(`- ${r};`)),
    recipient(`- ${listed.filter(filing).at(-1) ?? 'Lưu: VT'}.`),
  ];
  const titleLines = signer.title.split('\n').map((line) => centred(line.trim().toLocaleUpperCase('vi-VN'), { size: BODY_SIZE, bold: true }));
  // Room for the signature and the seal.
  const name = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: mm(28) }, children: [new TextRun({ text: signer.name, bold: true })] });
  return plainTable([mm(80), TEXT_WIDTH - mm(80)], [[left, [new Paragraph({ spacing: { before: 240, after: 0 } }), ...titleLines, name]]], true);
}

export type Align = 'left' | 'center' | 'right';
export interface Column {
  title: string;
  /** Relative width; the columns share the text width. */
  width: number;
  align: Align;
}
/** A cell: text, several lines, or an image. */
export type Cell = string | readonly string[] | ImageRun;
/** A data row, a bold total row, or a heading row across every column. */
export type Row = readonly Cell[] | { total: readonly Cell[] } | { group: string };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const cellParagraphs = (cell: Cell, align: Align, bold: boolean) => {
  const para = (children: (TextRun | ImageRun)[]) => new Paragraph({ alignment: ALIGN[align], spacing: { before: 40, after: 40 }, children });
  if (cell instanceof ImageRun) return [para([cell])];
  return (typeof cell === 'string' ? [cell] : cell).map((line) => para([new TextRun({ text: line, bold, size: TABLE_SIZE })]));
};

/**
 * A bordered table across the text width: bold header repeated on each page, numbers right-aligned by
 * their column. A small empty paragraph follows it, as DOCX has no space below a table otherwise.
 */
export function dataTable(columns: readonly Column[], rows: readonly Row[]): [Table, Paragraph] {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const cell = (content: Cell, i: number, opts: { bold?: boolean; align?: Align; span?: number } = {}) =>
    new TableCell({
      width: { size: opts.span ? TEXT_WIDTH : (widths[i] ?? 0), type: WidthType.DXA },
      columnSpan: opts.span,
      verticalAlign: VerticalAlignTable.CENTER,
      children: cellParagraphs(content, opts.align ?? columns[i]?.align ?? 'left', opts.bold ?? false),
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: columns.map((c, i) => cell(c.title, i, { bold: true, align: 'center' })) });
  const body = rows.map((r) => {
    if ('group' in r) return new TableRow({ cantSplit: true, children: [cell(r.group, 0, { bold: true, span: columns.length })] });
    const cells = 'total' in r ? r.total : r;
    return new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, i, { bold: 'total' in r })) });
  });
  return [
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, margins: { left: mm(1), right: mm(1) }, rows: [header, ...body] }),
    new Paragraph({ spacing: { after: 0 }, run: { size: pt(4) } }),
  ];
}

/** A figure: an image centred across the text width, with its caption in italics under it. */
export const figure = (image: ImageRun, caption: string) => [
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: AFTER, after: 60 }, children: [image] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: caption, italics: true, size: TABLE_SIZE })] }),
];
