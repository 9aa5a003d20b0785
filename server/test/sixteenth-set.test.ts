import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitizenQuery } from '@hcc/shared/search/dev-set';
import { SIXTEENTH_HELDOUT, SIXTEENTH_NO_ANSWER } from '@hcc/shared/search/sixteenth-set';

/** The codes of the crawl the set was labelled against: a label outside it would score nothing and say nothing. */
function crawlCodes(): Set<string> {
  const text = gunzipSync(readFileSync(new URL('../seed/tthc/national-crawl.jsonl.gz', import.meta.url))).toString('utf8');
  const codes = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    codes.add((JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc);
  }
  return codes;
}

function countByVoice(set: readonly CitizenQuery[]): Record<CitizenQuery['who'], number> {
  const counts = { elderly: 0, rural: 0, young: 0 };
  for (const query of set) counts[query.who] += 1;
  return counts;
}

describe('the sixteenth held-out set', () => {
  it('labels every answerable query with codes that exist in the crawl, none twice', () => {
    const codes = crawlCodes();
    for (const query of SIXTEENTH_HELDOUT) {
      expect(query.expect.length, query.q).toBeGreaterThan(0);
      expect(new Set(query.expect).size, query.q).toBe(query.expect.length);
      expect(
        query.expect.filter((code) => !codes.has(code)),
        query.q,
      ).toEqual([]);
    }
  });

  it('keeps the no-answer queries without labels', () => {
    for (const query of SIXTEENTH_NO_ANSWER) expect(query.expect, query.q).toEqual([]);
  });

  it('holds each query once across both lists', () => {
    const all = [...SIXTEENTH_HELDOUT, ...SIXTEENTH_NO_ANSWER].map((query) => query.q);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the counts its header states', () => {
    expect(countByVoice(SIXTEENTH_HELDOUT)).toEqual({ elderly: 42, rural: 43, young: 43 });
    expect(countByVoice(SIXTEENTH_NO_ANSWER)).toEqual({ elderly: 24, rural: 23, young: 23 });
  });
});
