import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './default-lexicon';
import { buildSearchIndex, search } from './engine';
import { expandInitials, initialsOf, maybeInitials } from './initials';

const named = (...names: string[]) => names.map((n) => ({ name: ` ${n} `, initials: initialsOf(n.split(' ')) }));

describe('initials', () => {
  it('takes a word that is no syllable as possible initials, not a syllable or a number', () => {
    expect(['dkkh', 'cmdsdd', 'atvstp', 'gp', 'htx'].map(maybeInitials)).toEqual([true, true, true, true, true]);
    expect(['hon', 'nguoi', 'b2', 'a', 'dangkykethonvoinguoi'].map(maybeInitials)).toEqual([false, false, false, false, false]);
  });

  it('reads initials as the commonest run of words with them, counted once per name', () => {
    const names = named('dang ky ket hon', 'thu tuc dang ky ket hon co yeu to nuoc ngoai', 'dang ky khai hoan', 'dang ky khai hoan dang ky khai hoan');
    expect(expandInitials('dkkh', names)).toEqual(['dang', 'ky', 'ket', 'hon']);
    expect(expandInitials('dkk', names)).toEqual(['dang', 'ky', 'ket']);
    expect(expandInitials('zz', names)).toBeUndefined();
  });

  it('prefers a run the names follow with the word typed next', () => {
    const names = named('chu tich ubnd xa', 'chu tich ubnd tinh', 'chung thuc chu ky', 'bao cao chu tich');
    expect(expandInitials('ct', names)).toEqual(['chu', 'tich']);
    expect(expandInitials('ct', names, 'chu')).toEqual(['chung', 'thuc']);
    // A next word no run is followed by changes nothing.
    expect(expandInitials('ct', names, 'dat')).toEqual(['chu', 'tich']);
  });

  it('prefers, failing words next or before, a run holding a word said elsewhere in the query', () => {
    const names = named('cap phep khai thac khoang san', 'dong cua mo khoang san', 'gia han khai thac khoang san', 'dang ky khai sinh');
    expect(expandInitials('ks', names)).toEqual(['khoang', 'san']);
    // "con sinh bên Campuchia về làm ks": the birth told of.
    expect(expandInitials('ks', names, undefined, undefined, ['con', 'sinh', 'campuchia'])).toEqual(['khai', 'sinh']);
    expect(expandInitials('ks', names, undefined, undefined, ['cat', 'soi'])).toEqual(['khoang', 'san']);
  });

  it('prefers a run the names follow with the two words typed next', () => {
    const names = named(
      ...['chap thuan chu truong dau tu', 'chap thuan chu truong xay dung', 'chap thuan chu truong dieu chinh', 'chap thuan chu truong ve rung'],
      ...['chung thuc chu ky', 'chung thuc chu ky nguoi dich', 'thu tuc chung thuc chu ky nguoi dich'],
    );
    expect(expandInitials('ct', names, 'chu')).toEqual(['chap', 'thuan']);
    expect(expandInitials('ct', names, ['chu', 'ky'])).toEqual(['chung', 'thuc']);
    // A second word no run is followed by leaves the first to decide; so does one a name or two follow it with.
    expect(expandInitials('ct', names, ['chu', 'tich'])).toEqual(['chap', 'thuan']);
    expect(expandInitials('ct', names.slice(0, 6), ['chu', 'ky'])).toEqual(['chap', 'thuan']);
  });

  it('then a run the names put after the word typed before', () => {
    const names = named('khai thac khoang san', 'thue khoang san', 'ban sao giay khai sinh', 'giay kiem soat xe');
    expect(expandInitials('ks', names)).toEqual(['khoang', 'san']);
    expect(expandInitials('ks', names, undefined, 'giay')).toEqual(['khai', 'sinh']);
    // The word typed next still comes first.
    expect(expandInitials('ks', names, 'xe', 'giay')).toEqual(['kiem', 'soat']);
  });
});

describe('search with initials', () => {
  const doc = (code: string, name: string) => ({ code, name, field: 'Hộ tịch', level: ['xa' as const] });
  const index = buildSearchIndex(
    [
      doc('1.000894', 'Thủ tục đăng ký kết hôn'),
      doc('1.001193', 'Thủ tục đăng ký khai sinh'),
      doc('1.013949', 'Chuyển mục đích sử dụng đất không phải xin phép'),
      doc('1.000001', 'Đăng ký người giám hộ'),
      { ...doc('1.000002', 'Cấp giấy phép xây dựng'), detail: 'Tờ khai ĐK theo mẫu' },
    ],
    defaultLexicon(),
  );
  const first = (q: string) => search(index, q, { limit: 3 }).hits[0]?.code;

  it('finds the procedure whose name the initials spell, with diacritics or not', () => {
    expect(first('đkkh')).toBe('1.000894');
    expect(first('dkks')).toBe('1.001193');
    expect(first('cmđsdđ')).toBe('1.013949');
  });

  it('reads a short form the dossier text holds literally as the phrase of the names', () => {
    expect(first('đk khai sinh')).toBe('1.001193');
  });

  it('leaves the start of a word being typed alone', () => {
    // "kh" is on its way to "khai"; read as initials it would be "kết hôn", and the results would jump about.
    expect(first('dang ky kh')).toBe('1.001193');
  });

  it('reads initials by the two words after them, the first spelt as a filler is', () => {
    const names = [
      ...['Chứng thực chữ ký', 'Chứng thực chữ ký người dịch', 'Thủ tục chứng thực chữ ký người dịch'],
      ...['Chấp thuận chủ trương đầu tư', 'Chấp thuận chủ trương xây dựng', 'Chấp thuận chủ trương chuyển đổi', 'Chấp thuận chủ trương về rừng'],
    ];
    const signatures = buildSearchIndex(
      names.map((n, i) => ({ ...doc(`9.00000${i}`, n), field: 'Chứng thực' })),
      defaultLexicon(),
    );
    // Folded, "chữ" is "chú", a filler; "chữ ký" is still what the names put after "chứng thực".
    expect(search(signatures, 'ct chữ ký', { limit: 3 }).hits[0]?.code).toBe('9.000000');
  });

  it('spells out a short form the lexicon reads in the query’s company, so the phrases it begins are read', () => {
    const contracts = buildSearchIndex(
      [
        { ...doc('2.001035', 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở'), field: 'Chứng thực' },
        { ...doc('1.008573', 'Miễn thuế theo Hiệp định thuế'), field: 'Thuế' },
        { ...doc('1.011011', 'Hoàn thuế theo Hiệp định tránh đánh thuế hai lần'), field: 'Thuế' },
        { ...doc('1.000003', 'Thẩm định giá cấp tỉnh'), field: 'Giá' },
        { ...doc('1.000004', 'Phê duyệt cấp tỉnh'), field: 'Giá' },
      ],
      defaultLexicon(),
    );
    // By the names alone, "ct" is "cấp tỉnh" and "hđ thuê" "hiệp định thuế"; together, a contract to certify.
    expect(search(contracts, 'ct hđ thuê nhà', { limit: 3 }).hits[0]?.code).toBe('2.001035');
  });

  it('reads initials by the word before them where the word after is filler', () => {
    const papers = buildSearchIndex([doc('2.000635', 'Cấp bản sao Giấy khai sinh'), doc('1.014259', 'Khai thác khoáng sản ở vùng biển'), doc('1.014260', 'Thuế khoáng sản')], defaultLexicon());
    // "ở" follows "khoáng sản" in a name, but it follows anything: "giấy" before says which "ks".
    expect(search(papers, 'giay ks o dau ', { limit: 3 }).hits[0]?.code).toBe('2.000635');
  });
});
