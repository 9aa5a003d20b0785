import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitizenQuery } from '@hcc/shared/search/dev-set';
import { SIXTEENTH_HELDOUT, SIXTEENTH_NO_ANSWER } from '@hcc/shared/search/sixteenth-set';
import { SEVENTEENTH_HELDOUT, SEVENTEENTH_NO_ANSWER } from '@hcc/shared/search/seventeenth-set';
import { EIGHTEENTH_HELDOUT, EIGHTEENTH_NO_ANSWER } from '@hcc/shared/search/eighteenth-set';
import { NINETEENTH_HELDOUT, NINETEENTH_NO_ANSWER } from '@hcc/shared/search/nineteenth-set';
import { TWENTIETH_HELDOUT, TWENTIETH_NO_ANSWER } from '@hcc/shared/search/twentieth-set';
import { TWENTYFIRST_HELDOUT, TWENTYFIRST_NO_ANSWER } from '@hcc/shared/search/twentyfirst-set';
import { TWENTYSECOND_HELDOUT, TWENTYSECOND_NO_ANSWER } from '@hcc/shared/search/twentysecond-set';
import { TWENTYTHIRD_HELDOUT, TWENTYTHIRD_NO_ANSWER } from '@hcc/shared/search/twentythird-set';
import { TWENTYFOURTH_HELDOUT, TWENTYFOURTH_NO_ANSWER } from '@hcc/shared/search/twentyfourth-set';
import { TWENTYFIFTH_HELDOUT, TWENTYFIFTH_NO_ANSWER } from '@hcc/shared/search/twentyfifth-set';
import { TWENTYSIXTH_HELDOUT, TWENTYSIXTH_NO_ANSWER } from '@hcc/shared/search/twentysixth-set';
import { TWENTYSEVENTH_HELDOUT, TWENTYSEVENTH_NO_ANSWER } from '@hcc/shared/search/twentyseventh-set';
import { TWENTYEIGHTH_HELDOUT, TWENTYEIGHTH_NO_ANSWER } from '@hcc/shared/search/twentyeighth-set';
import { TWENTYNINTH_HELDOUT, TWENTYNINTH_NO_ANSWER } from '@hcc/shared/search/twentyninth-set';
import { THIRTIETH_HELDOUT, THIRTIETH_NO_ANSWER } from '@hcc/shared/search/thirtieth-set';
import { THIRTYFIRST_HELDOUT, THIRTYFIRST_NO_ANSWER } from '@hcc/shared/search/thirtyfirst-set';
import { THIRTYSECOND_HELDOUT, THIRTYSECOND_NO_ANSWER } from '@hcc/shared/search/thirtysecond-set';
import { THIRTYTHIRD_HELDOUT, THIRTYTHIRD_NO_ANSWER } from '@hcc/shared/search/thirtythird-set';
import { THIRTYFOURTH_HELDOUT, THIRTYFOURTH_NO_ANSWER } from '@hcc/shared/search/thirtyfourth-set';
import { THIRTYFIFTH_HELDOUT, THIRTYFIFTH_NO_ANSWER } from '@hcc/shared/search/thirtyfifth-set';
import { THIRTYSIXTH_HELDOUT, THIRTYSIXTH_NO_ANSWER } from '@hcc/shared/search/thirtysixth-set';
import { THIRTYSEVENTH_HELDOUT, THIRTYSEVENTH_NO_ANSWER } from '@hcc/shared/search/thirtyseventh-set';
import { THIRTYEIGHTH_HELDOUT, THIRTYEIGHTH_NO_ANSWER } from '@hcc/shared/search/thirtyeighth-set';
import { THIRTYNINTH_HELDOUT, THIRTYNINTH_NO_ANSWER } from '@hcc/shared/search/thirtyninth-set';
import { FORTIETH_HELDOUT, FORTIETH_NO_ANSWER } from '@hcc/shared/search/fortieth-set';
import { FORTYFIRST_HELDOUT, FORTYFIRST_NO_ANSWER } from '@hcc/shared/search/fortyfirst-set';
import { FORTYSECOND_HELDOUT, FORTYSECOND_NO_ANSWER } from '@hcc/shared/search/fortysecond-set';

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

/**
 * A set's draft, frozen before its writer opened the catalogue: still the bytes its header names, and every query
 * of the set one of its lines (the query is a line's last tab-separated field; `#` lines are headings).
 */
interface Draft {
  path: string;
  sha256: string;
}
function draftQueries({ path, sha256 }: Draft): Set<string> {
  const bytes = readFileSync(new URL(`../../docs/search-drafts/${path}`, import.meta.url));
  expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(sha256);
  const lines = bytes.toString('utf8').split('\n');
  return new Set(lines.filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t').at(-1) ?? ''));
}

const SETS: { name: string; labelled: readonly CitizenQuery[]; noAnswer: readonly string[]; voices: Record<CitizenQuery['who'], number>; check: () => void; draft?: Draft }[] = [
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
  {
    name: 'seventeenth',
    labelled: SEVENTEENTH_HELDOUT,
    noAnswer: SEVENTEENTH_NO_ANSWER,
    voices: { elderly: 62, rural: 62, young: 64 },
    check: () => expect(SEVENTEENTH_NO_ANSWER).toHaveLength(49),
    draft: { path: 'seventeenth-draft-20261206T1147Z.txt', sha256: '53a80a56512b4af7be672d5e8539b289d8192ad96aa80c6412e60c47114c8484' },
  },
  {
    name: 'eighteenth',
    labelled: EIGHTEENTH_HELDOUT,
    noAnswer: EIGHTEENTH_NO_ANSWER,
    voices: { elderly: 61, rural: 61, young: 63 },
    check: () => expect(EIGHTEENTH_NO_ANSWER).toHaveLength(70),
    draft: { path: 'eighteenth-draft-20261206T1444Z.txt', sha256: 'fd6e631e368f2279233b0d60464e429f61ea954b23d97731491466814ce85ded' },
  },
  {
    name: 'nineteenth',
    labelled: NINETEENTH_HELDOUT,
    noAnswer: NINETEENTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 72, rural: 72, young: 71 },
    check: () => expect(countByVoice(NINETEENTH_NO_ANSWER)).toEqual({ elderly: 20, rural: 20, young: 21 }),
    draft: { path: 'nineteenth-draft-20261206T1714Z.txt', sha256: '77d6ce802a02e2db80a6fe2a461b06ff22788059a77e618f888dd84b2bc7882f' },
  },
  {
    name: 'twentieth',
    labelled: TWENTIETH_HELDOUT,
    noAnswer: TWENTIETH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 73, rural: 73, young: 73 },
    check: () => expect(countByVoice(TWENTIETH_NO_ANSWER)).toEqual({ elderly: 21, rural: 21, young: 21 }),
    draft: { path: 'twentieth-draft-20261206T1933Z.txt', sha256: '30c20bcdad8ca024fc97b3518515938bb7902663ae5b352fb78773c726b5f1aa' },
  },
  {
    name: 'twenty-first',
    labelled: TWENTYFIRST_HELDOUT,
    noAnswer: TWENTYFIRST_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 74, rural: 74, young: 74 },
    check: () => expect(countByVoice(TWENTYFIRST_NO_ANSWER)).toEqual({ elderly: 20, rural: 20, young: 20 }),
    draft: { path: 'twentyfirst-draft-20261206T2038Z.txt', sha256: 'cea4729faebc78b541a44f09ab28313a5323d8397c47ab9a424e80592ee2b8a4' },
  },
  {
    name: 'twenty-second',
    labelled: TWENTYSECOND_HELDOUT,
    noAnswer: TWENTYSECOND_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 75, rural: 75, young: 75 },
    check: () => expect(countByVoice(TWENTYSECOND_NO_ANSWER)).toEqual({ elderly: 27, rural: 27, young: 27 }),
    draft: { path: 'twentysecond-draft-20261206T2240Z.txt', sha256: 'a50bba2ac0a5113990f685133b21a7375e565c1a925bd8d8c077c42b26abc5a3' },
  },
  {
    name: 'twenty-third',
    labelled: TWENTYTHIRD_HELDOUT,
    noAnswer: TWENTYTHIRD_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 66, rural: 67, young: 70 },
    check: () => expect(countByVoice(TWENTYTHIRD_NO_ANSWER)).toEqual({ elderly: 32, rural: 31, young: 28 }),
    draft: { path: 'twentythird-draft-20261206T2239Z.txt', sha256: '379d479573bcbb45dd23ef6c03776633d9236ecbd5cfba7ec81f3ddae66e427e' },
  },
  {
    name: 'twenty-fourth',
    labelled: TWENTYFOURTH_HELDOUT,
    noAnswer: TWENTYFOURTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 74, rural: 75, young: 77 },
    check: () => expect(countByVoice(TWENTYFOURTH_NO_ANSWER)).toEqual({ elderly: 31, rural: 30, young: 28 }),
    draft: { path: 'twentyfourth-draft-20261206T2354Z.txt', sha256: '1e2fb0d2d3267a8f0c472ec05f22ccf826fb07c402eeb2e7c42ed0337f44314f' },
  },
  {
    name: 'twenty-fifth',
    labelled: TWENTYFIFTH_HELDOUT,
    noAnswer: TWENTYFIFTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 72, rural: 72, young: 72 },
    check: () => expect(countByVoice(TWENTYFIFTH_NO_ANSWER)).toEqual({ elderly: 35, rural: 35, young: 35 }),
    draft: { path: 'twentyfifth-draft-20261207T0146Z.txt', sha256: 'd4af25a597490032e21937a1a17fdc3477b099be4260fa3ff1ea657243385a1e' },
  },
  {
    name: 'twenty-sixth',
    labelled: TWENTYSIXTH_HELDOUT,
    noAnswer: TWENTYSIXTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 70, rural: 71, young: 74 },
    check: () => expect(countByVoice(TWENTYSIXTH_NO_ANSWER)).toEqual({ elderly: 35, rural: 34, young: 31 }),
    draft: { path: 'twentysixth-draft-20261207T0148Z.txt', sha256: '7f8397fea175cc397b0da72b704aaba9d868ef34cbeb65c208ef7eae534c6fbe' },
  },
  {
    name: 'twenty-seventh',
    labelled: TWENTYSEVENTH_HELDOUT,
    noAnswer: TWENTYSEVENTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 70, rural: 72, young: 76 },
    check: () => expect(countByVoice(TWENTYSEVENTH_NO_ANSWER)).toEqual({ elderly: 34, rural: 32, young: 28 }),
    draft: { path: 'twentyseventh-draft-20261207T0146Z.txt', sha256: 'ab2ec27c3c0883f39e4e6c0855a822cb4e0ad833f134ac82cccadb121eda1d6b' },
  },
  {
    name: 'twenty-eighth',
    labelled: TWENTYEIGHTH_HELDOUT,
    noAnswer: TWENTYEIGHTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 74, rural: 74, young: 74 },
    check: () => expect(countByVoice(TWENTYEIGHTH_NO_ANSWER)).toEqual({ elderly: 29, rural: 29, young: 29 }),
    draft: { path: 'twentyeighth-draft-20261207T0436Z.txt', sha256: '204564faad56106a274f40fe52489c8078f0122a14188c26b892438eb48c3d1c' },
  },
  {
    name: 'twenty-ninth',
    labelled: TWENTYNINTH_HELDOUT,
    noAnswer: TWENTYNINTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 70, rural: 71, young: 71 },
    check: () => expect(countByVoice(TWENTYNINTH_NO_ANSWER)).toEqual({ elderly: 32, rural: 31, young: 31 }),
    draft: { path: 'twentyninth-draft-20261207T0436Z.txt', sha256: '0c213210e2a77e6870174ae557aed515c31e3c6493eaba459cfb8159c0afca03' },
  },
  {
    name: 'thirtieth',
    labelled: THIRTIETH_HELDOUT,
    noAnswer: THIRTIETH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 69, rural: 69, young: 69 },
    check: () => expect(countByVoice(THIRTIETH_NO_ANSWER)).toEqual({ elderly: 36, rural: 36, young: 36 }),
    draft: { path: 'thirtieth-draft-20261207T0439Z.txt', sha256: 'b53d6ea239a169c1531be41175d17cc7ca0b72037e4f71c89c3be5a02c567d91' },
  },
  {
    name: 'thirty-first',
    labelled: THIRTYFIRST_HELDOUT,
    noAnswer: THIRTYFIRST_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 89, rural: 89, young: 89 },
    check: () => expect(countByVoice(THIRTYFIRST_NO_ANSWER)).toEqual({ elderly: 28, rural: 28, young: 28 }),
    draft: { path: 'thirtyfirst-draft-20261207T0802Z.txt', sha256: 'c29c1eab0d35bf9c272ffffd039fcb04e00cf1f5205484eaf1beaf4714f5d61f' },
  },
  {
    name: 'thirty-second',
    labelled: THIRTYSECOND_HELDOUT,
    noAnswer: THIRTYSECOND_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 86, rural: 86, young: 86 },
    check: () => expect(countByVoice(THIRTYSECOND_NO_ANSWER)).toEqual({ elderly: 29, rural: 29, young: 29 }),
    draft: { path: 'thirtysecond-draft-20261207T0803Z.txt', sha256: 'b352d6e03ebb22d2e5fdeeb06e4442765b0dd576ebb6aeac308e81132775b835' },
  },
  {
    name: 'thirty-third',
    labelled: THIRTYTHIRD_HELDOUT,
    noAnswer: THIRTYTHIRD_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 80, rural: 80, young: 80 },
    check: () => expect(countByVoice(THIRTYTHIRD_NO_ANSWER)).toEqual({ elderly: 35, rural: 35, young: 35 }),
    draft: { path: 'thirtythird-draft-20261207T0802Z.txt', sha256: 'ebb721de05d5ff893f9dfb9ecb1da3e956a6f4c90d0fcf48b4d94b47f38f439d' },
  },
  {
    name: 'thirty-fourth',
    labelled: THIRTYFOURTH_HELDOUT,
    noAnswer: THIRTYFOURTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 95, rural: 95, young: 95 },
    check: () => expect(countByVoice(THIRTYFOURTH_NO_ANSWER)).toEqual({ elderly: 23, rural: 23, young: 23 }),
    draft: { path: 'thirtyfourth-draft-20261207T0852Z.txt', sha256: '2b6d0927024fbddfc9c5984e5fcae4ab9dae19414dcb3b0666824ca736741bf1' },
  },
  {
    name: 'thirty-fifth',
    labelled: THIRTYFIFTH_HELDOUT,
    noAnswer: THIRTYFIFTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 82, rural: 82, young: 82 },
    check: () => expect(countByVoice(THIRTYFIFTH_NO_ANSWER)).toEqual({ elderly: 33, rural: 33, young: 33 }),
    draft: { path: 'thirtyfifth-draft-20261207T0853Z.txt', sha256: '3497c6ddf44fa4c16a550cc293cf0206c55e46d0cb15ea3feacb33772d3ef623' },
  },
  {
    name: 'thirty-sixth',
    labelled: THIRTYSIXTH_HELDOUT,
    noAnswer: THIRTYSIXTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 87, rural: 87, young: 87 },
    check: () => expect(countByVoice(THIRTYSIXTH_NO_ANSWER)).toEqual({ elderly: 31, rural: 31, young: 31 }),
    draft: { path: 'thirtysixth-draft-20261207T0850Z.txt', sha256: '8ed1f81e621139353c27f4bca5e2f1950b3b139283c928a689f3c4366a30215f' },
  },
  {
    name: 'thirty-seventh',
    labelled: THIRTYSEVENTH_HELDOUT,
    noAnswer: THIRTYSEVENTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 51, rural: 50, young: 50 },
    check: () => expect(countByVoice(THIRTYSEVENTH_NO_ANSWER)).toEqual({ elderly: 29, rural: 30, young: 30 }),
    draft: { path: 'thirtyseventh-draft-20261207T1045Z.txt', sha256: '0b0f073117de3a6b557ee7445204509432a7cfe2931b94cf4d11b3d677b640d0' },
  },
  {
    name: 'thirty-eighth',
    labelled: THIRTYEIGHTH_HELDOUT,
    noAnswer: THIRTYEIGHTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 47, rural: 47, young: 47 },
    check: () => expect(countByVoice(THIRTYEIGHTH_NO_ANSWER)).toEqual({ elderly: 35, rural: 35, young: 35 }),
    draft: { path: 'thirtyeighth-draft-20261207T1044Z.txt', sha256: 'e9a4c8b94c3b0547544d487a78647a448971f641afe87cbbf538f73350208437' },
  },
  {
    name: 'thirty-ninth',
    labelled: THIRTYNINTH_HELDOUT,
    noAnswer: THIRTYNINTH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 57, rural: 57, young: 57 },
    check: () => expect(countByVoice(THIRTYNINTH_NO_ANSWER)).toEqual({ elderly: 27, rural: 27, young: 27 }),
    draft: { path: 'thirtyninth-draft-20261207T1044Z.txt', sha256: '8635ee94618115aa7c30332a99fa37d845bdd19cf15b0ece92aed3913c0a7492' },
  },
  {
    name: 'fortieth',
    labelled: FORTIETH_HELDOUT,
    noAnswer: FORTIETH_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 55, rural: 55, young: 55 },
    check: () => expect(countByVoice(FORTIETH_NO_ANSWER)).toEqual({ elderly: 28, rural: 28, young: 28 }),
    draft: { path: 'fortieth-draft-20261207T1121Z.txt', sha256: 'dc72e7180e0ef7f2b27027fe5b82d4c7ee91a152b9ea1ad41d9bec6443ab2858' },
  },
  {
    name: 'forty-first',
    labelled: FORTYFIRST_HELDOUT,
    noAnswer: FORTYFIRST_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 53, rural: 53, young: 53 },
    check: () => expect(countByVoice(FORTYFIRST_NO_ANSWER)).toEqual({ elderly: 27, rural: 27, young: 27 }),
    draft: { path: 'fortyfirst-draft-20261207T1121Z.txt', sha256: '2a82dd509b0460beee697ecf64bc40c3a0aa795cd8bd8fd1cd332028f00bddd6' },
  },
  {
    name: 'forty-second',
    labelled: FORTYSECOND_HELDOUT,
    noAnswer: FORTYSECOND_NO_ANSWER.map((x) => x.q),
    voices: { elderly: 45, rural: 45, young: 45 },
    check: () => expect(countByVoice(FORTYSECOND_NO_ANSWER)).toEqual({ elderly: 37, rural: 37, young: 37 }),
    draft: { path: 'fortysecond-draft-20261207T1121Z.txt', sha256: '2071dcff46051b9b7383612a5470d12ab94753d56e6588a945a676abf8e02cea' },
  },
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

// The sixteenth set's draft was not kept in the repository; the later ones' were.
const DRAFTED = SETS.flatMap(({ draft, ...set }) => (draft ? [{ ...set, draft }] : []));
it.each(DRAFTED)('copies every query of the $name blind set from its frozen draft', ({ labelled, noAnswer, draft }) => {
  const lines = draftQueries(draft);
  expect([...labelled.map((query) => query.q), ...noAnswer].filter((q) => !lines.has(q))).toEqual([]);
});
