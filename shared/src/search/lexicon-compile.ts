import { foldVietnamese } from './fold';
import type { LexiconEntry } from './lexicon';
import { isMarked, markedWords } from './marks';
import { canonical, isSyllable } from './typing';

/**
 * The lexicon turned into something fast to apply: every phrase of an entry (what people say and what the
 * catalogue says) names the same concept, "~<n>". A document holds the concept when any of its phrases
 * occurs in its text; a query is cut into concepts and single words, longest phrase first.
 */
export interface CompiledLexicon {
  /** The concepts whose phrases occur in these words (a document's text), in a procedure of `field` (folded words). */
  conceptsIn(tokens: readonly string[], field?: string): Set<string>;
  /**
   * The query cut into units: a concept (with its words) where a phrase matches, else a single word. `fits` may turn a
   * phrase down (one typed with other marks than it is written with), so the cut reads the words otherwise.
   */
  segment(tokens: readonly string[], fits?: (phrase: readonly string[], at: number, span: number) => boolean): { words: string[]; concept?: string }[];
  /** The catalogue's phrases for a concept ("~n", or several joined by "|"), as folded words. */
  meansOf(concept: string): string[];
  /**
   * The query with its English phrases (entries of source "english") replaced by the Vietnamese they are read as, or the
   * same array when it holds none. `open`: the last word may still be being typed, as the start of a phrase's last word.
   */
  translate(tokens: readonly string[], open: boolean): readonly string[];
  /** Every phrase of every entry, as folded words: what people go on to type after a word. */
  phrases(): string[][];
  /** The phrases the catalogue's text is read by (see conceptsIn): its own wording, as folded words. */
  catalogue(): string[][];
  /** A phrase people say, written in the lexicon with its marks ("cưới", "sổ đỏ"), folded: the ways it is written (marks.ts keys of its words, space-separated). */
  writtenAs(phrase: string): string[] | undefined;
  size: number;
}

interface Phrase {
  words: string[];
  concepts: string[];
  docConcepts: string[];
  /** Concepts read only when their entry's context is in the query (LexiconEntry.when). */
  contextual: string[];
  /** Entries whose "means" this phrase reads as in a document of their fields (LexiconEntry.inField). */
  inField: number[];
  /** A place's name (PLACE_NAMES): where the story happens, whose syllables are no one's context. */
  place?: true;
}

/**
 * The field of the entry that names places (lexicon-places.ts): "Sài Gòn", "Long An", "Bạch Mai". Read as their
 * syllables they pulled in what shares them; read as nothing, they must not be the context of another reading
 * either: "đi làm trên Sài Gòn, chưa làm giấy khai sanh" holds no "sai" that makes the birth record a correction.
 */
export const PLACE_NAMES = 'Địa danh';

/**
 * Small words people put inside a phrase without changing it: "có", "đã", "được", "đi" ("chưa đi lấy chồng"),
 * classifiers ("đứa", "cái"), counts ("gộp hai thửa" is "gộp thửa"), and "sang" after a verb of change ("đổi sang họ
 * mẹ" is "đổi họ"). The classifiers of houses too ("đưa căn nhà vào sổ đỏ", "ngôi nhà"): folded,
 * "căn" is also "cần", which inside a phrase it never is.
 */
const INSIDE_A_PHRASE = new Set(['co', 'da', 'duoc', 'bi', 'di', 'dua', 'cai', 'chiec', 'mot', 'hai', 'cac', 'nhung', 'sang', 'can', 'ngoi']);

/**
 * Words for paperwork in general ("phải làm những giấy tờ gì", "hồ sơ", "thủ tục"): they ask what to bring, they
 * name no paper, so they neither set nor veto a context — "ông nhà tôi mất rồi, làm giấy tờ gì" is a death. So does
 * "giấy" asked about ("làm giấy gì", "giấy nào"): the question is which paper, none is named yet; and "thẻ nào",
 * folded one with "thế nào" (how): "chồng tôi mất hôm qua, báo xã như thế nào" names no card.
 */
const PAPERWORK = / (giay to|ho so|thu tuc|(?:giay|the)(?= (?:gi|nao|chi) ))(?= )/g;

/**
 * "Đặt tên", "đặt lại tên" (to name a child): folded, "đặt" is "đất", and land must not be the context of the rest
 * ("đặt lại tên cho con" is no gift of land to a child). Read by its neighbour, it is no word of land.
 */
const NAMING = / dat (?=(?:lai )?ten )/g;
/**
 * The paper another is checked against ("căn cước ghi sai, lệch so với giấy khai sinh", "sửa giấy khai sinh cho khớp với
 * sổ đỏ", "cho giống căn cước", "ghi sai năm sinh so với sổ hưu"): the reference, no paper to put right, so no context
 * (the card is corrected, not the birth record).
 */
const COMPARED = / (?:(?:so|khac|lech|khop|giong|trung) voi|cho (?:khop|giong|trung|dung)(?: voi)?) (giay |the )?(khai sinh|can cuoc|so do|so hong|so huu|so bao hiem|ho so luong huu)(?= )/g;
/** Papers a query may say are right, by the names the old and the rural give them (see RIGHT). */
const HELD_PAPER = '(?:so do|so hong|can cuoc|cccd|chung minh|cmnd|so ho khau|ho khau|giay khai sinh|khai sinh|ho chieu)';
/**
 * The papers said to be right ("sổ đỏ với căn cước ghi đúng", "giấy khai sinh thì đúng"): the reference another paper
 * is put right against, no paper to correct, so no context (the wrong one is named beside it).
 */
const RIGHT = new RegExp(` ${HELD_PAPER}(?: (?:voi|va|cung) ${HELD_PAPER})? (?:ghi dung|thi dung|deu dung|van dung|thi ghi dung|deu ghi dung|van ghi dung)(?= )`, 'g');
/**
 * "Mất bao lâu", "mất mấy ngày", "có mất tiền không": what it takes, asked (engine.ts, costs), as the old ask it after
 * naming the paper ("sửa tên trong giấy khai sinh mất bao lâu"): no paper lost, so no context of a loss. Nor is the
 * "mất" of a difference counted ("ngày sinh lệch mất hai năm", "chênh mất mấy tuổi").
 */
const TAKES = / mat (?=(?:bao|tien|phi|may (?:ngay|hom|tuan|thang)) )|(?<= (?:lech|chenh)) mat(?= )/g;
/**
 * A land paper as what the rest is wanted for ("giấy kết hôn bị mất, cần để làm sổ đỏ"): the purpose, no land paper
 * lost or wrong, so no context (it may not veto the marriage paper's copy).
 */
const FOR_LAND = / de (?:lam|xin|cap|sang ten) (?:so do|so hong)(?= )/g;
/**
 * The neighbour a deal or a quarrel is with ("mua đất của hàng xóm", "nhà hàng xóm xây lấn"): folded, "của hàng" is
 * "cửa hàng" (a shop) and "nhà hàng" a restaurant, the context of a household business. The neighbour stays.
 */
const NEIGHBOUR = / (?:cua|nha) (?=hang xom )/g;
/** What a query's words are the context of (see LexiconEntry.when): without the paperwork's words, nor "đặt" naming. */
const contextOf = (tokens: readonly string[]) =>
  ` ${tokens.join(' ')} `.replace(PAPERWORK, '').replace(NAMING, ' ').replace(COMPARED, '').replace(RIGHT, '').replace(FOR_LAND, '').replace(TAKES, ' ').replace(NEIGHBOUR, ' ');
/** The words that tell a birth's time before "đẻ" (folded "de", as "để"): "mới đẻ", "vừa đẻ", "sắp đẻ". */
const BIRTH_TIME = new Set(['moi', 'vua', 'sap']);
/** …and the parent by birth, said of someone ("bố đẻ nó về xin nhận con", "mẹ đẻ của cháu"); "bò để bán" is a reason. */
const byBirth = (before = '', after = '') => /^(bo|me|cha)$/.test(before) && /^(no|cua|toi|tui|chau|ve)$/.test(after);
/** "Để" that is no "in order to" by the words after it: "để lại" (left: "mất, để lại hai cháu"), "để trống tên" (left blank: "giấy khai sinh để trống tên bố"; "để trồng" is a reason). Read here and in engine.ts. */
export const leftAside = (next = '', after = '') => next === 'lai' || (next === 'trong' && after === 'ten');
/** Acts that follow "để" (in order to) and never "đẻ" (born): "nhận con để ghi tên cha", "để làm", "để xin". */
const FOR_AN_ACT = /^(ghi|lam|xin|di|dang|nop|hoc|huong|ky|khai|nhap|vao|lay|mua|ban|vay|cap|bo|sua|doi|chuyen)$/;
/** Words a phrase of three words or more may have inside it, as said (see matchSpans). */
const MAX_INSERTED = 2;

/** An English phrase of the lexicon (source "english"), as folded words, and the Vietnamese words it is read as. */
interface EnglishPhrase {
  words: string[];
  as: string[];
}

/** Phrases by their first word, longest first. */
function byFirstWord(phrases: readonly EnglishPhrase[]): Map<string, EnglishPhrase[]> {
  const out = new Map<string, EnglishPhrase[]>();
  for (const p of phrases) if (p.words.length) out.set(p.words[0] as string, [...(out.get(p.words[0] as string) ?? []), p]);
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

const toTokens = (phrase: string) => (foldVietnamese(phrase) || '').split(' ').filter(Boolean).map(canonical);

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  /** First word → phrases that start with it (longest first), each with its concepts. */
  const byFirst = new Map<string, Phrase[]>();
  const written = new Map<string, string[]>();
  const unmarked = new Set<string>();
  const means = new Map<string, string[]>();
  /** Concept → the phrases (as padded folded text) one of which must be in the query for it to be read, and none of `unless`. */
  const context = new Map<string, { when: string[]; unless: string[] }>();
  const padded = (ps: readonly string[] | undefined) => (ps ?? []).map((p) => ` ${toTokens(p).join(' ')} `).filter((p) => p.trim());
  /** English phrases, each with the Vietnamese words it is read as. */
  const englishPhrases: EnglishPhrase[] = [];
  /** English's small words (an entry of source "english" that means nothing): dropped in a query said in English. */
  const englishFiller = new Set<string>();
  entries.forEach((e, i) => {
    // English is translated before the query is read (translate), never a concept of its own: its "means" are the
    // Vietnamese people say, which the rest of the lexicon reads, and no Vietnamese query's reading changes.
    if (e.source === 'english') {
      for (const p of e.say)
        if (!e.means.length) englishFiller.add(toTokens(p).join(' '));
        else englishPhrases.push({ words: toTokens(p), as: toTokens(e.means[0] ?? '') });
      return;
    }
    const concept = `~${i}`;
    means.set(
      concept,
      e.means.map((p) => toTokens(p).join(' ')),
    );
    const when = padded(e.when);
    if (when.length) context.set(concept, { when, unless: padded(e.unless) });
    const phrases = [...e.say.map((p) => ({ p, say: true })), ...e.means.map((p) => ({ p, say: false }))];
    for (const { p, say } of phrases) {
      const words = toTokens(p);
      if (!words.length) continue;
      // Folded, "cưới" is "cuối" and "sổ đỏ" "sơ đồ": a phrase written with its marks is written as said, to be told
      // from its neighbours (keys of its words, space-separated).
      // A phrase some entry leaves unmarked ("thuê đất nông nghiệp" is a lease too) may be either.
      const key = words.join(' ');
      if (say && isMarked(p))
        written.set(key, [
          ...(written.get(key) ?? []),
          markedWords(p)
            .map((m) => m.key)
            .join(' '),
        ]);
      else unmarked.add(key);
      // Everyday speech is read in queries only (see lexicon.ts); official text holds the "means".
      const inDocs = !say || (!when.length && (e.source === 'abbreviation' || e.source === 'old name'));
      // The catalogue's own words mean the concept anywhere; a context only conditions what people say.
      const contextual = say && when.length > 0;
      const list = byFirst.get(words[0] as string) ?? [];
      let same = list.find((x) => x.words.join(' ') === words.join(' '));
      if (!same) list.push((same = { words, concepts: [], docConcepts: [], contextual: [], inField: [] }));
      if (say && e.inField?.length && !same.inField.includes(i)) same.inField.push(i);
      if (say && e.field === PLACE_NAMES) same.place = true;
      const into = contextual ? same.contextual : same.concepts;
      if (!into.includes(concept)) into.push(concept);
      if (inDocs && !same.docConcepts.includes(concept)) same.docConcepts.push(concept);
      byFirst.set(words[0] as string, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const english = byFirstWord(englishPhrases);
  /** The same phrases without English's small words, read in a query said in English once they are gone from it. */
  const englishBare = byFirstWord([...english.values()].flat().map((p) => ({ words: p.words.filter((w) => !englishFiller.has(w)), as: p.as })));
  /**
   * One-word abbreviations and what they stand for ("bhxh" → "bao hiem xa hoi"): the catalogue writes "đóng BHXH
   * tự nguyện", and the phrase "bảo hiểm xã hội tự nguyện" must be found in it too.
   */
  const expansions = new Map<string, string[]>();
  for (const e of entries) {
    // Only an abbreviation standing for one thing ("kkt" is an economic or an industrial zone: left alone).
    if (e.source !== 'abbreviation' || e.when?.length || e.means.length !== 1) continue;
    const full = toTokens(e.means[0] ?? '');
    for (const p of e.say) {
      const ws = toTokens(p);
      if (ws.length === 1 && full.length > 1 && !expansions.has(ws[0] as string)) expansions.set(ws[0] as string, full);
    }
  }
  const expand = (tokens: readonly string[]) => (tokens.some((t) => expansions.has(t)) ? tokens.flatMap((t) => expansions.get(t) ?? [t]) : null);
  const matchAt = (tokens: readonly string[], i: number) => (byFirst.get(tokens[i] as string) ?? []).filter((p) => p.words.every((w, k) => tokens[i + k] === w));
  /**
   * Phrases said with words inside, as people do: one small word ("chưa có vợ" for "chưa vợ", "nhận đứa con" for
   * "nhận con"), swallowed; or, in a phrase of three words or more, one or two words of their own ("khai thác gỗ
   * rừng trồng" for "khai thác rừng trồng"), which stay units of their own (`kept`).
   * Two-word phrases take small words only: any word inside "khai … sinh" would make a phrase of anything.
   * Each match with the number of tokens it spans. Queries only: the catalogue's text is read as written.
   */
  const matchSpans = (tokens: readonly string[], i: number): { p: Phrase; span: number; kept: string[] }[] => {
    const out = matchAt(tokens, i).map((p) => ({ p, span: p.words.length, kept: [] as string[] }));
    for (const p of byFirst.get(tokens[i] as string) ?? []) {
      if (p.words.length < 2) continue;
      for (let gap = 1; gap < p.words.length; gap++)
        for (let size = 1; size <= (p.words.length >= 3 ? MAX_INSERTED : 1); size++) {
          const inserted = tokens.slice(i + gap, i + gap + size);
          if (inserted.length < size) continue;
          // The phrase's own words around those inserted, first: most phrases that start with this word are not
          // said here at all, and what follows reads more of the query (a 40-word sentence spent 60 % of its search here).
          if (!p.words.every((w, k) => tokens[i + k + (k >= gap ? size : 0)] === w)) continue;
          const small = size === 1 && INSIDE_A_PHRASE.has(inserted[0] as string);
          // Words of their own inside: only after two words of the phrase ("mất … giấy chứng tử" is two things
          // said), and not where they start a phrase saying the rest itself ("đăng ký | hộ kinh doanh").
          // Or after the phrase's verb, when the rest says the same thing ("nhập lại hộ khẩu": "hộ khẩu" is the residence too).
          const rest = p.words.slice(1).join(' ');
          const verb = gap === 1 && (byFirst.get(p.words[1] as string) ?? []).some((q) => q.words.join(' ') === rest && q.concepts.some((c) => p.concepts.includes(c)));
          // Nor where any word inside starts a phrase running to the end: "cho con trai | bán đất" is a sale, not the gift "cho con đất".
          const sayItself = inserted.some((_, j) => matchAt(tokens, i + gap + j).some((q) => q.words.length >= size + p.words.length - gap - j));
          if (!small && ((gap < 2 && !verb) || sayItself)) continue;
          // Nor a word that makes a phrase of its own with the word before it: "xin cấp lại sổ đỏ" is a reissue
          // ("cấp lại"), not the first issue "xin cấp sổ đỏ" with "lại" beside it.
          if (matchAt(tokens, i + gap - 1).some((q) => q.words.length === 2)) continue;
          // One word after the verb that starts no phrase says how the act is done ("nhập lại", "nhập luôn"): the
          // phrase's act, not a thing asked of its own to be looked for in the names.
          const manner = verb && size === 1 && !matchAt(tokens, i + gap).length;
          out.push({ p, span: p.words.length + size, kept: small || manner ? [] : inserted });
        }
    }
    return out;
  };
  /** A phrase's concepts in this query: its contextual readings whose context is there, else its plain ones. */
  const readingsIn = (p: Phrase, text: string, whenText = text): string[] => {
    const held = p.contextual.filter((c) => {
      const ctx = context.get(c);
      return !!ctx && ctx.when.some((w) => whenText.includes(w)) && !ctx.unless.some((w) => text.includes(w));
    });
    return held.length ? held : p.concepts;
  };
  const fieldHolds = (k: number, field: string) => padded(entries[k]?.inField).some((f) => ` ${field} `.includes(f));
  /** What a document holding entry k's "means" holds: those phrases' concepts in the catalogue's text. */
  const meansConcepts = (k: number) =>
    (entries[k]?.means ?? []).flatMap((m) => {
      const ws = toTokens(m);
      return (byFirst.get(ws[0] as string) ?? []).find((p) => p.words.join(' ') === ws.join(' '))?.docConcepts ?? [];
    });
  return {
    size: entries.length,
    phrases: () => [...byFirst.values()].flatMap((list) => list.map((p) => p.words)),
    catalogue: () => [...byFirst.values()].flatMap((list) => list.flatMap((p) => (p.docConcepts.length ? [p.words] : []))),
    meansOf: (concept) => concept.split('|').flatMap((c) => means.get(c) ?? []),
    writtenAs: (phrase) => (unmarked.has(phrase) ? undefined : written.get(phrase)),
    conceptsIn(tokens, field) {
      const out = new Set<string>();
      const read = (ts: readonly string[]) => {
        for (let i = 0; i < ts.length; i++)
          for (const p of matchAt(ts, i)) {
            for (const c of p.docConcepts) out.add(c);
            if (field !== undefined) for (const k of p.inField) if (fieldHolds(k, field)) for (const c of meansConcepts(k)) out.add(c);
          }
      };
      read(tokens);
      const expanded = expand(tokens);
      if (expanded) read(expanded);
      return out;
    },
    translate(tokens, open) {
      if (!tokens.some((t) => english.has(canonical(t)))) return tokens;
      const small = (w: string) => englishFiller.has(canonical(w));
      /** Each word or phrase read, as typed and as read, and whether it was English. */
      const readAll = (ts: readonly string[], phrases: typeof english) => {
        const last = ts.length - 1;
        const read: { said: readonly string[]; words: readonly string[]; english: boolean }[] = [];
        for (let i = 0; i < ts.length;) {
          // A phrase's last word begun is that word ("birth certif"), from its third letter.
          const matches = (w: string, k: number) => {
            const t = canonical(ts[k] ?? '');
            return t === w || (open && k === last && k > i && t.length >= 3 && w.startsWith(t));
          };
          const hit = phrases.get(canonical(ts[i] as string))?.find((p) => p.words.every((w, k) => matches(w, i + k)));
          const said = ts.slice(i, i + (hit?.words.length ?? 1));
          read.push(hit ? { said, words: hit.as, english: true } : { said, words: said, english: false });
          i += hit?.words.length ?? 1;
        }
        return read;
      };
      const read = readAll(tokens, english);
      // A word of English alone and English's small words are read only where most of the query is English. Telling:
      // English's phrases and small words, and words that are no Vietnamese syllable nor the lexicon's ("must", "exam");
      // against: Vietnamese syllables and the lexicon's words ("cccd"). Small words that are Vietnamese syllables too
      // ("the", "my", "so", "do": thẻ, Mỹ, sổ, đỏ), and numbers, tell nothing: the young drop "lost" or "update" into
      // Vietnamese ("update so do", "lost cccd") and are read well without.
      const tell = (r: (typeof read)[number]): number => {
        const w = canonical(r.said[0] as string);
        if (r.english) return 1;
        if (/\d/.test(w) || (small(w) && isSyllable(w))) return 0;
        return small(w) || (!isSyllable(w) && !byFirst.has(w)) ? 1 : -1;
      };
      const told = read.map(tell);
      const inEnglish = told.filter((t) => t > 0).length > told.filter((t) => t < 0).length;
      if (!inEnglish) return read.flatMap((r) => (r.english && r.said.length === 1 ? r.said : r.words));
      // Said in English: read again without its small words, and its phrases without theirs ("gave up my citizenship"
      // is then "gave citizenship", as is the phrase "gave up citizenship"), but for small words in a Vietnamese phrase
      // said in it ("transfer the so do": sổ đỏ).
      const canon = tokens.map(canonical);
      const vietnamese = new Set<number>();
      for (let i = 0; i < canon.length; i++) for (const p of matchAt(canon, i)) if (p.words.length > 1) for (let k = 0; k < p.words.length; k++) vietnamese.add(i + k);
      return readAll(
        tokens.filter((t, i) => vietnamese.has(i) || !small(t)),
        englishBare,
      ).flatMap((r) => r.words);
    },
    segment(tokens, fits) {
      // The cut that leaves the fewest words outside a phrase, then the fewest units: "sửa | sai họ"
      // rather than "sửa sai | họ", where taking the longest phrase first would strand a word.
      const n = tokens.length;
      // Places named, as the query's marks allow, are no context (PLACE_NAMES): a mark no word has stands for them.
      const told = [...tokens];
      for (let i = 0; i < n; i++) for (const { p, span, kept } of matchSpans(tokens, i)) if (p.place && !kept.length && (!fits || fits(p.words, i, span))) told.fill('_', i, i + span);
      const text = contextOf(told);
      // What follows "để" (in order to; not "để lại", to leave) is why the rest is asked: it is the context of no
      // phrase before it. "Xin phép chuyển đất ao sang đất ở để làm nhà" asks to change the land's use, not for a
      // building permit. It may still say a reading does not hold. Nor is "mới đẻ", "vừa đẻ", "sắp đẻ" (just born,
      // about to give birth: "con mới đẻ, vợ làm giấy khai sinh"), folded the same, any reason, nor "để trống tên" (left
      // blank: "giấy khai sinh để trống tên bố"; "để trồng" is a reason).
      // Nor is "muốn để" (to let: "muốn để con dâu lãnh thay"), as engine.ts reads it.
      const reasonAt = tokens.findIndex(
        (t, i) => t === 'de' && tokens[i - 1] !== 'muon' && !leftAside(tokens[i + 1], tokens[i + 2]) && !BIRTH_TIME.has(tokens[i - 1] ?? '') && !byBirth(tokens[i - 1], tokens[i + 1]),
      );
      const before = reasonAt > 0 ? contextOf(told.slice(0, reasonAt)) : text;
      // Each phrase's readings before the reason, and from it on.
      const readings = [new Map<Phrase, string[]>(), new Map<Phrase, string[]>()] as const;
      const readingsAt = (i: number) => readings[i < reasonAt ? 0 : 1];
      const readable = (i: number) =>
        matchSpans(tokens, i).filter(({ p, span }) => {
          if (fits && !fits(p.words, i, span)) return false;
          // "Nhận con để ghi tên cha": folded, "để" (in order to) is the "đẻ" of "nhận con đẻ"; before an act it is why.
          if (span > 1 && p.words.at(-1) === 'de' && FOR_AN_ACT.test(tokens[i + span] ?? '')) return false;
          // "Muốn để con dâu lãnh thay": after "muốn", "để" is to let (engine.ts), not "đẻ con".
          if (p.words[0] === 'de' && tokens[i - 1] === 'muon') return false;
          const at = readingsAt(i);
          if (!at.has(p)) at.set(p, readingsIn(p, text, i < reasonAt ? before : text));
          return (at.get(p) as string[]).length > 0;
        });
      type Cut = { loose: number; units: number; take: Phrase | null; span: number; kept: string[] };
      const best: Cut[] = new Array(n + 1);
      best[n] = { loose: 0, units: 0, take: null, span: 0, kept: [] };
      for (let i = n - 1; i >= 0; i--) {
        const rest = best[i + 1] as Cut;
        let choice: Cut = { loose: rest.loose + 1, units: rest.units + 1, take: null, span: 1, kept: [] };
        for (const { p, span, kept } of readable(i)) {
          const after = best[i + span] as Cut;
          // Words kept inside a phrase are loose words: a cut that reads them into phrases of their own wins.
          const c = { loose: after.loose + kept.length, units: after.units + 1 + kept.length, take: p, span, kept };
          // On a tie, the phrase read first, as the query is read: "sổ đỏ | nhà", not "sổ | đỏ nhà" ("dỡ nhà").
          if (c.loose < choice.loose || (c.loose === choice.loose && (c.units < choice.units || (c.units === choice.units && !choice.take)))) choice = c;
        }
        best[i] = choice;
      }
      const out: { words: string[]; concept?: string }[] = [];
      for (let i = 0; i < n;) {
        const { take, span, kept } = best[i] as Cut;
        if (take) {
          // A phrase in several entries: one unit per entry would count its words twice; the first wins,
          // and documents holding any of its concepts match it (see conceptsIn).
          const concept = (readingsAt(i).get(take) as string[]).join('|');
          const prev = out.at(-1);
          // "xe ô tô": two phrases of one concept are one thing asked for.
          if (prev?.concept === concept) prev.words.push(...take.words);
          else out.push({ words: [...take.words], concept });
          for (const w of kept) out.push({ words: [w] });
          i += span;
        } else out.push({ words: [tokens[i++] as string] });
      }
      return out;
    },
  };
}
