import { foldVietnamese } from './fold';
import { canonical } from './typing';

/**
 * Words as written with their marks, for telling apart words that fold alike: "dâu" (daughter-in-law) and
 * "dầu" (oil), "thuê" (rent) and "thuế" (tax), "hộ" and "họ". A word is keyed by its letters (đ kept), its vowel
 * marks (circumflex, breve, horn) and the letter each sits on, and its tone wherever it was placed, so the old
 * and the new tone placement ("hoà" and "hòa", "thuỷ" and "thủy"), the old -i and -y ("kí", "ký"), and hỏi and ngã
 * ("sửa", "sữa") key the same.
 */
const TONES = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);

export const markKey = (word: string): string => keyOfDecomposed(word.normalize('NFD').toLowerCase());

/** Run for every word of every name when an index is built: char codes, not a regular expression per letter. */
function keyOfDecomposed(nfd: string): string {
  let letters = '';
  let vowels = '';
  let tone = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    // Hỏi and ngã are one tone in the South and the Centre, and written as heard ("bảo hiễm", "hộ khẫu").
    if (TONES.has(c)) tone = c === 0x303 ? '\u0309' : (nfd[i] as string);
    else if (c >= 0x300 && c <= 0x36f) vowels += `${letters.length - 1}${nfd[i] as string}`;
    else letters += nfd[i] as string;
  }
  // "kí" and "ký" are one word written two ways, as folding already has it (typing.ts, canonical).
  return `${canonical(letters)}${vowels}${tone}`;
}

/** Whether the word carries any mark at all (a word typed without marks says nothing about which word it is). */
export const isMarked = (word: string): boolean => foldVietnamese(word) !== word.normalize('NFC').toLowerCase();

/** Whether `word` carries a tone mark: typed last in Telex and VNI, and said whole by voice typing, so the word is finished. */
export const hasTone = (word: string): boolean => [...word.normalize('NFD')].some((c) => TONES.has(c.charCodeAt(0)));

/** The words of a text in order (letters and digits; punctuation splits), each folded as search reads it and keyed. */
export const markedWords = (text: string): { word: string; key: string }[] =>
  text
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((nfd) => ({ word: canonical(foldVietnamese(nfd)), key: keyOfDecomposed(nfd) }));
