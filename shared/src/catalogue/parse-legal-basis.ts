import type * as z from 'zod/mini';
import type { LegalBasisSchema } from '../schemas/procedure';
import { cleanText } from './crawl-text';

type LegalBasis = z.infer<typeof LegalBasisSchema>;

const HEADER = 'Tên văn bản pháp lýMã văn bản';
// A document number glued to the end of its title and to the start of the next one:
// "…Luật Hộ tịch123/2015/NĐ-CPThông tư…". Numbers quoted inside a title follow a space ("số 123/…").
const NUMBER = /(?<=[^\s\d/])(\d{1,4}\/(?:\d{4}\/)?[A-ZĐ][A-ZĐ0-9-]*[A-ZĐ0-9])(?=[A-ZĐ\s(]|$)/g;

export function parseLegalBasis(raw: string): LegalBasis[] {
  const text = raw.startsWith(HEADER) ? raw.slice(HEADER.length) : raw;
  if (!cleanText(text)) return [];
  const out: LegalBasis[] = [];
  let from = 0;
  for (const m of text.matchAll(NUMBER)) {
    const title = cleanText(text.slice(from, m.index));
    from = (m.index ?? 0) + m[0].length;
    if (title) out.push({ title, number: m[1] ?? null });
  }
  const tail = cleanText(text.slice(from));
  if (tail) out.push({ title: tail, number: null });
  return out;
}
