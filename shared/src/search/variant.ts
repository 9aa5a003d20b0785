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
  // A paper another country issued, recognised here ("Cấp Giấy công nhận Giấy chứng nhận khả năng chuyên môn"): one
  // who names the certificate wants it issued.
  'giay cong nhan',
  // The commune's part in another office's procedure: consulted on a project's environmental report ("Tham vấn trong
  // đánh giá tác động môi trường"). One who names the report wants it appraised.
  'tham van',
  // A debt secured on a paper's asset and a transaction about it (a contract: sold, given, leased): "Đăng ký biện pháp
  // bảo đảm bằng quyền sử dụng đất…", "Chứng thực giao dịch liên quan đến … quyền sử dụng đất, nhà ở". Short names
  // holding the land paper's words, they came before the title itself for one naming only the paper ("sổ hồng"); one
  // who mortgages or contracts says so ("thế chấp", "hợp đồng mua bán", which the lexicon reads as these words).
  'bien phap bao dam',
  'giao dich',
].map((v) => ` ${(foldVietnamese(v) || '').split(' ').map(canonical).join(' ')} `);

/** The acts done to a paper (reissue … converting a lease), not the special cases after them: the first variants, as bits. */
export const ACTS = (1 << VARIANTS.indexOf(' tam thoi ')) - 1;

/** Bit set of the variants a padded, folded text (" cap lai the can cuoc ") names; "đổi …" at the start counts. */
export function variantsIn(padded: string): number {
  let bits = 0;
  VARIANTS.forEach((v, i) => {
    if (padded.includes(v)) bits |= 1 << i;
  });
  if (padded.startsWith(' doi ')) bits |= 1 << VARIANTS.indexOf(' cap doi ');
  return bits;
}

/** The reissue and the exchange, as bits. */
const REISSUE = variantsIn(' cap lai cap doi ');

/**
 * A name says what it does first. An act met only after this many words is one case of a long list ("Giao đất, cho
 * thuê đất, chuyển mục đích sử dụng đất … ; gia hạn sử dụng đất khi hết thời hạn", some ninety words in), not what the
 * procedure is: read as its variant, it put the allocation behind a short name converting a lease for one asking to
 * rent land. Special cases (a foreign party, imports) stay wherever the name says them. Any length from 32 to 56
 * words read the development sets alike; 16 to 24 lost one elderly query, 12 many (acts after a long paper's name).
 */
const ACT_HEAD = 40;

/**
 * The variants a procedure's name (padded, folded) does beyond the plain issue. A name opening "Cấp, cấp lại …", "Cấp
 * mới, cấp đổi …" does the plain issue too: a citizen who names only the paper is served by it, and its reissue is no
 * variant to put it behind another office's plain procedure of the same paper. Acts count in its first ACT_HEAD words.
 */
export const variantsOfName = (padded: string): number => {
  const head = ` ${padded.trim().split(' ').slice(0, ACT_HEAD).join(' ')} `;
  return ((variantsIn(padded) & ~ACTS) | (variantsIn(head) & ACTS)) & (/^ cap (moi )?cap (lai|doi) /.test(padded) ? ~REISSUE : ~0);
};

/**
 * A procedure done from abroad, or for foreigners, beside its twin done here: "Nhập quốc tịch Việt Nam ở nước ngoài"
 * beside "… ở trong nước", "Đổi giấy phép lái xe hoặc bằng lái xe của người nước ngoài" beside "Đổi giấy phép lái xe".
 * A citizen at a kiosk here wants the twin unless they ask for it so; a foreign person or country in their story
 * ("ông nội tôi là người Pháp", "đi lao động bên Đức về") is not that. Only twins: a name that merely lists people
 * abroad among others ("… người Việt Nam định cư ở nước ngoài") is for everyone.
 */
export const ABROAD = 1 << VARIANTS.length;

const FOREIGN_TAIL = / (o trong nuoc|o nuoc ngoai|(cua|cho|doi voi) nguoi nuoc ngoai)( |$)/;

/**
 * A procedure about what was done abroad, though it has no twin by name: an act another country's authority settled,
 * recorded here ("ghi vào Sổ hộ tịch việc … đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài"), fishing in
 * another country's waters. Its name lists the acts (khai sinh, giám hộ, nhận cha, mẹ, con…) or the vessel and the
 * catch a citizen asks for here.
 */
const DONE_ABROAD = / (tai co quan co tham quyen cua nuoc ngoai|lanh tho khac) /;

/** For each name (padded, folded) and its field, whether it is the abroad twin of another name of the field. */
export function abroadTwins(docs: readonly { name: string; field: string }[]): boolean[] {
  const read = docs.map(({ name, field }) => {
    const m = name.match(FOREIGN_TAIL);
    return { field, base: m ? name.slice(0, m.index) : name.trimEnd(), foreign: !!m && m[1] !== 'o trong nuoc' };
  });
  // The twin's own words, three at least, start the name before its qualifier.
  const bases = new Map<string, Set<string>>();
  for (const r of read) if (!r.foreign && r.base.trim().split(' ').length >= 3) (bases.get(r.field) ?? bases.set(r.field, new Set()).get(r.field))?.add(r.base);
  return read.map((r, i) => DONE_ABROAD.test(docs[i]?.name ?? '') || (r.foreign && [...(bases.get(r.field) ?? [])].some((b) => r.base === b || r.base.startsWith(`${b} `))));
}

/** Whether a padded, folded text asks for a procedure done abroad or for foreigners. */
export const asksAbroad = (padded: string): boolean => padded.includes(' nuoc ngoai ');
