import path from 'node:path';
import { FULL_SCALE } from './fault-scale';

/** Draws from a seeded generator; `between(lo, hi)` is an integer in [lo, hi). */
export interface FaultRandom {
  seed: number;
  between(lo: number, hi: number): number;
}

/**
 * The random choices of a fault test (when to kill, how long a cut lasts, how long the line stays up)
 * come from one seed, printed like the fuzz seed so a failing run can be run again with the same
 * choices: FAULT_SEED=<seed> npx vitest run --project reliability <file>, with FAULT_SCALE=full if it ran
 * full. The processes under test keep their own timing, so a replay repeats the schedule of faults,
 * not every interleaving.
 */
export function faultRandom(file: string): FaultRandom {
  const seed = Number(process.env['FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31)) >>> 0;
  const scale = FULL_SCALE ? ' FAULT_SCALE=full' : '';
  console.info(`${path.basename(file)}: fault seed ${seed} (FAULT_SEED=${seed}${scale} to replay)`);
  // mulberry32: small, fast and well distributed enough to spread faults over time.
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, between: (lo, hi) => lo + Math.floor(next() * (hi - lo)) };
}
