import { foldVietnamese } from './fold';
import { canonical } from './typing';

/**
 * Kinds of thing a procedure is about, in groups of kinds that exclude each other: a household business, a company or
 * a cooperative; land, a vehicle, a fishing boat, a sea ship, an aircraft, an inland boat; minerals, fish, water,
 * forest. The catalogue repeats one act for each kind ("tạm ngừng kinh doanh" of a household business and of a
 * company, "cấp đổi giấy phép khai thác" of minerals and of fish), and the generic words (cấp, đăng ký, giấy phép, thay
 * đổi, khai thác) are shared; the kind is what tells them apart. A citizen who names a kind ("cty", "sổ đỏ", "tàu cá")
 * is not asking for a procedure naming another kind of the same group and not theirs: that one comes after the
 * procedures of their kind or of no stated kind.
 *
 * Written from how the catalogue's names state the kind and from counter knowledge of how the kinds part (a household
 * business registers at the commune, a company at the province), not from test queries. Phrases are folded; a name
 * or a query names a kind when it holds one of its phrases as whole words. Unmarked words that fold like a kind's
 * ("cát" and "cấp", "đá" and "đã") are left out: only phrases that read one way.
 */
const GROUPS: readonly (readonly string[])[][] = [
  // Forms of business: the same acts (found, change, pause, close) are separate procedures for each.
  [['ho kinh doanh'], ['doanh nghiep', 'cong ti'], ['hop tac xa', 'to hop tac']],
  // What is registered, transferred or mortgaged: land, road vehicles and each kind of vessel have their own registers.
  // Recreation craft on the water (jet skis, kayaks) have a register of their own at the commune, apart from boats.
  [['dat', 'thua dat'], ['xe may', 'xe o to', 'xe co gioi', 'bien so xe', 'dang ky xe'], ['tau ca'], ['tau bien'], ['tau bay'], ['phuong tien thuy'], ['giai tri duoi nuoc', 'mo to nuoc']],
  // What is exploited: a mining, fishing, water or forestry licence is a different office's.
  // Not bare "rừng": land names list "giao rừng, cho thuê rừng" among their cases.
  [['khoang san'], ['thuy san', 'tau ca'], ['nuoc duoi dat', 'nuoc mat', 'tai nguyen nuoc'], ['lam san', 'khai thac go', 'thuc vat rung', 'su dung rung']],
  // Where fish are farmed: an area of the sea allotted by the state, or inland, in a household's pond ("ao cá", the
  // delta's "vuông tôm", the Centre's "đìa"), which no sea area answers.
  [['khu vuc bien'], ['noi dia', 'ao ca', 'ao tom', 'ao nuoi', 'dia ca', 'dia tom', 'vuong tom']],
];

interface Kind {
  /** The bit of this kind. */
  bit: number;
  /** The bits of its group. */
  group: number;
  phrases: string[];
}

const KINDS: Kind[] = [];
for (const group of GROUPS) {
  const first = KINDS.length;
  for (const phrases of group) KINDS.push({ bit: 1 << KINDS.length, group: 0, phrases: phrases.map((p) => ` ${(foldVietnamese(p) || '').split(' ').map(canonical).join(' ')} `) });
  const mask = KINDS.slice(first).reduce((m, k) => m | k.bit, 0);
  for (const k of KINDS.slice(first)) k.group = mask;
}
if (KINDS.length > 31) throw new Error(`kinds.ts: ${KINDS.length} kinds, at most 31 fit in the bit set`);

/** The kinds a padded, folded text (" tam ngung kinh doanh cua ho kinh doanh ") names, as a bit set. */
export function kindsIn(padded: string): number {
  let bits = 0;
  for (const k of KINDS) if (k.phrases.some((p) => padded.includes(p))) bits |= k.bit;
  return bits;
}

/**
 * Whether a procedure naming `doc` kinds is about another kind than the query's `asked`: in some group, both name a
 * kind and share none.
 */
export function otherKind(doc: number, asked: number): boolean {
  if (!doc || !asked) return false;
  for (const k of KINDS) {
    if (!(asked & k.bit)) continue;
    if (doc & k.group && !(doc & asked & k.group)) return true;
  }
  return false;
}
