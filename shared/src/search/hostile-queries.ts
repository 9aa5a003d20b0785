/**
 * Issue 17's bad input for the kiosk's search: what a person leaning on the keyboard, pasting, or a
 * broken scanner types. None may throw, and each answers within a keystroke (`npm run bench -- search`);
 * the first kind has nothing to find, the second a list.
 */
export const HOSTILE_NO_HITS: readonly (readonly [name: string, q: string])[] = [
  ['empty', ''],
  ['blank', '   '],
  ['emoji', '🙂🙂🙂'],
  ['control characters', '\u0000\u0007\u001b[31m'],
  ['5,000 Cyrillic letters', 'ж'.repeat(5000)],
  ['100,000 letters', 'a'.repeat(100_000)],
  ['mathematical script', '𝒳𝒴𝒵 ∑∫'],
  ['markup', '<script>alert(1)</script>'],
];

export const HOSTILE_WITH_HITS: readonly (readonly [name: string, q: string])[] = [
  ['one letter', 'd'],
  ['10,000 characters of words', 'đăng ký khai sinh cho con '.repeat(400)],
  ['mixed scripts', 'làm sổ đỏ 出生 жжж 🙂'],
];
