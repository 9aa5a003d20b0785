import { defaultLexicon } from '@hcc/shared/search/default-lexicon';
import { buildSearchIndex, search } from '@hcc/shared/search/engine';
import { searchDocOf } from '@hcc/shared/search/search-doc';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCrawl, readCrawlFile } from '../src/catalogue/read-crawl';

const CRAWL = findCrawl() ?? 'server/seed/tthc/national-crawl.jsonl.gz';
let index: ReturnType<typeof buildSearchIndex>;
const first = (q: string) => search(index, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

beforeAll(async () => {
  const { procedures } = await readCrawlFile(CRAWL);
  index = buildSearchIndex(procedures.map(searchDocOf), defaultLexicon());
}, 60_000);

/** The rural voice on the national catalogue (shared/src/search/regional.ts): queries of the development sets, put as a region puts them. */
describe('rural typing on the national catalogue', () => {
  it.each([
    ['huong luong huu o mo', 'huong luong huu'],
    ['dong thue dat o mo', 'dong thue dat'],
    ['xin phep xay nha thi sao ta', 'xin phep xay nha'],
  ])('reads the question closing "%s" as no word to find', (q, plain) => {
    expect(first(q)).toBe(first(plain));
  });
});
