import { foldVietnamese } from '../search/fold';
import { type DossierStatus, DossierStatusSchema } from '../schemas/dossier';

/**
 * What the one-stop systems' exports write in their status column, folded (no diacritics, lower
 * case). Exports differ by vendor and version; these are the wordings seen, the longest tried first
 * so that "đã trả kết quả" is not read as "có kết quả".
 */
const ALIASES: readonly (readonly [string, DossierStatus])[] = [
  ['da tra ket qua', 'returned'],
  ['tra ket qua', 'returned'],
  ['da tra', 'returned'],
  ['hoan thanh', 'returned'],
  ['da co ket qua', 'ready'],
  ['cho tra ket qua', 'ready'],
  ['co ket qua', 'ready'],
  ['da giai quyet', 'ready'],
  ['yeu cau bo sung', 'supplement'],
  ['bo sung', 'supplement'],
  ['tu choi', 'rejected'],
  ['khong giai quyet', 'rejected'],
  ['khong du dieu kien', 'rejected'],
  ['rut ho so', 'withdrawn'],
  ['da rut', 'withdrawn'],
  ['dang xu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  ['dang tham dinh', 'processing'],
  ['cho phe duyet', 'processing'],
  ['da tiep nhan', 'received'],
  ['moi tiep nhan', 'received'],
  ['tiep nhan', 'received'],
];

/** The status a source's text names (its code, or a Vietnamese wording with or without diacritics), or null. */
export function parseDossierStatus(text: string): DossierStatus | null {
  const code = DossierStatusSchema.safeParse(text.trim().toLowerCase());
  if (code.success) return code.data;
  const folded = foldVietnamese(text);
  if (!folded) return null;
  return ALIASES.find(([alias]) => folded === alias)?.[1] ?? ALIASES.find(([alias]) => folded.includes(alias))?.[1] ?? null;
}
