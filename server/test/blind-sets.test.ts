import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitizenQuery } from '@hcc/shared/search/dev-set';
import { SIXTEENTH_HELDOUT, SIXTEENTH_NO_ANSWER } from '@hcc/shared/search/sixteenth-set';
import { SEVENTEENTH_HELDOUT, SEVENTEENTH_NO_ANSWER } from '@hcc/shared/search/seventeenth-set';
import { EIGHTEENTH_HELDOUT, EIGHTEENTH_NO_ANSWER } from '@hcc/shared/search/eighteenth-set';

/**
 * The blind sets written by helpers who never saw the engine (issue 17) hold data only: these checks keep
 * their labels honest without reading a query's result, which would make the set a development set.
 */

/** The codes of the crawl the sets were labelled against: a label outside it would score nothing and say nothing. */
function crawlCodes(): Set<string> {
  const text = gunzipSync(readFileSync(new URL('../seed/tthc/national-crawl.jsonl.gz', import.meta.url))).toString('utf8');
  const codes = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    codes.add((JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc);
  }
  return codes;
}

function countByVoice(set: readonly { who: CitizenQuery['who'] }[]): Record<CitizenQuery['who'], number> {
  const counts = { elderly: 0, rural: 0, young: 0 };
  for (const query of set) counts[query.who] += 1;
  return counts;
}

const SETS = [
  {
    name: 'sixteenth',
    labelled: SIXTEENTH_HELDOUT,
    noAnswer: SIXTEENTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 42, rural: 43, young: 43 },
    check: () => {
      for (const query of SIXTEENTH_NO_ANSWER) expect(query.expect, query.q).toEqual([]);
      expect(countByVoice(SIXTEENTH_NO_ANSWER)).toEqual({ elderly: 24, rural: 23, young: 23 });
    },
  },
  { name: 'seventeenth', labelled: SEVENTEENTH_HELDOUT, noAnswer: SEVENTEENTH_NO_ANSWER, voices: { elderly: 62, rural: 62, young: 64 }, check: () => expect(SEVENTEENTH_NO_ANSWER).toHaveLength(49) },
  { name: 'eighteenth', labelled: EIGHTEENTH_HELDOUT, noAnswer: EIGHTEENTH_NO_ANSWER, voices: { elderly: 61, rural: 61, young: 63 }, check: () => expect(EIGHTEENTH_NO_ANSWER).toHaveLength(70) },
];

describe.each(SETS)('the $name blind set', ({ labelled, noAnswer, voices, check }) => {
  it('labels every answerable query with codes that exist in the crawl, none twice', () => {
    const codes = crawlCodes();
    for (const query of labelled) {
      expect(query.expect.length, query.q).toBeGreaterThan(0);
      expect(new Set(query.expect).size, query.q).toBe(query.expect.length);
      expect(
        query.expect.filter((code) => !codes.has(code)),
        query.q,
      ).toEqual([]);
    }
  });

  it('holds each query once across both lists', () => {
    const all = [...labelled.map((query) => query.q), ...noAnswer];
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the counts its header states', () => {
    expect(countByVoice(labelled)).toEqual(voices);
    check();
  });
});
