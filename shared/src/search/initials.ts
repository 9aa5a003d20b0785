import { isSyllable } from './typing';

/**
 * Initials typed for a phrase: "đkkh" for "đăng ký kết hôn", "cmđsdđ" for "chuyển mục đích sử dụng đất",
 * "atvstp", "gplx", "gp". People abbreviate whatever they say often, far more phrases than a lexicon can
 * list, and the catalogue's own names hold the phrases: a word that is no syllable and starts no word of
 * the catalogue is read as the initials of the commonest run of words in the names with those initials.
 */

/** The first letter of each word of a folded, space-separated name: one character per word. */
export const initialsOf = (words: readonly string[]): string => words.map((w) => w[0] ?? ' ').join('');

/** Could this typed word be initials? Letters only, 2–8 of them, and no Vietnamese syllable. */
export const maybeInitials = (w: string): boolean => /^[a-z]{2,8}$/.test(w) && !isSyllable(w);

/**
 * The commonest run of words whose initials are `typed`, among names given as their folded words (space
 * separated, padding allowed) and initials; undefined when no name has one. Ties go to the run met first.
 * With `next`, the words typed after the initials, runs several names follow with those words come first, then
 * those followed by the first of them: "ct chữ ký" is "chứng thực chữ ký", though "chủ tịch" is the commoner "ct" of the
 * names and "chấp thuận chủ trương" the commoner "ct" before "chủ"; "hđ thuê nhà" is "hợp đồng thuê nhà", not the
 * "hiệp định thuế" of the names. Then, with `prev`, those the names put after the word typed before: "giấy ks" is
 * "giấy khai sinh", though "khoáng sản" is the commoner "ks". Then, with `told` (the query's other words), those holding
 * one of them.
 */
export function expandInitials(
  typed: string,
  names: readonly { name: string; initials: string }[],
  next?: string | readonly string[],
  prev?: string,
  told: readonly string[] = [],
): string[] | undefined {
  const after = typeof next === 'string' ? [next] : (next ?? []);
  const counts = new Map<string, number>();
  // Runs followed by the first word typed after them, then by the first two.
  const followed = [new Map<string, number>(), new Map<string, number>()];
  const preceded = new Map<string, number>();
  for (const n of names) {
    if (!n.initials.includes(typed)) continue;
    const words = n.name.trim().split(' ');
    const seen = new Set<string>();
    const seenFollowed = [new Set<string>(), new Set<string>()];
    const seenPreceded = new Set<string>();
    for (let at = n.initials.indexOf(typed); at >= 0; at = n.initials.indexOf(typed, at + 1)) {
      const run = words.slice(at, at + typed.length).join(' ');
      seen.add(run);
      for (let k = 0; k < Math.min(2, after.length) && words[at + typed.length + k] === after[k]; k++) seenFollowed[k]?.add(run);
      if (prev !== undefined && words[at - 1] === prev) seenPreceded.add(run);
    }
    // A phrase counts once per name: a name repeating it is not more evidence of what people abbreviate.
    for (const p of seen) counts.set(p, (counts.get(p) ?? 0) + 1);
    seenFollowed.forEach((s, k) => s.forEach((p) => followed[k]?.set(p, (followed[k]?.get(p) ?? 0) + 1)));
    for (const p of seenPreceded) preceded.set(p, (preceded.get(p) ?? 0) + 1);
  }
  const [one, two] = followed as [Map<string, number>, Map<string, number>];
  const byTwo = commonest(two);
  if (byTwo && (two.get(byTwo) ?? 0) >= TWO_WORDS_SEEN) return byTwo.split(' ');
  // Then the runs holding a word said elsewhere in the query: "con sinh bên Campuchia về làm ks" abbreviates the
  // birth it tells of ("khai sinh"), not the commoner "khoáng sản".
  const topic = new Map([...counts].filter(([p]) => p.split(' ').some((w) => told.includes(w))));
  return commonest(one.size ? one : preceded.size ? preceded : topic.size ? topic : counts)?.split(' ');
}

/**
 * Names a run must be followed by the two words typed next in, to be read so: one name's "điều khiển xe máy chuyên
 * dùng" does not make "đk xe máy" anything but "đăng ký".
 */
const TWO_WORDS_SEEN = 3;

function commonest(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  for (const [p, k] of counts) if (k > bestN) [best, bestN] = [p, k];
  return best;
}
