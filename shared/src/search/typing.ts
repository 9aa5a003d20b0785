/**
 * Typing as it happens at a kiosk: old and new spellings, and the keys of the Telex input method left
 * in a word when the keyboard did not turn them into marks ("ddangw kys" for "đăng ký").
 */

/**
 * Old and new spellings of final -y/-i ("lý/lí", "kỹ/kĩ") are the same word to a reader; so are a number
 * and its zero-padded form ("mức độ 02" in a name, "mức 2" in a query; "cấp 4", "loại 01").
 */
export const canonical = (w: string) => (/^0+\d/.test(w) ? w.replace(/^0+(?=\d)/, '') : /^(?:[bcdghklmnpqrstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr)y$/.test(w) ? `${w.slice(0, -1)}i` : w);

/**
 * A Vietnamese syllable without its marks: onset, nucleus, coda. Loose (it accepts a few syllables no
 * one writes), strict enough that a tone key is never taken from a word it belongs to.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?(?:uye|uya|uyu|ieu|yeu|uoi|uou|oai|oay|oeo|uay|uai|uoi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|ya|a|e|i|o|u|y)(?:ch|ng|nh|[cmnpt])?$/;

export const isSyllable = (w: string) => SYLLABLE.test(w);

/**
 * A word typed with the VNI input method's keys left in ("chu71ng", "d9a8ng": digits after letters mark tones, vowels
 * and đ), read without them where a syllable is left; any other word as typed ("14t", "b2").
 */
export const unVni = (w: string) => {
  const bare = w.replace(/\d/g, '');
  return /^[a-z]/.test(w) && bare !== w && bare.length > 1 && isSyllable(bare) ? bare : w;
};

/** Telex tone keys: s sắc, f huyền, r hỏi, x ngã, j nặng (z clears). */
const TONE_KEYS = /[sfrxjz]$/;

/**
 * What a word typed with Telex keys left in may have meant: vowel keys folded (aa, aw, ee, oo, ow, uw,
 * dd, and w alone for ư), then one trailing tone key dropped — only when what remains is a syllable.
 * Returns nothing for a word that needs none of this.
 */
export function telexCandidates(w: string): string[] {
  if (w.length < 2 || w.length > 9) return [];
  // "w" marks the vowel before it (ă, ơ, ư) wherever it is typed; before any vowel it is ư itself.
  const vowelFirst = w.search(/[aeiouy]/);
  const ws = w.indexOf('w');
  const unW = ws >= 0 && (vowelFirst < 0 || ws < vowelFirst) ? `${w.slice(0, ws)}u${w.slice(ws + 1)}`.replace(/w/g, '') : w.replace(/w/g, '');
  const folded = unW
    .replace(/dd/g, 'd')
    .replace(/aa/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo(?!ng|c)/g, 'o');
  const out: string[] = [];
  if (folded !== w && isSyllable(folded)) out.push(folded);
  if (TONE_KEYS.test(folded)) {
    const bare = folded.slice(0, -1);
    // Tone keys may also come before the final consonant ("sinfh"): try moving it to the end.
    if (isSyllable(bare)) out.push(canonical(bare));
  } else {
    const m = /^(.*[aeiouy])([sfrxj])(ch|ng|nh|[cmnpt])$/.exec(folded);
    if (m && isSyllable(`${m[1]}${m[3]}`)) out.push(`${m[1]}${m[3]}`);
  }
  return out.filter((t) => t !== w);
}
