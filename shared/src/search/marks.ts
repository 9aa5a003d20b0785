import { foldVietnamese } from './fold';

/**
 * Words as written with their marks, for telling apart words that fold alike: "dâu" (daughter-in-law) and
 * "dầu" (oil), "thuê" (rent) and "thuế" (tax), "hộ" and "họ". A word is keyed by its letters (đ kept), its vowel
 * marks (circumflex, breve, horn) and the letter each sits on, and its tone wherever it was placed, so the old
 * and the new tone placement ("hoà" and "hòa", "thuỷ" and "thủy") key the same.
 */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

export function markKey(word: string): string {
  let letters = '';
  let vowels = '';
  let tone = '';
  for (const ch of word.normalize('NFD').toLowerCase()) {
    if (TONES.has(ch)) tone = ch;
    else if (/\p{M}/u.test(ch)) vowels += `${letters.length - 1}${ch}`;
    else letters += ch;
  }
  return `${letters}${vowels}${tone}`;
}

/** Whether the word carries any mark at all (a word typed without marks says nothing about which word it is). */
export const isMarked = (word: string): boolean => foldVietnamese(word) !== word.normalize('NFC').toLowerCase();

/** The words of a text as keys, in order (letters and digits; punctuation splits). */
export const markedWords = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(markKey);
