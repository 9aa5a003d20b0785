import { foldVietnamese } from './fold';
import { markKey } from './marks';

/**
 * How rural citizens type, South, Centre and North alike (issue 17): without marks, with the words of their region,
 * with chat shorthand, and spelling a word as they say it. The engine reads a query through these before the lexicon.
 */

/**
 * Words that say nothing of which procedure, written with their marks as the engine's own filler is (engine.ts): the
 * Southern and Central pronouns ("tui", "tụi", and "ổng", "bả", "ảnh", which fold as "ông", "bà", "anh" do but are
 * typed with their own marks), "vô" (vào), particles that close a question ("hén", "nghen") and the
 * shorthand of phone chat ("ms" mới, "bn" bao nhiêu, "vs" với, "cx" cũng, "nx" nữa, "ak" à, "zậy" vậy). None is a word
 * of the names; "tao" (cải tạo), "rủi" (rủi ro), "dìa" (địa) and "mô" (quy mô) are, so they are left to the tail below.
 */
export const REGIONAL_FILLER = ['tui', 'tụi', 'ổng', 'bả', 'ảnh', 'vô', 'mần', 'hén', 'nghen', 'ms', 'bn', 'vs', 'cx', 'nx', 'ak', 'dzậy', 'zậy', 'hổm'];

/**
 * Words that close a question in regional speech and chat: "… ở mô", "… mần răng", "… sao ta", "… được hông", "… rứa",
 * "… hả", "… z", "… j". Several are also words ("mô" of quy mô, "chi" of chi trả, "ta", "hả" the start of "tạm", "hạn"),
 * so they are read as a question only in a run of such words ending the query ("hông ta", "ở mô"), or alone where no
 * word of the names is that word (particleTail).
 */
const PARTICLES_MARKED =
  'bao nhiêu lâu mấy ngày tiền hết tốn ta hả z j ak ah hen hén nghen nè rứa răng mô chi hông hổng hem hok ko k không chưa vậy zậy dzậy rồi r dc đc được sao đâu nào gì ở làm mần bn'.split(' ');
const PARTICLES = new Set(PARTICLES_MARKED.map((w) => foldVietnamese(w)));
const PARTICLE_KEYS = new Set(PARTICLES_MARKED.map(markKey));
/** Particles that are a question wherever they end the query: no name holds them. */
const ALWAYS_PARTICLE = new Set('z j ak ah hen nghen rua rang hem hok'.split(' '));

/**
 * Where the question closing a query starts (units.length when none): the longest run of particle words at its end, of
 * two words at least or one that is always a particle, after something else was said. A lexicon phrase ("sổ hồng")
 * ends the run, as does a word typed with its marks that no particle has ("mở", "chỉ").
 */
export function particleTail(units: readonly { words: readonly string[]; concept?: string | undefined }[], typedKey: (w: string) => string | undefined): number {
  let start = units.length;
  while (start > 0) {
    const u = units[start - 1] as { words: readonly string[]; concept?: string | undefined };
    const w = u.words[0] as string;
    const key = typedKey(w);
    if (u.concept || u.words.length > 1 || !PARTICLES.has(w) || (key !== undefined && !PARTICLE_KEYS.has(key))) break;
    start--;
  }
  const run = units.length - start;
  if (start === 0 || run === 0) return units.length;
  return run >= 2 || ALWAYS_PARTICLE.has(units[start]?.words[0] as string) ? start : units.length;
}

/** Whether words typed end in such a question: then the last is a word said, not one to complete as it is typed. */
export const closesWithParticles = (typed: readonly string[]): boolean =>
  particleTail(
    typed.map((w) => ({ words: [w] })),
    () => undefined,
  ) < typed.length;
