import { describe, expect, it } from 'vitest';
import type { Level } from '../schemas/procedure';
import { defaultLexicon } from './default-lexicon';
import { compileLexicon } from './lexicon-compile';
import { lexiconEntry } from './lexicon-entry';
import { markKey } from './marks';
import { buildSearchIndex, type SearchDoc, search, type SearchOptions, words } from './engine';
import { abroadTwins } from './variant';

const build = (list: SearchDoc[]) => buildSearchIndex(list, defaultLexicon());
import { isSyllable, telexCandidates, unVni } from './typing';

const doc = (code: string, name: string, field = 'Hộ tịch', level: Level[] = ['xa']) => ({ code, name, field, level });

const index = build([
  doc('1.001193', 'Thủ tục đăng ký khai sinh'),
  doc('1.000894', 'Thủ tục đăng ký kết hôn'),
  doc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
  doc('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'),
  doc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
  // Codes outside the curated prior (prior.ts), so only the level decides between them.
  doc('9.014063', 'Cấp đổi thẻ căn cước', 'Căn cước'),
  doc('9.000889', 'Cấp đổi thẻ căn cước (thực hiện tại cấp trung ương)', 'Căn cước', ['bo']),
  doc('3.000333', 'Cấp Phiếu Lý lịch tư pháp', 'Lý lịch tư pháp', ['tinh']),
  doc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
  doc('1.001266', 'Chấm dứt hoạt động hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
]);
const codes = (q: string, opts: Partial<SearchOptions> = {}) => search(index, q, { limit: 10, ...opts }).hits.map((p) => p.code);

describe('search', () => {
  it.each([
    ['without diacritics', 'dang ky khai sinh', '1.001193'],
    ['with diacritics, NFD', 'Đăng ký kết hôn'.normalize('NFD'), '1.000894'],
    ['half-typed last word', 'dang ky ket h', '1.000894'],
    ['one letter after a word: the word that follows it', 'khai s', '1.001193'],
    ['one letter completing a lexicon phrase', 'lam can c', '9.014063'],
    ['old -i spelling of -y', 'dang ki ket hon', '1.000894'],
    ['lí for lý', 'li lich tu phap', '3.000333'],
    ['one typo', 'dang ky ket hong', '1.000894'],
    ['swapped letters', 'dnag ky khai sinh', '1.001193'],
    ['a last word no name word starts with is finished: glued syllables', 'dangky khaisinh', '1.001193'],
    ['colloquial name', 'giay doc than', '1.004873'],
    ['"công chứng" is certification here', 'cong chung giay to', '2.000815'],
    ['old household-book words', 'nhap ho khau', '1.004222'],
    ['abbreviation', 'doi cccd', '9.014063'],
    ['filler words are not required', 'toi muon lam thu tuc dang ky khai sinh o dau', '1.001193'],
    ['a field word', 'chung thuc', '2.000815'],
  ])('%s: %j', (_name, q, first) => {
    expect(codes(q)[0]).toBe(first);
  });

  it('splits a last word no name word starts with only into words the names hold side by side', () => {
    // "Bón" and "sai" are both words of names here, never side by side: a word the catalogue lacks finds nothing.
    const farm = buildSearchIndex(
      [
        doc('8.000005', 'Cấp giấy phép sản xuất phân bón'),
        doc('8.000007', 'Cấp giấy phép buôn bán phân bón'),
        doc('8.000008', 'Công nhận phân bón lưu hành'),
        doc('8.000006', 'Đính chính giấy chứng nhận có sai sót'),
      ],
      compileLexicon([]),
    );
    expect(search(farm, 'tia bonsai', { limit: 10 }).hits).toEqual([]);
    expect(search(farm, 'phanbon', { limit: 10 }).hits.map((h) => h.code)).toContain('8.000005');
  });

  it('takes a folded filler word for what its marks say: "thể" in "giải thể" is meant, "thế" in "thế nào" is not', () => {
    // No lexicon: the words alone decide. The long name holds "giải thể", the short one only "giải".
    const dissolve = buildSearchIndex(
      [doc('8.000001', 'Giải ngân vốn hỗ trợ'), doc('8.000002', 'Giải thể hợp tác xã, giải thể trong trường hợp bị thu hồi Giấy chứng nhận đăng ký hoặc theo quyết định của Tòa án')],
      compileLexicon([]),
    );
    const first = (q: string) => search(dissolve, q, { limit: 10 }).hits[0]?.code;
    expect(first('giải thể')).toBe('8.000002');
    expect(first('GIẢI THỂ'.normalize('NFD'))).toBe('8.000002');
    // Typed without marks, or with the filler's own, "the" stays the filler it may be, and the short name leads.
    expect(first('giai the')).toBe('8.000001');
    expect(first('giải thế')).toBe('8.000001');
  });

  it('tells apart words typed with their marks that fold alike: "thuê" is not "thuế"', () => {
    const land = buildSearchIndex([doc('8.000003', 'Khai thuế đất nông nghiệp'), doc('8.000004', 'Hợp đồng thuê đất nông nghiệp của hộ gia đình, cá nhân')], compileLexicon([]));
    const first = (q: string) => search(land, q, { limit: 10 }).hits[0]?.code;
    expect(first('thuê đất nông nghiệp')).toBe('8.000004');
    expect(first('thuế đất nông nghiệp')).toBe('8.000003');
    // Without marks it could be either: the shorter name leads. Old tone placement is the same word.
    expect(first('thue dat nong nghiep')).toBe('8.000003');
    expect(search(land, 'thuê đất', { limit: 10 }).hits.map((h) => h.code)).toContain('8.000003');
  });

  it('reads a word people say alone as the lexicon writes it: "cưới" is a marriage, "cuối" is not', () => {
    expect(codes('cưới')[0]).toBe('1.000894');
    expect(codes('cuoi')[0]).toBe('1.000894');
    expect(codes('cuối')).not.toContain('1.000894');
  });

  it('reads a lexicon phrase of two entries ("thue dat": renting, the tax) as the marks typed say', () => {
    const land = build([
      doc('8.000005', 'Khai thuế sử dụng đất phi nông nghiệp', 'Thuế'),
      doc('8.000006', 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', 'Đất đai'),
    ]);
    const first = (q: string) => search(land, q, { limit: 10 }).hits[0]?.code;
    expect(first('thuê đất')).toBe('8.000006');
    expect(first('thuế đất')).toBe('8.000005');
  });

  it('reads the marks of a longer phrase by the words each name holds: a lease need not say "nông nghiệp"', () => {
    const land = build([doc('8.000005', 'Khai thuế sử dụng đất nông nghiệp', 'Thuế'), doc('8.000006', 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', 'Đất đai')]);
    const first = (q: string) => search(land, q, { limit: 10 }).hits[0]?.code;
    expect(first('thuê đất nông nghiệp')).toBe('8.000006');
    expect(first('thuế đất nông nghiệp')).toBe('8.000005');
  });

  it('expands abbreviations to what they stand for', () => {
    expect(codes('HKD')).toEqual(codes('ho kinh doanh'));
    expect(codes('HKD')).toHaveLength(2);
  });

  it('hears regional spellings: ch/tr, s/x, d/gi/r, l/n', () => {
    expect(codes('dang ky thuong chu')[0]).toBe('1.004222');
  });

  it('looks codes up, whole or as typed', () => {
    expect(codes('1.004873')).toEqual(['1.004873']);
    expect(codes('1.00')).toEqual(['1.000894', '1.001193', '1.001266', '1.001612', '1.004222', '1.004873']);
  });

  it('prefers the centre’s level, the common procedures, then the most viewed', () => {
    expect(codes('cap doi the can cuoc', { preferLevel: 'xa' })[0]).toBe('9.014063');
    expect(codes('cap doi the can cuoc', { preferLevel: 'bo' })[0]).toBe('9.000889');
    // A citizen naming a ministry asks for its procedure, even at a commune's kiosk.
    expect(codes('cap doi the can cuoc o bo cong an', { preferLevel: 'xa' })[0]).toBe('9.000889');
    // No centre (the public API): commune and province procedures above central ones.
    expect(codes('cap doi the can cuoc')[0]).toBe('9.014063');
    // At a commune, what the province handles comes before its central twin (the central code sorts first).
    const twins = build([doc('9.010719', 'Cấp giấy phép môi trường (cấp Bộ)', 'Môi trường', ['bo']), doc('9.010727', 'Cấp giấy phép môi trường (cấp Tỉnh)', 'Môi trường', ['tinh'])]);
    const first = (preferLevel: Level) => search(twins, 'giay phep moi truong', { limit: 2, preferLevel }).hits[0]?.code;
    expect(first('xa')).toBe('9.010727');
    expect(first('tinh')).toBe('9.010727');
    expect(first('bo')).toBe('9.010719');
    // Registering is what most people come for (the curated prior); views can say otherwise.
    expect(codes('ho kinh doanh')[0]).toBe('1.001612');
    expect(codes('ho kinh doanh', { views: new Map([['1.001266', 500]]) })[0]).toBe('1.001266');
  });

  it('lets the level, not the papers, decide between twins of one name at several levels', () => {
    // The central twin's papers hold "dự án", the province's none: the name is the same, the level decides. The twins
    // keep the places they won between them; the commune's consultation, no twin, keeps its own.
    const twins = build([
      { ...doc('9.010732', 'Thẩm định báo cáo đánh giá tác động môi trường (cấp Bộ) (9.010732)', 'Môi trường', ['bo']), papers: 'quyết định phê duyệt dự án đầu tư' },
      doc('9.010733', 'Thẩm định báo cáo đánh giá tác động môi trường (Cấp tỉnh) ( 9.010733 )', 'Môi trường', ['tinh']),
      { ...doc('9.010736', 'Tham vấn trong đánh giá tác động môi trường (cấp xã)', 'Môi trường', ['xa']), papers: 'dự án' },
    ]);
    const ranked = (preferLevel?: Level) => search(twins, 'danh gia tac dong moi truong du an', { limit: 3, preferLevel }).hits.map((h) => h.code);
    expect(ranked('xa')).toEqual(['9.010736', '9.010733', '9.010732']);
    expect(ranked('tinh')).toEqual(['9.010733', '9.010736', '9.010732']);
    expect(ranked()).toEqual(['9.010736', '9.010733', '9.010732']);
    expect(ranked('bo')).toEqual(['9.010732', '9.010736', '9.010733']);
  });

  it('puts a paper before a debt secured on it or a transaction about it, unless those are asked for', () => {
    // The catalogue's names, levels and codes (all three in the curated prior).
    const land = build([
      doc(
        '1.013978',
        'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
        'Đất đai',
      ),
      doc('1.011441', 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất', 'Đăng ký biện pháp bảo đảm', ['tinh', 'xa']),
      doc('2.001035', 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', 'Chứng thực'),
    ]);
    const first = (q: string) => search(land, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;
    expect(first('so hong')).toBe('1.013978');
    expect(first('the chap so do')).toBe('1.011441');
    expect(first('chung thuc hop dong mua ban dat')).toBe('2.001035');
  });

  it('puts a procedure doing what is asked to a paper before the one issuing it anew', () => {
    // Registering the business (the commune's common one, prior.ts) matches the paper's name best; the citizen asks
    // for its reissue ("mất") or a change ("đổi địa chỉ").
    const acts = build([
      doc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Hộ kinh doanh'),
      doc('9.000575', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh', 'Hộ kinh doanh'),
      doc('9.000720', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Hộ kinh doanh'),
      // "Giấy chứng nhận" is in hundreds of names, as in the catalogue: it says little on its own.
      ...Array.from({ length: 100 }, (_, i) => doc(`9.1${String(i).padStart(5, '0')}`, `Cấp giấy chứng nhận số ${i}`, 'Khác')),
    ]);
    const first = (q: string) => search(acts, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;
    expect(first('mat giay dang ky ho kinh doanh')).toBe('9.000575');
    expect(first('dang ky ho kinh doanh')).toBe('1.001612');
  });

  it('ranks what the centre serves first, still finds the rest, and respects the limit', () => {
    // Without a selection the local procedure leads; a centre that serves the other one sees it first.
    const open = codes('cap doi the can cuoc');
    expect(open[0]).toBe('9.014063');
    const ranked = codes('cap doi the can cuoc', { prefer: (c) => c === '9.000889' });
    expect(ranked[0]).toBe('9.000889');
    expect(new Set(ranked)).toEqual(new Set(open));
    expect(search(index, 'dang ky', { limit: 2 }).hits).toHaveLength(2);
  });

  it('offers partial matches rather than nothing, and says so', () => {
    const r = search(index, 'dang ky khai sinh cho nguoi nuoc ngoai', { limit: 5 });
    expect(r.partial).toBe(true);
    expect(r.hits[0]?.code).toBe('1.001193');
    expect(search(index, 'dang ky khai sinh', { limit: 5 }).partial).toBe(false);
  });

  it.each(['', '   ', '🙂', 'xyzzyq', '\u0000\u001b[2J', '𝔁𝔂𝔃'])('returns nothing, quietly, for %j', (q) => {
    expect(codes(q)).toEqual([]);
  });
});

describe('coverage scoring', () => {
  const land = build([
    { code: '1.013978', name: 'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu đối với hộ gia đình, cá nhân', field: 'Đất đai', level: ['xa'] },
    { code: '1.012786', name: 'Cấp lại Giấy chứng nhận do bị mất', field: 'Đất đai', level: ['tinh'], papers: 'Giấy chứng nhận quyền sử dụng đất' },
    { code: '9.000001', name: 'Cấp lại giấy phép kinh doanh vàng miếng do bị mất', field: 'Hoạt động ngoại hối', level: ['bo'] },
    { code: '9.000002', name: 'Cấp Giấy phép lưu hành xe quá tải trọng', field: 'Đường bộ', level: ['tinh'] },
    { code: '9.000003', name: 'Thủ tục giải quyết khiếu nại của Ủy ban nhân dân cấp xã', field: 'Khiếu nại', level: ['xa'] },
    { code: '9.000004', name: 'Đăng ký lại mẫu con dấu của UBND', field: 'Con dấu', level: ['tinh'] },
  ]);
  const top = (q: string) => search(land, q, { limit: 5 }).hits.map((h) => h.code);

  it('lets extra words lower a score, never hide the procedure', () => {
    expect(top('so do bi mat thi lam lai o dau vay chau oi')[0]).toBe('1.012786');
    expect(top('lam so do cho dat ong ba de lai nam 1990')).toContain('1.013978');
    // The story first, the paper last: words past the sixteenth still count.
    expect(top('ong ba toi o tren manh dat nay tu nam 1975 den gio da lau lam roi nay bi mat so do')[0]).toBe('1.012786');
  });

  it('weighs the papers a procedure gives above its field, and a name above both', () => {
    // "sổ đỏ" names the certificate: found in 1.012786's papers, not only the shared word "mất".
    expect(top('mat so do')[0]).toBe('1.012786');
    expect(top('cap lai giay phep kinh doanh')[0]).toBe('9.000001');
  });

  it('reads the lexicon both ways: UBND in a name for "ủy ban", and the other way round', () => {
    expect(top('khieu nai ubnd')[0]).toBe('9.000003');
    expect(top('dang ky lai mau con dau uy ban nhan dan')[0]).toBe('9.000004');
  });

  it('reads a citizen’s words for the catalogue’s: sổ đỏ, làm lại', () => {
    expect(top('lam lai so do')[0]).toBe('1.012786');
    expect(top('làm sổ đỏ lần đầu')[0]).toBe('1.013978');
  });

  it('counts the reason given after "để" for less than what is asked, unless "để" opens the query', () => {
    const passport = build([
      { code: '9.000021', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', field: 'Hộ tịch', level: ['xa'] },
      { code: '9.000022', name: 'Cấp hộ chiếu phổ thông ở trong nước', field: 'Xuất nhập cảnh', level: ['tinh'] },
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp giấy phép xây dựng', 'Đăng ký thường trú'].map((name, i) => ({ code: `9.00003${i}`, name, field: 'Khác', level: ['xa'] as Level[] })),
    ]);
    const ranked = (q: string) => search(passport, q, { limit: 3 }).hits.map((h) => h.code);
    // Both birth-certificate procedures come before the passport the copy is wanted for.
    expect(ranked('xin ban sao khai sinh de lam ho chieu cho con')).toEqual(['9.000021', '9.000030', '9.000022']);
    expect(ranked('de lam ho chieu can ban sao khai sinh khong')).toEqual(['9.000021', '9.000022']);
  });

  it('counts the story told before "muốn" for less than the request, but not the papers it names', () => {
    const story = build([
      { code: '9.000041', name: 'Vay vốn trả nợ ngân hàng chính sách', field: 'Khác', level: ['xa'] },
      { code: '9.000042', name: 'Xóa đăng ký thế chấp', field: 'Khác', level: ['xa'] },
      { code: '9.000043', name: 'Đổi giấy phép lái xe', field: 'Khác', level: ['xa'] },
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp giấy phép xây dựng', 'Đăng ký thường trú'].map((name, i) => ({ code: `9.00004${i + 4}`, name, field: 'Khác', level: ['xa'] as Level[] })),
    ]);
    const first = (q: string) => search(story, q, { limit: 3 }).hits[0]?.code;
    expect(first('toi vay ngan hang tra het no roi gio muon xoa the chap')).toBe('9.000042');
    // Said without a request word, the same words are all the query has.
    expect(first('vay ngan hang tra no')).toBe('9.000041');
    // "Cần hồ sơ gì" asks about the paperwork: the request is still what came before.
    expect(first('toi vay ngan hang tra het no roi gio muon xoa the chap thi can ho so gi')).toBe('9.000042');
  });

  it('reads "phải làm sao" closing the query as how to do what "muốn" asked, not a request of its own', () => {
    const land = build([
      doc('9.000251', 'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai'),
      doc('9.000252', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      doc('1.000253', 'Chứng thực văn bản phân chia di sản', 'Chứng thực'),
      doc('9.000254', 'Đăng ký, cấp Giấy chứng nhận đối với trường hợp đã chuyển quyền sử dụng đất trước ngày 01 tháng 8 năm 2024', 'Đất đai', ['tinh']),
      ...['lần đầu đối với tổ chức', 'lần đầu khi được giao đất để quản lý', 'cho cộng đồng dân cư', 'của cơ sở tôn giáo'].map((what, i) =>
        doc(`9.00027${i}`, `Đăng ký đất đai ${what}`, 'Đất đai', ['tinh']),
      ),
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký thường trú', 'Cấp giấy phép xây dựng'].map((name, i) => doc(`9.00026${i}`, name)),
    ]);
    const ranked = (q: string) => search(land, q, { limit: 10 }).hits.map((h) => h.code);
    // The story's hand-written sale ("giấy tay") weighs as a story's concept does: the first registration asked for
    // comes before the registration of a transfer made long ago.
    const found = ranked('nhà tôi có miếng đất ông bà để lại, chỉ có giấy tay mua bán, nay muốn làm sổ đỏ thì phải làm sao ạ');
    expect(found).toContain('9.000251');
    expect(found.indexOf('9.000251')).toBeLessThan(found.indexOf('9.000254'));
  });

  it('reads "ạ" closing a query as said, not as the start of a word that follows the one before it', () => {
    const polite = build([
      doc('9.000281', 'Đăng ký khai sinh'),
      doc('9.000282', 'Cấp lại sổ bảo hiểm xã hội', 'Bảo hiểm'),
      ...['Thu phí không áp dụng', 'Khai thuế không áp dụng', 'Hoàn thuế không áp dụng'].map((name, i) => doc(`9.00029${i}`, name, 'Thuế')),
    ]);
    const found = (q: string) => search(polite, q, { limit: 4 }).hits.map((h) => h.code);
    // Read as "áp" (the word after "không" in those names), it listed them all.
    expect(found('giờ mất sổ bảo hiểm xã hội, cấp lại được không ạ')).toEqual(['9.000282']);
  });

  it('reads a closing clause asking whether an act can be done ("cấp lại được không") as the request’s, no reason', () => {
    const insured = build([
      doc('1.002759', 'Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT', 'Bảo hiểm xã hội'),
      doc('1.001613', 'Giải quyết hưởng bảo hiểm xã hội một lần', 'Bảo hiểm xã hội'),
      doc('9.000303', 'Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội', 'Bảo hiểm xã hội'),
      ...['giấy phép lái xe', 'giấy phép xây dựng', 'giấy chứng nhận quyền sử dụng đất', 'hộ chiếu', 'giấy phép kinh doanh', 'thẻ căn cước'].map((what, i) =>
        doc(`9.00032${i}`, `Cấp lại ${what}`, 'Khác'),
      ),
    ]);
    const first = (q: string) => search(insured, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi đi làm công nhân từ năm 1980, có đóng bảo hiểm, giờ mất sổ bảo hiểm xã hội, cấp lại được không ạ')).toBe('1.002759');
  });

  it('reads a clause opened by "thì" after a comma as the request the first clause leads to, not as a reason', () => {
    const split = build([
      doc('9.000231', 'Tách thửa hoặc hợp thửa đất', 'Đất đai', ['tinh']),
      doc('9.000232', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký thường trú', 'Cấp giấy phép xây dựng'].map((name, i) => doc(`9.00024${i}`, name)),
    ]);
    const first = (q: string) => search(split, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi muốn chia đất cho ba đứa con mỗi đứa một phần, thì tách thửa ra như thế nào ạ')).toBe('9.000231');
  });

  it('counts the small words of a story for almost nothing: a long name holding them is not nearer', () => {
    const story = build([doc('9.000071', 'Đăng ký thường trú', 'Cư trú'), doc('9.000072', 'Xác nhận nhà ở mới của người về ở nhờ nhà con cháu để đăng ký thường trú', 'Cư trú')]);
    const first = (q: string) => search(story, q, { limit: 3 }).hits[0]?.code;
    expect(first('ông bà tôi mới về ở với con cháu được mấy hôm nay, giờ muốn đăng ký thường trú')).toBe('9.000071');
  });

  it('counts a rare concept of the story apart from the request for no more than the request’s', () => {
    const residence = ['', 'Xóa ', 'Xác nhận chỗ ở hợp pháp để ', 'Hướng dẫn ', 'Tra cứu ', 'Hủy ', 'Điều chỉnh ', 'Gia hạn '].map((act) => `${act}đăng ký thường trú`);
    const others = ['khai sinh', 'kết hôn', 'khai tử', 'giám hộ', 'nhận cha mẹ con', 'nuôi con nuôi', 'hộ kinh doanh', 'xe', 'tàu cá', 'thuốc', 'giống cây'];
    const story = build([
      doc('9.000060', 'Khai báo tạm vắng', 'Cư trú'),
      ...residence.map((name, i) => doc(`9.00006${i + 1}`, name, 'Cư trú')),
      ...others.map((what, i) => doc(`9.00007${i}`, `Đăng ký ${what}`)),
    ]);
    const first = (q: string) => search(story, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi đi làm ăn xa mấy năm, giờ về quê muốn nhập hộ khẩu')).toBe('9.000061');
  });

  it('reads a phrase typed with other marks than the lexicon writes it as its words: "con dâu" is no seal', () => {
    const seal = build([doc('9.000111', 'Đăng ký mẫu con dấu mới', 'Con dấu'), doc('9.000112', 'Đăng ký thường trú', 'Cư trú')]);
    const found = (q: string) => search(seal, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('đăng ký con dấu')).toEqual(['9.000111']);
    expect(found('dang ky con dau')).toEqual(['9.000111']);
    // Read as the seal, the phrase would leave nothing else standing.
    expect(found('đăng ký con dâu về ở')).toContain('9.000112');
  });

  it('reads a phrase typed with two tones left out as the phrase: "bảo hiêm y tê" is the health insurance', () => {
    const card = build([
      doc('9.000131', 'Đăng ký đóng, cấp thẻ BHYT', 'Bảo hiểm'),
      doc('9.000132', 'Cấp giấy chứng nhận sức khỏe', 'Y tế'),
      doc('9.000133', 'Cấp lại thẻ bảo hiểm y tế', 'Chính sách'),
    ]);
    const found = (q: string) => search(card, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('bảo hiểm y tế')).toEqual(['9.000133', '9.000131']);
    expect(found('bảo hiêm y tê')).toEqual(['9.000133', '9.000131']);
    // Hỏi written as ngã, as the South hears it (marks.ts).
    expect(found('bảo hiễm y tế')).toEqual(['9.000133', '9.000131']);
    // A hat left out, the tone right, where no name writes the word so: a slip, the phrase still read.
    expect(found('bảo hiẻm y tế')).toEqual(['9.000133', '9.000131']);
  });

  it('reads a phrase by the marks typed at its own place: "căn nhà … có cần" is no "chó cắn"', () => {
    const gift = build([
      doc('9.000171', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      doc('9.000173', 'Tiêm phòng bệnh dại cho chó', 'Thú y'),
      doc('9.000174', 'Đăng ký khai sinh'),
    ]);
    const found = (q: string) => search(gift, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('mẹ tôi muốn cho tôi căn nhà, làm giấy tặng cho có cần ra xã không')).toEqual(['9.000171']);
    expect(found('bị chó cắn')).toEqual(['9.000173']);
  });

  it('reads "giờ" (now) as the turn from the story to what is asked when no request word says so', () => {
    const late = build([
      doc('9.000181', 'Khai báo tạm vắng', 'Cư trú'),
      doc('9.000182', 'Thủ tục đăng ký khai tử'),
      doc('9.000183', 'Đăng ký lại khai tử'),
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký thường trú', 'Đăng ký tạm trú', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký', 'Đăng ký giám hộ'].map((name, i) => doc(`9.00019${i}`, name)),
    ]);
    const first = (q: string) => search(late, q, { limit: 3 }).hits[0]?.code;
    expect(first('ông tôi mất ở quê, cả nhà đi làm ăn xa, giờ về khai tử cho ông có muộn không')).toBe('9.000182');
    // Before no concept, "giờ" is more of the story.
    expect(first('cả nhà đi làm ăn xa, giờ đã mười năm')).toBe('9.000181');
  });

  it('reads "nay" (now) opening a clause as that turn too', () => {
    const found = build([
      doc('9.000201', 'Trình báo mất hộ chiếu phổ thông', 'Quản lý xuất nhập cảnh'),
      doc('9.000202', 'Khôi phục giá trị sử dụng hộ chiếu phổ thông', 'Quản lý xuất nhập cảnh'),
      doc('9.000203', 'Cấp hộ chiếu phổ thông ở trong nước', 'Quản lý xuất nhập cảnh'),
    ]);
    expect(search(found, 'năm ngoái tôi đã báo mất hộ chiếu rồi, nay lại tìm thấy, có dùng được không', { limit: 3 }).hits[0]?.code).toBe('9.000202');
  });

  it('reads "mất mấy ngày" as a question of what it takes, not a loss', () => {
    const passport = build([
      doc('9.000121', 'Cấp hộ chiếu phổ thông ở trong nước', 'Xuất nhập cảnh'),
      doc('9.000122', 'Trình báo mất hộ chiếu phổ thông', 'Xuất nhập cảnh'),
      ...['Cấp lại Giấy chứng nhận do bị mất', 'Cấp lại thẻ căn cước', 'Cấp lại giấy phép lái xe khi bị mất', 'Đăng ký khai tử'].map((name, i) => doc(`9.00013${i}`, name)),
    ]);
    const first = (q: string) => search(passport, q, { limit: 3 }).hits[0]?.code;
    expect(first('làm hộ chiếu mất mấy ngày')).toBe('9.000121');
    expect(first('bị mất hộ chiếu')).toBe('9.000122');
  });

  it('reads the classifiers of people ("đứa", "thằng") as the filler they are: "đứa cháu" holds no "đưa"', () => {
    const goods = build([doc('9.000141', 'Đăng ký thường trú', 'Cư trú'), doc('9.000142', 'Thủ tục hải quan đối với hàng hóa nhập khẩu đưa vào kho', 'Hải quan')]);
    const found = (q: string) => search(goods, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('nhập hộ khẩu cho đứa cháu')).toEqual(['9.000141']);
  });

  it('counts what follows "khi" (when) as the circumstance, until its clause ends', () => {
    const moved = build([
      doc('9.000151', 'Cấp lại Giấy chứng nhận do bị mất', 'Đất đai', ['tinh']),
      doc('9.000152', 'Đăng ký thường trú', 'Cư trú'),
      doc('9.000153', 'Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ', 'Cư trú'),
      ...['Cấp lại thẻ căn cước', 'Cấp lại giấy phép lái xe', 'Đăng ký đất đai lần đầu', 'Đăng ký biến động quyền sử dụng đất', 'Tách thửa hoặc hợp thửa đất'].map((name, i) =>
        doc(`9.00016${i}`, name, 'Đất đai'),
      ),
    ]);
    const found = (q: string) => search(moved, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('tôi bị mất sổ đỏ khi chuyển nhà, xin cấp lại ở đâu')[0]).toBe('9.000151');
    expect(found('tôi bị mất sổ đỏ khi chuyển nhà, xin cấp lại ở đâu')).not.toContain('9.000153');
    expect(found('tôi mới chuyển nhà, xin đăng ký ở đâu')[0]).toBe('9.000152');
  });

  it('reads "nội", "ngoại" after a relative as the side of the family, not a word of the names', () => {
    const kin = build([
      doc('9.000101', 'Đăng ký tạm trú', 'Cư trú'),
      doc('9.000102', 'Khai báo tạm trú cho người nước ngoài tại Việt Nam', 'Cư trú'),
      doc('9.000103', 'Thủ tục hải quan đối với hàng hóa đưa vào kho ngoại quan', 'Hải quan'),
    ]);
    const found = (q: string) => search(kin, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('đăng ký tạm trú cho bà ngoại')).toEqual(['9.000101', '9.000102']);
    // Alone, "ngoại" is a word of its own.
    expect(found('kho ngoại quan')[0]).toBe('9.000103');
  });

  it('reads the clause the speaker opens after clauses about others as the request, the others’ as the story', () => {
    const family = build([
      doc('9.000201', 'Khai báo tạm vắng', 'Cư trú'),
      doc('9.000202', 'Thủ tục đăng ký khai sinh'),
      // As in the catalogue, a birth is in many names, an absence in one: the rarer concept weighs more.
      ...['Đăng ký khai sinh lưu động', 'Đăng ký lại khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con'].map((name, i) =>
        doc(`9.00020${i + 3}`, name),
      ),
      ...['Đăng ký kết hôn', 'Đăng ký thường trú', 'Đăng ký tạm trú', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00021${i}`, name)),
    ]);
    const first = (q: string) => search(family, q, { limit: 3 }).hits[0]?.code;
    const births = ['9.000202', '9.000203', '9.000204', '9.000205', '9.000206'];
    expect(births).toContain(first('cháu nội tôi mới sinh được một tháng, bố nó đi làm xa, tôi là bà nội có đi làm giấy khai sinh cho cháu được không'));
    // "Con tôi" (my child) opens no clause of the speaker's: told of the child, the absence is still what is asked.
    expect(first('cháu nội tôi mới sinh, con tôi đi làm xa lâu ngày có phải khai báo không')).toBe('9.000201');
  });

  it('reads "đẻ" typed with its marks as a birth, and "để" (so that) as no birth', () => {
    const born = build([
      doc('9.000241', 'Thủ tục đăng ký khai sinh'),
      doc('9.000242', 'Chuyển mục đích sử dụng đất', 'Đất đai'),
      ...['Đăng ký kết hôn', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00025${i}`, name)),
    ]);
    const found = (q: string) => search(born, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('con dâu tôi mới đẻ con, làm giấy cho cháu')[0]).toBe('9.000241');
    expect(found('xin giấy để con đi học')).not.toContain('9.000241');
  });

  it('reads "một phần", "một nửa" before a thing as how much of it, not a word of the names', () => {
    const part = build([
      doc('9.000261', 'Đăng ký, cấp Giấy chứng nhận đối với trường hợp đã được cấp Giấy chứng nhận một phần diện tích vào loại đất ở', 'Đất đai', ['tinh']),
      doc('9.000262', 'Tách thửa hoặc hợp thửa đất', 'Đất đai', ['tinh']),
      ...['Đăng ký kết hôn', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00027${i}`, name)),
    ]);
    const first = (q: string) => search(part, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi muốn tách một phần đất cho con trai ra làm nhà')).toBe('9.000262');
  });

  it('reads who told the citizen to come ("công ty bắt", "công an bảo") as the story, not what is asked', () => {
    const told = build([
      doc('9.000281', 'Cấp Phiếu lý lịch tư pháp', 'Lý lịch tư pháp', ['tinh']),
      doc('9.000282', 'Đăng ký thành lập công ty trách nhiệm hữu hạn', 'Thành lập và hoạt động của doanh nghiệp', ['tinh']),
      doc('9.000283', 'Đăng ký thay đổi người đại diện của công ty cổ phần', 'Thành lập và hoạt động của doanh nghiệp', ['tinh']),
      ...['Đăng ký kết hôn', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00029${i}`, name)),
    ]);
    const found = (q: string) => search(told, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('con tôi đi làm, công ty bắt nộp lý lịch')).toEqual(['9.000281']);
    // Without its marks, "bat" may be another word: the company still counts.
    expect(found('con toi di lam, cong ty bat nop ly lich')).toContain('9.000282');
  });

  it('reads "mất" right after a person as a death, even with a paper in the query; after "của" a loss', () => {
    const died = build([
      doc('9.000301', 'Cấp lại Giấy chứng nhận do bị mất', 'Đất đai', ['tinh']),
      doc('9.000302', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      ...['Đăng ký kết hôn', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00031${i}`, name)),
    ]);
    const first = (q: string) => search(died, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi có cái sổ đỏ đứng tên hai vợ chồng, giờ chồng tôi mất, tôi muốn bán mảnh đất')).toBe('9.000302');
    expect(first('cái sổ đỏ của bố tôi mất rồi, tôi muốn làm lại')).toBe('9.000301');
  });

  it('reads what just happened to the person a request is for ("cho con dâu mới cưới") as who they are', () => {
    const newly = build([
      doc('9.000321', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
      doc('9.000322', 'Thủ tục đăng ký kết hôn'),
      doc('9.000323', 'Thủ tục đăng ký lại kết hôn'),
      // As in the catalogue, permanent residence is in many names, a marriage in few.
      ...['Xóa đăng ký thường trú', 'Cấp thẻ thường trú cho người nước ngoài', 'Xác nhận điều kiện diện tích nhà ở để đăng ký thường trú', 'Cấp lại thẻ căn cước'].map((name, i) =>
        doc(`9.00033${i}`, name, 'Đăng ký, quản lý cư trú'),
      ),
    ]);
    const first = (q: string) => search(newly, q, { limit: 3 }).hits[0]?.code;
    const residence = ['9.000321', '9.000330', '9.000331', '9.000332'];
    expect(residence).toContain(first('phải làm sao để nhập khẩu cho con dâu mới cưới về nhà chồng ạ'));
  });

  it('ends what is said of the person a request is for at "thì": the act asked after it is asked in full', () => {
    const then = build([
      doc('9.000351', 'Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội, trợ cấp thất nghiệp', 'Thực hiện chính sách BHXH'),
      doc('9.000352', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực'),
      doc('9.000353', 'Giải quyết hưởng lương hưu, trợ cấp hàng tháng đối với cán bộ xã', 'Thực hiện chính sách BHXH'),
      doc('9.000354', 'Truy lĩnh lương hưu, trợ cấp bảo hiểm xã hội của người hưởng đã chết', 'Thực hiện chính sách BHXH'),
      doc('9.000355', 'Chứng thực chữ ký người dịch', 'Chứng thực'),
    ]);
    const top = (q: string) => search(then, q, { limit: 2 }).hits.map((h) => h.code);
    expect(top('Tôi nghỉ hưu, đau chân không tự đi lĩnh lương hưu được, muốn làm giấy ủy quyền cho con trai lĩnh thay thì chứng thực chữ ký ở đâu?')).toContain('9.000352');
  });

  it('reads "xin giấy đó" as asking for the paper the story named after "giấy"', () => {
    const back = build([
      doc('9.000361', 'Xác nhận thông tin về cư trú', 'Đăng ký, quản lý cư trú'),
      doc('9.000362', 'Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      doc('9.000363', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
      doc('9.000364', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      doc('9.000365', 'Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ', 'Đăng ký, quản lý cư trú'),
      ...['Gia hạn tạm trú', 'Xóa đăng ký tạm trú', 'Xóa đăng ký thường trú', 'Khai báo tạm vắng', 'Tách hộ'].map((name, i) => doc(`9.00037${i}`, name, 'Đăng ký, quản lý cư trú')),
      ...['Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký kết hôn', 'Chứng thực bản sao từ bản chính', 'Cấp đổi thẻ căn cước', 'Đăng ký thành lập hộ kinh doanh'].map((name, i) =>
        doc(`9.00038${i}`, name),
      ),
    ]);
    const first = (q: string) => search(back, q, { limit: 3 }).hits[0]?.code;
    expect(first('Tôi ở nhờ nhà con trai, ra ngân hàng họ đòi giấy xác nhận nơi cư trú, mà hộ khẩu còn ở quê, xin giấy đó ở đâu?')).toBe('9.000361');
  });

  it('reads a paper to bring along ("cần mang theo cmnd") as what the counter checks, not what is asked', () => {
    const brought = build([
      doc('9.000341', 'Thủ tục đăng ký kết hôn'),
      doc('9.000342', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên'),
      doc('9.000343', 'Xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân'),
      doc('9.000344', 'Cấp đổi thẻ căn cước'),
      // As in the catalogue, a marriage is in several names, the old ID card in one.
      ...['Thủ tục đăng ký kết hôn có yếu tố nước ngoài', 'Thủ tục đăng ký lại kết hôn'].map((name, i) => doc(`9.00035${i}`, name)),
    ]);
    const first = (q: string) => search(brought, q, { limit: 3 }).hits[0]?.code;
    expect(first('hai dua muon dang ky ket hon o ubnd xa can mang theo cmnd voi j nua')).toBe('9.000341');
    // Brought along with nothing asked before it, the paper is all there is.
    expect(first('mang theo cmnd')).not.toBe('9.000341');
  });

  // Real codes: the household's first registration is in the common procedures' prior (prior.ts), as in the catalogue.
  it('reads a household’s old land paper as its first registration, not the state’s land kept to manage', () => {
    const old = build([
      doc('1.012756', 'Đăng ký đất đai lần đầu đối với trường hợp được Nhà nước giao đất để quản lý', 'Đất đai', ['tinh']),
      doc(
        '1.013978',
        'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư',
        'Đất đai',
      ),
      doc('9.000343', 'Đăng ký biến động quyền sử dụng đất', 'Đất đai', ['tinh']),
      doc('9.000344', 'Tách thửa hoặc hợp thửa đất', 'Đất đai', ['tinh']),
      ...['Đăng ký kết hôn', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00035${i}`, name)),
    ]);
    const first = (q: string) => search(old, q, { limit: 3 }).hits[0]?.code;
    expect(first('đất nhà tôi có bằng khoán điền thổ từ thời Pháp')).toBe('1.013978');
    expect(first('đất khai hoang làm sổ')).toBe('1.013978');
  });

  it('reads a request of an act alone as done to the story’s paper that can be so done, not to the rest of the story', () => {
    const act = build([
      doc('9.000361', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú'),
      doc('9.000362', 'Đổi giấy phép lái xe', 'Đường bộ', ['tinh']),
      doc('9.000363', 'Cấp lại giấy phép lái xe', 'Đường bộ', ['tinh']),
      // As in the catalogue, a driving licence is in many names, an absence in one: the rarer concept weighs more.
      ...['Cấp giấy phép lái xe', 'Cấp giấy phép lái xe quốc tế', 'Thu hồi giấy phép lái xe', 'Đổi giấy phép lái xe quân sự', 'Đổi giấy phép lái xe Công an nhân dân'].map((name, i) =>
        doc(`9.00037${i}`, name, 'Đường bộ', ['bo']),
      ),
    ]);
    const first = (q: string) => search(act, q, { limit: 3 }).hits[0]?.code;
    expect(first('bằng lái ô tô của con tôi sắp hết hạn, nó đi làm xa, tôi đổi giúp được không')).toBe('9.000362');
  });

  it('reads the old’s polite openings ("dạ thưa cô") as filler when typed with their marks, not "thửa" or "đá"', () => {
    const polite = build([
      doc('9.000381', 'Thủ tục đăng ký khai sinh'),
      doc('9.000382', 'Tách thửa hoặc hợp thửa đất', 'Đất đai', ['tinh']),
      doc('9.000383', 'Cấp giấy phép khai thác đá', 'Khoáng sản', ['tinh']),
    ]);
    const found = (q: string) => search(polite, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('dạ thưa cô, tôi muốn làm giấy khai sinh cho cháu')).toEqual(['9.000381']);
    expect(found('tach thua dat')[0]).toBe('9.000382');
  });

  it('reads "hỏi chút" as the filler it is, never required: no name\'s word one letter off ("chết") is found for it', () => {
    const briefly = build([
      doc('9.000391', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Hoạt động xây dựng'),
      doc('9.000392', 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ', 'Hoạt động xây dựng'),
      doc('9.000393', 'Truy lĩnh lương hưu của người hưởng đã chết', 'Bảo hiểm xã hội'),
    ]);
    const found = (q: string) => search(briefly, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('bác hỏi chút, xin giấy phép xây nhà')).not.toContain('9.000393');
    expect(found('cho hỏi chút xíu, xin giấy phép xây nhà')).not.toContain('9.000393');
  });

  it('reads "đã" typed with its marks as filler, not a word of a dossier, and "đá" still as stone', () => {
    const already = build([
      doc('1.014061', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', 'Căn cước'),
      { ...doc('1.014062', 'Cấp thẻ căn cước cho người dưới 14 tuổi', 'Căn cước'), detail: 'thẻ căn cước đã được cấp' },
      doc('9.000383', 'Cấp giấy phép khai thác đá', 'Khoáng sản', ['tinh']),
      // "Muối" in a name, so the age's "mươi" is a word of the index, not a typo of "dưới".
      doc('9.000384', 'Hỗ trợ diêm dân sản xuất muối', 'Nông nghiệp'),
    ]);
    const first = (q: string) => search(already, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;
    expect(first('tôi đã ngoài bảy mươi, làm cái căn cước')).toBe('1.014061');
    expect(first('tôi đã làm cái căn cước')).toBe('1.014061');
    expect(first('xin phép khai thác đá')).toBe('9.000383');
  });

  it('keeps a concept said twice where a request word first asks it, and the paper after it as what it is done to', () => {
    const twice = build([
      doc('9.000401', 'Chứng thực chữ ký người dịch', 'Chứng thực'),
      doc('9.000402', 'Cấp bản sao Giấy khai sinh'),
      doc('9.000403', 'Chứng thực bản sao từ bản chính', 'Chứng thực'),
    ]);
    const first = (q: string) => search(twice, q, { limit: 3 }).hits[0]?.code;
    expect(first('tôi cần dịch giấy khai sinh sang tiếng Anh có công chứng')).toBe('9.000401');
  });

  it('reads "nó", "chúng nó" typed with their marks as the children spoken of, not "nợ" or "chứng"', () => {
    const kids = build([
      doc('9.000391', 'Thủ tục đăng ký giám hộ'),
      doc('9.000392', 'Đăng ký giám sát việc giám hộ'),
      doc('9.000393', 'Chứng thực hợp đồng, giao dịch'),
      doc('9.000394', 'Xóa nợ tiền sử dụng đất', 'Đất đai', ['tinh']),
    ]);
    const found = (q: string) => search(kids, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('tôi muốn làm giám hộ cho chúng nó')).toEqual(['9.000391', '9.000392']);
    expect(found('xoa no tien dat')[0]).toBe('9.000394');
  });

  it('reads the office named after "bên" as where the request is made, not what is asked', () => {
    const office = build([
      doc('9.000221', 'Giải quyết hưởng bảo hiểm xã hội một lần', 'Thực hiện chính sách BHXH', ['tinh']),
      doc('9.000222', 'Giải quyết hưởng chế độ tử tuất', 'Thực hiện chính sách BHXH', ['tinh']),
      ...['Đăng ký khai tử', 'Cấp lại thẻ căn cước', 'Chứng thực chữ ký'].map((name, i) => doc(`9.00023${i}`, name)),
    ]);
    const first = (q: string) => search(office, q, { limit: 3 }).hits[0]?.code;
    expect(first('chồng tôi mất, tôi muốn nhận tiền mai táng phí bên bảo hiểm xã hội thì cần giấy tờ gì')).toBe('9.000222');
    expect(first('tôi muốn lãnh bảo hiểm xã hội một lần')).toBe('9.000221');
  });

  it('reads "đòi" typed with its marks as a paper asked for, not "đổi" (exchanged)', () => {
    const cards = build([doc('9.014063', 'Cấp đổi thẻ căn cước', 'Cấp, quản lý căn cước'), doc('9.010041', 'Xác nhận thông tin về cư trú', 'Đăng ký, quản lý cư trú')]);
    const first = (q: string) => search(cards, q, { limit: 2 }).hits[0]?.code;
    expect(first('sổ hộ khẩu không còn dùng nữa, người ta đòi chứng minh chỗ ở thì xin giấy gì')).toBe('9.010041');
    expect(first('đổi chứng minh sang thẻ mới')).toBe('9.014063');
    expect(first('doi chung minh')).toBe('9.014063');
  });

  it('counts a concept of the story that no procedure of the request holds as the story', () => {
    const story = build([
      doc('9.000081', 'Thủ tục đăng ký kết hôn', 'Hộ tịch'),
      doc('9.000082', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      ...['Đăng ký khai sinh', 'Cấp giấy phép xây dựng', 'Đăng ký thường trú'].map((name, i) => doc(`9.00009${i}`, name)),
    ]);
    const first = (q: string) => search(story, q, { limit: 3 }).hits[0]?.code;
    expect(first('con toi sap lay vo gio toi muon cho con manh dat')).toBe('9.000082');
    // Without a request of its own, the story's concept is what is asked.
    expect(first('con toi sap lay vo thi can lam gi')).toBe('9.000081');
    // Asked as a question, the request is what follows it; a question closing the sentence asks about the story.
    expect(first('con toi sap lay vo gio lam sao cho con manh dat')).toBe('9.000082');
    expect(first('con toi sap lay vo thi lam the nao')).toBe('9.000081');
    // Asked first, what follows "vì" is why: the story, however it is told.
    expect(first('cho con mảnh đất vì nó sắp lấy vợ')).toBe('9.000082');
    // Or a clause of its own after the request, with no "vì".
    expect(first('tôi muốn cho con mảnh đất, nó sắp lấy vợ')).toBe('9.000082');
    // Without a request word before it, a later clause may be what is asked.
    expect(first('con tôi cho mảnh đất, nó sắp lấy vợ')).toBe('9.000081');
  });

  it('counts what the story says the citizen lacks ("không có lương hưu") as the story, not as what is asked', () => {
    const lacking = build([
      doc('9.000051', 'Giải quyết hưởng lương hưu hằng tháng', 'Bảo hiểm xã hội'),
      doc('9.000052', 'Đăng ký đóng bảo hiểm xã hội tự nguyện', 'Bảo hiểm xã hội'),
      doc('9.000053', 'Đăng ký khai sinh'),
    ]);
    const first = (q: string) => search(lacking, q, { limit: 3 }).hits[0]?.code;
    expect(first('khong co luong huu muon dong bhxh')).toBe('9.000052');
  });

  it('reads "lấy" as what the citizen does, not the office\'s "lấy ý kiến"', () => {
    // No lexicon: the words alone decide, and the well is named only in the dossier.
    const water = buildSearchIndex(
      [
        { code: '9.000061', name: 'Lấy ý kiến về phương án bổ sung nhân tạo nước dưới đất', field: 'Tài nguyên nước', level: ['tinh'] },
        { code: '9.000062', name: 'Đăng ký khai thác nước dưới đất', field: 'Tài nguyên nước', level: ['tinh'], detail: 'Tờ khai đăng ký giếng khoan' },
        ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp giấy phép xây dựng', 'Đăng ký thường trú'].map((name, i) => ({ code: `9.00007${i}`, name, field: 'Khác', level: ['xa'] as Level[] })),
      ],
      compileLexicon([]),
    );
    expect(search(water, 'khoan giếng lấy nước', { limit: 3 }).hits[0]?.code).toBe('9.000062');
  });

  it('counts the papers named after a certification for less than the certification', () => {
    const certify = build([
      { code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', field: 'Chứng thực', level: ['xa'] },
      { code: '1.012786', name: 'Cấp lại Giấy chứng nhận do bị mất', field: 'Đất đai', level: ['xa'], papers: 'Giấy chứng nhận quyền sử dụng đất' },
      { code: '9.014064', name: 'Cấp lại thẻ căn cước', field: 'Căn cước', level: ['xa'] },
      { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', level: ['xa'] },
      // A catalogue's many certifications make the word common, and the papers rarer than it.
      ...[
        'Chứng thực chữ ký',
        'Chứng thực hợp đồng, giao dịch',
        'Chứng thực di chúc',
        'Chứng thực văn bản phân chia di sản',
        'Chứng thực việc sửa đổi hợp đồng',
        'Cấp bản sao có chứng thực từ bản chính hợp đồng',
      ].map((name, i) => ({
        code: `9.00009${i}`,
        name,
        field: 'Chứng thực',
        level: ['xa'] as Level[],
      })),
    ]);
    const first = (q: string) => search(certify, q, { limit: 3 }).hits[0]?.code;
    expect(first('toi can chung thuc ban sao can cuoc va giay khai sinh cho chau')).toBe('2.000815');
    expect(first('chung thuc ban sao so do')).toBe('2.000815');
    // Named before it, the paper is what is asked about.
    expect(first('so do mat roi lam lai')).toBe('1.012786');
  });

  it('counts a word said twice once: repeating the story does not outweigh the paper', () => {
    const fire = build([
      { code: '1.012786', name: 'Cấp lại Giấy chứng nhận do bị mất', field: 'Đất đai', level: ['xa'], papers: 'Giấy chứng nhận quyền sử dụng đất' },
      { code: '9.000005', name: 'Nghiệm thu về phòng cháy, chữa cháy', field: 'Phòng cháy, chữa cháy', level: ['tinh'] },
      ...['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp giấy phép xây dựng', 'Đăng ký thường trú'].map((name, i) => ({ code: `9.00001${i}`, name, field: 'Khác', level: ['xa'] as Level[] })),
    ]);
    expect(search(fire, 'bi chay roi chay het lam lai', { limit: 5 }).hits[0]?.code).toBe('1.012786');
  });
});

describe('typing as it happens', () => {
  it('reads a single trailing letter as the start of a word, not a word or a tone', () => {
    const r = codes('dang ky ket h');
    expect(r[0]).toBe('1.000894');
    // Results do not flicker to something unrelated while the word is being typed.
    expect(codes('dang k')).toEqual(expect.arrayContaining(['1.001193', '1.000894']));
    expect(codes('dang k').length).toBeGreaterThan(2);
  });

  it('reads a last word no completion fits as a region says it, where that goes with the word before', () => {
    const benefit = build([
      doc('2.000693', 'Giải quyết hưởng chế độ thai sản', 'Bảo hiểm xã hội'),
      doc('9.000141', 'Cấp giấy chứng nhận cây xanh đô thị', 'Xây dựng'),
      doc('9.000143', 'Hỗ trợ thai phụ nghèo', 'Y tế'),
    ]);
    const first = (q: string) => search(benefit, q, { limit: 3 }).hits[0]?.code;
    expect(first('ho tro thai xan')).toBe('2.000693');
    // While a completion goes with the word before, it is the word being typed.
    expect(first('cay xan')).toBe('9.000141');
  });

  it('reads VNI keys left in as the syllable typed, and a number with letters as typed', () => {
    expect(unVni('chu71ng')).toBe('chung');
    expect(unVni('d9a8ng')).toBe('dang');
    expect(unVni('thu75c')).toBe('thuc');
    expect(['14t', 'b2', 'a1'].map(unVni)).toEqual(['14t', 'b2', 'a1']);
    expect(codes('chu71ng thu75c ba3n sao')[0]).toBe('2.000815');
  });

  it('reads Telex keys as tones only where a syllable remains', () => {
    expect(telexCandidates('kys')).toContain('ki');
    expect(telexCandidates('ddangw')).toContain('dang');
    expect(telexCandidates('sinhf')).toContain('sinh');
    expect(telexCandidates('chuwngs')).toContain('chung');
    // "x" and "s" that belong to a word stay: no syllable is left by dropping them.
    expect(telexCandidates('xs')).toEqual([]);
    expect(isSyllable('khuyen')).toBe(true);
    expect(isSyllable('kxz')).toBe(false);
    expect(codes('ddang kys khai sinhf')[0]).toBe('1.001193');
  });

  it('reads a slip of one letter by the word beside it, so the lexicon phrase it broke is recognised', () => {
    const papers = build([doc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'), doc('9.000001', 'Cấp giấy phép kinh doanh chất độc', 'Hóa chất')]);
    const first = (q: string) => search(papers, q, { limit: 10 }).hits[0]?.code;
    // After "độc", "thna" and "tahn" are "thân", and "giấy độc thân" is the marital-status paper.
    expect(first('giay doc thna ')).toBe('1.004873');
    expect(first('giay doc tahn ')).toBe('1.004873');
    // A syllable of its own is not a slip: "thuc" does not become "than".
    expect(first('giay doc thuc ')).toBe('9.000001');
  });

  it('reads a syllable typed without its vowel by the word beside it, not as initials', () => {
    const papers = build([doc('1.001193', 'Thủ tục đăng ký khai sinh'), doc('1.008564', 'Hoàn thuế khi chuyển đổi doanh nghiệp, sáp nhập, hợp nhất, chia, tách', 'Thuế')]);
    // After "khai", "snh" is "sinh"; alone it would be the initials of "sáp nhập, hợp (nhất)".
    expect(search(papers, 'khai snh cho be ', { limit: 10 }).hits[0]?.code).toBe('1.001193');
  });

  it('reads two letters typed the wrong way round by the word beside it, not as initials', () => {
    const papers = build([doc('1.010041', 'Xác nhận thông tin về cư trú', 'Đăng ký, quản lý cư trú'), doc('9.000002', 'Đăng ký xe công an', 'Đăng ký xe', ['tinh'])]);
    // Before "nhận", "xca" is "xác"; alone it would be the initials of "xe công an".
    expect(search(papers, 'xca nhan cu tru ', { limit: 10 }).hits[0]?.code).toBe('1.010041');
  });

  it('reads a word typed with marks by its neighbours when only its consonant is said otherwise', () => {
    const papers = build([
      doc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      doc('1.003677', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú'),
      doc('1.004878', 'Giải quyết việc cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi', 'Nuôi con nuôi', ['tinh']),
    ]);
    // "chú" is a word the names write, but "trú" with the same mark goes with "tạm": the North's ch for tr.
    expect(search(papers, 'khai báo tạm chú cho người làm thuê ', { limit: 10 }).hits[0]?.code).toBe('1.004194');
  });

  it('drops what a speaker takes back: "à không", "à nhầm", "không phải … mà là …"', () => {
    const papers = build([
      doc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      doc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
      doc('1.000894', 'Thủ tục đăng ký kết hôn'),
      doc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
    ]);
    const first = (q: string) => search(papers, q, { limit: 10 }).hits[0]?.code;
    expect(first('tôi muốn đăng ký tạm trú à không thường trú cho con ')).toBe('1.004222');
    expect(first('dang ky tam tru a khong thuong tru ')).toBe('1.004222');
    expect(first('không phải tạm trú mà là thường trú ')).toBe('1.004222');
    expect(first('đăng ký kết hôn à nhầm xác nhận tình trạng hôn nhân ')).toBe('1.004873');
    // A question closed by "không à" takes nothing back.
    expect(first('làm tạm trú được không à ')).toBe('1.004194');
  });

  it('reads a word respelled with its marks kept as the phrase it makes, written as the lexicon writes it', () => {
    const papers = build([
      doc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      doc('1.013083', 'Đăng ký xe tạm thời thực hiện bằng dịch vụ công trực tuyến toàn trình', 'Đăng ký xe', ['tinh']),
    ]);
    // Voice typing's "tạm chú": read "tạm trú", its place keeps the marks typed, which are "trú"'s, not other words'.
    expect(search(papers, 'đăng ký tạm chú online ', { limit: 10 }).hits[0]?.code).toBe('1.004194');
    // Said last, with no space after it as voice typing leaves it: a word with its tone is finished, respelled alike.
    expect(search(papers, 'đăng ký tạm chú', { limit: 10 }).hits[0]?.code).toBe('1.004194');
  });

  it('reads a word typed with Telex keys left in as the syllable that goes with the word beside it', () => {
    const papers = build([
      doc('1.001456', 'Cấp hộ chiếu phổ thông ở trong nước', 'Quản lý xuất nhập cảnh'),
      doc('1.014063', 'Cấp đổi thẻ căn cước', 'Căn cước'),
      doc('2.000575', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh'),
    ]);
    // "hooj" is "hộ" (oo for ô, j for the low tone) beside "chiếu": the passport, not any "hộ" (a household business).
    expect(search(papers, 'hooj chieu het han ', { limit: 10 }).hits.map((h) => h.code)).toEqual(['1.001456']);
  });
});

describe('bad input', () => {
  it.each([
    ['10,000 characters', 'đăng ký khai sinh '.repeat(600)],
    ['one letter', 'd'],
    ['emoji around words', '🙂 khai sinh 🙂'],
    ['mixed scripts', 'khai sinh жжж 出生'],
    ['control characters in words', 'khai\u0000 sinh\u0007'],
    ['only punctuation', '?!.,;:-'],
    ['very long word', 'a'.repeat(10_000)],
  ])('%s: a list or nothing, never an error', (_name, q) => {
    // How fast is for the bench (`npm run bench -- search`, bad input against a keystroke's 16 ms).
    expect(Array.isArray(search(index, q, { limit: 20 }).hits)).toBe(true);
  });

  it('still finds what words there are among the noise', () => {
    expect(codes('🙂 khai sinh 🙂')[0]).toBe('1.001193');
    expect(codes('khai sinh жжж 出生')[0]).toBe('1.001193');
  });
});

describe('the procedure a citizen asks for, among a paper’s family', () => {
  const family = build([
    doc('9.000001', 'Cấp lại thẻ căn cước', 'Căn cước'),
    doc('9.000002', 'Cấp đổi thẻ căn cước', 'Căn cước'),
    doc('9.000003', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', 'Căn cước'),
    doc('9.000004', 'Thu hồi thẻ căn cước', 'Căn cước'),
  ]);
  const first = (q: string) => search(family, q, { limit: 4 }).hits[0]?.code;

  it.each([
    ['naming only the paper: the plain one', 'the can cuoc', '9.000003'],
    ['"mất": the reissue', 'mat can cuoc', '9.000001'],
    ['"hết hạn": the exchange', 'can cuoc het han', '9.000002'],
    ['torn or damaged: the exchange, not the reissue', 'the can cuoc bi rach', '9.000002'],
    ['"đổi" typed as a word: the exchange', 'doi the can cuoc', '9.000002'],
    ['asked in the catalogue’s words', 'thu hoi the can cuoc', '9.000004'],
  ])('%s', (_name, q, code) => {
    expect(first(q)).toBe(code);
  });

  it('puts the plain allocation above converting one already held ("chuyển hình thức")', () => {
    const land = build([
      doc('9.000011', 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', 'Đất đai'),
      doc('9.000012', 'Chuyển hình thức giao đất, cho thuê đất', 'Đất đai'),
    ]);
    expect(search(land, 'xin giao dat', { limit: 2 }).hits[0]?.code).toBe('9.000011');
  });

  it('lets what citizens open overrule the plain-first guess', () => {
    expect(search(family, 'the can cuoc', { limit: 1, views: new Map([['9.000001', 1000]]) }).hits[0]?.code).toBe('9.000001');
  });
});

describe('a word used in another sense', () => {
  it('a classifier ("mảnh đất") does not pull a land query to "hai mảnh vỏ"', () => {
    const idx = build([
      doc('9.000010', 'Cấp giấy chứng nhận xuất xứ cho lô nguyên liệu nhuyễn thể hai mảnh vỏ', 'Thủy sản', ['tinh']),
      doc('9.000011', 'Đăng ký biến động quyền sử dụng đất do tặng cho, thừa kế', 'Đất đai', ['tinh']),
      doc('9.000012', 'Đăng ký đất đai lần đầu', 'Đất đai', ['tinh']),
      doc('9.000013', 'Cấp phép khai thác thủy sản', 'Thủy sản', ['tinh']),
    ]);
    const hits = search(idx, 'bố mẹ cho con mảnh đất thì làm giấy tờ gì', { limit: 3 }).hits.map((h) => h.code);
    expect(hits[0]).toBe('9.000011');
    expect(hits).not.toContain('9.000010');
  });
});

describe('reading a query through the lexicon', () => {
  it('cuts it so no word is stranded outside a phrase ("sửa | sai họ", not "sửa sai | họ")', () => {
    const segs = defaultLexicon().segment(['sua', 'sai', 'ho', 'trong', 'giay', 'khai', 'sinh']);
    // "trong giấy khai sinh" is itself a phrase (which paper a correction is made in, hotich65-batch.ts).
    expect(segs.map((s) => s.words.join(' '))).toEqual(['sua', 'sai ho', 'trong giay khai sinh']);
    expect(segs.filter((s) => s.concept)).toHaveLength(3);
  });
});

describe('special cases and numbers in a name', () => {
  it('a citizen naming only the paper gets the plain procedure, not the imported-goods or border-area one', () => {
    const idx = build([
      doc('9.000020', 'Đăng ký xe lần đầu đối với xe nhập khẩu', 'Đăng ký xe', ['tinh']),
      doc('9.000021', 'Đăng ký xe lần đầu đối với xe sản xuất, lắp ráp trong nước', 'Đăng ký xe', ['tinh']),
      doc('9.000022', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới'),
      doc('9.000023', 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân tại Ủy ban nhân dân cấp xã'),
    ]);
    expect(search(idx, 'dang ky xe lan dau', { limit: 2 }).hits[0]?.code).toBe('9.000021');
    expect(search(idx, 'dang ky xe nhap khau', { limit: 2 }).hits[0]?.code).toBe('9.000020');
    expect(search(idx, 'dang ky khai sinh', { limit: 2 }).hits[0]?.code).toBe('9.000023');
  });

  it('reads a number and its zero-padded form as the same ("loại 2", "loại 02")', () => {
    const idx = build([doc('9.000030', 'Cấp giấy phép cho trung tâm sát hạch loại 01', 'Sát hạch', ['bo']), doc('9.000031', 'Cấp giấy phép cho trung tâm sát hạch loại 02', 'Sát hạch', ['bo'])]);
    expect(search(idx, 'trung tam sat hach loai 2', { limit: 2 }).hits[0]?.code).toBe('9.000031');
    expect(search(idx, 'trung tam sat hach loai 01', { limit: 2 }).hits[0]?.code).toBe('9.000030');
  });
});

describe('a catalogue phrase typed with other marks than the names write it', () => {
  // "thuê đất" (rent land) is the catalogue's wording, in the lexicon unmarked; "thuế đất" (land tax) folds alike.
  const idx = buildSearchIndex(
    [doc('9.000060', 'Cho thuê đất', 'Đất đai', ['tinh']), doc('9.000061', 'Miễn tiền thuế sử dụng đất', 'Thuế', ['tinh'])],
    compileLexicon([lexiconEntry('Đất đai', 'counter', ['thue ruong'], ['thue dat'])]),
  );
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  it('is other words: the names writing them so come first', () => {
    expect(idx.named.get('thue dat')).toEqual([`${markKey('thuê')} ${markKey('đất')}`]);
    expect(first('thuế đất')).toBe('9.000061');
  });

  it('typed as written, or with no marks, is the phrase', () => {
    expect(first('thuê đất')).toBe('9.000060');
    expect(first('thue dat')).toBe('9.000060');
  });
});

describe('"xin phép" (ask leave)', () => {
  const idx = build([
    doc('9.000080', 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất', 'Đất đai'),
    doc('9.000081', 'Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất', 'Đất đai'),
    doc('9.000082', 'Cấp giấy phép khai thác khoáng sản', 'Khoáng sản', ['tinh']),
    doc('9.000083', 'Trả lại giấy phép khai thác khoáng sản', 'Khoáng sản', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  it('asks as "xin" does, not for a name saying "cho phép"', () => {
    expect(first('tôi muốn xin phép chuyển đất vườn lên đất thổ cư để làm nhà')).toBe('9.000080');
  });

  it('asks for a permit when what follows is one', () => {
    expect(first('xin phép khai thác khoáng sản')).toBe('9.000082');
  });
});

describe('a request made first, then a story with a wish of its own', () => {
  it.each([
    ['past a comma', 'tôi muốn xin giấy xác nhận tình trạng hôn nhân, vợ cũ bỏ đi lâu rồi nay muốn cưới vợ khác', '1.004873'],
    ['past "giờ"', 'tôi muốn xin xác nhận tình trạng hôn nhân ly hôn rồi giờ muốn lấy vợ mới', '1.004873'],
    ['a story first: the last request asks', 'vợ tôi mất đã lâu, giờ tôi muốn đăng ký kết hôn', '1.000894'],
  ])('%s: %j', (_name, q, first) => {
    expect(codes(q)[0]).toBe(first);
  });
});

describe('"để lại" (left behind) in a story', () => {
  it('is no "để" (in order to): the request after it is asked, not a reason', () => {
    const idx = build([doc('9.001263', 'Đăng ký việc nuôi con nuôi trong nước', 'Nuôi con nuôi'), doc('9.000894', 'Thủ tục đăng ký kết hôn')]);
    const q = 'Con trai tôi mất, để lại hai đứa cháu nhỏ, con dâu đi lấy chồng khác, tôi muốn nhận nuôi cháu';
    expect(search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code).toBe('9.001263');
  });
});

describe('a request word in the reason after "để"', () => {
  // As the crawl has them (searchDocOf), papers and steps as read for the index.
  const idx = build([
    ...[
      [
        '3.000330',
        'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam mà không xác định được nơi thường trú hoặc nơi tạm trú; người nước ngoài đã cư trú tại Việt Nam',
        'so bo hieu to khai yeu cau dung ca nhan trong truong hop uy quyen dien tuong tac phie co',
        'cac giay de chung minh doi mien giam phi neu mau van',
      ],
      [
        '3.000333',
        'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
        'so tinh hieu to khai yeu cau dung ca nhan trong truong hop uy quyen dien tuong tac phie co',
        'ban sao the can cuoc hoac giay xac ho chieu cua duoc',
      ],
      [
        '3.000335',
        'Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)',
        'so tinh hieu',
        'van ban dung cho nha chuc chinh tri ch',
      ],
      [
        '3.000334',
        'Cấp Phiếu Lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú ở Việt Nam)',
        'so tinh',
        'van ban dung cho tien hanh tung ch',
      ],
    ].map(([code, name, papers, detail]) => ({ ...doc(code as string, name as string, 'Lý lịch tư pháp', [code === '3.000330' ? 'bo' : 'tinh']), papers, detail })),
    {
      ...doc('1.003677', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú'),
      papers: 'thong ket qua giai quyet thu tuc ve cu tru huy bo ap nhat tin trong co so du lieu',
      detail: 'de nghi van ban dong y cua quan tham quyen giam sat',
    },
    {
      ...doc('1.004194', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú'),
      papers: 'phieu tu choi tiep nhan giai quyet ho so linh vuc cu ap nhat thong tin trong co du lieu',
      detail: 'vi truong hop giay to tai chung minh cho o phap la',
    },
  ]);
  const first = (q: string) => search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code;

  it('ends no story: what the paper is for is no request', () => {
    expect(first('thưa cô, tôi đi làm ăn xa, muốn xin cái phiếu lý lịch tư pháp để nộp hồ sơ xin việc')).toBe('3.000333');
  });

  it('still asks after "làm sao để"', () => {
    expect(first('tôi đi làm ăn xa lâu ngày thì làm sao để xin khai báo tạm vắng')).toBe('1.003677');
  });
});

describe('a paper "needed for" something', () => {
  const idx = build([
    doc('1.002759', 'Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT', 'Thu BHXH, BHYT'),
    doc('2.000717', 'Truy lĩnh lương hưu, trợ cấp bảo hiểm xã hội của người hưởng đã chết nhưng còn chế độ chưa nhận', 'Chính sách BHXH'),
    doc('2.000755', 'Giải quyết hưởng trợ cấp một lần đối với người đang hưởng lương hưu, trợ cấp BHXH hàng tháng', 'Chính sách BHXH'),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code;

  it('asks for the paper named before "giờ cần để": what follows says what for', () => {
    expect(first('xin cấp lại sổ bảo hiểm xã hội vì làm mất, giờ cần để hưởng lương hưu')).toBe('1.002759');
  });
});

describe('a question "có được … không" (may I)', () => {
  const idx = build([
    doc('1.003677', 'Khai báo tạm vắng', 'Đăng ký, quản lý cư trú'),
    doc('1.001193', 'Thủ tục đăng ký khai sinh'),
    doc('1.000689', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con'),
    doc('1.004772', 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân'),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code;

  it('asks for what follows it; the story before it tells why', () => {
    expect(first('Cháu nội tôi mới đẻ, bố mẹ nó đi làm xa, tôi là bà nội có được đi làm giấy khai sinh cho cháu không')).toBe('1.001193');
  });
});

describe('what is said of the person a request is for', () => {
  const idx = build([
    doc('1.004222', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
    doc('1.000894', 'Thủ tục đăng ký kết hôn'),
    doc('1.004746', 'Thủ tục đăng ký lại kết hôn'),
    doc('9.000093', 'Thủ tục đăng ký khai sinh'),
    doc('9.000094', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài'),
    // As in the catalogue, residence is named in many procedures and marriage in few: the rarer weighs more.
    ...Array.from({ length: 6 }, (_, k) => doc(`8.${String(k).padStart(6, '0')}`, `Cấp giấy thông hành cho người có nơi thường trú ở khu vực ${k}`, 'Xuất nhập cảnh', ['tinh'])),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code;

  it('tells who they are, not what is asked', () => {
    expect(first('Tôi muốn nhập hộ khẩu cho con dâu mới cưới về nhà tôi')).toBe('1.004222');
  });

  it('still asks where it is what was asked', () => {
    expect(first('tôi muốn làm giấy khai sinh cho cháu mới sinh')).toBe('9.000093');
  });
});

describe('words of the story side by side in a name', () => {
  const idx = build([
    doc('1.004859', 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc'),
    doc('2.000554', 'Thủ tục ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài'),
  ]);

  it('count for less than the request’s: they tell what happened before', () => {
    expect(search(idx, 'Con tôi mang họ bố nhưng giờ ly hôn rồi muốn đổi sang họ mẹ', { limit: 2, preferLevel: 'xa' }).hits[0]?.code).toBe('1.004859');
  });
});

describe('counter phrases of the ninth round (lexicon)', () => {
  const idx = build([
    doc('1.008004', 'Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa', 'Trồng trọt'),
    doc('1.012065', 'Đăng ký bảo hộ giống cây trồng', 'Trồng trọt', ['bo']),
    doc('1.012061', 'Đăng ký chuyển nhượng quyền chủ sở hữu Bằng bảo hộ giống cây trồng', 'Trồng trọt', ['bo']),
    doc('1.013229', 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ', 'Hoạt động xây dựng'),
    doc('1.013226', 'Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ', 'Hoạt động xây dựng'),
  ]);
  it.each([
    ['a field moved over to another crop', 'Ruộng nhà tôi muốn chuyển sang trồng cây ăn quả thì làm thủ tục gì', '1.008004'],
    ['"sửa sang" a building', 'Tôi muốn xin giấy phép sửa sang lại cái nhà thờ họ đã xuống cấp', '1.013229'],
  ])('%s: %j', (_name, q, want) => {
    expect(search(idx, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code).toBe(want);
  });
});

describe('a foreign country in the story of a request', () => {
  const idx = build([
    doc('9.000070', 'Thủ tục đăng ký khai sinh'),
    doc('9.000071', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài'),
    // As in the catalogue, the foreign party is common in names.
    ...['kết hôn', 'khai tử', 'giám hộ', 'nhận cha, mẹ, con'].map((what, k) => doc(`9.00007${k + 2}`, `Thủ tục đăng ký ${what} có yếu tố nước ngoài`)),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  // Not in a reason after the request: see search-quality.test.ts, on the catalogue.
  it('asks for a foreign party when it is the request or the story before it', () => {
    expect(first('đăng ký khai sinh cho con lấy chồng Hàn Quốc')).toBe('9.000071');
    expect(first('con gái tôi lấy chồng Hàn Quốc, giờ muốn làm khai sinh cho cháu')).toBe('9.000071');
  });

  it('asks for none where someone went to work or visit: a place, not a party', () => {
    expect(first('bố mẹ cháu đi làm ăn ở Hàn Quốc, tôi muốn làm khai sinh cho cháu')).toBe('9.000070');
    expect(first('con tôi đi xuất khẩu lao động Nhật Bản, tôi muốn làm khai sinh cho cháu')).toBe('9.000070');
    // …or is there now ("đang ở").
    expect(first('bố mẹ cháu đang ở Hàn Quốc, tôi muốn làm khai sinh cho cháu')).toBe('9.000070');
    // Born there is another matter.
    expect(first('làm khai sinh cho cháu sinh ở Nhật Bản')).toBe('9.000071');
  });
});

describe('a procedure done abroad beside its twin done here (variant.ts ABROAD)', () => {
  const idx = build([
    doc('9.000050', 'Nhập quốc tịch Việt Nam ở trong nước', 'Quốc tịch', ['tinh']),
    doc('9.000051', 'Nhập quốc tịch Việt Nam ở nước ngoài', 'Quốc tịch', ['bo']),
    doc('9.000052', 'Đổi giấy phép lái xe', 'Sát hạch', ['bo']),
    doc('9.000053', 'Đổi giấy phép lái xe hoặc bằng lái xe của người nước ngoài', 'Sát hạch', ['bo']),
    // No twin: a name listing people abroad among others is for everyone.
    doc('9.000054', 'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người Việt Nam đang cư trú ở nước ngoài', 'Lý lịch tư pháp', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  it.each([
    ['the paper alone', 'đổi bằng lái xe', '9.000052'],
    ['a foreigner in the story', 'ông nội tôi là người Pháp, cháu muốn xin nhập quốc tịch Việt Nam', '9.000050'],
    ['abroad in the story', 'con tôi ở nước ngoài về, muốn xin nhập quốc tịch Việt Nam', '9.000050'],
    ['abroad asked for', 'đổi bằng lái xe nước ngoài', '9.000053'],
    ['a name with no twin', 'lý lịch tư pháp', '9.000054'],
  ])('%s: %j', (_name, q, code) => {
    expect(first(q)).toBe(code);
  });
});

describe('a phrase across a comma', () => {
  const idx = build([doc('9.000065', 'Cấp Giấy chứng nhận quyền sử dụng đất', 'Đất đai', ['tinh']), doc('9.000066', 'Thủ tục đăng ký giám hộ')]);
  const codes = (q: string) => search(idx, q, { limit: 2, preferLevel: 'xa' }).hits.map((h) => h.code);

  it('is not read: the words either side of a comma are two clauses ("sổ, đỏ" holds no "sổ đỏ")', () => {
    expect(codes('so do ')).toContain('9.000065');
    expect(codes('so, do ')).not.toContain('9.000065');
  });
});

describe('a name doing the plain issue beside its reissue ("Cấp, cấp lại …")', () => {
  // As in the catalogue: the province issues and reissues the certificate, the ministry recognises a foreign one.
  const idx = build([
    doc('9.000060', 'Cấp Giấy công nhận Giấy chứng nhận khả năng chuyên môn', 'Hàng hải', ['bo']),
    doc('9.000061', 'Cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn', 'Đường thủy nội địa', ['tinh']),
    doc('9.000062', 'Cấp lại giấy chứng nhận khả năng chuyên môn', 'Đường thủy nội địa', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

  it('is the plain procedure for a query naming only the paper, and a reissue still goes to the reissue', () => {
    expect(first('giay chung nhan kha nang chuyen mon')).toBe('9.000061');
    expect(first('cap lai giay chung nhan kha nang chuyen mon')).not.toBe('9.000060');
  });
});

describe('a procedure about what was done abroad, with no twin by name', () => {
  const folded = (name: string) => ` ${words(name).join(' ')} `;
  it('is read as done abroad: an act settled by another country’s authority, fishing in its waters', () => {
    const flags = abroadTwins(
      [
        'Thủ tục ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài (khai sinh; giám hộ)',
        'Cấp văn bản chấp thuận cho tàu cá khai thác thủy sản ở vùng biển của quốc gia hoặc vùng lãnh thổ khác',
        // A copy certified of a paper issued here or abroad is for everyone.
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp',
        'Thủ tục đăng ký giám hộ',
      ].map((name) => ({ name: folded(name), field: 'Hộ tịch' })),
    );
    expect(flags).toEqual([true, true, false, false]);
  });
});

describe('a specialist audience the query does not name', () => {
  const idx = build([
    doc('9.000040', 'Thay đổi người đại diện theo pháp luật của Văn phòng luật sư, công ty luật', 'Luật sư', ['tinh']),
    doc('9.000041', 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần', 'Thành lập và hoạt động doanh nghiệp', ['tinh']),
    doc('9.000042', 'Hoàn thuế giá trị gia tăng cho cơ quan đại diện ngoại giao', 'Thuế', ['tinh']),
    doc('9.000043', 'Hoàn thuế giá trị gia tăng của doanh nghiệp, tổ chức nộp thuế theo phương pháp khấu trừ', 'Thuế', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  it.each([
    ['a trade (a law firm)', 'thay doi nguoi dai dien theo phap luat cong ty', '9.000041'],
    ['a diplomatic mission', 'hoan thue gia tri gia tang', '9.000043'],
  ])('ranks the general procedure above the one for %s', (_name, q, code) => {
    expect(first(q)).toBe(code);
  });

  it('ranks the specialist one first once the query names its audience', () => {
    expect(first('thay doi nguoi dai dien phap luat cong ty luat')).toBe('9.000040');
    expect(first('hoan thue gia tri gia tang dai su quan')).toBe('9.000042');
  });

  it('reads no audience in an exclusion ("không phải là tàu bay, tàu biển")', () => {
    const pledges = build([
      doc('9.000044', 'Đăng ký biện pháp bảo đảm bằng động sản (không phải là tàu bay, tàu biển)', 'Đăng ký biện pháp bảo đảm', ['tinh']),
      doc('9.000045', 'Xóa đăng ký biện pháp bảo đảm bằng động sản', 'Đăng ký biện pháp bảo đảm', ['tinh']),
    ]);
    expect(search(pledges, 'dang ky bien phap bao dam bang dong san', { limit: 1 }).hits[0]?.code).toBe('9.000044');
  });

  it('reads no special case in an exclusion ("trừ … theo yêu cầu của nước nhập khẩu")', () => {
    const farms = build([
      doc('9.000048', 'Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật (trừ cơ sở an toàn dịch bệnh theo yêu cầu của nước nhập khẩu)', 'Thú y', ['tinh']),
      doc('9.000049', 'Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật theo yêu cầu của nước nhập khẩu', 'Thú y', ['tinh']),
    ]);
    expect(farms.docs.map((d) => d.variants !== 0)).toEqual([false, true]);
  });
});

describe('a procedure for the forces’ own people (SearchDoc.forces)', () => {
  const idx = build([
    // The same name twice, as the catalogue has it: the police's staff card and the one the social insurance issues.
    { ...doc('9.000046', 'Cấp lại thẻ bảo hiểm y tế', 'Chính sách', ['tinh']), forces: 1 },
    doc('9.000047', 'Cấp lại thẻ bảo hiểm y tế', 'Chính sách', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 2 }).hits[0]?.code;

  it('ranks the citizen’s procedure first', () => {
    expect(first('cap lai the bao hiem y te')).toBe('9.000047');
  });

  it('ranks the forces’ one first once the query names the police, the army or their veterans', () => {
    expect(first('cap lai the bao hiem y te cong an')).toBe('9.000046');
    expect(first('bộ đội cấp lại thẻ bảo hiểm y tế')).toBe('9.000046');
  });
});

describe('a contextual reading of common words', () => {
  it('lends its concept’s weight only to procedures holding the concept, not to every name with those words', () => {
    const idx = build([
      doc('9.000050', 'Thủ tục đăng ký giám hộ'),
      doc('9.000051', 'Cấp Giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực', 'Thủy sản', ['tinh']),
      doc('9.000052', 'Cấp giấy chứng nhận đăng ký tàu cá', 'Thủy sản', ['tinh']),
    ]);
    // "Đăng ký" said by a shrimp farmer is the aquaculture register (lexicon-fields.ts); the guardianship
    // record merely holds the words "đăng ký".
    expect(search(idx, 'nuoi tom can dang ky gi', { limit: 3, preferLevel: 'xa' }).hits[0]?.code).toBe('9.000051');
  });
});

describe('"đổi" inside another verb', () => {
  it('reads "thay đổi" as a change, not as "cấp đổi" (an exchange of the paper)', () => {
    const idx = build([
      doc('9.000060', 'Cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh', 'Hộ kinh doanh', ['xa']),
      doc('9.000061', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Hộ kinh doanh', ['xa']),
    ]);
    expect(search(idx, 'thay doi ho kinh doanh', { limit: 2 }).hits[0]?.code).toBe('9.000061');
    expect(search(idx, 'doi giay ho kinh doanh', { limit: 2 }).hits[0]?.code).toBe('9.000060');
  });
});

describe('numbers said in words (spokenNumbers)', () => {
  // No lexicon: the words alone decide.
  const numbers = buildSearchIndex(
    [
      doc('8.000011', 'Cấp giấy phép bay cho tàu bay'),
      doc('8.000012', 'Cấp giấy phép'),
      doc('8.000013', 'Trợ cấp người tám mươi tuổi'),
      doc('8.000014', 'Cấp lại thẻ'),
      doc('8.000015', 'Cấp phiếu dưới 14 tuổi'),
      doc('8.000016', 'Cấp phiếu'),
    ],
    compileLexicon([]),
  );
  const first = (q: string) => search(numbers, q, { limit: 10 }).hits[0]?.code;

  it('reads a year said in words as the story, not as the words whose syllables it shares', () => {
    expect(first('từ năm bảy lăm đến giờ chưa có giấy phép')).toBe('8.000012');
    expect(first('chưa có giấy phép, từ năm bảy mươi lăm')).toBe('8.000012');
  });

  it('reads a grown-up’s age as the story, a child’s as what is asked', () => {
    expect(first('bà tôi tám mươi tuổi rồi, giờ xin thẻ')).toBe('8.000014');
    // "Tuổi" stays what is asked: the child's card, not the plain one.
    expect(first('làm phiếu cho cháu 10 tuổi')).toBe('8.000015');
  });
});

describe('a long story with no request word', () => {
  // One lexicon phrase; the other procedure shares the story's plain words, side by side.
  const told = buildSearchIndex(
    [doc('8.000021', 'Cấp giấy chứng nhận quyền sử dụng đất', 'Đất đai'), doc('8.000022', 'Hỗ trợ hộ nuôi cá ven sông', 'Nông nghiệp')],
    compileLexicon([lexiconEntry('Đất đai', 'counter', ['so do'], ['giay chung nhan quyen su dung dat'])]),
  );
  const first = (q: string) => search(told, q, { limit: 10 }).hits[0]?.code;

  it('asks about what the lexicon recognises in it, not about the places it tells of', () => {
    expect(first('nhà tôi ở ven sông mấy chục năm nay mà chưa có sổ đỏ ạ')).toBe('8.000021');
  });

  it('leaves a short query’s words as they are', () => {
    expect(first('ven sông, sổ đỏ')).toBe('8.000022');
  });
});

describe('places in a story', () => {
  const places = buildSearchIndex(
    [doc('8.000101', 'Đính chính thông tin sai sót trên giấy tờ'), doc('8.000102', 'Cấp giấy phép nuôi cá lồng'), doc('1.001193', 'Thủ tục đăng ký khai sinh')],
    defaultLexicon(),
  );
  const run = (q: string) => search(places, q, { limit: 3 });

  it('reads a province, a city or a region as where the story happens: nothing asked is missing', () => {
    for (const q of ['con tôi ở Sài Gòn muốn làm khai sinh', 'con tôi ở ngoài Bắc, giờ làm khai sinh', 'con tôi ở Long An muốn làm khai sinh']) {
      expect(run(q).hits[0]?.code).toBe('1.001193');
      expect(run(q).partial).toBe(false);
    }
  });

  it('reads when it happened as told too: "hồi trước", "hồi còn sống" are no revocation ("thu hồi")', () => {
    const told = buildSearchIndex([doc('8.000104', 'Thu hồi giấy phép'), doc('1.001193', 'Thủ tục đăng ký khai sinh')], defaultLexicon());
    for (const q of ['hồi trước ở ngoài Bắc, giờ làm khai sinh', 'bà tôi hồi còn sống chưa làm khai sinh']) {
      expect(search(told, q, { limit: 3 }).hits.map((h) => h.code)).toEqual(['1.001193']);
    }
    expect(search(told, 'thu hồi giấy phép', { limit: 3 }).hits[0]?.code).toBe('8.000104');
  });

  it('reads the commune the citizen goes to as told: "ở xã" does not pull in a name’s "Ủy ban nhân dân cấp xã"', () => {
    const counter = buildSearchIndex(
      [
        doc('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'),
        doc('2.000992', 'Chứng thực chữ ký người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã', 'Chứng thực'),
      ],
      defaultLexicon(),
    );
    expect(search(counter, 'cong chung giay to o xa', { limit: 3 }).hits[0]?.code).toBe('2.000815');
  });

  it('reads the commune that signs as told: "giấy xác nhận của xã" does not pull in a name’s "xã hội"', () => {
    const record = buildSearchIndex(
      [
        doc('3.000333', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Lý lịch tư pháp'),
        doc('3.000334', 'Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức chính trị - xã hội', 'Lý lịch tư pháp'),
      ],
      defaultLexicon(),
    );
    expect(search(record, 'xin giấy xác nhận của xã là tôi không có tiền án tiền sự', { limit: 3 }).hits[0]?.code).toBe('3.000333');
  });

  it('reads what the one asking will see to as told: "lo việc học hành" is no "giám sát việc giám hộ"', () => {
    const guardian = buildSearchIndex([doc('3.000323', 'Đăng ký giám sát việc giám hộ'), doc('1.004837', 'Thủ tục đăng ký giám hộ')], defaultLexicon());
    expect(search(guardian, 'tôi muốn làm người giám hộ cho cháu để lo việc học hành', { limit: 3 }).hits[0]?.code).toBe('1.004837');
  });

  it('reads "nó" said of the one the story is about as a person, not "nợ"; a bare "no" stays a debt', () => {
    const him = buildSearchIndex([doc('8.000105', 'Khoanh nợ, xóa nợ tiền thuế', 'Quản lý thuế'), doc('1.004837', 'Thủ tục đăng ký giám hộ')], defaultLexicon());
    expect(search(him, 'tôi muốn làm giám hộ cho nó', { limit: 3 }).hits.map((h) => h.code)).toEqual(['1.004837']);
    expect(search(him, 'xoa no thue', { limit: 3 }).hits[0]?.code).toBe('8.000105');
  });

  it('keeps a syllable typed with other marks than the place: "sai" is a mistake, "lồng" a cage', () => {
    expect(run('giấy tờ bị sai').hits[0]?.code).toBe('8.000101');
    expect(run('nuôi cá lồng').hits[0]?.code).toBe('8.000102');
  });
});

describe('the commune’s part and a foreign paper recognised, as special cases', () => {
  it('puts the province’s appraisal before the commune’s consultation, and the certificate before its recognition', () => {
    const idx = build([
      doc('9.000040', 'Tham vấn trong đánh giá tác động môi trường (cấp xã)', 'Môi trường', ['xa']),
      doc('9.000041', 'Thẩm định báo cáo đánh giá tác động môi trường (Cấp tỉnh)', 'Môi trường', ['tinh']),
      doc('9.000042', 'Cấp Giấy công nhận Giấy chứng nhận khả năng chuyên môn', 'Đường thủy', ['bo']),
      doc('9.000043', 'Cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn, chứng chỉ chuyên môn', 'Đường thủy', ['tinh']),
    ]);
    expect(search(idx, 'danh gia tac dong moi truong', { limit: 2 }).hits[0]?.code).toBe('9.000041');
    expect(search(idx, 'tham van danh gia tac dong moi truong', { limit: 2 }).hits[0]?.code).toBe('9.000040');
    expect(search(idx, 'giay chung nhan kha nang chuyen mon', { limit: 2 }).hits[0]?.code).toBe('9.000043');
  });
});

describe('the elderly voice, seventh round', () => {
  const idx = build([
    doc('9.001445', 'Trình báo mất hộ chiếu phổ thông', 'Quản lý xuất nhập cảnh', ['tinh']),
    doc('9.001456', 'Cấp hộ chiếu phổ thông ở trong nước', 'Quản lý xuất nhập cảnh', ['tinh']),
    doc('9.001294', 'Cấp lại thẻ bảo hiểm y tế', 'Chính sách', ['tinh']),
    doc('9.000639', 'Cấp thẻ bảo hiểm y tế', 'Chính sách', ['tinh']),
    doc('9.004047', 'Đăng ký phương tiện lần đầu đối với phương tiện thủy nội địa', 'Đường thủy nội địa', ['tinh']),
    doc('9.013831', 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho', 'Đất đai', ['tinh']),
  ]);
  const first = (q: string) => search(idx, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

  it('reads "mất" before money or time told ("mất cả triệu", "không mất tiền") as what it costs, not a loss', () => {
    expect(first('làm hộ chiếu hết bao nhiêu tiền, người ta bảo mất cả triệu bạc')).toBe('9.001456');
    expect(first('tôi là bố liệt sĩ có được cấp thẻ bảo hiểm y tế không mất tiền không')).toBe('9.000639');
    expect(first('tôi bị mất hộ chiếu')).toBe('9.001445');
    expect(first('mất thẻ bảo hiểm y tế')).toBe('9.001294');
    // Chat's "bn" (bao nhiêu) asks the time as "bao" does.
    expect(first('lam ho chieu mat bn ngay')).toBe('9.001456');
  });

  it('reads "cả nó" (the eldest, him) as a person, not a "ca nô"; a ca nô typed either way is the boat', () => {
    expect(first('thằng con cả nó mua lại căn nhà của em, giờ đăng ký biến động sang tên ở đâu')).toBe('9.013831');
    expect(first('đăng ký ca nô')).toBe('9.004047');
    expect(first('dang ky ca no')).toBe('9.004047');
  });

  it('reads a polite closing typed with its marks, or punctuation, as the last word said, not one begun', () => {
    const cards = build([doc('9.000811', 'Cấp mới thẻ ABTC', 'Xuất nhập cảnh', ['tinh']), doc('9.000639', 'Cấp thẻ bảo hiểm y tế', 'Chính sách', ['tinh'])]);
    const top = (q: string) => search(cards, q, { limit: 2, preferLevel: 'xa' }).hits[0]?.code;
    expect(top('tôi có được cấp thẻ bảo hiểm y tế không, tôi chưa có thẻ ạ')).toBe('9.000639');
    expect(top('tôi có được cấp thẻ bảo hiểm y tế không, tôi chưa có thẻ.')).toBe('9.000639');
    expect(top('cấp thẻ a')).toBe('9.000811');
  });
});

describe('the South’s voice (south73)', () => {
  it('reads the South’s "hông", "dìa", "má", "tía", "nói", "dùm", "người ta" as what is said around a request', () => {
    const south = build([
      doc('9.004884', 'Thủ tục đăng ký lại khai sinh'),
      // Folded, the South's words are this name's: "hỏng", "địa", "mã", "nơi", "ta".
      doc('9.000301', 'Thu hồi mã số thiết bị hư hỏng tại địa phương nơi cư trú của ta', 'Khác'),
    ]);
    const found = (q: string) => search(south, q, { limit: 3 }).hits.map((h) => h.code);
    expect(found('Má tui mới dìa quê, người ta nói phải đăng ký lại khai sinh, cô làm dùm')).toEqual(['9.004884']);
    expect(found('Tía tui hông nhớ, người ta nói đăng ký lại khai sinh')).toEqual(['9.004884']);
    // Typed without marks, or with a name's, the word is the name's.
    expect(found('thiet bi hong')).toContain('9.000301');
    expect(found('thiết bị hỏng')).toContain('9.000301');
  });

  it('reads "phải đi đâu" closing a request as asking where, so the request before it ends the story', () => {
    const land = build([
      doc('9.000082', 'Đăng ký biến động quyền sử dụng đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'Đất đai', ['tinh']),
      doc('9.000083', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'Đất đai'),
      doc('9.000084', 'Chứng thực văn bản phân chia di sản mà di sản là quyền sử dụng đất, nhà ở', 'Chứng thực'),
    ]);
    const first = (q: string) => search(land, q, { limit: 3 }).hits[0]?.code;
    // The land left by the parents is the story; the title for the house built on it is asked.
    expect(first('Tui người Khơ Me ở Sóc Trăng, cất cái nhà mới trên đất của cha mẹ để lại, giờ muốn làm sổ hồng cho cái nhà, phải đi đâu, làm gì?')).toBe('9.000083');
  });
});

describe('old people telling a civil-status story (hotich71)', () => {
  const idx = build([
    doc('1.000656', 'Thủ tục đăng ký khai tử'),
    doc('1.014064', 'Cấp lại thẻ căn cước', 'Căn cước'),
    doc('1.004859', 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc'),
    doc('1.001193', 'Thủ tục đăng ký khai sinh'),
    doc('9.001456', 'Cấp hộ chiếu phổ thông ở trong nước', 'Xuất nhập cảnh', ['tinh']),
    doc('1.013831', 'Đăng ký biến động quyền sử dụng đất khi chia đất cho các con', 'Đất đai'),
    doc('1.002759', 'Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT', 'Bảo hiểm xã hội', ['tinh']),
    doc('1.001022', 'Thủ tục đăng ký nhận cha, mẹ, con'),
    doc('1.000894', 'Thủ tục đăng ký kết hôn'),
  ]);
  const first = (q: string) => search(idx, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

  it('reads "mất" after a person and "vừa", "mới", "đã" as a death, not a loss', () => {
    expect(first('mẹ tôi mới mất, giờ mang căn cước của bà đi báo tử')).toBe('1.000656');
    expect(first('tôi vừa mất căn cước')).toBe('1.014064');
  });

  it('reads a request word before a closing "làm sao", "ở đâu" as the request, what follows it as asked', () => {
    expect(first('giờ chia đất cho các con cần giấy chứng tử thì tôi phải làm sao')).toBe('1.000656');
  });

  it('reads the act where a story\'s trouble came out ("giờ làm hộ chiếu bị vướng") as told, not asked', () => {
    expect(first('giấy khai sinh ghi sai tên, giờ làm hộ chiếu bị vướng')).toBe('1.004859');
    expect(first('giờ làm hộ chiếu')).toBe('9.001456');
  });

  it('reads the papers said to be right ("sổ hưu với căn cước lại đúng") as the reference, not the paper to correct', () => {
    expect(first('giấy khai sinh của tôi viết sai tên, giờ sổ hưu với căn cước lại đúng, muốn sửa cho khớp')).toBe('1.004859');
    expect(first('sổ hưu ghi sai tên, muốn điều chỉnh')).toBe('1.002759');
  });

  it('reads what was not done ("chưa đăng ký kết hôn"), told after the request, as the situation', () => {
    expect(first('nhan cha cho con chua dk ket hon')).toBe('1.001022');
    expect(first('làm nhận cha cho con, hai đứa chưa đăng ký kết hôn')).toBe('1.001022');
    expect(first('chưa đăng ký kết hôn')).toBe('1.000894');
  });
});

describe('a story read clause by clause, each cue word where it was said', () => {
  const idx = build([
    doc('1.000656', 'Thủ tục đăng ký khai tử'),
    doc('1.013831', 'Đăng ký biến động quyền sử dụng đất khi chuyển nhượng, tặng cho quyền sử dụng đất', 'Đất đai'),
    doc('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
    doc('1.001612', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
  ]);
  const first = (q: string) => search(idx, q, { limit: 3, preferLevel: 'xa' }).hits[0]?.code;

  it('keeps a request word said twice at its first place: "bảo phải có X, tôi phải làm gì" asks for X', () => {
    expect(first('vợ tôi mất lâu rồi, giờ tôi muốn bán mảnh đất, bên công chứng bảo phải có giấy chứng tử, tôi phải làm gì')).toBe('1.000656');
    expect(first('chồng mất rồi, giờ muốn bán đất, người ta bảo phải có giấy độc thân, tôi phải làm gì ạ')).toBe('1.004873');
    expect(first('giờ tôi muốn bán mảnh đất, tôi phải làm gì')).toBe('1.013831');
  });

  it('reads what someone demanded ("… đòi X", "… bảo làm X") as asked, and what the citizen wanted to do before as why', () => {
    expect(first('tôi muốn bán mảnh đất đứng tên tôi, mà ngân hàng đòi giấy độc thân, xin ở đâu')).toBe('1.004873');
    expect(first('tôi muốn tặng cho đất cho con, họ bảo đi đăng ký khai tử cho ông nhà tôi, làm ở đâu')).toBe('1.000656');
    // With no demand, the sale asked is the sale.
    expect(first('tôi muốn bán mảnh đất đứng tên tôi, xin ở đâu')).toBe('1.013831');
  });
});
