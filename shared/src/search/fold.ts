/**
 * Fold Vietnamese text to what people type without diacritics: "Đăng ký khai sinh" → "dang ky khai sinh".
 * NFD splits tone and vowel marks from their letters, except đ/Đ, which is a letter of its own.
 * Input may arrive NFC or NFD, with old or new tone placement (hoà/hòa): folding erases both.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export const tokenize = (text: string): string[] => {
  const folded = foldVietnamese(text);
  return folded ? folded.split(' ') : [];
};
