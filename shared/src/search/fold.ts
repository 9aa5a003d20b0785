/**
 * Fold Vietnamese text to what people type without diacritics: "Đăng ký khai sinh" → "dang ky khai sinh".
 * NFD splits tone and vowel marks from their letters, except đ/Đ, which is a letter of its own.
 * Input may arrive NFC or NFD, with old or new tone placement (hoà/hòa): folding erases both.
 */
export function foldVietnamese(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const folded = FOLDED[text.charCodeAt(i)];
    if (folded === undefined) return foldByRegex(text);
    if (folded === ' ') gap = out !== '';
    else if (folded) {
      if (gap) out += ' ';
      gap = false;
      out += folded;
    }
  }
  // Dots at a word's edge go by the definition's own regex (a space at either end changes nothing for it).
  return out.includes('.') ? dotsOff(out) : out;
}

/**
 * The definition, step by step. foldVietnamese gives the same string a character at a time, from a table
 * this builds for the scripts the catalogue is written in (the server folds every procedure on each
 * start, and the kiosk again as it indexes), and comes back here for any other character.
 */
export function foldByRegex(text: string): string {
  return dotsOff(marksOff(text).replace(/[^\p{L}\p{N}.]+/gu, ' '));
}

const marksOff = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

const dotsOff = (spaced: string) =>
  spaced
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');

/** Each character folded alone: '' for a mark, ' ' for a separator, undefined where the table does not reach. */
const FOLDED = new Array<string | undefined>(0x10000).fill(undefined);
/**
 * Latin (Vietnamese's letters are here), the combining marks, Latin Extended Additional (its precomposed
 * vowels with tones), Greek Extended, and general punctuation with currency signs (₫). Decomposed, each
 * of these is one letter or sign and marks of U+0300–U+036F, so folding a string is folding its
 * characters one by one: the marks NFD would reorder are all erased, and no Greek capital sigma (the one
 * lowercase that depends on its neighbours) is among them. fold.test.ts checks every character.
 */
for (const [from, to] of [
  [0, 0x36f],
  [0x1e00, 0x20cf],
] as const) {
  for (let c = from; c <= to; c++) {
    const folded = marksOff(String.fromCharCode(c));
    FOLDED[c] = /[^\p{L}\p{N}.]/u.test(folded) ? ' ' : folded;
  }
}

export const tokenize = (text: string): string[] => {
  const folded = foldVietnamese(text);
  return folded ? folded.split(' ') : [];
};
