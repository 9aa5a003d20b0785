import { foldVietnamese } from '../search/fold';
import { isSyllable } from '../search/typing';

/**
 * Telex, the way most Vietnamese type: letters are doubled or followed by a key to get the marked
 * vowel (aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, uw → ư, dd → đ) and a tone key after the word's
 * letters puts the tone on the right vowel (s sắc, f huyền, r hỏi, x ngã, j nặng, z removes it).
 * Pure, so the kiosk's on-screen keyboard and its tests share it.
 */

const TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323', z: '' };
const SHAPES: Record<string, Record<string, string>> = {
  a: { a: 'â', w: 'ă' },
  e: { e: 'ê' },
  o: { o: 'ô', w: 'ơ' },
  u: { w: 'ư' },
  d: { d: 'đ' },
};
const VOWELS = 'aăâeêioôơuưy';
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const base = (ch: string) => ch.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');

/** Which vowel of a syllable carries the tone (the "new" placement: hoà → hòa is left to the font). */
function toneIndex(word: string): number {
  const letters = [...word].map((c) => base(c).toLowerCase());
  const vowels = letters.map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (!vowels.length) return -1;
  // A vowel with its own mark (ê, ơ, â…) takes the tone: "thường", "kết".
  const marked = vowels.filter((i) => 'ăâêôơư'.includes(letters[i] as string));
  if (marked.length) return marked[marked.length - 1] as number;
  // "qu" and "gi" start the syllable; their u/i are not the vowel.
  const first = vowels[0] as number;
  const lead = (letters[0] === 'q' && first === 1) || (letters[0] === 'g' && letters[1] === 'i' && first === 1 && vowels.length > 1) ? 1 : 0;
  const vs = vowels.slice(lead);
  const ends = vs[vs.length - 1] as number;
  const closed = ends < letters.length - 1; // a consonant follows
  if (vs.length === 1) return vs[0] as number;
  if (vs.length >= 3 || closed) return vs[1] as number;
  return vs[0] as number;
}

function applyTone(word: string, key: string): string | null {
  const i = toneIndex(word);
  if (i < 0) return null;
  const chars = [...word];
  const target = base(chars[i] as string);
  chars[i] = (target + (TONES[key] ?? '')).normalize('NFC');
  const toned = chars.join('');
  return toned === word && key !== 'z' ? null : toned;
}

/** The text after typing `key` at the end of `text`. */
export function telexType(text: string, key: string): string {
  const m = /[^\s]*$/.exec(text);
  const word = m?.[0] ?? '';
  const head = text.slice(0, text.length - word.length);
  const k = key.toLowerCase();
  if (word) {
    if (k in TONES && [...word].some((c) => VOWELS.includes(base(c).toLowerCase()))) {
      const toned = applyTone(word, k);
      if (toned !== null) return head + toned;
    }
    // Reshape the last matching letter: "dduwowngf" → "đường".
    const chars = [...word];
    for (let i = chars.length - 1; i >= 0; i--) {
      const c = chars[i] as string;
      const lower = base(c).toLowerCase();
      const shaped = SHAPES[lower]?.[k];
      if (!shaped) continue;
      if (k === lower && i !== chars.length - 1) break; // "aa" doubles only side by side
      const tone = c.normalize('NFD').match(TONE_MARKS)?.[0] ?? '';
      const upper = c !== c.toLowerCase();
      chars[i] = (upper ? shaped.toUpperCase() : shaped).normalize('NFD').concat(tone).normalize('NFC');
      return head + chars.join('');
    }
  }
  return text + key;
}

/** What may follow the start of a syllable to finish one: an onset's vowel ("ngh" + i, "q" + ua), a rhyme's end ("uyê" + n). */
const FINISHES = ['', 'a', 'i', 'e', 'n', 'g', 'h', 'ng', 'ua', 'ha'];
const startsSyllable = (folded: string) => FINISHES.some((f) => isSyllable(folded + f));

/**
 * A word from the keys typed for it: Telex where that makes a Vietnamese syllable or the start of one, else the keys
 * as typed, as Unikey restores the keys of a word Telex made wrong: "birth" is no "bỉth", "passport" no "pásport".
 * ("visa" still makes "vía", a word: as with any Telex keyboard, a loanword typed whole may land on one.)
 */
export function telexWord(keys: string): string {
  const word = [...keys].reduce(telexType, '');
  return word === keys || startsSyllable(foldVietnamese(word)) ? word : keys;
}
