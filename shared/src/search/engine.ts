import type { Level, ProcedureSummary } from '../schemas/procedure';
import { foldVietnamese } from './fold';
import { type CompiledLexicon, leftAside } from './lexicon-compile';
import { COMMON_PROCEDURES } from './prior';
import { canonical, isSyllable, telexCandidates, unVni } from './typing';
import { audiencesIn, forcesIn } from './audience';
import { kindsIn, otherKind } from './kinds';
import { ABROAD, ACTS, abroadTwins, asksAbroad, variantsIn, variantsOfName } from './variant';
import { expandInitials, initialsOf, maybeInitials } from './initials';
import { hasTone, isMarked, markedWords, markKey } from './marks';
import { chatPh, chatShorthand, closesWithParticles, dialectSpellings, MIN_PAIRS, ONSETS, particleTail, REGIONAL_FILLER, respellByNeighbours, splitGlued } from './regional';

/**
 * The procedure search used by the kiosk (in the browser, offline) and the server (the API): one
 * implementation, so a citizen at the kiosk and a phone on the API get the same answers.
 *
 * Coverage scoring: every query word contributes what it is worth (rare words more, filler words little)
 * times how well it was found (as typed, as the start of the word being typed, as a sound-alike or a typo)
 * times where (the name ≫ the papers the citizen gets or fills in > the field > the dossier). A word not
 * found lowers the score; it never hides a procedure. The citizen lexicon (lexicon.ts) turns everyday and
 * abbreviated names into concepts on both sides — "sổ đỏ" in the query and "giấy chứng nhận quyền sử
 * dụng đất" in a name are the same concept. Then: words side by side as typed, the centre's level (or,
 * with no centre, local procedures above central ones), the curated common procedures (prior.ts), views,
 * and, to break near-ties, the shorter name.
 */

/** What the index is built from: a summary, and optionally the searchable words of the full record. */
export type SearchDoc = ProcedureSummary & {
  /** The papers: result documents and the forms filled in (weighted above the field). */
  papers?: string | undefined;
  /** The dossier's other items (weighted lowest). */
  detail?: string | undefined;
  /** 1 for the police's or the army's own people, though the name may not say so (search-doc.ts). */
  forces?: number | undefined;
};

const W_NAME = 1;
const W_PAPERS = 0.5;
const W_FIELD = 0.3;
const W_DETAIL = 0.12;
/** A concept found through the lexicon is as good as its words. */
const W_CONCEPT = 0.97;

interface Doc {
  summary: ProcedureSummary;
  /** The folded name, padded with spaces, for "words side by side" checks. */
  name: string;
  /** The first letter of each word of the name (initials.ts). */
  initials: string;
  nameLength: number;
  prior: number;
  /** What the procedure does beyond issuing (variant.ts), as bits. */
  variants: number;
  /** The specialist audiences its name narrows it to (audience.ts), as bits. */
  audiences: number;
  /** For the forces' own people (SearchDoc.forces): narrowed like an audience, lifted by a query naming them. */
  forces: boolean;
  /** The kinds of thing its name is about (kinds.ts), as bits. */
  kinds: number;
  /** Its name without the level it names ("… (thực hiện tại cấp tỉnh)", "… (cấp Bộ)"): its twins at other levels share it. */
  twin: string;
}

export interface SearchIndex {
  docs: Doc[];
  /** Term (a word, or a lexicon concept "~n") → document id → best field weight. */
  postings: Map<string, Map<number, number>>;
  /** Words sorted, for prefix ranges. */
  vocab: string[];
  /** For one- and two-letter prefixes: the commonest words that start so, most common first. */
  shortPrefix: Map<string, string[]>;
  byLength: Map<number, string[]>;
  /** Word → the word that most often follows it in names and lexicon phrases, by first letters typed. */
  follow: Map<string, Map<string, number>>;
  /** The same pairs the other way: word → the words before it, and how often. */
  precede: Map<string, Map<string, number>>;
  lexicon: CompiledLexicon;
  /** Initials typed → the words they were read as (initials.ts), or null; filled as queries come. */
  initials: Map<string, string[] | null>;
  /** A word of the names as written (its marks.ts key: "dâu" is not "dầu") → the documents whose name holds it. */
  writings: Map<string, Set<number>>;
  /** A word of the names, folded → the ways the names write it (keys of `writings`): "dau" → dầu, đâu, dâu… */
  spellings: Map<string, string[]>;
  /** The words of the lexicon's phrases: words people say ("sanh", "cavet") that no name holds, and no typos. */
  said: Set<string>;
  /** The same words as the lexicon writes them (marks.ts keys): "đẻ" is a word people say, no slip for "để". */
  saidWritten: Set<string>;
  /**
   * A lexicon phrase of several words that the names hold, folded → the ways they write it (marks.ts keys,
   * space-separated): the catalogue's wording, "nhà ở", "thuê đất", written as it is meant.
   */
  named: Map<string, string[]>;
}

export interface SearchOptions {
  limit: number;
  /** The kiosk's centre level: its procedures come first. Without one, local procedures above central ones. */
  preferLevel?: Level | undefined;
  /** How often each procedure was opened; a mild boost for the common ones. */
  views?: ReadonlyMap<string, number> | undefined;
  /**
   * A centre's selection, what it serves: ranked above the rest among near-equals. The rest is still
   * found, so a citizen asking for what another office handles learns where to go.
   */
  prefer?: ((code: string) => boolean) | undefined;
}

export interface SearchResult {
  hits: ProcedureSummary[];
  /** True when no procedure had every meaningful word of the query. */
  partial: boolean;
}

export const words = (text: string): string[] => {
  const f = foldVietnamese(text);
  return f ? f.split(' ').map(canonical) : [];
};

/**
 * Words a query carries that say little about which procedure: questions, politeness, people, "thủ tục".
 * Scored at a fraction of their worth, never required. Written with their marks: folded, "thế" (thế nào)
 * is also "thể" (giải thể) and "thẻ", "họ" (họ hàng) is "hộ", "ngoái" (năm ngoái) is "ngoài", so a word
 * typed with other marks than these is meant, and only an unmarked one is taken for the filler it may be.
 */
const FILLER_MARKED = new Set(
  (
    'làm xin muốn tôi cần ở đâu nào gì giúp cho thủ tục về của và để như thế ntn hướng dẫn thì phải giấy tờ những các bé nhà mình em anh chị có chú bác ông bà ' +
    'hỏi ạ à á a ah vậy hả nhé nhá nha không ko k dc được bị rồi đi là ai sao ra với tại bao nhiêu lâu mấy mất phí khi này đó kia chưa nữa biết ' +
    'ơi bây giờ hiện nay mới ' +
    // People and times a query mentions ("for my grandson", "just born", "last year").
    'con cháu trẻ vợ chồng cha bố mẹ cụ cô dì cậu mợ thân người họ hàng gia đình bạn hôm qua năm ngoái trước sau đẻ ' +
    // Classifiers ("mảnh đất", "tờ giấy", "cái sổ", "chiếc xe"): they count things, they never name a procedure,
    // and a rare one in an official name ("hai mảnh vỏ") must not pull a query about land there.
    'mảnh tấm cái chiếc quyển cuốn miếng ngôi lá đứa thằng ' +
    // More of how a question is put: "cần những gì", "có được không", "mất bao lâu", "gấp", "cho bác hỏi chút xíu" (typed
    // so, "chút" was read as a name's word one letter off: "chết").
    'gồm liền ngay luôn gấp nhanh chỗ hay hoặc vào chút xíu ' +
    // …and how a story hedges and dates what it tells ("chắc vài tháng", "ngày xưa", "lúc nó đi"; not "hồi", folded the
    // "thu hồi" of a revocation).
    'chắc vài xưa lúc ' +
    // "Lấy" tells what the citizen does (lấy nước, lấy vốn, lấy vợ); in names it is the office's act ("lấy ý kiến").
    'lấy ' +
    // …and asked of the helper, as the South asks ("làm dùm tui", "chỉ giùm", "coi dùm"): help, as "giúp" is.
    'dùm giùm coi'
  ).split(' '),
);
for (const w of REGIONAL_FILLER) FILLER_MARKED.add(w);
/**
 * The old's polite openings ("dạ thưa cô", "vâng ạ", "kính gửi"), the children they speak of ("cho nó", "chúng nó",
 * "tụi nhỏ"), and "đã" (already: "tôi đã ngoài bảy mươi", "đã làm khai tử"; a dossier's "đã" drew the children's card):
 * filler only as typed with these marks, since folded they are other words the names hold ("thửa" đất, "đá", "kinh"
 * doanh, "nợ", "chứng", "chung"). So is their age ("tôi già rồi"): folded, "già" is "gia" hạn, tham "gia"; and the story's
 * "mà" (but: "mười hai tuổi rồi mà chưa có khai sinh"), folded the parents' "má" and the graves' "mả"; and "đòi" (to
 * claim: "đòi tiền mai táng", "đòi lại đất"), folded "đổi" (an exchange).
 */
const POLITE_KEYS = new Set(
  [
    ...['dạ', 'thưa', 'vâng', 'kính', 'nó', 'chúng', 'tụi', 'bọn', 'đã', 'già', 'mà', 'đòi'],
    // The South's everyday words for what the North says with filler ("tui hông biết chữ", "mới dìa lại đây", "má tui",
    // "tía tui", "người ta nói", "làm sao vầy", "bệnh hoài"): hông, hổng (không), dìa (về), má, tía (mẹ, cha), nói (told),
    // vầy (vậy), hoài (mãi). Folded they are words the names hold: "hỏng", "địa", "mã", "nơi", "vay", "hoại".
    ...['hông', 'hổng', 'dìa', 'má', 'tía', 'nói', 'vầy', 'hoài'],
  ].map(markKey),
);
const FILLER = new Set([...FILLER_MARKED].map((w) => foldVietnamese(w)));
const FILLER_KEYS = new Set([...FILLER_MARKED].map(markKey));

/**
 * The words of `query` typed with marks, folded → keyed as typed (marks.ts); a word also typed without marks, or
 * with two markings, is left out: it could be either word.
 */
function typedMarks(query: string): Map<string, string> {
  const keys = new Map<string, string | null>();
  for (const raw of query.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const folded = foldVietnamese(raw);
    if (!folded || folded.includes(' ')) continue;
    const key = isMarked(raw) ? markKey(raw) : null;
    keys.set(folded, keys.has(folded) && keys.get(folded) !== key ? null : key);
  }
  const out = new Map<string, string>();
  for (const [w, key] of keys) if (key !== null) out.set(canonical(w), key);
  return out;
}

/**
 * "Nội", "ngoại" after a relative ("cháu ngoại", "ông bà nội", "bên ngoại") say which side of the family: people, as
 * the relative is, not the "ngoại quan" of a customs name. So do "trai", "gái", "út", "nhỏ" after one ("con trai", "em
 * gái", "thằng út", "đứa nhỏ", the South's "sắp nhỏ"): which child, not a farm ("trang trại") or a small business.
 */
const kinSide = (before = '', w: string) =>
  (/^(noi|ngoai)$/.test(w) && /^(ong|ba|chau|ben|ho)$/.test(before)) ||
  (/^(trai|gai|ut|nho)$/.test(w) && /^(con|chau|em|anh|chi|dua|be|sap)$/.test(before)) ||
  // "Người ta" (they, people: "người ta nói phải…", "người ta hông nhận") is whoever told the citizen, no word asked.
  (w === 'ta' && before === 'nguoi');

/**
 * The marks of each word as typed, in the order of `typed` (undefined for a word typed without marks); null when the
 * words read are not the words typed. "Căn nhà … có cần" types "can" two ways: each place keeps its own.
 */
function marksByPlace(query: string, typed: readonly string[]): (string | undefined)[] | null {
  const raw = query.split(/[^\p{L}\p{M}\p{N}]+/u).filter((r) => foldVietnamese(r));
  const read = raw.length === typed.length || (raw.length > MAX_WORDS && typed.length === MAX_WORDS);
  return read ? raw.slice(0, typed.length).map((r) => (isMarked(r) ? markKey(r) : undefined)) : null;
}

/** Number words as said ("lăm", "mốt", "tư" are five, one, four after tens; "lẻ" is "and no tens"). */
const NUMBER_WORDS = new Set('mot hai ba bon tu nam lam sau bay tam chin muoi chuc tram nghin ngan le'.split(' '));

/**
 * Numbers said in words are read as digits are (filler): an old citizen tells the years, "từ năm bảy lăm", "hai
 * chục năm nay", "năm hai nghìn lẻ năm", and each word is another's syllable ("bảy" máy bay, "tám" tạm trú, "mươi"
 * muối). Only two or more side by side: one alone may be the other word. A grown-up's age ("ngoài bảy mươi", "chín
 * mươi tuổi rồi", "70 tuổi") is the story too, its "tuổi" and "ngoài" with it: it names no procedure, where a child's
 * ("mười bốn tuổi", "dưới 6 tuổi") names the card or the insurance asked for.
 */
/** People the old name before "mất" (died): kin, and "nhà tôi", "bà cả", "cụ". */
const KIN = /^(ong|ba|bo|me|cha|ma|tia|chong|vo|con|anh|chi|em|chau|cu|bac|chu|di|cau|co|thim|mo|duong|ca|noi|ngoai|dau|re)$/;

/** Money or time as counted after "mất" ("mất cả triệu", "mất hai tuần"). */
const AMOUNT = /^(trieu|nghin|ngan|tram|dong|ngay|tuan|thang|nam|buoi|tieng)$/;

/**
 * Whether "mất" followed by `next` and `after` says what something costs or takes ("mất bao lâu", chat's "mất bn
 * ngày"), not a loss (or, `died`, a death).
 */
const costs = (next = '', after = '', died = false) =>
  /^(bao|bn|may|nhieu|it|thoi|khoang|chung|tien|phi)$/.test(next) || (!died && (/^(ca|vai|\d+)$/.test(next) || NUMBER_WORDS.has(next)) && AMOUNT.test(after));

/** The one word of the unit at `k`, or "" (a phrase, none there); `plain`: nor a concept of the lexicon. */
function wordAt(units: readonly { words: string[]; concept?: string }[], k: number, plain = false): string {
  const u = units[k];
  return u && u.words.length === 1 && !(plain && u.concept) ? (u.words[0] as string) : '';
}

/** Whether the piece at `i` ("mất") follows a person: "chồng mất", "chồng tôi mất", "ông nhà tôi mất", "bà cả mất". */
function diedAfter(all: readonly { words: string[] }[], i: number): boolean {
  const back = (k: number) => wordAt(all, i - k);
  // "Chồng tôi vừa mất", "bố tôi đã mất", "mẹ tôi mới mất": when it happened, between the person and the death.
  const first = /^(vua|moi|da)$/.test(back(1)) ? 2 : 1;
  let k = first;
  while (k < first + 2 && /^(toi|no|nha|minh|em|tui)$/.test(back(k)) && back(k + 1)) k++;
  // "Giấy khai sinh của con mất rồi": the paper of that person is lost.
  return KIN.test(back(k)) && back(k + 1) !== 'cua';
}

/** Whether the unit at `i` follows "cho <person> mới|vừa": what just happened to the one a request is for. */
function justHappenedTo(units: readonly Unit[], i: number): boolean {
  const word = (k: number) => wordAt(units, k);
  if (!/^(moi|vua)$/.test(word(i - 1))) return false;
  let k = i - 2;
  while (k > i - 5 && KIN.test(word(k))) k--;
  return k < i - 2 && word(k) === 'cho';
}

/**
 * Whether the unit at `i` follows "mang theo", "đem theo", "cầm theo" (to bring along): a paper the citizen brings to
 * the counter ("đăng ký kết hôn cần mang theo cmnd với gì nữa"), not the one asked for. Only with "theo": folded, a bare
 * "mang" is also "mạng" (online).
 */
function broughtAlong(units: readonly Unit[], i: number): boolean {
  return wordAt(units, i - 1) === 'theo' && /^(mang|dem|cam)$/.test(wordAt(units, i - 2));
}

/**
 * Whether the paper at `i` is said, in its clause, to be right: "(ghi|thì|lại|đều|vẫn) đúng" after it, with only other
 * papers ("với căn cước") between. Not "đứng tên" (folded alike: whose name it is in), nor "dùng" typed so.
 */
function saidRight(units: readonly Unit[], i: number, clause: (k: number) => boolean, markOf: (w: string) => string | undefined): boolean {
  for (let k = i + 1; k < units.length && !clause(k); k++) {
    const u = units[k] as Unit;
    const w = u.words.join(' ');
    if (w === 'dung' && /^(ghi|thi|lai|deu|van)$/.test(units[k - 1]?.words.join(' ') ?? '')) {
      const key = markOf('dung');
      return units[k + 1]?.words[0] !== 'ten' && (key === undefined || key === markKey('đúng'));
    }
    if (!u.concept && !/^(voi|va|cung|ghi|thi|lai|deu|van)$/.test(w)) return false;
  }
  return false;
}

/**
 * Going or working somewhere: "đi", "làm ăn", "sang", "qua", "xuất khẩu lao động", "du học", "thăm", "định cư", and
 * being there now ("tôi đang ở nước ngoài thăm con").
 */
const GOES = /^(di|lam|an|sang|qua|lao dong|xuat khau lao dong|di xuat khau lao dong|du hoc|hoc|tham|dinh cu|dang)$/;

/**
 * Whether the unit at `i` is where someone went to work, study or visit ("bố mẹ nó đi làm ăn ở Hàn Quốc", "đi xuất
 * khẩu lao động Nhật Bản", "sang Úc thăm con"): where a person is, no foreign party to the paper. A foreign spouse
 * ("lấy chồng Hàn Quốc"), person ("người Nhật") or birthplace ("sinh ở Nhật") is said otherwise.
 */
function wentTo(units: readonly Unit[], i: number): boolean {
  const k = /^(o|ben|tai)$/.test(units[i - 1]?.words.join(' ') ?? '') ? i - 2 : i - 1;
  return GOES.test(units[k]?.words.join(' ') ?? '');
}

/** A demand as the lexicon reads the words around it: the party's words mean nothing, the demand is kept (see `pieces`). */
const DEMANDS = / (doi|doi hoi|yeu cau|bat|bao) $/;

/** Verbs of telling, as typed with their marks ("bảo" is not "báo", "đòi" not "đổi"). */
const TELLS = new Map(['bảo', 'nói', 'đòi', 'bắt', 'kêu', 'biểu'].map((w) => [foldVietnamese(w), markKey(w)] as const));

/**
 * Who sent the citizen ("công an khu vực bảo phải khai báo", "công ty đòi phiếu lý lịch", "cán bộ xã kêu làm…"): a
 * concept followed, within the next few words, by a verb of telling is who told, not what is asked. Only as typed with
 * its marks: without them "bao" may be "bảo hiểm", "doi" "đổi", "noi" "nội".
 */
function tellersOf(units: readonly Unit[], marksAt: (i: number) => string | undefined): Set<Unit> {
  const tellers = new Set<Unit>();
  units.forEach((u, i) => {
    if (!u.concept) return;
    for (let j = i + 1; j <= i + 3 && j < units.length && !units[j]?.concept; j++) {
      const key = TELLS.get(wordAt(units, j));
      if (key && marksAt(j) === key) tellers.add(u);
    }
  });
  return tellers;
}

/** Offices as the lexicon reads them. */
const OFFICES = new Set(['cong an', 'uy ban nhan dan']);

/**
 * "Một phần đất vườn", "một nửa mảnh vườn", "một ít", "một khoản tiền": how much of a thing, said before it, names no
 * procedure (a name's "một phần diện tích" is one case of land, "trực tuyến một phần" a way of filing, "một lần" a
 * lump sum). Filler, both words.
 */
function partitives(units: readonly Unit[]): void {
  const word = (k: number) => wordAt(units, k, true);
  for (let i = 0; i + 2 < units.length; i++)
    if (word(i) === 'mot' && /^(phan|nua|it|goc|khoan)$/.test(word(i + 1))) {
      (units[i] as Unit).filler = true;
      (units[i + 1] as Unit).filler = true;
    }
}

function spokenNumbers(units: readonly Unit[]): void {
  const word = (k: number) => wordAt(units, k, true);
  for (let i = 0; i < units.length; i++) {
    let j = i;
    while (NUMBER_WORDS.has(word(j))) j++;
    const digits = /^\d+$/.test(word(i));
    if (digits) j = i + 1;
    else if (j - i < 2) continue;
    const said = units
      .slice(i, j)
      .map((u) => u.words[0])
      .join(' ');
    // Sixteen and up, as in digits: a digit word before the tens ("bảy mươi", "hai chục"), or "mười" and six to nine
    // ("mười tám tuổi", as voice typing writes an 18: a grown child's first card, not the under-14s').
    const grown = digits ? Number(said) >= 16 : /\b((hai|ba|bon|nam|sau|bay|tam|chin) (muoi|chuc)|muoi (sau|bay|tam|chin))\b/.test(said);
    for (let k = i; k < j; k++) (units[k] as Unit).filler = true;
    if (grown && word(j) === 'tuoi') (units[j] as Unit).filler = true;
    if (grown && /^(ngoai|tren)$/.test(word(i - 1))) (units[i - 1] as Unit).filler = true;
    i = j - 1;
  }
}

/** What takes back the words said just before "à": "à không", "à không phải", "à nhầm", "à lộn" (the South's). */
const TAKE_BACK = /^(khong|nham|lon)$/;
const A_KEY = markKey('à');

/**
 * A speaker correcting themself, as voice typing and a relative typing by ear keep it: "không phải X mà là Y" asks Y,
 * and "X à không (phải) Y", "X à nhầm Y" ask Y, X being the last thing the lexicon knows before "à". The words taken
 * back are dropped, so "tạm trú à không thường trú" asks for no temporary residence. Only where something the lexicon
 * knows follows: "… được không à" closes a question, "à không biết" says nothing was known. "À" as typed, or unmarked.
 */
function selfCorrections(units: Unit[], markAt: (i: number) => string | undefined): void {
  const word = (k: number) => wordAt(units, k, true);
  const knownAfter = (k: number) => units.slice(k).some((u) => u.concept);
  for (let i = 0; i + 1 < units.length; i++) {
    if (word(i) !== 'khong' || word(i + 1) !== 'phai') continue;
    let m = i + 2;
    while (m < units.length && word(m) !== 'ma') m++;
    const la = word(m + 1) === 'la' ? 1 : 0;
    // "Không phải X mà là Y": X is dropped with the words that frame it, "à" before them too.
    if (m < units.length && m > i + 2 && knownAfter(m + 1 + la)) {
      units.splice(i, m + 1 + la - i);
      return;
    }
  }
  for (let i = 1; i + 1 < units.length; i++) {
    const key = markAt(i);
    if (word(i) !== 'a' || (key !== undefined && key !== A_KEY) || !TAKE_BACK.test(word(i + 1))) continue;
    let end = i + 2;
    if (word(i + 1) === 'khong' && word(end) === 'phai') end++;
    // "… à không phải, mà là Y": the framing words go with it.
    if (word(end) === 'ma') end += word(end + 1) === 'la' ? 2 : 1;
    const back = units.slice(0, i).findLastIndex((u) => u.concept);
    if (back < 0 || !knownAfter(end)) continue;
    units.splice(back, end - back);
    return;
  }
}

/** The polite words an old person closes a question with, as typed with their marks: whole words, never a prefix. */
const CLOSING_KEYS = new Set(['ạ', 'nhé', 'nhá', 'ơi'].map(markKey));

const FILLER_WEIGHT = 0.15;
/**
 * A filler word of the story told before the request: an old citizen's dozen ("tôi mới về ở với con cháu được mấy
 * hôm nay") summed to a concept's worth in the long names that hold them, and a name's length is no answer.
 */
const STORY_FILLER_WEIGHT = FILLER_WEIGHT / 3;
/** A word of the reason given for a request (after "để"), or a concept of the story apart from it: worth this share. */
const REASON_WEIGHT = 0.5;
/** A paper named after "chứng thực bản sao": the original to be copied, worth this share of a reason. */
const COPIED = 0.25;
/**
 * A plain word of the story told before the request (storyEnd): worth this share. Lexicon concepts keep their worth
 * there, since the story often names the paper ("sổ đỏ", "bằng lái") and the request only the act, unless the request
 * names a thing of its own that no procedure shares with them (see `requested`: then they count as a reason); the
 * story's other words (a bank, a debt, "sắp") are why it is asked, and pulled in names that share them.
 */
const STORY_WEIGHT = 0.6;
/** Units (words or phrases, filler included) from which a sentence with no request word is read as a story. */
const LONG_STORY = 12;
const REQUEST_WORDS = new Set(['muon', 'xin', 'can', 'phai']);
const BECAUSE = markKey('vì');
/** "Thì" (then), typed so or without marks: the clause it opens answers the one before ("muốn chia đất cho con, thì…"). */
const THEN = markKey('thì');
/** A name's word that folds like the one typed but is written otherwise (see typedMarks): worth this share. */
const OTHER_WORD = 0.5;
/** The tone ending a marks.ts key (hỏi and ngã keyed alike), or none. */
const TONE_END = /[\u0300\u0301\u0309\u0323]?$/;
const CONCEPT_BOOST = 1.5;
/**
 * The weight of a request of some eight words (a story of twenty or forty words weighs two to four times as much). The
 * bonus for words found side by side is added to the coverage, a share of the query's weight: in a long story each word
 * covers less, and a bonus of fixed size came to outweigh the request (a pair of the story's words in a name beat the
 * procedure asked for). Past this weight the bonus shrinks as the words' shares do, so long and short queries weigh
 * words side by side alike.
 */
const PAIRS_WEIGHT = 20;
const UNKNOWN_WORD_WEIGHT = 3;
/** A concept's words found without the concept are worth at least this share of it. */
const LITERAL_FLOOR = 0.5;
/** A phrase's words found apart, not side by side: worth this share of the phrase. */
const SCATTERED = 0.5;
/** Multipliers of the coverage: the centre's level and selection, the curated common procedures, views (at most). */
const LEVEL_BONUS = 0.1;
const SELECTION_BONUS = 0.15;
const PRIOR_BONUS = 0.2;
const VIEWS_BONUS = 0.15;
/**
 * A commune's and a province's procedures are local to each other: a citizen at a commune kiosk asking for what the
 * province handles (an environmental or mining permit, a fishing licence) wants the province's procedure, not its
 * central twin ("… (cấp Bộ)" beside "… (cấp Tỉnh)"), which only the ministry's own applicants use. The other local
 * level gets this share of the centre's own level's bonus, enough to part such twins and too little to move a province
 * procedure above the commune's own (0.5 did, on the development sets); a central-only procedure gets none.
 */
const NEAR_LEVEL = 0.2;
const LOCAL: readonly Level[] = ['xa', 'tinh'];

/** The level's bonus: the centre's own level, then the other local level; with no centre, every local procedure. */
function levelBonus(levels: readonly Level[], prefer: Level | undefined): number {
  if (!prefer) return levels.some((l) => LOCAL.includes(l)) ? LEVEL_BONUS : 0;
  if (levels.includes(prefer)) return LEVEL_BONUS;
  return LOCAL.includes(prefer) && levels.some((l) => LOCAL.includes(l)) ? NEAR_LEVEL * LEVEL_BONUS : 0;
}

/**
 * The central level named: "trung ương", "cấp bộ", a ministry by its name ("bộ công an"). Not "bộ" alone: folded, it is
 * also "bỏ", "bò", "bờ", and marked, "bộ đội", "bộ hồ sơ".
 */
const CENTRAL = / (trung uong|tw|cap bo|bo (cong an|tu phap|quoc phong|ngoai giao|y te|giao duc|tai chinh|xay dung|nong nghiep|cong thuong|noi vu|khoa hoc|van hoa)) /;

/**
 * An exclusion in a name, "(không phải là tàu bay, tàu biển…)", "(trừ cơ sở … theo yêu cầu của nước nhập khẩu)": it names
 * the audiences and the special cases a procedure is NOT for.
 */
const EXCLUSION = /\((không phải|trừ)[^)]*\)/giu;

/** The level a name states, in brackets, and the code some names end with: what tells a procedure's level twins apart. */
const LEVEL_NAMED = /\((thực hiện (tại|ở) )?cấp (tỉnh|tinh|xã|huyện|trung ương|tw|bộ)\)|\(\s*\d\.\d+\s*\)/giu;

/** A reissue, exchange, closure… the query did not ask for (variant.ts): the plain procedure first. */
const UNASKED_VARIANT = 0.9;
/**
 * What a citizen asks to be done to a paper they hold (variant.ts ACTS, not its special cases): reissue, exchange, change,
 * pause, close… Asked so ("đổi địa chỉ hộ kinh doanh", "mất giấy đăng ký hộ kinh doanh"), the procedure that does none of
 * them (registering the business anew) is not what is asked, though the paper's name matches it best.
 */
const NOT_THE_ACT = 0.9;
/** The variant of a procedure with a foreign party (variant.ts). */
const FOREIGN = variantsIn(' co yeu to nuoc ngoai ');
/** A procedure for a specialist audience (audience.ts) the query did not name: the general procedure first. */
const UNNAMED_AUDIENCE = 0.85;
/** A procedure about another kind of thing than the one the query names (kinds.ts): those of its kind first. */
const OTHER_KIND = 0.85;
/** "Đất" (land) as written: folded, "đặt" (to name, to book) and "đạt" (to pass) read alike, and name no land. */
const LAND = markKey('đất');
/** A padded text of `words` for kindsIn, with a "dat" written as another word than "đất" left out. */
const kindText = (words: readonly { word: string; key: string | undefined }[]) => ` ${words.map(({ word, key }) => (word === 'dat' && key !== undefined && key !== LAND ? '' : word)).join(' ')} `;

/**
 * The index of `list`, reading the catalogue's text through `lex` (the citizen lexicon, compiled: see
 * default-lexicon.ts). The lexicon is data handed in, not imported here: the kiosk receives it with the
 * catalogue, so it stays out of the kiosk's script and staff entries can travel the same way.
 */
/**
 * How the names write the lexicon's phrases of several words that are the catalogue's own wording ("nhà ở", "thuê
 * đất", "giấy phép xây dựng": phrases the names are read by, see CompiledLexicon.catalogue). Folded phrase → the ways written
 * (marks.ts keys, space-separated). What only people say ("đóng cửa", "đổi họ") is not taken from names that hold the
 * same letters for other words ("hoạt động của", "cấp đổi hộ chiếu").
 */
function namedWritings(lex: CompiledLexicon, names: readonly { word: string; key: string }[][]) {
  // First word → the most words a phrase starting with it has: most words of a name start none.
  const longest = new Map<string, number>();
  const phrases = new Set<string>();
  for (const p of lex.catalogue())
    if (p.length > 1) {
      phrases.add(p.join(' '));
      longest.set(p[0] as string, Math.max(longest.get(p[0] as string) ?? 0, p.length));
    }
  const named = new Map<string, string[]>();
  for (const marked of names)
    for (let i = 0; i < marked.length; i++) {
      const first = marked[i] as { word: string; key: string };
      const most = longest.get(first.word) ?? 0;
      let phrase = first.word;
      let way = first.key;
      for (let j = i + 1; j < Math.min(marked.length, i + most); j++) {
        const next = marked[j] as { word: string; key: string };
        phrase += ` ${next.word}`;
        way += ` ${next.key}`;
        if (!phrases.has(phrase)) continue;
        const ways = named.get(phrase) ?? [];
        if (!ways.includes(way)) named.set(phrase, [...ways, way]);
      }
    }
  return named;
}

export function buildSearchIndex(list: readonly SearchDoc[], lex: CompiledLexicon): SearchIndex {
  const docs: Doc[] = [];
  const postings = new Map<string, Map<number, number>>();
  const add = (term: string, id: number, w: number) => {
    let p = postings.get(term);
    if (!p) postings.set(term, (p = new Map()));
    if ((p.get(id) ?? 0) < w) p.set(id, w);
  };
  const addText = (tokens: string[], id: number, w: number, field: string) => {
    for (const t of tokens) add(t, id, w);
    for (const c of lex.conceptsIn(tokens, field)) add(c, id, w * W_CONCEPT);
  };
  const writings = new Map<string, Set<number>>();
  const spellings = new Map<string, string[]>();
  const markedNames: ReturnType<typeof markedWords>[] = [];
  for (const s of list) {
    const id = docs.length;
    const marked = markedWords(s.name);
    markedNames.push(marked);
    for (const { word, key } of marked) {
      const holding = writings.get(key);
      if (holding) holding.add(id);
      else writings.set(key, new Set([id]));
      const ways = spellings.get(word);
      if (!ways) spellings.set(word, [key]);
      else if (!ways.includes(key)) ways.push(key);
    }
    const name = words(s.name);
    const padded = ` ${name.join(' ')} `;
    const included = ` ${words(s.name.replace(EXCLUSION, ' ')).join(' ')} `;
    docs.push({
      summary: { code: s.code, name: s.name, field: s.field, level: s.level },
      name: padded,
      initials: initialsOf(name),
      nameLength: name.length,
      prior: COMMON_PROCEDURES.get(s.code) ?? 0,
      variants: variantsOfName(included),
      audiences: audiencesIn(included),
      forces: !!s.forces,
      kinds: kindsIn(kindText(marked)),
      twin: words(s.name.replace(LEVEL_NAMED, '')).join(' '),
    });
    // The field, for the lexicon's readings that hold in some fields only (a land procedure's bare "Giấy chứng nhận").
    const field = words(s.field).join(' ');
    addText(name, id, W_NAME, field);
    if (s.papers) addText(words(s.papers), id, W_PAPERS, field);
    addText(words(s.field), id, W_FIELD, field);
    if (s.detail) addText(words(s.detail), id, W_DETAIL, field);
  }
  // Only names shared keep their key: the rest have no twin to be ranked against.
  const sharing = new Map<string, number>();
  for (const d of docs) sharing.set(d.twin, (sharing.get(d.twin) ?? 0) + 1);
  for (const d of docs) if (sharing.get(d.twin) === 1) d.twin = '';
  abroadTwins(docs.map((d) => ({ name: d.name, field: d.summary.field }))).forEach((twin, id) => {
    if (twin) (docs[id] as Doc).variants |= ABROAD;
  });
  const named = namedWritings(lex, markedNames);
  // What follows a word: a lexicon phrase counts for several names, as it is how people put it.
  const follow = new Map<string, Map<string, number>>();
  const precede = new Map<string, Map<string, number>>();
  const count = (m: Map<string, Map<string, number>>, a: string, b: string, n: number) => {
    const next = m.get(a) ?? new Map<string, number>();
    next.set(b, (next.get(b) ?? 0) + n);
    m.set(a, next);
  };
  const pairsOf = (ws: readonly string[], n: number) => {
    for (let i = 0; i + 1 < ws.length; i++) {
      count(follow, ws[i] as string, ws[i + 1] as string, n);
      count(precede, ws[i + 1] as string, ws[i] as string, n);
    }
  };
  for (const d of docs) pairsOf(d.name.trim().split(' '), 1);
  const said = new Set<string>();
  const saidWritten = new Set<string>();
  for (const p of lex.phrases()) {
    pairsOf(p, 3);
    for (const w of p) said.add(w);
    for (const written of lex.writtenAs(p.join(' ')) ?? []) for (const w of written.split(' ')) saidWritten.add(w);
  }
  const vocab = [...postings.keys()].filter((t) => !t.startsWith('~')).sort();
  const byLength = new Map<number, string[]>();
  const shortPrefix = new Map<string, string[]>();
  const push = <K>(m: Map<K, string[]>, k: K, t: string) => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const t of vocab) {
    push(byLength, t.length, t);
    push(shortPrefix, t.slice(0, 1), t);
    if (t.length > 1) push(shortPrefix, t.slice(0, 2), t);
  }
  const df = (t: string) => postings.get(t)?.size ?? 0;
  // A keystroke reads these words' postings: a few common ones say enough about a word one or two letters long.
  for (const [k, ts] of shortPrefix) shortPrefix.set(k, ts.sort((a, b) => df(b) - df(a)).slice(0, k.length === 1 ? 8 : 12));
  return { docs, postings, vocab, shortPrefix, byLength, follow, precede, lexicon: lex, initials: new Map(), writings, spellings, said, saidWritten, named };
}

// Three rows reused across calls: a keystroke may compare the typed word with thousands of terms.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/** Damerau–Levenshtein (optimal string alignment) distance of at most `max`, giving up early. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) [rowA, rowB, rowC] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]! <= max;
}

function lowerBound(vocab: string[], w: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocab[mid] as string) < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PREFIX_LIMIT = 24;

/** The words a typed word may stand for, each with how much to trust it. */
function candidates(index: SearchIndex, w: string, typing: boolean): Map<string, number> {
  const out = new Map<string, number>();
  if (w.length > 30) return out;
  if (index.postings.has(w)) out.set(w, 1);
  // The word being typed is the start of a word from its first letter; other words from their third.
  if (typing || w.length >= 3) {
    const trust = typing ? 0.9 : 0.7;
    const short = w.length <= 2 ? index.shortPrefix.get(w) : undefined;
    if (short) for (const t of short) if (t !== w && !out.has(t)) out.set(t, trust);
    if (!short) {
      for (let i = lowerBound(index.vocab, w), n = 0; i < index.vocab.length && n < PREFIX_LIMIT; i++, n++) {
        const t = index.vocab[i] as string;
        if (!t.startsWith(w)) break;
        if (t !== w) out.set(t, trust);
      }
    }
  }
  // Telex keys left in the word ("kys", "ddang", "chuwng"): only where the result is a real syllable.
  if (!out.has(w)) {
    for (const t of telexCandidates(w)) if (index.postings.has(t) && !out.has(t)) out.set(t, 0.95);
  }
  for (const [from, tos] of ONSETS) {
    const m = from.exec(w);
    if (!m) continue;
    for (const to of tos) {
      const t = to + w.slice(m[0].length);
      if (!out.has(t) && index.postings.has(t)) out.set(t, 0.7);
    }
  }
  // Typos only for a word found no other way: the costly search, and the least certain.
  if (out.size > 0) return out;
  const max = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
  for (let len = Math.max(3, w.length - max); max > 0 && len <= w.length + max; len++) {
    for (const t of index.byLength.get(len) ?? []) if (withinEdits(w, t, max)) out.set(t, 0.6);
  }
  return out;
}

interface Unit {
  /** Literal words (one, or a lexicon phrase's words). */
  words: string[];
  /** The lexicon concept the words form, when they do. */
  concept?: string;
  filler: boolean;
  /** The last word, still being typed. */
  typing: boolean;
  /**
   * Kept in its place for the story's reading, not scored: a filler word said again (scored at its last mention), or a
   * demand the lexicon reads as meaning nothing ("công ty yêu cầu", "phòng công chứng đòi").
   */
  silent?: boolean;
  /** A verb of demand or telling ("đòi", "bảo", "yêu cầu"): what follows it in its clause is what the citizen must get. */
  demand?: boolean;
}

/** A phrase of several lexicon entries matches documents holding any of their concepts. */
function conceptPostings(index: SearchIndex, concept: string): Map<number, number> | undefined {
  const ids = concept.split('|');
  if (ids.length === 1) return index.postings.get(concept);
  const out = new Map<number, number>();
  for (const c of ids) for (const [id, w] of index.postings.get(c) ?? []) if (w > (out.get(id) ?? 0)) out.set(id, w);
  return out.size ? out : undefined;
}

/** Each word typed as initials ("đkkh", "gplx", "đk") replaced by the words it stands for (initials.ts). */
function readInitials(index: SearchIndex, typed: string[]): string[] {
  // A short form the lexicon reads beside the words around it ("hđ" beside "chứng thực" is "hợp đồng") is its phrase.
  let context: { words: string[]; concept?: string }[] | undefined;
  const readInContext = (w: string) => (context ??= index.lexicon.segment(typed)).some((u) => u.concept !== undefined && u.words.includes(w));
  return typed.flatMap((w, i) => {
    if (!maybeInitials(w) || FILLER.has(w) || slipOfNeighbour(index, w, typed[i - 1], typed[i + 1]) || readInContext(w)) return [w];
    // The words typed next and before, when words of the names, tell which phrase the initials stand for; filler next
    // ("giấy ks ở đâu": "ở") follows any phrase and tells nothing.
    const word = (x: string | undefined) => (x !== undefined && index.postings.has(x) ? x : undefined);
    const said = (x: string | undefined) => (FILLER.has(x ?? '') ? undefined : word(x));
    const prev = word(typed[i - 1]);
    // The two words next, where both are: "ct chữ ký" is not "ct chủ trương", "hđ thuê nhà" not "hiệp định thuế". A
    // filler's spelling next counts as the first of a pair the names hold ("chu ki": folded, "chữ" is "chú").
    let [next, then] = [said(typed[i + 1]), word(typed[i + 2])];
    if (next === undefined && then !== undefined && !FILLER.has(then) && (index.follow.get(typed[i + 1] as string)?.get(then) ?? 0) >= MIN_PAIRS) next = typed[i + 1];
    if (next === undefined) then = undefined;
    // The query's other words of the names, not filler: the topic the initials abbreviate a phrase of.
    const told = typed.filter((x, k) => k !== i && x.length > 2 && !FILLER.has(x) && index.postings.has(x));
    const key = `${prev} ${w} ${next} ${then} ${told.join(' ')}`;
    let read = index.initials.get(key);
    if (read === undefined) {
      // Bounded: a kiosk runs for months, and every stray string typed would otherwise stay here.
      if (index.initials.size >= 1_000) index.initials.clear();
      index.initials.set(key, (read = initialsRead(index, w, then === undefined ? next : [next as string, then], prev, told)));
    }
    return read ?? [w];
  });
}

/**
 * A slip is not initials: a word one edit from a word that goes with the word beside it in the names ("xca nhan" for
 * "xac nhan", "khai snh" for "khai sinh") is left for correctByNeighbours to read. Initials hold no vowel; one without
 * its vowel is a slip only where a letter is missing from it ("mst" is no "mất").
 */
function slipOfNeighbour(index: SearchIndex, w: string, before = '', after = ''): boolean {
  const vowel = /[aeiouy]/.test(w);
  const near = [...(index.follow.get(before)?.keys() ?? []), ...(index.precede.get(after)?.keys() ?? [])];
  return (
    w.length > 2 &&
    near.some((t) => t[0] === w[0] && (vowel || t.length > w.length) && withinEdits(w, t, 1) && (index.follow.get(before)?.get(t) ?? 0) + (index.follow.get(t)?.get(after) ?? 0) >= MIN_PAIRS)
  );
}

/**
 * A word the names hold, or start with ("ng" on the way to "người"), is read as typed; so is one the
 * lexicon has a phrase for, or a Telex spelling of a known word. The dossier's text may hold the short
 * form itself ("ĐK"): that does not make it a word people mean literally.
 */
function initialsRead(index: SearchIndex, w: string, next: string | readonly string[] | undefined, prev: string | undefined, told: readonly string[] = []): string[] | null {
  if (index.docs.some((d) => d.name.includes(` ${w}`))) return null;
  if (index.lexicon.segment([w])[0]?.concept || telexCandidates(w).some((t) => index.postings.has(t))) return null;
  return expandInitials(w, index.docs, next, prev, told) ?? null;
}

function completeLastWord(index: SearchIndex, typed: string[]): void {
  const last = typed.at(-1) as string;
  const next = index.follow.get(typed.at(-2) as string);
  // A word of three letters or more is taken as typed; so is a shorter one that does follow ("xe", "do").
  if (!next || (last.length > 2 && index.postings.has(last)) || next.has(last)) return;
  let best = '';
  let bestN = 0;
  for (const [w, n] of next) if (n > bestN && w.startsWith(last) && index.postings.has(w)) [best, bestN] = [w, n];
  // None does: the word may be finished, said as a region says it ("tro cap thai xan").
  for (const w of best ? [] : dialectSpellings(last)) if ((next.get(w) ?? 0) > Math.max(bestN, MIN_PAIRS - 1)) [best, bestN] = [w, next.get(w) as number];
  if (best) typed[typed.length - 1] = best;
}

/**
 * A word found nowhere, one letter off a word that goes with the word before or after it in the names and the
 * lexicon's phrases, is read as that word: "chug thuc" is "chung thuc", "ngan hag" is "ngan hang". Done before
 * the lexicon reads the query, so the phrase the typo broke is recognised; the neighbour makes one edit on a
 * short word trustworthy where the word alone (candidates: none below four letters) is not.
 */
function correctByNeighbours(index: SearchIndex, typed: string[], stillTyping: boolean): void {
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i] as string;
    // The word being typed is a prefix, not a typo.
    if ((stillTyping && i === typed.length - 1) || w.length < 3 || w.length > 12 || /\d/.test(w)) continue;
    // A syllable the catalogue lacks is a word of its own ("quen", "cụt"), not a slip of the finger.
    if (isSyllable(w) || index.postings.has(w) || index.said.has(w) || index.vocab[lowerBound(index.vocab, w)]?.startsWith(w)) continue;
    const before = index.follow.get(typed[i - 1] as string);
    const after = typed[i + 1] as string;
    // Telex keys left in ("hooj chieu"): the syllable meant where it goes with a neighbour, so the phrase is read;
    // else it is left to candidates. Slips rarely hit a word's first letter; "atm" is not "tam".
    const telex = telexCandidates(w).filter((t) => index.postings.has(t));
    const meant = telex.length ? telex : [...new Set([...(before?.keys() ?? []), ...(index.precede.get(after)?.keys() ?? [])])].filter((t) => t[0] === w[0] && withinEdits(w, t, 1));
    let best = '';
    let bestN = 0;
    for (const t of meant) {
      const n = (before?.get(t) ?? 0) + (index.follow.get(t)?.get(after) ?? 0);
      if (n > bestN) [best, bestN] = [t, n];
    }
    if (best) typed[i] = best;
  }
}

/**
 * A phrase of several lexicon entries ("thue dat": renting land, the land tax), typed with marks ("thuê đất"): the
 * marks say which was meant. Each entry leans by how many of its procedures' names write all the words as typed,
 * less those writing them, but not all as typed ("thuế sử dụng đất"); entries leaning less than half the most are
 * dropped. When no entry leans so, the words each name holds are what it must write as typed: a lease whose name lacks
 * "nông nghiệp" still writes "thuê". With no name writing the words as typed ("sổ đỏ" is "Giấy chứng nhận"), every entry stays.
 */
function conceptsAsTyped(index: SearchIndex, concept: string, said: readonly string[], marks: ReadonlyMap<string, string>): string {
  const typed = said.filter((w) => marks.has(w));
  if (!typed.length) return concept;
  const writes = (id: number, keys: readonly string[]) => keys.some((k) => index.writings.get(k)?.has(id));
  const lean = (c: string, held: boolean) => {
    let n = 0;
    for (const id of index.postings.get(c)?.keys() ?? []) {
      const holds = typed.filter((w) => writes(id, index.spellings.get(w) ?? []));
      if (holds.length) n += (held ? holds : typed).every((w) => writes(id, [marks.get(w) as string])) ? 1 : -1;
    }
    return n;
  };
  const ids = concept.split('|');
  let leans = ids.map((c) => lean(c, false));
  if (Math.max(...leans) <= 0) leans = ids.map((c) => lean(c, true));
  const most = Math.max(...leans);
  return most > 0 ? ids.filter((_, i) => (leans[i] as number) * 2 > most).join('|') : concept;
}

/**
 * Words of a query read, the rest dropped. An elderly citizen tells the story first and names the paper last ("ông bà
 * tôi ở trên mảnh đất này từ năm 1975 đến giờ đã lâu lắm rồi, nay bị mất sổ đỏ"): at 16 words the paper
 * was cut off. Filler words are most of such a sentence and cost little. The kiosk's box takes 200 characters, some
 * 45 words: at 32, "… vợ tôi mất sớm, nay tôi ở với thằng con út, nó bảo tôi phải làm cái căn cước mới" lost the card.
 */
const MAX_WORDS = 48;

/**
 * "Để" (in order to) at `j`, telling why; not "làm sao / thế nào / gì để", which asks, nor a thing left (leftAside), nor
 * "muốn để" (to let: "tui muốn để con dâu nó lãnh thay"), whose act is what is asked.
 */
const inOrderTo = (units: readonly Unit[], j: number) =>
  units[j]?.filler && units[j]?.words[0] === 'de' && !leftAside(units[j + 1]?.words[0], units[j + 2]?.words[0]) && !/^(sao|nao|gi|muon)$/.test(units[j - 1]?.words[0] ?? '');

/**
 * Where the story told before the request ends: the last "muốn", "xin" or "cần" (read as filler, so not "căn") that
 * something meaningful follows. "Tôi vay ngân hàng đã trả hết nợ rồi, giờ muốn xóa thế chấp": what comes before tells
 * why, what follows asks. The old ask as often with a question as with a request word: "giờ làm sao cho nó vào hộ
 * khẩu", "làm thế nào để…", "giúp tôi…": what follows it asks too. A question closing the sentence ("… thì làm sao
 * ạ") asks about what came before it, so an earlier request word still ends the story. 0 when there is no such word.
 */
function storyEnd(units: readonly Unit[], clause: (i: number) => boolean, wordBefore: (i: number) => string = () => '', asksHow = false, demands: (i: number) => boolean = () => false): number {
  // A request word of the reason after "để" tells what the paper is for, not what is asked: "muốn xin phiếu lý lịch
  // tư pháp để nộp hồ sơ xin việc", "… để con đi học, cần".
  const because = units.findIndex((_, j) => inOrderTo(units, j) && units.slice(0, j).some((y) => y.filler && REQUEST_WORDS.has(y.words[0] as string)));
  for (let i = (because < 0 ? units.length : because) - 1; i > 0; i--) {
    const u = units[i] as Unit;
    const w = u.words[0] as string;
    // "Tôi có được làm giấy khai sinh cho cháu không": may I — what follows is asked, as after "muốn".
    const afterCo = units[i - 1]?.words[0] === 'co';
    const mayI = afterCo && w === 'duoc' && units.slice(i + 1).some((x) => x.filler && x.words[0] === 'khong');
    const question = u.filler && ((w === 'lam' && /^(sao|the)$/.test(units[i + 1]?.words[0] ?? '')) || w === 'giup' || mayI);
    // What someone demanded of the citizen ("phòng công chứng đòi giấy xác nhận…", "người ta bảo đi lĩnh tiền mai
    // táng") is what they now must get: it asks, as "muốn" does, and what they wanted to do before it is why.
    const demand = demands(i);
    // "Có phải…", "có cần…" ask whether, not for something.
    if (!demand && (!u.filler || !(question || REQUEST_WORDS.has(w)) || (!mayI && afterCo))) continue;
    // "…, giờ cần để hưởng lương hưu": needed for — what the paper asked before is for, not a request of its own.
    if (inOrderTo(units, i + 1)) continue;
    // "…thì cần giấy tờ gì", "cần hồ sơ gì": a question about the paperwork, not a request.
    const rest = units
      .slice(i + 1)
      .flatMap((x) => (x.filler ? [] : x.words))
      .join(' ');
    if (question && !rest) continue;
    // Nor is "phải làm sao", "cần làm gì" with nothing after it ("…, giờ muốn làm sổ đỏ thì phải làm sao ạ"): it asks
    // how, and the request is before it; nor "phải đi đâu", "cần đi đâu làm" ("…, giờ muốn làm sổ hồng cho cái nhà,
    // phải đi đâu"): it asks where. So is one closing the query before the question cut off its end (particleTail:
    // "…, thì tôi phải làm sao ạ").
    if (!rest && (/^(lam|di)$/.test(units[i + 1]?.words[0] ?? '') || (asksHow && i === units.length - 1))) continue;
    // "…, họ đòi giấy xác nhận nơi cư trú, mà hộ khẩu còn ở quê, xin giấy đó ở đâu": the paper pointed back at is the
    // last one the story named after "giấy"; what is asked starts there, and what follows it is told about it.
    if (!rest) {
      const back = pointedBack(units, i, wordBefore);
      if (back > 0) return back;
      // "…, phòng công chứng đòi giấy xác nhận tình trạng hôn nhân, tôi xin ở đâu": asking where, with nothing after
      // it, asks for what was demanded before it.
      if (demand || units.slice(0, i).some((_, j) => demands(j) && units.slice(j + 1, i).some((x) => x.concept))) continue;
    }
    return rest && !/^(giay to|to|ho so)$/.test(rest) ? i : 0;
  }
  // With no request word, "giờ" (now) turns from the story to what is asked: "ông tôi mất ở quê, cả nhà đi làm ăn xa,
  // giờ về khai tử cho ông". Not "mấy giờ" (what time); only after something said, and before something the lexicon
  // knows ("… bây giờ đã mười tuổi" is more of the story). "Nay" opening a clause turns so too ("trước tôi báo mất hộ
  // chiếu rồi, nay lại tìm thấy"); inside one, folded, it is "này" (this: "mảnh đất này").
  const turns = (i: number) => (units[i]?.words[0] === 'gio' && units[i - 1]?.words[0] !== 'may') || (units[i]?.words[0] === 'nay' && clause(i));
  // What follows it must ask something before any "để": "…, giờ cần để hưởng lương hưu" only says what for.
  const asked = (i: number) => {
    const why = units.findIndex((_, j) => j > i && inOrderTo(units, j));
    const then = units.slice(i + 1, why < 0 ? units.length : why);
    // "…, giờ làm hộ chiếu bị vướng", "nay đi làm sổ đỏ thì bị kẹt": where the trouble of the story came out, not
    // what is asked; the story's own trouble is.
    if (then.some((x, k) => !x.concept && (/^(vuong|ket)$/.test(x.words[0] as string) || (x.words[0] === 'tra' && then[k - 1]?.words[0] === 'bi')))) return false;
    return then.some((x) => x.concept);
  };
  for (let i = units.length - 2; i > 0; i--) if (units[i]?.filler && turns(i) && units.slice(0, i).some((x) => !x.filler) && asked(i)) return i;
  return 0;
}

/** "Giấy đó", "giấy ấy", "cái giấy này": a paper pointed back at. */
const THAT = /^(do|ay|nay|kia|y)$/;

/**
 * Where the request word at `i` asks for a paper the story named ("xin giấy đó", "làm cái giấy ấy ở đâu"): the unit
 * before the last concept said after "giấy", which the request then starts from; 0 when it points at none.
 */
function pointedBack(units: readonly Unit[], i: number, wordBefore: (j: number) => string): number {
  let k = i + 1;
  if (units[k]?.words[0] === 'cai') k++;
  if (units[k]?.words[0] !== 'giay' || !THAT.test(units[k + 1]?.words[0] ?? '')) return 0;
  for (let j = i - 1; j > 0; j--) if (units[j]?.concept && wordBefore(j) === 'giay') return j - 1;
  return 0;
}

/** The speaker, opening a clause of their own ("…, tôi là bà nội…", "…, nay tôi…"; not "con tôi", my child): older people say "tôi", "tui". */
const SPEAKER = /^(toi|tui)$/;

/**
 * With no request word, the last clause the speaker opens, after clauses about others: "cháu nội tôi mới sinh, bố nó
 * đi làm xa, tôi là bà nội có đi làm giấy khai sinh cho cháu được không", "bằng lái của con tôi sắp hết hạn, nó đi
 * làm xa, tôi đổi giúp được không". What the others did ("đi làm xa") is the story; the speaker's clause asks. Only
 * when both hold something the lexicon knows; 0 otherwise (the unit of the speaker's "tôi", as a request word's).
 */
function speakerClause(units: readonly Unit[], clause: (i: number) => boolean): number {
  for (let i = units.length - 2; i > 0; i--) {
    if (!clause(i) && !(clause(i - 1) && units[i - 1]?.filler && /^(gio|nay|vay)$/.test(units[i - 1]?.words[0] ?? ''))) continue;
    const u = units[i] as Unit;
    if (!u.filler || !SPEAKER.test(u.words[0] as string)) continue;
    return units.slice(0, i).some((x) => x.concept) && units.slice(i + 1).some((x) => x.concept) ? i : 0;
  }
  return 0;
}

/**
 * A request made first and a story after it, with a request of its own: "tôi muốn xin giấy xác nhận tình trạng hôn
 * nhân, ly hôn rồi giờ muốn lấy vợ mới". The sentence opens on what is asked; the later "muốn", in a clause of its own,
 * tells what the paper is for. Where that first request is (see storyEnd), or the last one when the query does not
 * open on a request or no clause parts them.
 */
function openingRequest(units: readonly Unit[], last: number, clause: (i: number) => boolean): number {
  // A later "phải", "cần" is what is required ("muốn bán nhà đất, người mua đòi phải có hợp đồng chứng thực"): asked.
  if (!/^(muon|xin)$/.test(units[last]?.words[0] ?? '')) return last;
  // "…ly hôn rồi giờ muốn…": "giờ", "nay" turn to another clause as a comma does.
  const turn = (k: number) => clause(k) || (!!units[k]?.filler && /^(gio|nay)$/.test(units[k]?.words[0] ?? ''));
  for (let j = 0; j < last; j++) {
    const u = units[j] as Unit;
    if (!u.filler) return last;
    if (!REQUEST_WORDS.has(u.words[0] as string)) continue;
    let k = j + 1;
    while (k < last && !(turn(k) && units.slice(j + 1, k).some((x) => x.concept))) k++;
    return k < last ? j : last;
  }
  return last;
}

/**
 * Whether the clause opening at `i` asks yes or no whether an act can be done ("…, giờ mất sổ bảo hiểm xã hội, cấp lại
 * được không ạ"): the act is done to what was asked, and tells no reason. Its last word before a polite "ạ", "nhé" says
 * so; a clause naming a thing of its own ("…, có phải xin phép không") is left as it was.
 */
function asksWhether(units: readonly Unit[], i: number, clause: (k: number) => boolean, act: (u: Unit) => boolean): boolean {
  let end = i + 1;
  while (end < units.length && !clause(end)) end++;
  const said = units.slice(i, end).filter((u) => !(u.filler && /^(a|nhe|nha|vay)$/.test(u.words[0] as string)));
  const last = said.at(-1);
  const concepts = said.filter((u) => u.concept);
  return !!last?.filler && /^(khong|ko|k|hong|chua)$/.test(last.words[0] as string) && concepts.length > 0 && concepts.every(act);
}

/**
 * Where each clause after the first starts, as the index of its first word in the query's words (a comma, a full stop,
 * a semicolon or a question mark ends a clause). Null when the words read are not the words typed (initials expanded).
 */
function clauseStarts(query: string, typed: readonly string[]): Set<number> | null {
  const starts = new Set<number>();
  let count = 0;
  for (const part of query.split(/[,.;!?]+/)) {
    if (count > 0) starts.add(count);
    count += words(part).length;
  }
  return count === typed.length || (count > MAX_WORDS && typed.length === MAX_WORDS) ? starts : null;
}

/** The concepts a request word ("muốn", "xin", "cần") asks for first in its clause: "cần dịch giấy khai sinh" asks a translation. */
function askedUnits(units: readonly Unit[], at: readonly number[] | null, starts: ReadonlySet<number> | null): Set<Unit> {
  const asked = new Set<Unit>();
  let open = false;
  units.forEach((u, i) => {
    if (at && starts?.has(at[i] as number)) open = false;
    if (open && u.concept) {
      asked.add(u);
      open = false;
    }
    if (u.filler && REQUEST_WORDS.has(u.words[0] as string)) open = true;
  });
  return asked;
}

/**
 * Whether some name may hold these words side by side: every neighbouring two of them follow one another in some
 * name (index.follow, read from the names). False means no name does, so the names need not be read for them.
 * Why: at each keystroke every name was read for each pair of the query's words and for each phrase, and most of a
 * story's ("mẹ tôi", "chúng tôi") are in no name: on long stories that was a third of a keystroke's time.
 */
function sideBySide(index: SearchIndex, ws: readonly string[]): boolean {
  for (let k = 0; k + 1 < ws.length; k++) {
    const [a, b] = [ws[k] as string, ws[k + 1] as string];
    if (!a.includes(' ') && !b.includes(' ') && !index.follow.get(a)?.has(b)) return false;
  }
  return true;
}

/** Each unit's place in the words typed: where its first word is, read in order. */
function placesOf(units: readonly Unit[], typed: readonly string[]): number[] {
  let at = 0;
  return units.map((u) => {
    const j = typed.indexOf(u.words[0] as string, at);
    if (j >= 0) at = j + 1;
    return j >= 0 ? j : at;
  });
}

const idfOf = (index: SearchIndex, df: number) => Math.log(1 + index.docs.length / Math.max(1, df));

export function search(index: SearchIndex, query: string, opts: SearchOptions): SearchResult {
  // A kiosk query is a few words; anything longer is pasted text, and its tail says nothing.
  const folded = foldVietnamese(query.slice(0, 200));
  if (!folded) return { hits: [], partial: false };

  if (/^\d\.\d{0,6}$/.test(folded)) {
    const hits = index.docs.filter((d) => d.summary.code.startsWith(folded)).map((d) => d.summary);
    return { hits: hits.sort((a, b) => a.code.localeCompare(b.code)).slice(0, opts.limit), partial: false };
  }

  // A trailing space or mark of punctuation means the last word is finished, and so does a polite closing typed with its
  // marks ("… ở đâu ạ": no "abtc" begun); otherwise it is still being typed.
  const lastTyped =
    query
      .slice(0, 200)
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(Boolean)
      .at(-1) ?? '';
  const lastWord = folded.slice(folded.lastIndexOf(' ') + 1);
  const atLastWord = !/[\s.,;:?!…]$/u.test(query.slice(0, 200)) && !(isMarked(lastTyped) && CLOSING_KEYS.has(markKey(lastTyped)));
  // Nor is one no word of the names starts with ("khaisinh", "sinhf"): it is finished, however it was typed.
  const stillTyping = atLastWord && !!index.vocab[lowerBound(index.vocab, lastWord)]?.startsWith(lastWord);
  // Chat shorthand read as its words (regional.ts), VNI keys left in as the syllable typed (typing.ts).
  // English named papers and errands read as the Vietnamese for them (lexicon-english.ts), before any Vietnamese reading.
  const spelt = index.lexicon.translate(folded.split(' '), atLastWord).flatMap((w) => chatShorthand(w) ?? [canonical(chatPh(unVni(w), (t) => index.postings.has(t)))]);
  const typed = readInitials(index, spelt.slice(0, MAX_WORDS))
    // Syllables typed without their spaces ("khaisinh"), read apart (regional.ts); not the word still being typed.
    // One the citizen may still be typing is split only into words the names hold side by side ("khaisinh"), not any
    // two syllables ("tỉa bonsai" is no "bón … sai").
    .flatMap((w, i, all) => (index.postings.has(w) || index.said.has(w) || (stillTyping && i === all.length - 1) ? [w] : (splitGlued(index.follow, w, !atLastWord || i < all.length - 1) ?? [w])))
    .slice(0, MAX_WORDS);
  // A word being typed after another is most likely the word that follows it in names and in how people
  // put it ("lam can c" → "căn cước", "so d" → "sổ đỏ"): read so, the phrase is recognised while typing
  // instead of the last letter pulling in whatever word is commonest.
  correctByNeighbours(index, typed, stillTyping);
  const marks = typedMarks(query.slice(0, 200));
  // Nor is a last word typed with a filler's marks ("… cấp lại được không ạ"): "ạ" is said, not the start of a word.
  const saidLast = FILLER_KEYS.has(marks.get(typed.at(-1) as string) ?? '');
  if (stillTyping && typed.length > 1 && !closesWithParticles(typed) && !saidLast) completeLastWord(index, typed);
  // A word said as a region says it, read by its neighbours (regional.ts); one typed with marks the names write is meant,
  // unless a consonant said otherwise, the marks kept, makes another they write: "tạm chú" is "tạm trú" (same length,
  // so the marks keep their places in the key).
  const unrespelled = [...typed];
  // A last word with its tone is said (voice typing gives whole words, Telex types the tone last): "đăng ký tạm chú".
  respellByNeighbours(index.follow, typed, stillTyping && !hasTone(lastTyped), (w, t) => {
    const key = marks.get(w) ?? '';
    return index.writings.has(key) && !(t.length === w.length && key.startsWith(w) && index.writings.has(t + key.slice(w.length)));
  });
  // Typed with other marks than a filler's ("giải thể", "hộ kinh doanh"), a filler word is meant.
  const meant = (w: string) => marks.has(w) && !FILLER_KEYS.has(marks.get(w) as string);
  // A phrase people say typed with other marks than the lexicon writes it ("cuối" for "cưới", "sơ đồ" for "sổ đỏ",
  // "cho có cần" for "chó cắn") is other words, read as such: "tặng cho | có cần".
  const placed = marksByPlace(query.slice(0, 200), typed);
  // A word respelled with its marks kept ("tạm chú" read "tạm trú") is at its place the word it was read as, marks and
  // all: as typed, "chú" is not how the lexicon writes "tạm trú", and the phrase was read as other words.
  if (placed)
    unrespelled.forEach((w, i) => {
      const t = typed[i] as string;
      const key = placed[i];
      if (t !== w && t.length === w.length && key?.startsWith(w)) placed[i] = t + key.slice(w.length);
    });
  // Where each clause starts; a phrase is said within one: "bố nó bỏ đi không nhận, mẹ nó đi làm xa" holds no "nhận mẹ".
  const starts = clauseStarts(query.slice(0, 200), typed);
  const fits = (said: readonly string[], at: number, span: number) => {
    for (let k = at + 1; k < at + span; k++) if (starts?.has(k)) return false;
    // As the lexicon writes it, or failing that as the names do.
    const writings = index.lexicon.writtenAs(said.join(' ')) ?? index.named.get(said.join(' '));
    if (!writings) return true;
    // Each word of the phrase at its place in the query: small words may sit between them.
    let k = at;
    const keys = said.map((w) => {
      while (k < at + span - 1 && typed[k] !== w) k++;
      return placed ? placed[k++] : marks.get(w);
    });
    // Slow fingers leave tones out: two words of a phrase typed so ("bảo hiêm y tê") are the phrase written with them,
    // one alone may be another word ("con dâu" is no "con dấu"). A hat or a horn left out, the tone right, where no
    // name nor the lexicon writes the word so ("bảo hiẻm y tế", "thùa kế"), is a slip beside the phrase's other words;
    // a tone changed, or a mark added, may be another word ("đòi" is not "đổi", "để" not "đẻ").
    return writings.some((written) => {
      let dropped = 0;
      let slips = 0;
      const xs = written.split(' ');
      const slip = (k: string, x: string) => k.length < x.length && TONE_END.exec(k)?.[0] === TONE_END.exec(x)?.[0] && !index.writings.has(k) && !index.saidWritten.has(k);
      const ok = xs.every((x, j) => (keys[j] ?? x) === x || (keys[j] === x.slice(0, -1) ? ++dropped : slip(keys[j] as string, x) && ++slips));
      return ok && dropped !== 1 && slips < xs.length;
    });
  };
  const pieces = index.lexicon.segment(typed, fits).flatMap(({ words: said, concept }, i, all): { words: string[]; concept?: string; demand?: boolean }[] => {
    const [w, ...more] = said;
    // "Mất bao lâu", "mất mấy ngày", "mất bao nhiêu tiền" ask what it takes: no loss, no reissue, no word to find. So do
    // "không mất tiền", "mất phí" and an amount told ("mất cả triệu bạc", "mất 2 tuần").
    // Not the years since a death told ("ông nhà tôi mất hai năm rồi").
    if (w === 'mat' && !more.length && costs(all[i + 1]?.words[0], all[i + 2]?.words[0], diedAfter(all, i))) return [];
    // "Chồng tôi mất", "bà cả mất rồi": said right after a person, "mất" is a death, even with a paper elsewhere in the
    // query (read then as a loss, a reissue): the story of why, not a paper to make again.
    if (w === 'mat' && concept && diedAfter(all, i) && index.lexicon.meansOf(concept).every((m) => variantsIn(` ${m} `))) return [{ words: said }];
    // A place the story happens in (lexicon-places.ts, meaning nothing): told, not asked, whatever its syllables say.
    // Who demanded a paper ("công ty yêu cầu", "phòng công chứng đòi") means nothing either, but the demand stays.
    if (concept && !index.lexicon.meansOf(concept).length) return DEMANDS.test(` ${said.join(' ')} `) ? [{ words: ['doi'], demand: true }] : [];
    // A catalogue word typed with marks no name writes it with ("đòi" is not "đổi"): another word, not the concept.
    const key = marks.get(w as string);
    if (!more.length && key && !index.writings.has(key) && concept && index.lexicon.meansOf(concept).some((m) => ` ${m} `.includes(` ${w} `))) concept = undefined;
    return [{ words: said, ...(concept ? { concept } : {}) }];
  });
  const units: Unit[] = pieces.map(({ words: [w, ...more], concept, demand }, i, all) => {
    if (demand) return { words: ['doi'], filler: true, typing: false, silent: true, demand };
    return {
      words: [w as string, ...more],
      ...(concept ? { concept } : {}),
      // Filler, and bare numbers ("lần 2", "(1)"): weak evidence of what is asked for.
      filler:
        !concept &&
        !more.length &&
        ((FILLER.has(w as string) && !meant(w as string)) || POLITE_KEYS.has(marks.get(w as string) ?? '') || /^\d+$/.test(w as string) || kinSide(all[i - 1]?.words.at(-1), w as string)),
      typing: stillTyping && i === all.length - 1 && !concept,
    };
  });
  const unitPlaces = placed ? placesOf(units, typed) : [];
  const tellers = tellersOf(units, (i) => placed?.[unitPlaces[i] as number]);
  units.forEach((u, i) => {
    const key = TELLS.get(wordAt(units, i));
    if (key && placed?.[unitPlaces[i] as number] === key) u.demand = true;
  });
  // "… ở mô", "… được hông ta": the question closing the query, however the region puts it (regional.ts), asks nothing
  // to be found; its last word is a word said, not the start of one being typed ("mô" is not "một").
  const spoken = units.length;
  units.splice(particleTail(units, (w) => marks.get(w)));
  const asksHow = units.length < spoken;
  spokenNumbers(units);
  partitives(units);
  const correctedPlaces = placed ? placesOf(units, typed) : [];
  selfCorrections(units, (i) => placed?.[correctedPlaces[i] as number]);
  // A concept or a word asked for twice ("mất … làm lại", "cháy, cháy luôn cả sổ") is asked for once: where a request
  // word asks it first ("cần dịch giấy khai sinh sang tiếng Anh có công chứng": the translation, and the paper after it
  // is what is translated), else at its last mention (the story names it first, the request after).
  const askedHere = askedUnits(units, starts ? placesOf(units, typed) : null, starts);
  const seen = new Map<string, Unit>();
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    const key = u.concept ? index.lexicon.meansOf(u.concept).join() : u.typing ? undefined : u.words[0];
    if (key === undefined) continue;
    const later = seen.get(key);
    // A filler word said again stays where it was said, counted once: "…, người ta bảo phải có trích lục khai tử, tôi
    // phải làm gì" asks with its first "phải", and the story's reading (storyEnd) looks for it there.
    if (u.filler && later?.filler) {
      u.silent = true;
      continue;
    }
    if (!later || (u.concept && askedHere.has(u))) seen.set(key, u);
    if (later) units.splice(units.indexOf(seen.get(key) === u ? later : u), 1);
  }
  for (const u of units) if (u.concept?.includes('|')) u.concept = conceptsAsTyped(index, u.concept, u.words, marks);
  // A query of filler words only ("thủ tục") means them.
  if (units.every((u) => u.filler)) for (const u of units) u.filler = false;

  const n = index.docs.length;
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  let ideal = 0;
  let meaningful = 0;
  const memo = new Map<string, Map<string, number>>();
  const candidatesOf = (w: string, typing: boolean) => {
    const key = `${typing ? 1 : 0}${w}`;
    let c = memo.get(key);
    if (!c) memo.set(key, (c = candidates(index, w, typing)));
    return c;
  };
  const wordScores = (w: string, typing: boolean): Map<number, number> => {
    const out = new Map<number, number>();
    // A rarer word the typed one only starts ("tu" → "tuat") must not outweigh the word itself.
    const exact = index.postings.get(w);
    const cap = exact ? idfOf(index, exact.size) : Infinity;
    for (const [t, trust] of candidatesOf(w, typing)) {
      const post = index.postings.get(t);
      if (!post) continue;
      const worth = trust * Math.min(cap, idfOf(index, post.size));
      for (const [id, fw] of post) {
        const v = worth * fw;
        if (v > (out.get(id) ?? 0)) out.set(id, v);
      }
    }
    return out;
  };

  // What follows "để" (in order to) once something has been asked is the reason, not the procedure: "chứng thực bản
  // sao sổ đỏ để nộp ngân hàng", "thuê đất để làm trang trại". It counts, for less.
  let asking = false;
  let reason = false;
  let storyReason = false;
  /** Where the last "để" opened a reason (a unit index), -1 before any. */
  let reasonAt = -1;
  // The papers named after a certification ("chứng thực bản sao căn cước, giấy khai sinh", "… sổ đỏ") are what is
  // certified, not what is asked for: the certification is. They count as a reason does.
  let certifying = false;
  // …and those named after a copy's certification ("chứng thực bản sao sổ đỏ") are only the originals to be copied: a
  // transaction's certification naming the same land is not asked for (COPIED).
  let copying = false;
  // Asked first, then a clause of its own after a comma: "tôi muốn nhập hộ khẩu cho cháu, bố mẹ cháu đi làm ở nước
  // ngoài" tells why, as a clause after "vì" does. Only after a request word and something asked after it: without
  // one ("bà chị tôi mới mất, con cái ở xa, tôi đi khai tử thay") the last clause may be the request.
  const places = starts ? placesOf(units, typed) : [];
  const clauseAt = (i: number) => !!starts?.has(places[i] as number);
  // The word typed just before a unit, though a repeat of it was dropped ("giấy xác nhận …, xin giấy đó").
  const wordBefore = (i: number) => (places.length ? (typed[(places[i] as number) - 1] ?? '') : '');
  // A verb of demand or telling, typed with its marks ("đòi", "bảo", "bắt", "kêu"), with something the lexicon knows
  // after it in its clause: what the citizen was told to get.
  const demands = (i: number) => {
    if (!units[i]?.demand) return false;
    for (let k = i + 1; k < units.length && !clauseAt(k); k++) if (units[k]?.concept) return true;
    return false;
  };
  const request = openingRequest(units, storyEnd(units, clauseAt, wordBefore, asksHow, demands) || speakerClause(units, clauseAt), clauseAt);
  // A long sentence with no request word ("ông nhà tôi nằm viện ba tháng rồi mất ở bệnh viện tỉnh, giấy báo tử bệnh
  // viện cho rồi, giờ về xã làm gì nữa ạ") is a story with the question left implied: what the lexicon recognises in it
  // is what is asked about; its plain words (the hospital, the province) are told, and weigh as a story's do.
  const untold = request === 0 && units.length >= LONG_STORY && units.some((u) => u.concept);
  // The procedures whose name or papers hold the request's things (not its acts: "đổi", "làm lại"): a story's concept
  // sharing none of them ("sắp lấy vợ" before "cho con mảnh đất", "không có lương hưu" before "đóng bảo hiểm tự
  // nguyện") is why the citizen came, not what they ask; one sharing some ("nuôi tôm, cần giấy tờ gì") is the topic.
  const requested = new Set<number>();
  // The procedures whose name or papers hold a concept, into `ids`; whether any of `ids` holds it above `floor`.
  const nameOf = (c: string, ids: Set<number>) => {
    for (const [id, w] of conceptPostings(index, c) ?? []) if (w > W_FIELD) ids.add(id);
  };
  const namedIn = (c: string, ids: ReadonlySet<number>, floor = 0) => [...(conceptPostings(index, c) ?? [])].some(([id, w]) => w > floor && ids.has(id));
  const partSumOf = (u: Unit) => u.words.map((w) => idfOf(index, index.postings.get(w)?.size ?? n)).reduce((a, b) => a + b, 0) || 1;
  // The lexicon recognised what the citizen asks for: it counts more than any single word.
  const conceptWeight = (u: Unit) => CONCEPT_BOOST * Math.max(idfOf(index, conceptPostings(index, u.concept as string)?.size ?? Infinity), partSumOf(u) / u.words.length);
  // A story's concept apart from the request counts for no more than the request's own: a rare one ("đi làm ăn xa",
  // few procedures) must not outweigh a common one asked for ("nhập lại hộ khẩu").
  let askedWeight = 0;
  for (const u of units.slice(request + 1))
    if (u.concept && !index.lexicon.meansOf(u.concept).every((m) => variantsIn(` ${m} `))) {
      nameOf(u.concept, requested);
      askedWeight = Math.max(askedWeight, conceptWeight(u));
    }
  // A request naming only an act ("…, nay cái chứng minh cũng không còn, tôi muốn hỏi làm lại thế nào") does it to a
  // paper of the story: a story's concept none of whose procedures does that act ("đi bộ đội", "đi làm xa") is why,
  // and counts for no more than the story's papers that can be so done.
  const offAct = new Set<Unit>();
  let acts = 0;
  if (!requested.size && request > 0) for (const u of units.slice(request + 1)) if (u.concept) for (const m of index.lexicon.meansOf(u.concept)) acts |= variantsIn(` ${m} `) & ACTS;
  if (acts) {
    const story = units.slice(0, request).filter((u) => u.concept);
    const doable = (u: Unit) => [...(conceptPostings(index, u.concept as string) ?? [])].some(([id, w]) => w > W_FIELD && (index.docs[id] as Doc).variants & acts);
    for (const u of story) if (doable(u)) askedWeight = Math.max(askedWeight, conceptWeight(u));
    if (askedWeight > 0) for (const u of story) if (!doable(u)) offAct.add(u);
  }
  // "Xin phép" asks leave, as "xin" asks: what follows says what for ("xin phép chuyển đất vườn lên thổ cư" is the
  // change of use, not a name with "cho phép" in it), unless it is a permit ("xin phép khai thác cát"). Up to "để":
  // what follows it is why ("… để làm nhà" asks for no building permit).
  for (const [i, u] of units.entries()) {
    if (u.words[0] !== 'phep' || u.concept || units[i - 1]?.words.join(' ') !== 'xin') continue;
    const end = units.findIndex((x, j) => j > i && x.filler && x.words[0] === 'de');
    const what = units.slice(i + 1, end < 0 ? units.length : end).filter((x) => x.concept);
    const permit = what.some((x) => [...(conceptPostings(index, x.concept as string)?.keys() ?? [])].some((id) => (index.docs[id] as Doc).name.includes(' giay phep ')));
    if (what.length && !permit) u.filler = true;
  }
  let askedConcept = false;
  // "Khi" (when) after something said tells the circumstance, as "vì" does, until its clause ends or the request
  // starts: "tôi bị mất sổ đỏ khi chuyển nhà, xin cấp lại" asks for no move.
  let when = false;
  // Whether the citizen asks, in the request's own words, for the procedure done abroad: not in the story before it,
  // not in a reason after it ("…, tôi đi nước ngoài về bằng cũ hết hạn rồi").
  let abroad = false;
  // The units telling why something is asked (a reason, a circumstance): "làm giấy khai sinh cho cháu, bố mẹ cháu
  // đi làm ở Hàn Quốc" asks for no foreign party's birth record.
  const why = new Set<number>();
  // The procedures named by what was asked so far, and, once "cho" follows it, those the person it is for may share:
  // what is said of that person ("nhập hộ khẩu cho con dâu mới cưới", "… cho cháu mới sinh") tells who they are, not
  // what is asked, unless it names a procedure of the request ("xin trợ cấp cho bố là thương binh").
  const askedSoFar = new Set<number>();
  let forWhom: Set<number> | null = null;
  for (const [i, u] of units.entries()) {
    const clause = clauseAt(i);
    const then = u.filler && u.words[0] === 'thi' && (marks.get('thi') ?? THEN) === THEN;
    // What is said of the person ends with their clause, and at "thì": "làm giấy ủy quyền cho con trai lĩnh thay thì
    // chứng thực chữ ký ở đâu" asks, after "thì", how the first is done; the certification says nothing of the son.
    if (clause || then) forWhom = null;
    // A person ("cho con dâu", "cho cháu"), not a group the lexicon knows ("cho thân nhân liệt sĩ", "cho hộ nghèo").
    if (i > request && u.filler && u.words[0] === 'cho' && askedSoFar.size && !units[i + 1]?.concept) forWhom = new Set(askedSoFar);
    // …but not one opened by "thì": "muốn chia đất cho ba đứa con, thì tách thửa thế nào" asks, after the comma, how
    // to do what the first clause wants; the comma only marks the pause before "thì".
    const act = (x: Unit) => index.lexicon.meansOf(x.concept as string).every((m) => variantsIn(` ${m} `) & ACTS);
    if (askedConcept && request > 0 && clause && !then && !asksWhether(units, i, clauseAt, act)) reason = true;
    // A "để" said in a story that has named nothing yet ("cháu về ở nhà tôi hai tháng để thăm bà con, tôi có phải khai
    // báo tạm trú không") tells why the story happened: its clause ends the reason, and the next may ask.
    else if (clause && storyReason) reason = storyReason = false;
    // …and so does a request word in a clause after it ("… về ở với ông bà để đi học, tôi muốn nhập hộ khẩu cho cháu"),
    // not one inside it ("dịch bằng để nộp hồ sơ xin việc ở nước ngoài").
    if (i === request && reasonAt >= 0 && [...(starts ?? [])].some((s) => s > (places[reasonAt] as number) && s <= (places[i] as number))) reason = false;
    if (clause || i === request) when = false;
    if (asking && u.filler && u.words[0] === 'khi') when = true;
    if (i > request && u.concept) askedConcept = true;
    // "Làm sao để…", "làm thế nào để…": what follows the question is what is asked, not a reason.
    if (asking && !meant('de') && inOrderTo(units, i)) {
      storyReason = !reason && !units.slice(0, i).some((x) => x.concept);
      reason = true;
      reasonAt = i;
    }
    // "Phải đăng ký tàu thì mới được ra khơi": what "thì mới được" (only then may one) leads to is why the act before it
    // is asked, as what follows "để" is; so is what "rồi mới" (and only after) does ("nộp trước bạ rồi mới đăng ký xe").
    const after = (w: string, k: number) => units[i - k]?.filler && units[i - k]?.words[0] === w;
    if (asking && u.filler && ((u.words[0] === 'duoc' && after('moi', 1) && units[i - 2]?.words[0] === 'thi') || (u.words[0] === 'moi' && after('roi', 1)))) reason = true;
    // Asked first, the story after "vì" (because): "làm sổ đỏ cho mảnh vườn, vì ông bà để lại…" is why.
    if (asking && i >= request && u.words[0] === 'vi' && marks.get('vi') === BECAUSE) reason = true;
    const apart = i < request && !!u.concept && ((requested.size > 0 && !namedIn(u.concept, requested)) || offAct.has(u));
    // "Bên bảo hiểm xã hội", "bên công an": the office on whose side it is done, once something is asked — where, not
    // what ("nhận tiền mai táng phí bên bảo hiểm xã hội" asks for the survivors' allowance, not any insurance
    // procedure). It counts for half a reason: it still tells the field.
    // An office gone to ("lên công an xã", "với công an") is read as where in lexicon-places.ts; so is here the office
    // that issues it ("phải được công an cấp giấy"), not its level ("công an cấp tỉnh").
    const issues =
      !!u.concept &&
      units[i + 1]?.words.join(' ') === 'cap' &&
      !/^(tinh|huyen|xa|phuong|bo|trung|quan)$/.test(units[i + 2]?.words[0] ?? '') &&
      index.lexicon.meansOf(u.concept).every((m) => OFFICES.has(m));
    const office = (asking && !!u.concept && (units[i - 1]?.words.join(' ') === 'ben' || issues)) || tellers.has(u);
    // "Cho con dâu mới cưới", "cho cháu mới sinh": what just happened to the person the request is for says who they
    // are, even before anything is asked ("phải làm sao để nhập khẩu cho con dâu mới cưới về nhà chồng").
    const newly = !!u.concept && justHappenedTo(units, i);
    const abroadAt = !!u.concept && wentTo(units, i) && index.lexicon.meansOf(u.concept).some((m) => variantsIn(` ${m} `) & FOREIGN);
    // A paper to bring, once something is asked ("… cần mang theo cmnd"), says what the counter checks, not what is asked.
    const brought = i > request && !!u.concept && broughtAlong(units, i) && units.slice(0, i).some((x) => x.concept);
    // A paper said to be right ("sổ hưu với căn cước lại đúng") is what another is put right against, once a paper
    // was said before it: told, not asked.
    const right = !!u.concept && saidRight(units, i, clauseAt, (w) => marks.get(w)) && units.slice(0, i).some((x) => x.concept);
    // "Nhận cha cho con, chưa đăng ký kết hôn": what was not done, told after something asked, is the situation.
    const notDone = i > request && !!u.concept && units.slice(request, i).some((x) => x.concept) && /^(chua|khong)$/.test(wordAt(units, i - 1)) && !clauseAt(i);
    const described = right || notDone || (!!forWhom && !!u.concept && !namedIn(u.concept, forWhom, W_FIELD)) || office || newly || abroadAt || brought;
    if (i > request && u.concept && !forWhom) nameOf(u.concept, askedSoFar);
    const story = (i < request || untold) && !u.concept && !u.filler;
    const certified = certifying && !!u.concept;
    if (reason || when || described) why.add(i);
    if (i >= request && !reason && !when && !apart && !described && asksAbroad(` ${[...u.words, ...(u.concept ? index.lexicon.meansOf(u.concept) : [])].join(' ')} `)) abroad = true;
    if (u.concept && index.lexicon.meansOf(u.concept).some((m) => m.startsWith('chung thuc'))) certifying = true;
    if (u.concept && certifying && ` ${u.words.join(' ')} `.includes(' ban sao ')) copying = true;
    if (!u.filler) asking = true;
    if (u.silent) continue;
    let scores: Map<number, number>;
    let weight: number;
    if (u.concept) {
      // The concept, or failing that its own words (a name may say it in a way the lexicon lacks).
      const post = conceptPostings(index, u.concept);
      const partSum = partSumOf(u);
      weight = conceptWeight(u);
      // A procedure holding the phrase's words but not the concept is worth what those words are worth: a
      // contextual reading of common words ("đăng ký" said of shrimp farming) must not lend its rare concept's
      // weight to every name with "đăng ký" in it. Never less than half the concept, so a name that says it
      // its own way is still found.
      const wordsWorth = Math.min(weight, Math.max(CONCEPT_BOOST * (partSum / u.words.length), LITERAL_FLOOR * weight));
      const found = new Map<number, number>();
      // Share of the phrase's words found, one by one.
      for (const w of u.words) for (const [id, v] of wordScores(w, false)) found.set(id, (found.get(id) ?? 0) + v);
      scores = new Map();
      const phrase = ` ${u.words.join(' ')} `;
      // Only a phrase whose words some name holds side by side is looked for in each name (see sideBySide).
      const inSomeName = u.words.length > 1 && sideBySide(index, u.words);
      for (const [id, v] of found) {
        const share = Math.min(1, v / partSum);
        // The phrase itself, side by side in the name, counts in full; its words apart, a share.
        const whole = inSomeName && (index.docs[id] as Doc).name.includes(phrase);
        scores.set(id, (whole ? 1 : SCATTERED) * share * wordsWorth);
      }
      if (post) for (const [id, fw] of post) scores.set(id, Math.max(scores.get(id) ?? 0, fw * weight));
    } else {
      const w = u.words[0] as string;
      scores = wordScores(w, u.typing);
      // Typed with its marks, the word is that word: a name holding another word that folds alike ("dầu" for
      // "dâu", "thuế" for "thuê") holds it only by accident. Not while the word is still being typed.
      const key = u.typing ? undefined : marks.get(w);
      if (key !== undefined) {
        // From the names writing it otherwise (few, for most words: this runs at every keystroke), those not also writing it as typed.
        const written = index.writings.get(key);
        const lowered = new Set<number>();
        for (const other of index.spellings.get(w) ?? [])
          if (other !== key)
            for (const id of index.writings.get(other) ?? []) {
              const v = scores.get(id);
              if (v !== undefined && !written?.has(id) && !lowered.has(id)) {
                lowered.add(id);
                scores.set(id, v * OTHER_WORD);
              }
            }
      }
      const exact = index.postings.get(w);
      let top = 0;
      for (const v of scores.values()) if (v > top) top = v;
      // A word found nowhere still counts: what it asks for is missing from every procedure.
      weight = exact ? idfOf(index, exact.size) : top || UNKNOWN_WORD_WEIGHT;
    }
    // What the unit is worth in this query: a filler word, a reason or a certified paper, a word of the story.
    const share =
      (u.filler ? (i < request ? STORY_FILLER_WEIGHT : FILLER_WEIGHT) : reason || when || certified || apart || described ? REASON_WEIGHT : story ? STORY_WEIGHT : 1) *
      (apart ? Math.min(1, askedWeight / weight) : 1) *
      (certified && copying ? COPIED : 1) *
      (office || abroadAt ? REASON_WEIGHT : 1);
    if (share < 1) {
      weight *= share;
      for (const [id, v] of scores) scores.set(id, v * share);
    }
    ideal += weight;
    if (!u.filler) meaningful++;
    for (const [id, v] of scores) {
      total[id] = (total[id] as number) + Math.min(v, weight);
      if (!u.filler && v > 0.35 * weight) matched[id] = (matched[id] as number) + 1;
    }
  }
  if (ideal <= 0) return { hits: [], partial: false };

  // Words typed side by side and found side by side in the name: "khai sinh", not "khai … sinh".
  // The story's words side by side ("tôi đăng ký hộ kinh doanh bán phở, giờ muốn tạm nghỉ") name what was done before,
  // or the paper ("bằng lái xe máy … giờ muốn đổi"): worth half of those asked for.
  const literal = units.flatMap((u) => (u.filler ? [''] : u.words));
  const told = units.slice(0, request).flatMap((u) => u.words).length;
  // In a long story with no request word, its plain words side by side are told too.
  const plain = untold ? units.flatMap((u) => (u.filler ? [false] : u.words.map(() => !u.concept))) : [];
  const lastTyping = units.at(-1)?.typing ?? false;
  let lastPair = -1;
  for (let i = 0; i + 1 < literal.length; i++) if (literal[i] && literal[i + 1]) lastPair = i;
  // Each pair followed by a space (a whole word), but a last word still being typed may go on.
  const pairsIn: string[] = [];
  const paired: number[] = [];
  for (let i = 0; i <= lastPair; i++) {
    const [a, b] = [literal[i] as string, literal[i + 1] as string];
    const open = i === lastPair && lastTyping;
    if (!a || !b || (!open && !sideBySide(index, [a, b]))) continue;
    pairsIn.push(open ? ` ${a} ${b}` : ` ${a} ${b} `);
    paired.push(i < told || plain[i] || plain[i + 1] ? 0.03 : 0.06);
  }
  const pairsShare = Math.min(1, PAIRS_WEIGHT / ideal);
  // What the query asks to be done, in its own words and in the catalogue's words of its concepts.
  const said = ` ${literal.join(' ')} `;
  let asked = variantsIn(said.replace(/(?<! thay| chuyen| sua) doi /, ' cap doi ')) | (abroad ? ABROAD : 0);
  let audience = audiencesIn(said);
  const forces = forcesIn(said);
  // A citizen naming the central level or a ministry ("ở bộ", "cấp trung ương") asks for its procedure, wherever the kiosk.
  const central = CENTRAL.test(` ${typed.join(' ')} `);
  // The kinds named, not those of the reason or circumstance ("thuê ruộng để nuôi tôm" asks for no fish's procedure).
  const kindWords = units.flatMap((u, i) => (u.filler || why.has(i) ? [''] : u.words));
  let kinds = kindsIn(kindText(kindWords.map((word) => ({ word, key: marks.get(word) }))));
  for (const [i, u] of units.entries())
    if (u.concept)
      for (const m of index.lexicon.meansOf(u.concept)) {
        asked |= variantsIn(` ${m} `) & (why.has(i) ? ~FOREIGN : ~0);
        audience |= audiencesIn(` ${m} `);
        if (!why.has(i)) kinds |= kindsIn(` ${m} `);
      }

  const pool: { id: number; here: number; r: number }[] = [];
  let complete = false;
  for (let id = 0; id < n; id++) {
    const t = total[id] as number;
    if (t <= 0) continue;
    const cover = t / ideal;
    // Listed only for a meaningful word or concept found, not for filler alone.
    if (cover < 0.12 || (meaningful > 0 && matched[id] === 0)) continue;
    const d = index.docs[id] as Doc;
    if (matched[id] === meaningful) complete = true;
    let adj = 0;
    for (let k = 0; k < pairsIn.length; k++) if (d.name.includes(pairsIn[k] as string)) adj += paired[k] as number;
    const levels = d.summary.level;
    // How well the procedure answers comes first; what is common here breaks near-ties, never more.
    const level = 1 + levelBonus(levels, central ? 'bo' : opts.preferLevel);
    const served = opts.prefer?.(d.summary.code) ? 1 + SELECTION_BONUS : 1;
    const viewed = Math.min(1, Math.log10(1 + (opts.views?.get(d.summary.code) ?? 0)) / 3);
    const views = 1 + VIEWS_BONUS * viewed;
    // Official names run long; length only breaks near-ties.
    const brevity = Math.max(0.85, 1 / (1 + 0.008 * Math.max(0, d.nameLength - 6)));
    const prior = 1 + PRIOR_BONUS * d.prior;
    // What citizens here open (views) overrules the guess that they want the plain procedure.
    const variant = d.variants & ~asked ? 1 - (1 - UNASKED_VARIANT) * (1 - viewed) : asked & ACTS && !(d.variants & asked & ACTS) ? 1 - (1 - NOT_THE_ACT) * (1 - viewed) : 1;
    const narrow = d.audiences & ~audience || (d.forces && !forces) || d.variants & ~asked & ABROAD ? 1 - (1 - UNNAMED_AUDIENCE) * (1 - viewed) : 1;
    const kind = otherKind(d.kinds, kinds) ? 1 - (1 - OTHER_KIND) * (1 - viewed) : 1;
    pool.push({
      id,
      here: (1 + levelBonus(levels, central || opts.preferLevel === 'bo' ? 'bo' : undefined)) * served * views,
      r: (cover + pairsShare * Math.min(adj, 0.18)) * brevity * level * served * views * prior * variant * narrow * kind,
    });
  }
  pool.sort((a, b) => b.r - a.r || (index.docs[a.id]?.summary.code ?? '').localeCompare(index.docs[b.id]?.summary.code ?? ''));
  // Level twins, one name at several levels ("Thẩm định báo cáo đánh giá tác động môi trường (cấp Bộ)", "… (Cấp
  // tỉnh)"), differ in the few words of their papers, which must not decide between them: a local one comes before a
  // central one (unless the ministry is asked or is the centre), then what the centre serves and views. They keep the
  // places they won between them. A commune's and a province's twins are equals here: the score that placed them
  // already weighs their levels (NEAR_LEVEL) against what is common (prior.ts names the commune's codes).
  const seats = new Map<string, number[]>();
  pool.forEach(({ id }, i) => {
    const key = (index.docs[id] as Doc).twin;
    if (key) seats.set(key, [...(seats.get(key) ?? []), i]);
  });
  for (const at of seats.values()) {
    const twins = at.map((i) => pool[i] as (typeof pool)[number]).sort((a, b) => b.here - a.here);
    at.forEach((i, k) => (pool[i] = twins[k] as (typeof pool)[number]));
  }
  return { hits: pool.slice(0, opts.limit).map((x) => (index.docs[x.id] as Doc).summary), partial: !complete && meaningful > 1 };
}
