import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './default-lexicon';
import { buildSearchIndex, search } from './engine';
import { chatPh, chatShorthand, closesWithParticles, dialectSpellings, particleTail, respellByNeighbours, splitGlued } from './regional';

const units = (q: string) => q.split(' ').map((w) => ({ words: [w] }));
const doc = (code: string, name: string, field = 'Hộ tịch') => ({ code, name, field, level: ['xa' as const] });

describe('the question closing a rural query', () => {
  it('is a run of particles after something said, or one that no name holds', () => {
    expect(particleTail(units('huong luong huu o mo'), () => undefined)).toBe(3);
    expect(particleTail(units('xin phep xay nha duoc hong ta'), () => undefined)).toBe(4);
    expect(particleTail(units('lam so do man rang'), () => undefined)).toBe(3);
    expect(particleTail(units('dang ky tam tru nghen'), () => undefined)).toBe(4);
  });

  it('is not a word alone that names may hold, a phrase, nor a word typed with other marks', () => {
    // "ta" may be "tạm" being typed; "mở" is no "mô".
    expect(particleTail(units('dang ky ta'), () => undefined)).toBe(3);
    expect(particleTail([{ words: ['lam'] }, { words: ['so', 'hong'], concept: '~1' }], () => undefined)).toBe(2);
    expect(particleTail(units('tui muon o mo'), (w) => (w === 'mo' ? 'mở' : undefined))).toBe(4);
    expect(particleTail(units('o mo'), () => undefined)).toBe(2);
    expect(closesWithParticles(['huong', 'luong', 'huu', 'o', 'mo'])).toBe(true);
    expect(closesWithParticles(['dang', 'ky', 'ta'])).toBe(false);
  });

  const index = buildSearchIndex(
    [
      doc('2.000605', 'Giải quyết hưởng lương hưu, trợ cấp hằng tháng', 'Bảo hiểm xã hội'),
      doc('2.000755', 'Giải quyết hưởng trợ cấp một lần đối với người đang hưởng lương hưu', 'Bảo hiểm xã hội'),
      doc('1.000894', 'Thủ tục đăng ký kết hôn'),
      doc('1.001193', 'Thủ tục đăng ký khai sinh'),
    ],
    defaultLexicon(),
  );
  const codes = (q: string) => search(index, q, { limit: 10 }).hits.map((h) => h.code);

  it('asks nothing to be found: "… ở mô" is not "một lần" being typed', () => {
    expect(codes('huong luong huu o mo')).toEqual(codes('huong luong huu'));
    expect(codes('dang ky ket hon duoc hong ta')).toEqual(codes('dang ky ket hon'));
  });

  it('reads the pronouns and chat shorthand of the South and the Centre as filler: every word asked was found', () => {
    for (const q of ['tui muon dang ky ket hon', 'dang ky ket hon ms dc', 'cho tui hoi dang ky khai sinh het bn tien']) {
      const r = search(index, q, { limit: 10 });
      expect(r.partial, q).toBe(false);
      expect(r.hits[0]?.code, q).toBe(q.includes('sinh') ? '1.001193' : '1.000894');
    }
  });
});

describe('chat shorthand', () => {
  it('is read as its words, an age typed "14t" as the number and "tuổi"', () => {
    expect(chatShorthand('kd')).toEqual(['kinh', 'doanh']);
    expect(chatShorthand('ko')).toEqual(['khong']);
    expect(chatShorthand('hok')).toEqual(['khong']);
    expect(chatShorthand('14t')).toEqual(['14', 'tuoi']);
    expect(chatShorthand('6t')).toEqual(['6', 'tuoi']);
    expect(['b2', 't', 'tt', '2024t'].map(chatShorthand)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads the South\'s "sanh", which no name writes, as "sinh"', () => {
    expect(chatShorthand('sanh')).toEqual(['sinh']);
    expect(chatShorthand('xanh')).toBeUndefined();
  });
});

describe('a word said as a region says it', () => {
  it('is spelled the ways the regions confuse, each still a syllable', () => {
    expect(dialectSpellings('chu')).toEqual(['tru']);
    expect(dialectSpellings('sin')).toEqual(['xin', 'sing', 'sinh']);
    expect(dialectSpellings('khoang')).toContain('khoan');
    expect(dialectSpellings('cuot')).toEqual(['cuoc']);
    // The South's -nh heard as -n and -ch as -t after a front vowel, and its own words for the names' words.
    expect(dialectSpellings('min')).toContain('minh');
    expect(dialectSpellings('sinh')).toContain('sin');
    expect(dialectSpellings('man')).toContain('lam');
    expect(dialectSpellings('lanh')).toContain('nhan');
  });

  const follow = new Map([
    ['thuong', new Map([['tru', 42]])],
    ['cu', new Map([['tru', 49]])],
    ['giay', new Map([['xac', 31]])],
    ['tro', new Map([['cap', 80]])],
    ['chu', new Map([['cho', 5]])],
    ['trau', new Map([['bo', 20]])],
    ['chung', new Map([['minh', 34]])],
    ['bang', new Map([['lai', 139]])],
    ['ban', new Map([['lai', 7]])],
    ['lam', new Map([['giay', 27]])],
    ['nhan', new Map([['nuoi', 8]])],
    ['lanh', new Map([['luong', 12]])],
    ['mua', new Map([['ban', 60]])],
  ]);
  const respelt = (q: string, typing = false, marked: string[] = []) => {
    const typed = q.split(' ');
    respellByNeighbours(follow, typed, typing, (w) => marked.includes(w));
    return typed.join(' ');
  };

  it('is respelled where the respelling goes with a neighbour and the word with neither', () => {
    expect(respelt('dang ky thuong chu cho vo')).toBe('dang ky thuong tru cho vo');
    expect(respelt('day xac nhan cu chu')).toBe('giay xac nhan cu tru');
  });

  it('is read as the South says it: -n for -nh, its own words, a pair that the respelling far outweighs', () => {
    expect(respelt('lam lai chung min nhan dan')).toBe('lam lai chung minh nhan dan');
    expect(respelt('man giay khai sinh')).toBe('lam giay khai sinh');
    expect(respelt('lanh nuoi dua nho')).toBe('nhan nuoi dua nho');
    expect(respelt('gia han ban lai')).toBe('gia han bang lai');
  });

  it('keeps a regional word that goes with its neighbour, and a pair the respelling does not far outweigh', () => {
    expect(respelt('lanh luong huu')).toBe('lanh luong huu');
    expect(respelt('mua ban lai')).toBe('mua ban lai');
  });

  it('is left as typed when it is a word of every sentence, a person, typed with marks, being typed, or alone', () => {
    expect(respelt('xin cho cap lai')).toBe('xin cho cap lai');
    expect(respelt('dang ky thuong chu', true)).toBe('dang ky thuong chu');
    expect(respelt('chu')).toBe('chu');
    // "cháu bố mẹ" is no "trâu bò", typed with marks or without.
    expect(respelt('lam giay cho chau bo me')).toBe('lam giay cho chau bo me');
    expect(respelt('thuong chu', false, ['chu'])).toBe('thuong chu');
  });
});

describe('syllables typed without their spaces', () => {
  const follow = new Map([
    ['khai', new Map([['sinh', 89]])],
    ['dang', new Map([['ki', 200]])],
    ['ki', new Map([['ket', 40]])],
    ['ket', new Map([['hon', 80]])],
    ['so', new Map([['hong', 2]])],
    ['khau', new Map([['moi', 1]])],
    ['cho', new Map([['con', 4]])],
    ['an', new Map([['toan', 30]])],
    ['ba', new Map([['me', 3]])],
    ['ao', new Map([['ca', 5]])],
    ['tu', new Map([['tuat', 9]])],
    ['he', new Map([['thong', 9]])],
  ]);

  it('are read apart where each pair goes together in the names and the phrases', () => {
    expect(splitGlued(follow, 'khaisinh')).toEqual(['khai', 'sinh']);
    expect(splitGlued(follow, 'dangkykethon')).toEqual(['dang', 'ki', 'ket', 'hon']);
  });

  it('are read as two words of the names where no pair goes together, unless a slip made them', () => {
    // A space missed between phrases: "khẩu" and "cho" are words, though not said together.
    expect(splitGlued(follow, 'khaucho')).toEqual(['khau', 'cho']);
    // A vowel doubled ("bảo") or an h moved ("thuê") makes short syllables: no reading.
    expect(splitGlued(follow, 'baao')).toBeNull();
    expect(splitGlued(follow, 'tuhe')).toBeNull();
  });

  it('are left alone when a pair is rare and a word is not the names', () => {
    expect(splitGlued(follow, 'sohong')).toBeNull();
    expect(splitGlued(follow, 'khoang')).toBeNull();
    expect(splitGlued(follow, 'khai2sinh')).toBeNull();
  });

  it('find the procedure as the spaced words do', () => {
    const index = buildSearchIndex([doc('1.001193', 'Thủ tục đăng ký khai sinh'), doc('1.000894', 'Thủ tục đăng ký kết hôn')], defaultLexicon());
    expect(search(index, 'khaisinh cho con ', { limit: 3 }).hits[0]?.code).toBe('1.001193');
    expect(search(index, 'dangky kethon', { limit: 3 }).hits[0]?.code).toBe('1.000894');
  });
});

describe('chat shorthand', () => {
  const index = buildSearchIndex(
    [
      doc('1.001193', 'Thủ tục đăng ký khai sinh'),
      doc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
      doc('1.002338', 'Cấp giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'Thú y'),
    ],
    defaultLexicon(),
  );
  const top = (q: string) => search(index, q, { limit: 3 }).hits[0]?.code;

  it('is read as the words it stands for, not as initials of whatever follows', () => {
    expect(top('lm giay khai sinh ')).toBe('1.001193');
    expect(top('dk ho kd ban ca mam ')).toBe('1.001612');
  });
});

describe('"f" typed for "ph"', () => {
  const names = new Set(['fax', 'file']);
  it.each([
    ['fep', 'phep'],
    ['fuong', 'phuong'],
    ['fai', 'phai'],
    // Loanwords the names hold, and what "ph" makes no syllable of, stay as typed.
    ['fax', 'fax'],
    ['file', 'file'],
    ['facebook', 'facebook'],
    ['f', 'f'],
  ])('reads %s as %s', (typed, read) => expect(chatPh(typed, (w) => names.has(w))).toBe(read));

  it('finds the permit typed "giay fep"', () => {
    const index = buildSearchIndex([doc('1.000001', 'Cấp giấy xác nhận tình trạng hôn nhân'), doc('1.000002', 'Cấp giấy phép xây dựng', 'Xây dựng')], defaultLexicon());
    expect(search(index, 'xin giay fep ', { limit: 5 }).hits[0]?.code).toBe('1.000002');
  });
});
