import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIFTEENTH_HELDOUT, FIFTEENTH_NO_ANSWER } from '@hcc/shared/search/fifteenth-set';

/** Checks the fifteenth held-out set's labels only; it does not score the engine on it. */
const crawl = gunzipSync(readFileSync(new URL('../seed/tthc/national-crawl.jsonl.gz', import.meta.url))).toString('utf8');
const codes = new Set(
  crawl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc),
);

function count(set: readonly { who: string }[], who: string): number {
  return set.filter((query) => query.who === who).length;
}

describe('fifteenth held-out set', () => {
  it('names only procedures that exist in the crawl', () => {
    const missing = FIFTEENTH_HELDOUT.flatMap((query) => query.expect.filter((code) => !codes.has(code)).map((code) => `${query.q} → ${code}`));
    expect(missing).toEqual([]);
    for (const query of FIFTEENTH_HELDOUT) {
      expect(query.expect.length).toBeGreaterThan(0);
      expect(new Set(query.expect).size).toBe(query.expect.length);
    }
    for (const query of FIFTEENTH_NO_ANSWER) expect(query.expect).toEqual([]);
  });

  it('has the counts its header states', () => {
    expect(FIFTEENTH_HELDOUT).toHaveLength(124);
    expect(count(FIFTEENTH_HELDOUT, 'elderly')).toBe(40);
    expect(count(FIFTEENTH_HELDOUT, 'rural')).toBe(41);
    expect(count(FIFTEENTH_HELDOUT, 'young')).toBe(43);
    expect(FIFTEENTH_NO_ANSWER).toHaveLength(38);
    expect(count(FIFTEENTH_NO_ANSWER, 'elderly')).toBe(14);
    expect(count(FIFTEENTH_NO_ANSWER, 'rural')).toBe(13);
    expect(count(FIFTEENTH_NO_ANSWER, 'young')).toBe(11);
    const queries = [...FIFTEENTH_HELDOUT, ...FIFTEENTH_NO_ANSWER].map((query) => query.q);
    expect(new Set(queries).size).toBe(162);
  });
});
