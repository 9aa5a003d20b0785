import type { CitizenQuery } from './dev-set';

/**
 * Welfare, health, schooling, transport and everyday papers in the three voices (issue 17, helper session of
 * 6 Dec 2026): 54 queries written in one sitting at 14:42 UTC (docs/search-drafts/welfare23-draft-20261206T1442Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 19 elderly (polite stories with
 * grandchildren, spouses, years and old names), 18 rural (no diacritics, "z", "dc ko", "con nit", "chon cat", "ghe")
 * and 17 young (bhyt, bhxh, gplx, IDP, "online", "renew", "thẻ PET").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, following the earlier batches (social15, elderly8, longq16): a card or
 * book reissued, exchanged or corrected accepts the one BHXH procedure for both, not the police's own cards; a
 * household's or a renewed card accepts "người chỉ tham gia BHYT"; a pensioner's burial money accepts tử tuất; a lost
 * diploma accepts a copy from the master register (and, with the original in hand, a certified copy); a seller's
 * "sang tên" also accepts the withdrawal of the registration and the certified sale contract. The catalogue has no
 * education ministry (school transfers), no social assistance (disability certificates, tiền già), no general
 * pension award and no reissued merit certificates: with six needs outside any catalogue of procedures, those 16
 * queries are in WELFARE23_NO_ANSWER. Split by alternation into WELFARE23_TUNE and WELFARE23_HELD.
 */
const CARD_CHANGE = ['1.002759'];
const BHYT_ONLY = ['1.001939'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const BHXH_ONCE = ['1.001613'];
const TU_TUAT = ['2.000821'];
const POOR = ['1.011607', '1.011606'];
const GPLX_SWAP = ['3.000347'];
const GPLX_LOST = ['3.000348'];
const XE_SANG_TEN = ['1.013076'];
const XE_NEW = ['1.013067', '1.012575', '1.013066'];
const SO_GOC = '2.000908';
const FISHING = ['1.004359'];

export const WELFARE23_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Tôi năm nay 72 tuổi, thẻ bảo hiểm y tế của tôi bị rách mất một góc, xin hỏi đổi thẻ mới thì làm ở đâu ạ',
    expect: CARD_CHANGE,
    who: 'elderly',
  },
  { q: 'the bhyt het han roi gia han o dau vay', expect: BHYT_ONLY, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: CARD_CHANGE, who: 'young' },
  {
    q: 'Cháu nội tôi mới sinh được hai tháng, bố mẹ cháu đi làm ăn xa, bà muốn làm thẻ bảo hiểm y tế cho cháu thì cần những giấy tờ gì',
    expect: BHYT_CHILD,
    who: 'elderly',
  },
  { q: 'lam the bao hiem y te cho con nit duoi 6 tuoi', expect: BHYT_CHILD, who: 'rural' },
  { q: 'rút bhxh 1 lần online', expect: BHXH_ONCE, who: 'young' },
  {
    q: 'Con trai tôi làm công nhân trong Bình Dương, nghỉ việc hơn một năm rồi, nhờ mẹ hỏi giúp việc rút bảo hiểm xã hội một lần',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  { q: 'rut bhxh 1 lan can giay to gi z', expect: BHXH_ONCE, who: 'rural' },
  { q: 'đổi gplx sang thẻ PET', expect: GPLX_SWAP, who: 'young' },
  {
    q: 'Ông nhà tôi là cán bộ về hưu, mới mất tuần trước, xin hỏi gia đình lĩnh tiền mai táng phí và tiền tuất thì nộp giấy ở đâu ạ',
    expect: TU_TUAT,
    who: 'elderly',
  },
  { q: 'xin tien chon cat cho ba noi moi mat, ba co luong huu', expect: TU_TUAT, who: 'rural' },
  { q: 'làm bằng lái quốc tế IDP', expect: ['3.000353'], who: 'young' },
  {
    q: 'Tôi là vợ liệt sĩ, chồng hy sinh ở mặt trận Tây Nam, nay tuổi cao sức yếu muốn hỏi chế độ trợ cấp tuất hàng tháng',
    expect: ['1.004163'],
    who: 'elderly',
  },
  { q: 'lam giay chung nhan ho can ngheo o xa', expect: POOR, who: 'rural' },
  { q: 'sang tên xe máy cũ mua lại', expect: XE_SANG_TEN, who: 'young' },
  { q: 'đăng ký biển số xe mới mua', expect: XE_NEW, who: 'young' },
  {
    q: 'Nhà tôi thuộc diện hộ nghèo của xã, bác muốn xin tờ giấy chứng nhận hộ nghèo để cháu được miễn học phí',
    expect: POOR,
    who: 'elderly',
  },
  { q: 'xin bản sao bằng tốt nghiệp THPT', expect: [SO_GOC, '2.000815'], who: 'young' },
  { q: 'doi bang lai xe oto het han', expect: GPLX_SWAP, who: 'rural' },
  {
    q: 'Tôi năm nay 68 tuổi, bằng lái xe máy cấp từ năm 1995 là loại bằng giấy, nay muốn đổi sang loại thẻ nhựa thì làm thế nào',
    expect: GPLX_SWAP,
    who: 'elderly',
  },
  { q: 'dang ky tau ca moi dong xong', expect: ['1.003650'], who: 'rural' },
  {
    q: 'Ông tôi đi bộ đội thời chống Mỹ, được tặng huân chương kháng chiến hạng nhì, nay gia đình muốn làm hồ sơ hưởng chế độ',
    expect: ['1.003220'],
    who: 'elderly',
  },
  { q: 'xin giay phep danh ca cho ghe', expect: FISHING, who: 'rural' },
  { q: 'trợ cấp tuất 1 lần', expect: TU_TUAT, who: 'young' },
  { q: 'sang ten xe may mua lai cua nguoi ta', expect: XE_SANG_TEN, who: 'rural' },
  { q: 'đổi bằng lái quân đội sang dân sự', expect: ['3.000349'], who: 'young' },
  {
    q: 'Tôi thi tốt nghiệp cấp ba từ năm 1985, tấm bằng bị mối xông mất rồi, nay muốn xin cấp bản sao bằng tốt nghiệp',
    expect: [SO_GOC],
    who: 'elderly',
  },
  { q: 'bang lai xe bi mat lam lai dc ko', expect: GPLX_LOST, who: 'rural' },
  { q: 'đổi thông tin trên thẻ bhyt sai ngày sinh', expect: CARD_CHANGE, who: 'young' },
  {
    q: 'Tôi bán chiếc xe Dream cũ cho ông hàng xóm, xin hỏi làm thủ tục sang tên đổi chủ ở đâu ạ',
    expect: [...XE_SANG_TEN, '1.013123', '2.001035'],
    who: 'elderly',
  },
  { q: 'renew bằng lái B2', expect: GPLX_SWAP, who: 'young' },
  {
    q: 'Con trai tôi có chiếc thuyền đánh cá ở cửa biển, tôi muốn hỏi giấy phép khai thác thủy sản thì xin ở đâu',
    expect: FISHING,
    who: 'elderly',
  },
  { q: 'so bhxh bi mat lam lai', expect: CARD_CHANGE, who: 'rural' },
  { q: 'chế độ thai sản bhxh', expect: ['2.000693'], who: 'young' },
  {
    q: 'Sổ bảo hiểm xã hội của tôi bị ướt nước lụt nhòe hết chữ, xin hỏi cấp lại sổ thế nào ạ',
    expect: CARD_CHANGE,
    who: 'elderly',
  },
  { q: 'the bao hiem y te bi mat xin cap lai', expect: CARD_CHANGE, who: 'rural' },
  { q: 'gia hạn bhyt hộ gia đình', expect: BHYT_ONLY, who: 'young' },
  {
    q: 'Nhà tôi có năm khẩu, muốn mua bảo hiểm y tế theo hộ gia đình cho cả nhà thì đăng ký ở đâu',
    expect: BHYT_ONLY,
    who: 'elderly',
  },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const WELFARE23_TUNE: readonly CitizenQuery[] = WELFARE23_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const WELFARE23_HELD: readonly CitizenQuery[] = WELFARE23_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: disability certificates and tiền già (social assistance), school
 * transfers (no education ministry), a reissued war-invalid certificate, a pension award at retirement age; and needs
 * outside any catalogue of procedures: a hospital appointment, exam results, checking a card's validity, train
 * tickets, vaccinations, a free bus pass.
 */
export const WELFARE23_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Cháu ngoại tôi bị bại não từ nhỏ, đi lại khó khăn, gia đình muốn xin giấy xác nhận khuyết tật cho cháu',
    who: 'elderly',
  },
  { q: 'con tui bi cam diec xin giay khuyet tat sao', who: 'rural' },
  { q: 'ong gia nha tui 82 tuoi chua co tien gia dang ky o dau', who: 'rural' },
  {
    q: 'Mẹ tôi năm nay tròn 80 tuổi, cụ không có lương hưu hay trợ cấp gì, tôi muốn làm hồ sơ xin tiền tuổi già cho cụ',
    who: 'elderly',
  },
  { q: 'chuyển trường THCS giữa năm', who: 'young' },
  { q: 'xác nhận khuyết tật cho em trai', who: 'young' },
  {
    q: 'Cháu tôi đang học lớp 8 ngoài Hà Nội, nay cả nhà chuyển về quê Thanh Hóa, xin hỏi thủ tục chuyển trường cho cháu',
    who: 'elderly',
  },
  { q: 'xin chuyen truong cho con len thanh pho hoc', who: 'rural' },
  {
    q: 'Tôi là thương binh, giấy chứng nhận thương binh cũ bị thất lạc khi chuyển nhà, xin hỏi làm lại',
    who: 'elderly',
  },
  { q: 'huong luong huu khi du tuoi lam ho so gi', who: 'rural' },
  { q: 'Tôi muốn đặt lịch khám bệnh ở bệnh viện tỉnh cho ông nhà tôi thì làm ở đây được không', who: 'elderly' },
  { q: 'tra cứu điểm thi vào lớp 10', who: 'young' },
  { q: 'tra the bhyt con han ko', who: 'rural' },
  { q: 'mua vé tàu về quê tết', who: 'young' },
  { q: 'dang ky tiem chung cho con nho', who: 'rural' },
  { q: 'Bà muốn hỏi làm thẻ đi xe buýt miễn phí cho người cao tuổi thì làm ở đâu', who: 'elderly' },
];
