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

/** The rural voice on the national catalogue (shared/src/search/regional.ts): queries of the development sets, said otherwise. */
describe('rural typing on the national catalogue', () => {
  it.each([
    ['tạm trú said "tạm chú"', 'khai bao tam chu cho sinh vien', '1.004194'],
    ['dân tộc said "dân tột"', 'xac dinh lai dan tot cho con', '1.004859'],
    ['căn cước said "căn cuốt"', 'lam can cuot cho tre em', '1.014062'],
  ])('reads a word as its region says it by its neighbours: %s', (_name, q, code) => {
    expect(first(q)).toBe(code);
  });

  it.each([
    ['huong luong huu o mo', 'huong luong huu'],
    ['dong thue dat o mo', 'dong thue dat'],
    ['xin phep xay nha thi sao ta', 'xin phep xay nha'],
  ])('reads the question closing "%s" as no word to find', (q, plain) => {
    expect(first(q)).toBe(first(plain));
  });

  it.each([
    ['a fishing boat, "ghe đánh cá"', 'dang ky ghe danh ca', '1.003650'],
    ['the South\'s land title, "giấy chủ quyền"', 'xin giay chu quyen dat', '1.013978'],
    ['felling planted timber, "đốn gỗ"', 'xin phep don go keo trong vuon', '1.011471'],
  ])("knows the regions' words (lexicon-regional.ts): %s", (_name, q, code) => {
    expect(search(index, q, { limit: 3, preferLevel: 'xa' }).hits.map((h) => h.code)).toContain(code);
  });
});
