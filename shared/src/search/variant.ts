import { foldVietnamese } from './fold';
import { canonical } from './typing';

/**
 * What a procedure does to a paper, beyond issuing it: reissue, exchange, extend, amend, revoke, close;
 * and the special cases a name qualifies it with (temporary, mobile, with a foreign party).
 * The catalogue has a family of procedures per paper — "cấp thẻ căn cước", "cấp đổi…", "cấp lại…" — and
 * a citizen who names only the paper ("đăng ký xe ô tô", "thẻ căn cước") wants the plain one; one who
 * wants another says so ("mất", "hết hạn", "sang tên", which the lexicon reads as these words).
 */
const VARIANTS = [
  'cap lai',
  'cap doi',
  'gia han',
  'xoa',
  'thu hoi',
  'dieu chinh',
  'thay doi',
  'huy',
  'cham dut',
  'tam ngung',
  'dinh chinh',
  'dang ky lai',
  'sua doi',
  'giai the',
  'khoa',
  'mo khoa',
  'trinh bao mat',
  'tra lai',
  'dung thuc hien',
  // Converting how a paper or an allocation is held ("chuyển hình thức giao đất, cho thuê đất"): one asking to
  // rent land is not converting a lease they already have.
  'chuyen hinh thuc',
  // Qualifiers of a special case: temporary, mobile (officials come to the home), with a foreign party.
  'tam thoi',
  'luu dong',
  'co yeu to nuoc ngoai',
  // More special cases a name narrows the paper to, which a citizen who names only the paper is not in:
  // imported goods and vehicles, the border area, the armed forces' own papers, joint dossiers of several
  // procedures at once (liên thông).
  'nhap khau',
  'khu vuc bien gioi',
  'quan su',
  'lien thong',
].map((v) => ` ${(foldVietnamese(v) || '').split(' ').map(canonical).join(' ')} `);

/** Bit set of the variants a padded, folded text (" cap lai the can cuoc ") names; "đổi …" at the start counts. */
export function variantsIn(padded: string): number {
  let bits = 0;
  VARIANTS.forEach((v, i) => {
    if (padded.includes(v)) bits |= 1 << i;
  });
  if (padded.startsWith(' doi ')) bits |= 1 << VARIANTS.indexOf(' cap doi ');
  return bits;
}
