/**
 * The applicant's name as the screens and the look-up may show it: the initials, "Nguyễn Văn An" →
 * "N. V. A.". Enough for citizens to recognise their own dossier on a list, too little to name them.
 * Diacritics stay (Đ is not D to the reader). Anything that is not a letter is dropped, so a number
 * typed into the name field by mistake (an ID, a phone) cannot leak through.
 */
export function nameInitials(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words
    .slice(0, 6)
    .map((w) => `${w.charAt(0).toLocaleUpperCase('vi')}.`)
    .join(' ');
}
