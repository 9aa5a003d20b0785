import type { Level, ProcedureSummary } from '../schemas/procedure';
import { foldVietnamese } from './fold';
import { SYNONYMS } from './synonyms';

/**
 * The procedure search used by the kiosk (in the browser, offline) and the server (the API): one
 * implementation, so a citizen at the kiosk and a phone on the API get the same answers.
 *
 * Every query word must be found in the procedure's name or field (lĩnh vực), exactly, as the start of
 * a word (people stop typing early), or within one or two typos. Words are weighted by rarity, a name
 * beats a field, words found side by side as typed earn a bonus, and the whole query is also tried
 * with citizens' names for things replaced by the catalogue's (synonyms.ts). Ties go to the centre's own
 * level, then to the procedures most viewed, then to the shorter name, which is usually the common case.
 */

export type SearchDoc = ProcedureSummary;

interface Doc {
  summary: SearchDoc;
  name: string[];
}

export interface SearchIndex {
  docs: Doc[];
  byCode: Map<string, number>;
  /** Term → ids of documents with it in the name (bit 1) or field (bit 2). */
  postings: Map<string, Map<number, number>>;
  /** Terms sorted, for prefix ranges. */
  vocab: string[];
  /** Terms by length, so a typo search looks only at words of about the typed length. */
  byLength: Map<number, string[]>;
}

export interface SearchOptions {
  limit: number;
  /** The kiosk's centre level: its procedures come first. */
  preferLevel?: Level;
  /** How often each procedure was opened; a mild boost for the common ones. */
  views?: ReadonlyMap<string, number>;
  /** Only procedures this returns true for (a centre's selection). */
  filter?: (code: string) => boolean;
}

export interface SearchResult {
  hits: SearchDoc[];
  /** True when no procedure had every word and the hits match most of them. */
  partial: boolean;
}

/** Old and new spellings of final -y/-i ("lý/lí", "kỹ/kĩ") are the same word to a reader. */
const canonical = (w: string) => (/^(?:[bcdghklmnpqrstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr)y$/.test(w) ? `${w.slice(0, -1)}i` : w);
const words = (text: string) => {
  const f = foldVietnamese(text);
  return f ? f.split(' ').map(canonical) : [];
};

/** Words a query may carry that say nothing about which procedure: scored if found, never required. */
const OPTIONAL = new Set(['lam', 'xin', 'muon', 'toi', 'can', 'o', 'dau', 'nao', 'gi', 'giup', 'cho', 'thu', 'tuc', 've', 'cua', 'va', 'de', 'nhu', 'ntn', 'huong', 'dan', 'thi', 'phai', 'giay', 'to', 'nhung', 'cac', 'con', 'be', 'nha', 'minh']);
/** An optional word found still counts, a little. */
const OPTIONAL_WEIGHT = 0.1;

/**
 * Spellings that sound alike in one region or another (ch/tr, s/x, d/gi/r, l/n): "thuong chu" is
 * someone saying "thường trú" as they speak.
 */
const SOUND_ALIKE: [RegExp, string[]][] = [
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

const NAME = 1;
const FIELD = 2;

export function buildSearchIndex(list: readonly SearchDoc[]): SearchIndex {
  const docs: Doc[] = [];
  const postings = new Map<string, Map<number, number>>();
  const add = (term: string, id: number, bit: number) => {
    let p = postings.get(term);
    if (!p) postings.set(term, (p = new Map()));
    p.set(id, (p.get(id) ?? 0) | bit);
  };
  for (const s of list) {
    const id = docs.length;
    const name = words(s.name);
    docs.push({ summary: { code: s.code, name: s.name, field: s.field, level: s.level }, name });
    for (const w of name) add(w, id, NAME);
    for (const w of words(s.field)) add(w, id, FIELD);
  }
  const vocab = [...postings.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const t of vocab) byLength.set(t.length, [...(byLength.get(t.length) ?? []), t]);
  return { docs, byCode: new Map(docs.map((d, i) => [d.summary.code, i])), postings, vocab, byLength };
}

// Three rows reused across calls: a keystroke compares the typed word with thousands of terms.
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

const PREFIX_LIMIT = 60;

/** The terms a typed word may stand for, each with how much to trust it. */
function candidates(index: SearchIndex, w: string, last: boolean): Map<string, number> {
  const out = new Map<string, number>();
  if (index.postings.has(w)) out.set(w, 1);
  // Prefixes: the word being typed (from its second letter), other words only when long enough.
  if ((last && w.length >= 2) || w.length >= 3) {
    for (let i = lowerBound(index.vocab, w), n = 0; i < index.vocab.length && n < PREFIX_LIMIT; i++, n++) {
      const t = index.vocab[i] as string;
      if (!t.startsWith(w)) break;
      if (t !== w) out.set(t, last ? 0.9 : 0.75);
    }
  }
  for (const [from, tos] of SOUND_ALIKE) {
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

/** The query as typed, and once with each synonym applied (and once with all of them). */
function variants(folded: string): { text: string; weight: number }[] {
  const padded = ` ${folded} `;
  const out = [{ text: folded, weight: 1 }];
  let all = padded;
  for (const [from, to] of SYNONYMS) {
    for (const f of from) {
      if (!padded.includes(` ${f} `)) continue;
      // Curated: where the literal words and a citizen's name for a thing both match, trust the name.
      for (const t of to) out.push({ text: padded.replace(` ${f} `, ` ${t} `).trim(), weight: 1.05 });
      all = all.replace(` ${f} `, ` ${to[0]} `);
      break;
    }
  }
  if (out.length > 2) out.push({ text: all.trim(), weight: 1.05 });
  return out;
}

interface Scored {
  id: number;
  score: number;
  matched: number;
  /** How many words the variant that scored this required. */
  required: number;
}

type Candidates = (w: string, last: boolean) => Map<string, number>;

function scoreVariant(index: SearchIndex, text: string, weight: number, candidatesOf: Candidates): Map<number, Scored> {
  const typed = text.split(' ').filter(Boolean).map(canonical);
  // A last letter on its own is a word still being typed, not yet something to look for.
  const lastWord = typed[typed.length - 1] ?? '';
  const terms = typed.length > 1 && lastWord.length === 1 && candidatesOf(lastWord, true).size === 0 ? typed.slice(0, -1) : typed;
  const anyRequired = terms.some((w) => !OPTIONAL.has(w));
  // A query of optional words only ("thủ tục") requires all of them.
  const isRequired = (w: string) => !anyRequired || !OPTIONAL.has(w);
  const n = index.docs.length;
  const scored = new Map<number, Scored>();
  const requiredCount = terms.filter(isRequired).length;
  /** Per query word: each document's best score for it, and the name word that earned it. */
  const perWord: { score: Map<number, number>; term: Map<number, string> }[] = [];
  // The best a document could score: variants with more or fewer words compare on a common scale.
  let ideal = 0;
  terms.forEach((w, i) => {
    const score = new Map<number, number>();
    const term = new Map<number, string>();
    const factor = isRequired(w) ? 1 : OPTIONAL_WEIGHT;
    let top = 0;
    // A rarer word the typed one only starts ("tu" → "tuat") must not outweigh the word itself.
    const exact = index.postings.get(w);
    const capIdf = exact ? Math.log(1 + n / exact.size) : Infinity;
    for (const [t, trust] of candidatesOf(w, i === terms.length - 1)) {
      const post = index.postings.get(t);
      if (!post) continue;
      const base = factor * trust * Math.min(capIdf, Math.log(1 + n / post.size));
      for (const [id, bits] of post) {
        const v = bits & NAME ? base : base * 0.3;
        if (v > top) top = v;
        if (v > (score.get(id) ?? 0)) {
          score.set(id, v);
          term.set(id, t);
        }
      }
    }
    ideal += top;
    perWord.push({ score, term });
    const required = isRequired(w);
    for (const [id, v] of score) {
      let cur = scored.get(id);
      if (!cur) scored.set(id, (cur = { id, score: 0, matched: 0, required: requiredCount }));
      cur.score += v;
      if (required) cur.matched += 1;
    }
  });
  // Words typed side by side and found side by side in the name: "khai sinh", not "khai … sinh".
  for (const s of scored.values()) {
    const name = index.docs[s.id]?.name ?? [];
    for (let i = 0; i + 1 < terms.length; i++) {
      if (!isRequired(terms[i] as string) || !isRequired(terms[i + 1] as string)) continue;
      const a = perWord[i]?.term.get(s.id);
      const b = perWord[i + 1]?.term.get(s.id);
      if (a === undefined || b === undefined) continue;
      for (let p = 0; p + 1 < name.length; p++) {
        if (name[p] === a && name[p + 1] === b) {
          s.score += 0.5 * ((perWord[i]?.score.get(s.id) ?? 0) + (perWord[i + 1]?.score.get(s.id) ?? 0));
          break;
        }
      }
    }
    s.score = (weight * s.score) / (ideal || 1);
  }
  return scored;
}

export function search(index: SearchIndex, query: string, opts: SearchOptions): SearchResult {
  // A kiosk query is a few words; anything longer is pasted text, and its tail says nothing.
  const folded = foldVietnamese(query.slice(0, 200));
  if (!folded) return { hits: [], partial: false };
  const allowed = (id: number) => !opts.filter || opts.filter(index.docs[id]?.summary.code ?? '');

  if (/^\d\.\d{0,6}$/.test(folded)) {
    const hits = index.docs.filter((d, i) => d.summary.code.startsWith(folded) && allowed(i)).map((d) => d.summary);
    return { hits: hits.sort((a, b) => a.code.localeCompare(b.code)).slice(0, opts.limit), partial: false };
  }

  const best = new Map<number, Scored>();
  // Variants share most of their words: look each up once.
  const memo = new Map<string, Map<string, number>>();
  const candidatesOf: Candidates = (w, last) => {
    const key = `${last ? 1 : 0}${w}`;
    let c = memo.get(key);
    if (!c) memo.set(key, (c = candidates(index, w, last)));
    return c;
  };
  for (const v of variants(folded)) {
    for (const s of scoreVariant(index, v.text, v.weight, candidatesOf).values()) {
      const cur = best.get(s.id);
      // Completeness first (all words found beats a higher-scoring partial match), then score.
      const complete = s.matched >= s.required;
      const curComplete = cur ? cur.matched >= cur.required : false;
      if (!cur || (complete && !curComplete) || (complete === curComplete && s.score > cur.score)) best.set(s.id, s);
    }
  }
  const rank = (s: Scored) => {
    const d = index.docs[s.id] as Doc;
    const level = opts.preferLevel && d.summary.level.includes(opts.preferLevel) ? 1.2 : 1;
    const views = 1 + 0.08 * Math.log10(1 + (opts.views?.get(d.summary.code) ?? 0));
    // Official names run long; length only breaks near-ties.
    const brevity = Math.max(0.85, 1 / (1 + 0.01 * Math.max(0, d.name.length - 6)));
    return s.score * level * views * brevity;
  };
  const rows = [...best.values()].filter((s) => allowed(s.id));
  let pool = rows.filter((s) => s.matched >= s.required);
  let partial = false;
  if (!pool.length) {
    // Nothing has every word: offer what has most of them rather than an empty screen.
    pool = rows.filter((s) => s.required >= 2 && s.matched >= Math.ceil(s.required / 2));
    partial = pool.length > 0;
  }
  const ranked = pool.map((s) => ({ s, r: rank(s) })).sort((a, b) => b.r - a.r || (index.docs[a.s.id]?.summary.code ?? '').localeCompare(index.docs[b.s.id]?.summary.code ?? ''));
  return { hits: ranked.slice(0, opts.limit).map((x) => (index.docs[x.s.id] as Doc).summary), partial };
}
