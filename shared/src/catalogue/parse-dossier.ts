import type * as z from 'zod/mini';
import type { DossierItemSchema } from '../schemas/procedure';
import { cleanText } from './crawl-text';

type DossierItem = z.infer<typeof DossierItemSchema>;

const TABLE_HEADER = /Tên giấy tờMẫu đơn, tờ khaiSố lượng/g;
// Each row ends with its copies: "1 bản chính", "0 bản chính,1 bản sao", "02 bản sao".
const COPIES = /(\d+\s*[Bb]ản (?:chính|sao)(?:\s*[,;và]+\s*\d+\s*[Bb]ản (?:chính|sao))?)/g;
// Form files keep ASCII names starting with a capital ("Mauon.docx"), glued to the document name.
const TEMPLATE = /([A-Z][A-Za-z0-9_()-]*\.(?:docx?|xlsx?|pdf))$/;

/**
 * How many leading digits of a copies count belong to the name before it. With no cell separators a form
 * or decree number runs into the count ("theo Mẫu số 18" + "1 bản chính" reads "Mẫu số 181 bản chính",
 * "ngày 25/6/2024" + "1" reads "20241"): counts are a digit or two ("1 bản chính", "02 bản sao"),
 * so a longer run, or two digits after "số"/"mẫu" or a date's slash, keeps only its last digit.
 */
function gluedDigits(body: string, at: number, copies: string): number {
  const digits = /^\d+/.exec(copies)?.[0] ?? '';
  if (digits.length >= 3) return digits.length - 1;
  const before = body.slice(Math.max(0, at - 5), at);
  return digits.length === 2 && digits[0] !== '0' && /(?:\/|(?:số|mẫu)\s)$/i.test(before) ? 1 : 0;
}

/**
 * `thanh_phan_ho_so` is one or more flattened tables ("Tên giấy tờ | Mẫu đơn | Số lượng") with no
 * cell separators; a row is recognised by the copies count that closes it, and a form file name glued
 * to the end of the document name is split off as the template.
 */
export function parseDossier(raw: string): DossierItem[] {
  const body = raw.replace(TABLE_HEADER, '\n');
  const items: DossierItem[] = [];
  let from = 0;
  for (const m of body.matchAll(COPIES)) {
    const at = (m.index ?? 0) + gluedDigits(body, m.index ?? 0, m[0]);
    const chunk = body.slice(from, at);
    from = (m.index ?? 0) + m[0].length;
    // Text before a table header is a group heading ("* Giấy tờ phải nộp:"), not an item of the list.
    const cell = chunk.split('\n').pop() ?? '';
    let name = cell.replace(/^\s*[-+*•]+\s*/, '');
    let template: string | null = null;
    const t = TEMPLATE.exec(name.trim());
    if (t) {
      template = t[1] ?? null;
      name = name.trim().slice(0, -(t[1]?.length ?? 0));
    }
    const clean = cleanText(name);
    if (clean) items.push({ name: clean, template, copies: body.slice(at, from).replace(/\s+/g, ' ').toLowerCase() });
  }
  return items;
}
