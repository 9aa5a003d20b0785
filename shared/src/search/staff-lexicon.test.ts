import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defaultLexicon } from './default-lexicon';
import { buildSearchIndex, search } from './engine';
import { compileLexicon } from './lexicon-compile';
import { LEXICON } from './lexicon';
import { meansOfName, StaffSynonymInputSchema, type StaffSynonym, staffLexicon, suggestSynonyms } from './staff-lexicon';

const row = (say: string, means: string, status: StaffSynonym['status'] = 'active'): StaffSynonym => ({ id: say, say, means, field: '', status, createdBy: 'a', createdAt: '2026-12-02T00:00:00Z' });
const names = new Map([
  ['1.000001', 'Cấp giấy phép chặt hạ, dịch chuyển cây xanh'],
  ['1.000002', 'Thủ tục đăng ký khai sinh (thực hiện tại cấp xã)'],
]);

describe('staff synonyms', () => {
  it('make a query that found nothing find the procedure staff meant', () => {
    const docs = [...names].map(([code, name]) => ({ code, name, field: 'x', level: ['xa' as const] }));
    const q = 'don bui ram';
    expect(search(buildSearchIndex(docs, defaultLexicon()), q, { limit: 3 }).hits).toEqual([]);
    const lex = compileLexicon([...LEXICON, ...staffLexicon([row('dọn bụi rậm', meansOfName(names.get('1.000001') as string))])]);
    expect(search(buildSearchIndex(docs, lex), q, { limit: 3 }).hits[0]?.code).toBe('1.000001');
  });

  it('leave dismissed suggestions out of the lexicon', () => {
    expect(staffLexicon([row('a b', 'c d', 'dismissed'), row('e f', 'g h')])).toEqual([{ say: ['e f'], means: ['g h'], field: '', source: 'staff' }]);
  });

  it('take a procedure’s name up to its bracket as what a query means', () => {
    expect(meansOfName('Thủ tục đăng ký khai sinh (thực hiện tại cấp xã)')).toBe('thu tuc dang ky khai sinh');
  });

  it.each([
    ['', false],
    ['a', false],
    ['🙂🙂', false],
    ['  sổ hồng  ', true],
    ['x'.repeat(201), false],
  ])('accept %j as a phrase: %s', (say, ok) => {
    expect(z.safeParse(StaffSynonymInputSchema, { say, means: 'so do' }).success).toBe(ok);
  });
});

describe('suggestions', () => {
  const empty = [
    { q: 'so xanh', count: 2, lastDay: '2026-12-01' },
    { q: 'da them', count: 9, lastDay: '2026-12-01' },
  ];
  const picks = [
    { q: 'cat cay', code: '1.000001', count: 5, rankTotal: 5 * 7 },
    { q: 'khai sinh', code: '1.000002', count: 50, rankTotal: 50 },
    { q: 'bi mat', code: '9.999999', count: 3, rankTotal: 30 },
  ];
  const got = suggestSynonyms(empty, picks, [row('da them', 'x')], (c) => names.get(c), 10);

  it('offer searches that found nothing and answers opened far down, most frequent first', () => {
    expect(got.map((s) => [s.kind, s.q])).toEqual([
      ['far', 'cat cay'],
      ['empty', 'so xanh'],
    ]);
    expect(got[0]).toMatchObject({ code: '1.000001', meanRank: 7, means: 'cap giay phep chat ha dich chuyen cay xanh' });
  });

  it('leave out answers found near the top, queries already handled and procedures no longer in the catalogue', () => {
    expect(got.map((s) => s.q)).not.toContain('khai sinh');
    expect(got.map((s) => s.q)).not.toContain('da them');
    expect(got.map((s) => s.q)).not.toContain('bi mat');
  });
});
