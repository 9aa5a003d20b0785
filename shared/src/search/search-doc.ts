import type { Procedure } from '../schemas/procedure';
import type { SearchDoc } from './engine';
import { foldVietnamese } from './fold';

/** Forms are the dossier items a citizen fills in: their names start so, or they come with a template. */
const FORM = /^(to khai|don|phieu|mau|ban khai|giay de nghi|van ban de nghi)\b/;

/** Unique folded words of these texts that the name does not already hold, at most `max`. */
function newWords(texts: (string | null | undefined)[], seen: Set<string>, max: number): string {
  const out: string[] = [];
  for (const t of texts) {
    for (const w of (foldVietnamese(t ?? '') || '').split(' ')) {
      if (!w || w.length > 20 || seen.has(w) || /^\d/.test(w)) continue;
      seen.add(w);
      out.push(w);
      if (out.length >= max) return out.join(' ');
    }
  }
  return out.join(' ');
}

/**
 * The police's (or the army's) own policy procedures: their staff's health-insurance cards, their veterans' allowances.
 * Their names often do not say so ("Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)"): the decision that
 * published them is the ministry's (…/QĐ-BCA), and the field is its policy for its people.
 */
const forcesOnly = (p: Procedure) => p.field.trim() === 'Chính sách' && /\b(BCA|BQP)\b/.test(p.decision ?? '');

/**
 * What search reads of a full record: the summary, the papers (the result documents and the forms — the
 * names of what citizens hold in their hands) and the rest of the dossier, as compact word lists so the
 * kiosk's download stays small. Steps are left out: they are long prose about the office's own work.
 */
export function searchDocOf(p: Procedure): SearchDoc {
  const seen = new Set((foldVietnamese(p.name) || '').split(' '));
  const forms = p.dossier.filter((d) => d.template || FORM.test(foldVietnamese(d.name) || '')).map((d) => d.name.slice(0, 120));
  const papers = newWords([(p.result ?? '').slice(0, 300), ...forms], seen, 20);
  const detail = newWords(
    p.dossier.map((d) => d.name.slice(0, 120)),
    seen,
    12,
  );
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    ...(papers ? { papers } : {}),
    ...(detail ? { detail } : {}),
    ...(forcesOnly(p) ? { forces: 1 } : {}),
  };
}
