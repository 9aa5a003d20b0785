/**
 * How many faults the long drills inject. `npm test` runs them quick: fewer kills, cuts and hours
 * offline, each one the same fault with the same checks, so every run still proves the property and
 * the seed still replays it. `npm run reliability:report` sets FAULT_SCALE=full for the figures that
 * go into RELIABILITY.md, and anyone chasing a rare failure can do the same.
 */
export const FULL_SCALE = process.env['FAULT_SCALE'] === 'full';

/** The drill's count at this run's scale. */
export const faultCount = (counts: { quick: number; full: number }): number => (FULL_SCALE ? counts.full : counts.quick);
