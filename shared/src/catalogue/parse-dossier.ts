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
 * `thanh_phan_ho_so` is one or more flattened tables ("Tên giấy tờ | Mẫu đơn | Số lượng") with no
 * cell separators; a row is recognised by the copies count that closes it, and a form file name glued
 * to the end of the document name is split off as the template.
 */
export function parseDossier(raw: string): DossierItem[] {
  const body = raw.replace(TABLE_HEADER, '\n');
  const items: DossierItem[] = [];
  let from = 0;
  for (const m of body.matchAll(COPIES)) {
    const chunk = body.slice(from, m.index);
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
    if (clean) items.push({ name: clean, template, copies: (m[1] ?? '').replace(/\s+/g, ' ').toLowerCase() });
  }
  return items;
}
