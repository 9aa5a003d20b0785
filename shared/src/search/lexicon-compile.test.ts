import { describe, expect, it } from 'vitest';
import { compileLexicon } from './lexicon-compile';
import { lexiconEntry } from './lexicon-entry';

describe('abbreviations inside the catalogue’s names', () => {
  const lex = compileLexicon([
    lexiconEntry('Bảo hiểm xã hội', 'abbreviation', ['bhxh'], ['bao hiem xa hoi']),
    lexiconEntry('Bảo hiểm xã hội', 'counter', ['dong bao hiem tu nguyen'], ['bao hiem xa hoi tu nguyen']),
    lexiconEntry('Đầu tư', 'abbreviation', ['kkt'], ['khu kinh te', 'khu cong nghiep']),
    lexiconEntry('Đầu tư', 'counter', ['mo nha may trong khu'], ['khu cong nghiep moi']),
  ]);
  const conceptOf = (q: string) => lex.segment(q.split(' '))[0]?.concept as string;

  it('are read as what they stand for, so a longer phrase holding the full words is found in them', () => {
    const name = 'dang ky dong bhxh tu nguyen'.split(' ');
    expect(lex.conceptsIn(name).has(conceptOf('dong bao hiem tu nguyen'))).toBe(true);
  });

  it('are left alone where they stand for more than one thing', () => {
    expect(lex.conceptsIn('thanh lap kkt moi'.split(' ')).has(conceptOf('mo nha may trong khu'))).toBe(false);
  });
});
