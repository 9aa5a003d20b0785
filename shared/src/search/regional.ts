import { foldVietnamese } from './fold';
import { markKey } from './marks';
import { canonical, isSyllable } from './typing';

/**
 * How rural citizens type, South, Centre and North alike (issue 17): without marks, with the words of their region,
 * with chat shorthand, and spelling a word as they say it. The engine reads a query through these before the lexicon.
 */

/**
 * Words that say nothing of which procedure, written with their marks as the engine's own filler is (engine.ts): the
 * Southern and Central pronouns ("tui", "tụi", and "ổng", "bả", "ảnh", which fold as "ông", "bà", "anh" do but are
 * typed with their own marks), "vô" (vào), particles that close a question ("hén", "nghen") and the
 * shorthand of phone chat ("ms" mới, "bn" bao nhiêu, "vs" với, "cx" cũng, "nx" nữa, "ak" à, "zậy" and "z" vậy, and
 * "j" gì, typed mid-sentence too: "cần giấy tờ j ạ"). None is a word of the names; "tao" (cải tạo), "rủi" (rủi ro),
 * "dìa" (địa) and "mô" (quy mô) are, so they are left to the tail below.
 */
export const REGIONAL_FILLER = ['tui', 'tụi', 'ổng', 'bả', 'ảnh', 'vô', 'mần', 'hén', 'nghen', 'ms', 'bn', 'vs', 'cx', 'nx', 'ak', 'dzậy', 'zậy', 'hổm', 'j', 'z'];

/**
 * The phone-chat shorthand rural people type for words of a request, read as those words before anything else reads
 * the query: "lm" (làm) and "kd" (kinh doanh) are otherwise read as initials of whatever follows ("kd ban" became
 * "khỏi địa bàn"), "mun" (muốn), "nhiu" (nhiêu) and "bit" (biết) as words of the names one letter off. No word of the
 * names is or starts with one of them.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map(
  // "Ko", "hok" (không) too: read as typed they escaped the readings that ask "không có giấy tờ gì" (a plot never papered).
  Object.entries({ lm: 'lam', kd: 'kinh doanh', mun: 'muon', nhiu: 'nhieu', bit: 'biet', bik: 'biet', ko: 'khong', hok: 'khong' }),
);

/**
 * Words the South says, and so types, for a word of the names, where the names never hold the word as typed: "sanh"
 * is "sinh" (khai sanh, sanh con, năm sanh, ngày sanh). Said one consonant off, "sanh" was read as "xanh" (cây xanh).
 */
const SAID_SO: ReadonlyMap<string, string> = new Map(Object.entries({ sanh: 'sinh' }));

/** The words a shorthand stands for, if it is one; so is an age typed as chat types it ("14t", "6t": 14, 6 tuổi). */
export const chatShorthand = (w: string): string[] | undefined =>
  /^\d{1,3}t$/.test(w) ? [w.slice(0, -1), 'tuoi'] : (CHAT_SHORTHAND.get(w)?.split(' ') ?? (SAID_SO.has(w) ? [SAID_SO.get(w) as string] : undefined));

/**
 * "f" typed for "ph", as phone chat spells it ("giay fep", "fuong", "fai"): Vietnamese has no f, so a word starting
 * with one is "ph" unless the names hold it as typed (loanwords: fax, file), or "ph" makes no syllable of it.
 */
export const chatPh = (w: string, isWordOfNames: (w: string) => boolean): string => {
  if (w[0] !== 'f' || isWordOfNames(w)) return w;
  const ph = `ph${w.slice(1)}`;
  return isSyllable(ph) ? ph : w;
};

/**
 * Words that close a question in regional speech and chat: "… ở mô", "… mần răng", "… sao ta", "… được hông", "… rứa",
 * "… hả", "… z", "… j". Several are also words ("mô" of quy mô, "chi" of chi trả, "ta", "hả" the start of "tạm", "hạn"),
 * so they are read as a question only in a run of such words ending the query ("hông ta", "ở mô"), or alone where no
 * word of the names is that word (particleTail).
 */
const PARTICLES_MARKED =
  'bao nhiêu lâu mấy ngày tiền hết tốn ta hả z j ak ah hen hén nghen nè rứa răng mô chi hông hổng hem hok ko k không chưa vậy zậy dzậy rồi r dc đc được sao đâu nào gì ở làm mần bn'.split(' ');
const PARTICLES = new Set(PARTICLES_MARKED.map((w) => foldVietnamese(w)));
const PARTICLE_KEYS = new Set(PARTICLES_MARKED.map(markKey));
/** Particles that are a question wherever they end the query: no name holds them. */
const ALWAYS_PARTICLE = new Set('z j ak ah hen nghen rua rang hem hok'.split(' '));

/**
 * Where the question closing a query starts (units.length when none): the longest run of particle words at its end, of
 * two words at least or one that is always a particle, after something else was said. A lexicon phrase ("sổ hồng")
 * ends the run, as does a word typed with its marks that no particle has ("mở", "chỉ").
 */
export function particleTail(units: readonly { words: readonly string[]; concept?: string | undefined }[], typedKey: (w: string) => string | undefined): number {
  let start = units.length;
  while (start > 0) {
    const u = units[start - 1] as { words: readonly string[]; concept?: string | undefined };
    const w = u.words[0] as string;
    const key = typedKey(w);
    if (u.concept || u.words.length > 1 || !PARTICLES.has(w) || (key !== undefined && !PARTICLE_KEYS.has(key))) break;
    start--;
  }
  const run = units.length - start;
  if (start === 0 || run === 0) return units.length;
  return run >= 2 || ALWAYS_PARTICLE.has(units[start]?.words[0] as string) ? start : units.length;
}

/** Whether words typed end in such a question: then the last is a word said, not one to complete as it is typed. */
export const closesWithParticles = (typed: readonly string[]): boolean =>
  particleTail(
    typed.map((w) => ({ words: [w] })),
    () => undefined,
  ) < typed.length;

/**
 * Initial consonants that regions say alike (ch/tr, s/x, d/gi/r, l/n), and the final consonants the South says alike
 * (n/ng, t/c): "thuong chu" is "thường trú" as it is said, "sin giay" is "xin giấy", "gieng khoang" is "giếng khoan".
 * The engine also tries the initials on any word it looks up (engine.ts, candidates).
 */
export const ONSETS: [RegExp, string[]][] = [
  [/^ch/, ['tr']],
  [/^tr/, ['ch']],
  [/^s/, ['x']],
  [/^x/, ['s']],
  [/^gi/, ['d', 'r']],
  [/^d(?!i)/, ['gi', 'r']],
  [/^r/, ['d', 'gi']],
  [/^l/, ['n']],
  [/^n(?!g|h)/, ['l']],
];
// The South also says -nh as -n after a front vowel ("chứng minh" is heard and typed "chung min", "khai sinh" "khai
// sin"), and the reverse where a speaker corrects too far.
const CODAS: [RegExp, string][] = [
  [/ng$/, 'n'],
  [/(?<!n)n$/, 'ng'],
  [/nh$/, 'n'],
  [/(?<=[ie])n$/, 'nh'],
  [/t$/, 'c'],
  [/(?<!a)c$/, 't'],
];

/**
 * The South's and the Centre's own words for the words the names and the lexicon use, as a spelling is: one is read so
 * only where it goes with a neighbour as typed ("mần giấy" is "làm giấy", "lãnh nuôi" is "nhận nuôi", while "lãnh lương
 * hưu" is a phrase of its own). Unmarked, as rural people type them; the neighbours keep "man" as typed elsewhere.
 */
const REGIONAL_WORDS: Record<string, readonly string[]> = {
  man: ['lam'],
  lanh: ['linh', 'nhan'],
};

/** The spellings a region's speaker may have meant by `w`: one consonant said otherwise, each still a syllable. */
export function dialectSpellings(w: string): string[] {
  const out: string[] = [];
  for (const [from, tos] of ONSETS) {
    const m = from.exec(w);
    if (m) for (const to of tos) out.push(to + w.slice(m[0].length));
  }
  for (const [from, to] of CODAS) if (from.test(w)) out.push(w.replace(from, to));
  return [...out.filter((t) => t !== w && isSyllable(t)), ...(Object.hasOwn(REGIONAL_WORDS, w) ? (REGIONAL_WORDS[w] as readonly string[]) : [])];
}

/** How often, in the names and the lexicon's phrases, one word follows another (the index's `follow`). */
type Pairs = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The words of every sentence, and the people a query names, which mean what they say wherever they stand: "cho" before
 * "cấp" is not "trợ cấp", "cháu" before "bố mẹ" is not "trâu bò". Other filler ("chú", "thằng", "dẫn") may be a word said otherwise: "tạm chú",
 * "độc thằng", "dẫn ký".
 */
const KEEP = new Set('cho con co la ma thi ve de di den tu ra vao nay do toi cac nhung mot hai ba nam nguoi em anh chi ong ba chau bo me cha vo chong cau'.split(' '));

/** Pairs that say a spelling is meant: a lexicon phrase counts three (engine.ts), so one phrase or three names. */
export const MIN_PAIRS = 3;

/**
 * A word that does go with a neighbour is respelled only where the respelling goes with them this many times as often:
 * "gia han ban lai" is "bằng lái" (139 pairs to "bán lại"'s 7), not a word taken for another on a few names' word.
 */
const OUTWEIGH = 10;

/**
 * A word that goes with neither neighbour, respelled as its region says it where the respelling goes with one of them:
 * "dang ky thuong chu" reads "thuong tru", "dấy xac nhan cu chu" reads "giay xac nhan cu tru". The words of every
 * sentence (KEEP) and of questions (PARTICLES: "rồi", "vậy") are neither respelled nor heard as a neighbour ("chủ cho thuê" does not make "thuong chu cho vo" a
 * name's words), save the region's own words ("mần" closes "mần răng" but is "làm" in "mần giấy"); a word typed with
 * marks a name writes it with is that word (`meant`), unless respelled with the same marks it is another the names
 * write, and the word still being typed is a prefix.
 */
export function respellByNeighbours(follow: Pairs, typed: string[], stillTyping: boolean, meant: (w: string, t: string) => boolean): void {
  const pairs = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? 0 : (follow.get(a)?.get(b) ?? 0));
  const heard = (w: string | undefined) => (w === undefined || KEEP.has(w) || PARTICLES.has(w) ? undefined : w);
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i] as string;
    if ((stillTyping && i === typed.length - 1) || (!heard(w) && !Object.hasOwn(REGIONAL_WORDS, w)) || w.length < 2 || /\d/.test(w)) continue;
    const before = heard(typed[i - 1]);
    const after = heard(typed[i + 1]);
    if (before === undefined && after === undefined) continue;
    let best = '';
    let bestN = Math.max(MIN_PAIRS - 1, OUTWEIGH * (pairs(before, w) + pairs(w, after)));
    for (const t of dialectSpellings(w)) {
      const n = pairs(before, t) + pairs(t, after);
      if (n > bestN && !meant(w, t)) [best, bestN] = [t, n];
    }
    if (best) typed[i] = best;
  }
}

/**
 * A word typed without the spaces between its syllables ("khaisinh", "sohong", "dangkykethon"), as people who type
 * little on a phone do: read as the syllables that go together in the names and the lexicon's phrases, each pair at
 * least MIN_PAIRS times; failing that, two words of the names that need not go together ("khaucho", "ongmat": a space
 * missed between phrases), the first of three letters or more and the second starting with a consonant, since a vowel
 * or an h doubled or moved by a slip makes two short syllables too ("baao" is no "ba ao", "tuhe" no "tu he"). Null
 * when no such reading is found; a word the names hold is never asked (engine.ts).
 */
export function splitGlued(follow: Pairs, w: string, apart = true): string[] | null {
  if (w.length < 4 || w.length > 24 || isSyllable(w)) return null;
  let best: string[] | null = null;
  let bestN = MIN_PAIRS - 1;
  const two: string[][] = [];
  for (let i = 1; i < w.length - 1; i++) {
    const head = w.slice(0, i);
    if (!isSyllable(head)) continue;
    const rest = w.slice(i);
    const tail = isSyllable(rest) ? [canonical(rest)] : splitGlued(follow, rest, false);
    const n = tail ? (follow.get(canonical(head))?.get(tail[0] as string) ?? 0) : 0;
    if (tail && n > bestN) [best, bestN] = [[canonical(head), ...tail], n];
    if (apart && i > 2 && isSyllable(rest) && /^[^aeiouy]/.test(rest) && follow.has(canonical(head)) && follow.has(canonical(rest))) two.push([canonical(head), canonical(rest)]);
  }
  return best ?? two.at(-1) ?? null;
}
