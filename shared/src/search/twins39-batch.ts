import type { CitizenQuery } from './dev-set';
import { CONTRACT, EXCHANGE, LOST } from './land-codes';

/**
 * Near-twin procedures told the way citizens tell the act (issue 17, helper session of 6 Dec 2026): 60 queries written
 * in one sitting at 20:37 UTC (docs/search-drafts/twins39-draft-20261206T2037Z.txt), before any procedure name was
 * grepped and before the engine was run on them: twenty papers people meet often, each with one specific act told in
 * three voices, elderly (polite stories: mice, a thief, a fire, the old nine-digit card, the son in Taiwan), rural (no
 * diacritics, "lam lai", "ghi nham", "cu", "ko") and young (short: "đk", "cmnd", "bhyt", "attp", "htx", "passport").
 * The acts sit among twins: a birth registered again vs a copy, corrected vs changed, a birth or marriage recorded
 * from abroad vs registered here, marriage again vs with a foreigner, a land certificate exchanged (torn) vs reissued
 * (lost) vs a spouse's name added, a card changed from the old CMND, a licence expired vs exchanged from paper, a
 * registration paper lost, a household business moving, a passport lost, a foreigner's criminal record, a wrong
 * health-insurance card, a building permit extended, a food-safety certificate running out, a cooperative's new chair.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels civil29, resid30, social31, land28, plan10 and rural32 gave the same acts. Judgement calls: a birth
 * certificate lost with the commune's book lost too takes only the re-registration (no copy can be made); a child
 * born abroad and registered there accepts the recording and the foreign-element birth registration (as civil29); a
 * CMND changed to the new card accepts the change and the first-card procedures (the law reads it both ways at the
 * counter); an expired driving licence accepts exchange and reissue; a lost passport the report of loss and the new
 * passport; a foreigner's criminal record both procedures that name foreigners living here; a wrong health-insurance
 * card the one BHXH procedure (not the police's own cards); a restaurant's food-safety certificate the one such
 * certificate the catalogue holds; a cooperative's new chair both the registration and the notice of a change. No
 * query lacks an answer. Split by alternation into TWINS39_TUNE and TWINS39_HELD.
 */
const KS_AGAIN = ['1.004884'];
const CHANGE = ['1.004859'];
const BORN_ABROAD = ['2.000547', '2.000528'];
const KH_AGAIN = ['1.004746'];
const KH_FOREIGN = ['2.000806', '1.000094'];
const ADD_SPOUSE = ['1.013980', CONTRACT];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_FROM_CMND = [...CARD_CHANGE, '1.014061', '2.000200', '1.001247'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_EXPIRED = [...LICENCE_CHANGE, '3.000348'];
const REG_LOST = ['1.013082', '1.013080'];
const HKD_CHANGE = ['2.000720'];
const PASSPORT_LOST = ['1.001456', '1.001471', '1.010386', '1.010385', '1.001445', '2.000539'];
const LLTP_FOREIGN = ['3.000333', '3.000330'];
const BHYT_FIX = ['1.002759'];
const PERMIT_EXTEND = ['1.013227', '1.013233'];
const FOOD_SAFETY = ['2.001827'];
const HTX_CHANGE = ['1.005277', '1.004979'];

export const TWINS39_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cháu ơi, cái giấy khai sinh của bác từ hồi xưa mất rồi, ở xã sổ sách cũng thất lạc hết, giờ bác muốn làm lại thì làm thế nào',
    expect: KS_AGAIN,
    who: 'elderly',
  },
  { q: 'giay khai sinh cu mat roi so o xa cung khong con muon lam lai', expect: KS_AGAIN, who: 'rural' },
  { q: 'làm lại khai sinh bị mất, xã ko còn sổ gốc', expect: KS_AGAIN, who: 'young' },
  {
    q: 'Giấy khai sinh của thằng cháu nội ghi nhầm ngày sinh, sai một ngày so với giấy ra viện, bà muốn sửa lại cho đúng',
    expect: CHANGE,
    who: 'elderly',
  },
  { q: 'khai sinh cua con ghi nham ngay sinh muon sua lai cho dung', expect: CHANGE, who: 'rural' },
  { q: 'sửa ngày sinh bị ghi sai trên giấy khai sinh', expect: CHANGE, who: 'young' },
  {
    q: 'Con gái tôi muốn đổi tên cho đứa con út vì cái tên cũ bạn bè hay trêu, thủ tục đổi tên ở xã làm sao ạ',
    expect: CHANGE,
    who: 'elderly',
  },
  { q: 'muon doi ten cho con gai vi ten xau bi ban treu', expect: CHANGE, who: 'rural' },
  { q: 'đổi tên cho con', expect: CHANGE, who: 'young' },
  {
    q: 'Cháu ngoại tôi sinh bên Hàn Quốc, đã làm khai sinh bên đó rồi, giờ về quê muốn ghi vào sổ hộ tịch bên mình thì làm gì',
    expect: BORN_ABROAD,
    who: 'elderly',
  },
  { q: 'con sinh ben han da lam khai sinh ben do gio ve vn ghi vao so', expect: BORN_ABROAD, who: 'rural' },
  { q: 'ghi chú khai sinh con sinh ở nước ngoài', expect: BORN_ABROAD, who: 'young' },
  {
    q: 'Hai ông bà cưới nhau từ năm tám mươi, giấy đăng ký kết hôn mất, sổ ở xã cũng cháy hết, giờ muốn làm lại giấy kết hôn',
    expect: KH_AGAIN,
    who: 'elderly',
  },
  { q: 'giay ket hon tu nam 80 mat roi so xa cung mat lam lai duoc ko', expect: KH_AGAIN, who: 'rural' },
  { q: 'đăng ký lại kết hôn giấy cũ mất', expect: KH_AGAIN, who: 'young' },
  {
    q: 'Con gái tôi muốn lấy chồng người Nhật, hai đứa muốn làm giấy đăng ký kết hôn ở bên mình thì nộp ở đâu',
    expect: KH_FOREIGN,
    who: 'elderly',
  },
  { q: 'con gai lay chong nguoi nuoc ngoai lam giay ket hon o dau', expect: KH_FOREIGN, who: 'rural' },
  { q: 'đk kết hôn với người nước ngoài', expect: KH_FOREIGN, who: 'young' },
  {
    q: 'Cái sổ đỏ nhà tôi để lâu bị chuột cắn rách mất một góc, chữ mờ hết, tôi muốn đổi cuốn mới',
    expect: [EXCHANGE],
    who: 'elderly',
  },
  { q: 'so do bi rach nat chu mo muon doi so moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'đổi sổ đỏ bị rách', expect: [EXCHANGE], who: 'young' },
  {
    q: 'Nhà tôi bị trộm vào lấy mất cái sổ đỏ rồi, tôi muốn xin cấp lại sổ khác thì làm thế nào cô',
    expect: [LOST],
    who: 'elderly',
  },
  { q: 'so do bi mat trom lay muon xin lai so khac', expect: [LOST], who: 'rural' },
  { q: 'mất sổ đỏ làm lại', expect: [LOST], who: 'young' },
  {
    q: 'Sổ đỏ nhà tôi chỉ đứng tên một mình tôi, giờ tôi muốn thêm tên bà nhà tôi vào cho cả hai vợ chồng cùng đứng',
    expect: ADD_SPOUSE,
    who: 'elderly',
  },
  { q: 'them ten vo vao so do dung ten chung 2 vo chong', expect: ADD_SPOUSE, who: 'rural' },
  { q: 'thêm tên vợ vào sổ hồng', expect: ADD_SPOUSE, who: 'young' },
  {
    q: 'Tôi vẫn còn cái chứng minh nhân dân chín số cũ từ hồi xưa, giờ muốn đổi sang thẻ căn cước mới có gắn chíp',
    expect: CARD_FROM_CMND,
    who: 'elderly',
  },
  { q: 'cmnd cu 9 so doi sang the can cuoc moi', expect: CARD_FROM_CMND, who: 'rural' },
  { q: 'đổi cmnd sang căn cước', expect: CARD_FROM_CMND, who: 'young' },
  {
    q: 'Cái bằng lái xe ô tô của tôi hết hạn mấy tháng nay rồi, giờ muốn làm lại thì có phải thi lại không',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  { q: 'bang lai oto het han may thang roi lam lai sao', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'bằng lái ô tô hết hạn', expect: LICENCE_EXPIRED, who: 'young' },
  {
    q: 'Tôi có cái bằng lái xe máy bằng giấy bìa cũ từ hồi xưa, nghe nói phải đổi sang thẻ nhựa mới, đổi ở đâu',
    expect: LICENCE_CHANGE,
    who: 'elderly',
  },
  { q: 'bang lai xe may giay cu doi sang the nhua', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'đổi bằng lái giấy sang thẻ pet', expect: LICENCE_CHANGE, who: 'young' },
  {
    q: 'Tôi đi chợ bị rơi mất cái giấy đăng ký xe máy, người ta gọi là cà vẹt đó, giờ làm lại ở đâu',
    expect: REG_LOST,
    who: 'elderly',
  },
  { q: 'mat ca vet xe may lam lai o dau', expect: REG_LOST, who: 'rural' },
  { q: 'mất cà vẹt xe làm lại', expect: REG_LOST, who: 'young' },
  {
    q: 'Tôi đang buôn bán tạp hóa có giấy phép hộ kinh doanh, giờ chuyển chỗ bán sang chợ khác thì phải báo sửa giấy thế nào',
    expect: HKD_CHANGE,
    who: 'elderly',
  },
  { q: 'ho kinh doanh chuyen cho ban sang dia chi khac sua giay phep', expect: HKD_CHANGE, who: 'rural' },
  { q: 'đổi địa chỉ hộ kinh doanh', expect: HKD_CHANGE, who: 'young' },
  {
    q: 'Thằng con tôi đi lao động bên Đài Loan bị mất hộ chiếu rồi, giờ về nước muốn làm lại cuốn khác',
    expect: PASSPORT_LOST,
    who: 'elderly',
  },
  { q: 'bi mat ho chieu muon lam lai cuon moi', expect: PASSPORT_LOST, who: 'rural' },
  { q: 'mất passport làm lại', expect: PASSPORT_LOST, who: 'young' },
  {
    q: 'Anh con rể tôi là người Hàn, sống ở Việt Nam mấy năm nay, công ty bảo phải xin cái lý lịch tư pháp ở bên mình',
    expect: LLTP_FOREIGN,
    who: 'elderly',
  },
  { q: 'nguoi nuoc ngoai o vn xin ly lich tu phap', expect: LLTP_FOREIGN, who: 'rural' },
  { q: 'lý lịch tư pháp cho người nước ngoài', expect: LLTP_FOREIGN, who: 'young' },
  {
    q: 'Cái thẻ bảo hiểm y tế của tôi ghi sai năm sinh, đi khám bệnh người ta không nhận, tôi muốn sửa lại thẻ cho đúng',
    expect: BHYT_FIX,
    who: 'elderly',
  },
  { q: 'the bhyt ghi sai nam sinh sua lai the', expect: BHYT_FIX, who: 'rural' },
  { q: 'thẻ bhyt sai thông tin', expect: BHYT_FIX, who: 'young' },
  {
    q: 'Nhà tôi xin giấy phép xây dựng năm ngoái nhưng chưa khởi công được, giấy sắp hết hạn, có xin thêm thời gian được không',
    expect: PERMIT_EXTEND,
    who: 'elderly',
  },
  { q: 'giay phep xay dung sap het han chua xay xong xin them thoi gian', expect: PERMIT_EXTEND, who: 'rural' },
  { q: 'gia hạn giấy phép xây nhà', expect: PERMIT_EXTEND, who: 'young' },
  {
    q: 'Quán cơm của tôi có cái giấy chứng nhận an toàn thực phẩm, giờ sắp hết hạn ba năm rồi, phải làm lại thế nào',
    expect: FOOD_SAFETY,
    who: 'elderly',
  },
  { q: 'giay an toan thuc pham het han lam lai', expect: FOOD_SAFETY, who: 'rural' },
  { q: 'giấy attp hết hạn cấp lại', expect: FOOD_SAFETY, who: 'young' },
  {
    q: 'Hợp tác xã nông nghiệp của thôn tôi vừa bầu ông chủ nhiệm mới, giờ phải đi báo đổi tên người đại diện ở đâu',
    expect: HTX_CHANGE,
    who: 'elderly',
  },
  { q: 'hop tac xa doi chu nhiem moi bao thay doi', expect: HTX_CHANGE, who: 'rural' },
  { q: 'đổi người đại diện htx', expect: HTX_CHANGE, who: 'young' },
];

export const TWINS39_TUNE: readonly CitizenQuery[] = TWINS39_BATCH.filter((_, i) => i % 2 === 0);
export const TWINS39_HELD: readonly CitizenQuery[] = TWINS39_BATCH.filter((_, i) => i % 2 === 1);
export const TWINS39_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
