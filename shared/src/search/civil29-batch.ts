import type { CitizenQuery } from './dev-set';

/**
 * Civil status and certification, the commune's busiest counter, in the three voices (issue 17, helper session of
 * 6 Dec 2026): 60 queries over about 40 needs written in one sitting at 17:45 UTC
 * (docs/search-drafts/civil29-draft-20261206T1745Z.txt), before any procedure name was grepped and before the engine
 * was run on them, each told by the situation rather than the procedure's name: 20 elderly (a grandchild, a late
 * husband, a fire, termites, the war years), 20 rural (southern "khai sanh", "ổng", "bển", "ghi vô", "hông") and 20
 * young (no diacritics, "gks", "dk", "cccd", "photo công chứng").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, keeping hotich12's conventions: a child's birth also accepts the two linked
 * birth-plus-insurance procedures; a lost certificate accepts a copy of the extract or re-registration, but only
 * re-registration when the commune's book is gone too; a letter of authority accepts the signature or the
 * transaction; a child born abroad accepts the foreign-element birth and the recording of a birth registered abroad.
 * A couple who lived together since the war without registering register their marriage now. A will told as "a paper
 * leaving the house to the children" also accepts the certified gift; heirs ceding their share accept the refusal
 * and the partition. Moving a guardianship from one relative to another is ending one and registering the other
 * (the catalogue has no change of guardian). A birth date that differs between the certificate and the card, the
 * speaker not saying which is wrong, also accepts the card's correction. Every need is in the catalogue:
 * CIVIL29_NO_ANSWER is empty. Split by alternation into CIVIL29_TUNE and CIVIL29_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KS_AGAIN = '1.004884';
const BORN_ABROAD = ['2.000528', '2.000547'];
const RECOGNISE = '1.001022';
const RECOGNISE_AT_BIRTH = ['1.000689', RECOGNISE];
const COPY = '2.000635';
const LOST_KS = [COPY, KS_AGAIN];
const KH = '1.000894';
const KH_FOREIGN = ['2.000806', '1.000094'];
const KH_AGAIN = '1.004746';
const GHI_KH = '2.002189';
const GHI_LY_HON = '2.000554';
const SINGLE = '1.004873';
const KT = '1.000656';
const KT_AGAIN = '1.005461';
const GUARDIAN = '1.004837';
const GUARDIAN_END = '1.004845';
const CHANGE = '1.004859';
const CARD_INFO = '1.014060';
const ADOPT = '2.001263';
const SAO_Y = '2.000815';
const SIGNATURE = '2.000884';
const TRANSACTION = '2.001035';
const SIGNATURE_OR_TRANSACTION = [SIGNATURE, TRANSACTION];
const TRANSLATOR = ['2.001008', '2.000992'];
const WILL = '2.001019';
const WILL_OR_GIFT = [WILL, TRANSACTION];
const INHERIT = '2.001406';
const REFUSE = '2.001016';

export const CIVIL29_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cháu nội tôi sinh ra được mấy năm rồi mà bố mẹ nó chưa đi khai sinh cho nó, giờ bà đi làm thay được không',
    expect: KS,
    who: 'elderly',
  },
  { q: 'con tui đẻ ở bển bên Đài Loan, giờ về quê muốn làm khai sanh cho nó', expect: BORN_ABROAD, who: 'rural' },
  { q: 'dang ky khai sinh cho con moi sinh', expect: KS, who: 'young' },
  {
    q: 'giấy khai sinh của tôi ngày xưa bị cháy mất hết, sổ bên xã cũng không còn, giờ làm lại thế nào',
    expect: [KS_AGAIN],
    who: 'elderly',
  },
  {
    q: 'tui với ổng chưa làm giấy kết hôn, con sanh ra muốn ổng đứng tên cha trong khai sanh',
    expect: RECOGNISE_AT_BIRTH,
    who: 'rural',
  },
  { q: 'con sinh ra ma chua cuoi, bo muon dung ten tren giay khai sinh', expect: RECOGNISE_AT_BIRTH, who: 'young' },
  { q: 'chồng tôi mất ở nhà hôm qua, tôi phải báo với xã như thế nào', expect: [KT], who: 'elderly' },
  {
    q: 'thằng nhỏ lớn rồi mà giấy khai sanh bỏ trống tên cha, giờ ổng muốn nhận con',
    expect: [RECOGNISE],
    who: 'rural',
  },
  { q: 'gks bi mat can xin ban sao', expect: LOST_KS, who: 'young' },
  {
    q: 'tôi già rồi muốn viết giấy để lại nhà đất cho các con, xã có xác nhận cho không',
    expect: WILL_OR_GIFT,
    who: 'elderly',
  },
  { q: 'tui muốn đi đăng ký kết hôn với bạn gái ở xã bên', expect: [KH], who: 'rural' },
  { q: 'lam giay xac nhan tinh trang hon nhan de ket hon', expect: [SINGLE], who: 'young' },
  {
    q: 'bố mẹ thằng cháu đi làm ăn xa cả, tôi muốn đứng ra trông nom cháu và giữ giấy tờ cho cháu theo pháp luật',
    expect: [GUARDIAN],
    who: 'elderly',
  },
  { q: 'xin giấy chứng nhận độc thân để đi cưới vợ', expect: [SINGLE], who: 'rural' },
  { q: 'xac nhan doc than de mua nha tra gop', expect: [SINGLE], who: 'young' },
  {
    q: 'đứa cháu tôi làm người giám hộ nay đã đủ 18 tuổi rồi thì phải làm thủ tục gì',
    expect: [GUARDIAN_END],
    who: 'elderly',
  },
  { q: 'bán miếng đất ruộng mà phòng công chứng đòi giấy xác nhận tui còn độc thân', expect: [SINGLE], who: 'rural' },
  { q: 'dk ket hon voi nguoi nuoc ngoai', expect: KH_FOREIGN, who: 'young' },
  {
    q: 'giấy khai sinh của tôi ghi sai năm sinh so với chứng minh thư, tôi muốn sửa lại',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'đi xuất khẩu lao động bên Nhật cần giấy xác nhận hôn nhân', expect: [SINGLE], who: 'rural' },
  { q: 'ban dich ho chieu tieng anh can chung thuc chu ky nguoi dich', expect: TRANSLATOR, who: 'young' },
  {
    q: 'hồi trước khai dân tộc Kinh cho con, giờ muốn cho nó theo dân tộc Tày của bố nó',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'vợ tui ly dị bên Hàn rồi, giờ về Việt Nam muốn ghi vô giấy tờ ở đây', expect: [GHI_LY_HON], who: 'rural' },
  { q: 'chung thuc hop dong uy quyen', expect: SIGNATURE_OR_TRANSACTION, who: 'young' },
  {
    q: 'ông bà lấy nhau từ thời chiến tranh không có giấy đăng ký kết hôn, nay cần giấy để làm sổ đỏ',
    expect: [KH],
    who: 'elderly',
  },
  { q: 'tui cưới vợ bên Trung Quốc có giấy bên đó, giờ về muốn được công nhận ở đây', expect: [GHI_KH], who: 'rural' },
  { q: 'muon doi ten vi ten xau bi trêu', expect: [CHANGE], who: 'young' },
  {
    q: 'giấy đăng ký kết hôn của vợ chồng tôi bị mối ăn mất, xin cấp lại bản sao',
    expect: [COPY, KH_AGAIN],
    who: 'elderly',
  },
  { q: 'tên con tui muốn đổi lại tên khác cho dễ kêu', expect: [CHANGE], who: 'rural' },
  { q: 'ngay sinh tren giay khai sinh khac voi cccd', expect: [CHANGE, CARD_INFO], who: 'young' },
  { q: 'tôi cần bản sao giấy khai sinh để làm hồ sơ hưởng chế độ', expect: [COPY, SAO_Y], who: 'elderly' },
  { q: 'giấy khai sanh ghi sai họ của má tui', expect: [CHANGE], who: 'rural' },
  { q: 'me ruot muon nhan lai con da cho di', expect: [RECOGNISE], who: 'young' },
  {
    q: 'tôi nhờ con trai đi bán đất thay, phải làm giấy ủy quyền ở đâu',
    expect: SIGNATURE_OR_TRANSACTION,
    who: 'elderly',
  },
  { q: 'khai sanh hồi xưa thiếu quê quán, giờ muốn ghi thêm vô', expect: [CHANGE], who: 'rural' },
  { q: 'xin trich luc ket hon ban sao', expect: [COPY], who: 'young' },
  { q: 'mấy anh em chúng tôi thỏa thuận chia đất bố mẹ để lại, cần xã chứng cho', expect: [INHERIT], who: 'elderly' },
  { q: 'ly dị rồi muốn đổi họ con theo họ mẹ', expect: [CHANGE], who: 'rural' },
  { q: 'sinh o my ve vn lam giay khai sinh', expect: BORN_ABROAD, who: 'young' },
  {
    q: 'tôi nhặt được đứa trẻ bị bỏ rơi trước cổng chùa, muốn làm giấy tờ khai sinh cho cháu',
    expect: KS,
    who: 'elderly',
  },
  { q: 'muốn làm lại giấy kết hôn vì hồi đó cưới ở xã cũ mà sổ mất rồi', expect: [KH_AGAIN], who: 'rural' },
  { q: 'bo me ly hon o nuoc ngoai can ghi vao so ho tich', expect: [GHI_LY_HON], who: 'young' },
  { q: 'bà muốn nhận đứa cháu mồ côi làm con nuôi cho đàng hoàng', expect: [ADOPT], who: 'elderly' },
  { q: 'tui nuôi con riêng của vợ từ nhỏ, muốn nhận nó làm con nuôi', expect: [ADOPT], who: 'rural' },
  { q: 'can xac nhan dan toc cho con lai hai dan toc', expect: [CHANGE], who: 'young' },
  { q: 'con gái tôi lấy chồng người nước ngoài, giờ cần giấy xác nhận chưa chồng', expect: [SINGLE], who: 'elderly' },
  { q: 'ra xã chứng cái hợp đồng mua bán đất', expect: [TRANSACTION], who: 'rural' },
  { q: 'photo cong chung giay to o ubnd phuong', expect: [SAO_Y], who: 'young' },
  { q: 'tôi muốn sao y mấy cái giấy tờ đất có đóng dấu xã', expect: [SAO_Y], who: 'elderly' },
  { q: 'ký tên vô giấy tờ mà người ta đòi xã xác nhận chữ ký', expect: [SIGNATURE], who: 'rural' },
  { q: 'chuyen giam ho tu ba sang chu', expect: [GUARDIAN_END, GUARDIAN], who: 'young' },
  { q: 'chồng tôi mất đã lâu mà chưa khai tử, giờ khai có được không', expect: [KT], who: 'elderly' },
  { q: 'muốn chứng mấy bản photo căn cước với sổ hộ khẩu', expect: [SAO_Y], who: 'rural' },
  { q: 'giay khai sinh bi thieu ten dem muon bo sung', expect: [CHANGE], who: 'young' },
  { q: 'giấy chứng tử của bố tôi bị thất lạc, muốn xin lại để làm thừa kế', expect: [COPY, KT_AGAIN], who: 'elderly' },
  {
    q: 'anh em tui không nhận phần đất của cha để lại, nhường hết cho chị hai',
    expect: [REFUSE, INHERIT],
    who: 'rural',
  },
  { q: 'lam di chuc cho xa chung', expect: [WILL], who: 'young' },
  { q: 'tôi muốn hỏi làm giấy khai tử cho ông cụ nhà tôi mất mấy năm trước để chia đất', expect: [KT], who: 'elderly' },
  { q: 'má tui mất ở trên thành phố, giờ về quê khai tử được hông', expect: [KT], who: 'rural' },
  { q: 'khai tu cho ong noi', expect: [KT], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const CIVIL29_TUNE: readonly CitizenQuery[] = CIVIL29_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const CIVIL29_HELD: readonly CitizenQuery[] = CIVIL29_BATCH.filter((_, i) => i % 2 === 1);

/** Every need of the draft is in the catalogue. */
export const CIVIL29_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
