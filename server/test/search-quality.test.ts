import path from 'node:path';
import { QUERY_SET } from '@hcc/shared/search/query-set';
import { buildSearchIndex, search } from '@hcc/shared/search/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCrawl, readCrawlFile } from '../src/catalogue/read-crawl';

const CRAWL = findCrawl() ?? 'server/seed/tthc/national-crawl.jsonl.gz';
let index: ReturnType<typeof buildSearchIndex>;

beforeAll(async () => {
  const { procedures } = await readCrawlFile(CRAWL);
  index = buildSearchIndex(procedures);
}, 60_000);

describe('search quality on the national catalogue (2,642 procedures)', () => {
  it('finds at least 95 % of the citizen query set in the top three', () => {
    const misses: string[] = [];
    for (const { q, expect: want } of QUERY_SET) {
      const top = search(index, q, { limit: 3, preferLevel: 'xa' }).hits.map((h) => h.code);
      if (!want.some((c) => top.includes(c))) misses.push(`${q} → ${top.join(', ') || 'nothing'} (want ${want.join(' or ')})`);
    }
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(60);
    const hitRate = 1 - misses.length / QUERY_SET.length;
    expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the procedure first for the issue’s own example', () => {
    expect(search(index, 'giay doc than', { limit: 1, preferLevel: 'xa' }).hits[0]?.code).toBe('1.004873');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['emoji', '🙂🙂🙂'],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['5,000 Cyrillic letters', 'ж'.repeat(5000)],
    ['100,000 letters', 'a'.repeat(100_000)],
    ['mathematical script', '𝒳𝒴𝒵 ∑∫'],
    ['markup', '<script>alert(1)</script>'],
  ])('survives %s with no crash and no hits', (_name, q) => {
    expect(search(index, q, { limit: 10 }).hits).toEqual([]);
  });
});
