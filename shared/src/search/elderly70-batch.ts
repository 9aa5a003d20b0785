import type { CitizenQuery } from './dev-set';

// Codes from the national crawl (ma_thu_tuc), grepped after the draft was written; the sets follow the earlier
// batches that named the same procedures (tax43, welfare23, certify38, court55).
const LAND_TAX = ['1.007695'];
/** A debt of land-use fee on a new title: the recording of the debt, its payment, and the title's registration. */
const DEBT_NEW = ['1.013978', '1.012995', '1.012996'];
const HKD_NEW = ['1.001612'];
const HKD_END = ['1.001266', '1.007607'];
/** A household business moved from a parent's name to a child's: a change of registration, or a new one. */
const HKD_OWNER = ['2.000720', '1.001612'];
const HKD_PAUSE = ['1.001570', '1.007042'];
/** A pensioner's death: the survivors' benefit and the unpaid pension claimed by the heirs. */
const TU_TUAT = ['2.000821', '2.000717'];
const BHXH_ONCE = ['1.001613'];
const PENSION_MOVE = ['1.001742'];
const BHYT_ONLY = ['1.001939'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const BHYT_LOST = ['1.002759', '1.001294', '1.001327'];
const BHYT_FIX = ['1.002759', '1.002438', '1.001321'];
const XE_SANG_TEN = ['1.013076'];
/** A vehicle in a dead owner's name: the transfer of registration, and the heirs' certified division of the estate. */
const XE_HEIR = ['1.013076', '2.001406'];
const GIAO_DICH = ['2.001035'];
const XE_RECALL = ['1.013065', '1.013123'];
const GPLX_SWAP = ['3.000347'];
/** A licence past its date: renewed (đổi) or, long expired, issued again (cấp lại) — either is the answer. */
const GPLX_EXPIRED = ['3.000347', '3.000348'];
const GPLX_LOST = ['3.000348'];
const BUILD_NEW = ['1.013225'];
/** Repairing and raising a house: the repair permit, or a new one when it is rebuilt. */
const BUILD_REPAIR = ['1.013229', '1.013225'];
const WELL = ['1.001662', '1.004223'];
const WELL_PERMIT = ['1.004223', '1.001662', '1.000070'];
const QUARANTINE = ['1.002338'];
const TAU_CA = ['1.003650', '1.003586'];
/** A fishing boat given to a son: registered in his name, the father's registration deleted. */
const TAU_CA_OWNER = ['1.003650', '1.003681'];
/** A river boat bought second-hand: re-registered on the change of owner, or registered first if it never was. */
const BOAT = ['1.004002', '1.003970', '1.004047'];
const LTP = ['3.000333', '3.000330'];
const THA = ['1.003091'];
const BAN_AN = ['3.000165'];
const LY_HON_NN = ['2.000554'];
const TOA_DON = ['3.000163'];
const BAN_SAO = ['2.000815'];
const UY_QUYEN = ['2.000884', '2.001035'];

/**
 * Errands other than civil status as the elderly tell them (issue 17, helper session of 7 Dec 2026): 79 queries
 * written in one sitting at 05:30 UTC (docs/search-drafts/elderly70-draft-20261207T0530Z.txt), before any procedure
 * name was grepped and before the engine was run on them: land tax and fees, a child's household business, pensions
 * and one-off payments, a grandchild's health card, a dead owner's vehicle, a licence renewed at 70, a permit to
 * repair or build a house, water for a field, cattle sold to another province, a boat, a grandchild's criminal
 * record, a court judgement after a divorce, certified copies. Very long stories with diacritics and polite openings
 * ("cháu ơi", "cô cho bác hỏi"), the ask buried mid-story or told as a worry ("không biết có được không", "sợ sau
 * này…"); the rest rural (no marks) and young (short). Six drafted as labelled turned out to have no procedure in the
 * crawl and were moved to the no-answer list: a worker's own pension (only the commune official's is there), the
 * monthly allowance of the over-80s (no social-assistance procedures), irrigation water and piped water for a hamlet,
 * and a food-safety certificate for a breakfast stall (only the farm-products one is there).
 */
export const ELDERLY70_BATCH: readonly CitizenQuery[] = [
  { q: 'Cháu ơi, bác năm nay bảy mươi mấy rồi, cái đất ruộng nhà bác năm nào cũng phải nộp tiền, người ta bảo phải khai thuế đất gì đó, không biết làm ở đâu', expect: LAND_TAX, who: 'elderly' },
  { q: 'Cô cho bác hỏi, bác mới được cấp sổ đỏ thì cán bộ bảo còn nợ tiền sử dụng đất, bác già rồi không có tiền, không biết có được ghi nợ không', expect: DEBT_NEW, who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, mảnh đất ở có cái nhà cấp bốn, năm nay tôi nhận thông báo thuế nhà đất, tôi là người già neo đơn không biết có được miễn giảm không', expect: LAND_TAX, who: 'elderly' },
  { q: 'dat nha tui bi thu tien su dung dat nhieu qua xin mien giam dc ko', expect: [...DEBT_NEW, ...LAND_TAX], who: 'rural' },
  { q: 'miễn giảm thuế sử dụng đất phi nông nghiệp', expect: LAND_TAX, who: 'young' },
  {
    q: 'Cháu ơi, thằng con trai bác muốn mở cái quán tạp hóa ngay trước nhà, nó đi làm suốt nên nhờ bác đi hỏi, người ta bảo phải có giấy phép kinh doanh hộ gia đình',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'Bác hỏi cái này hơi lan man, con gái bác bán quán cơm mấy năm nay, giờ nó đi lấy chồng xa, không bán nữa, sợ sau này vẫn bị thu thuế thì phải báo cho ai', expect: HKD_END, who: 'elderly' },
  { q: 'Cô cho bác hỏi, hộ kinh doanh của con bác đứng tên bác từ hồi xưa, giờ muốn chuyển sang tên nó, không biết có đổi được không hay phải làm lại từ đầu', expect: HKD_OWNER, who: 'elderly' },
  { q: 'con gai tui mo tiem nail muon lam giay phep kinh doanh ho ca the', expect: HKD_NEW, who: 'rural' },
  { q: 'đăng ký hộ kinh doanh', expect: HKD_NEW, who: 'young' },
  { q: 'tạm ngừng hộ kinh doanh', expect: HKD_PAUSE, who: 'young' },
  { q: 'Bác trai nhà bác đang hưởng lương hưu thì mất tháng trước, người ta bảo gia đình được nhận tiền mai táng với tiền tuất, bác không biết phải nộp giấy gì', expect: TU_TUAT, who: 'elderly' },
  { q: 'Cô ơi, con trai tôi nghỉ làm công ty hơn một năm rồi, nó nhờ tôi hỏi giùm việc lấy bảo hiểm xã hội một lần, không biết bây giờ còn được rút không', expect: BHXH_ONCE, who: 'elderly' },
  { q: 'Tôi đang lãnh lương hưu ở Nghệ An, nay theo con vào Sài Gòn ở luôn, sợ sau này không nhận được lương thì phải làm gì để chuyển nơi nhận về trong này', expect: PENSION_MOVE, who: 'elderly' },
  { q: 'rút bảo hiểm xã hội 1 lần', expect: BHXH_ONCE, who: 'young' },
  { q: 'Cháu ơi, thằng cháu nội của bà mới được năm tháng, bố mẹ nó đi làm ăn xa, bà muốn làm cái thẻ bảo hiểm y tế cho nó để đưa đi khám bệnh', expect: BHYT_CHILD, who: 'elderly' },
  { q: 'Cô cho bác hỏi, cái thẻ bảo hiểm y tế của con bé cháu ngoại bác bị mất lúc đi chợ, mai nó phải đi viện rồi, không biết cấp lại có nhanh không', expect: BHYT_LOST, who: 'elderly' },
  { q: 'Bác già rồi, thẻ bảo hiểm y tế ghi sai năm sinh của bác, người ta ở trạm xá bảo phải đi sửa lại mới dùng được, bác không biết sửa ở đâu', expect: BHYT_FIX, who: 'elderly' },
  { q: 'the bhyt cua con tui het han roi gia han o dau', expect: BHYT_ONLY, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: BHYT_LOST, who: 'young' },
  { q: 'Ông nhà tôi mất năm ngoái, cái xe máy vẫn đứng tên ông, giờ thằng út muốn đi xe đó mà người ta bảo phải sang tên, không biết có làm được không', expect: XE_HEIR, who: 'elderly' },
  {
    q: 'Cháu ơi, chồng bác mất để lại cái ô tô cũ, mấy đứa con muốn bán đi chia nhau, nhưng giấy tờ xe tên ông, sợ sau này không bán được thì làm thế nào',
    expect: [...XE_HEIR, ...GIAO_DICH],
    who: 'elderly',
  },
  { q: 'Bà hỏi chút, cái xe máy của ông đứng tên ông từ hồi xưa, giờ ông mất rồi bà không đi nữa, người ta bảo phải đi nộp lại giấy đăng ký với biển số', expect: XE_RECALL, who: 'elderly' },
  { q: 'xe may dung ten ba tui ma ba mat roi sang ten cho tui sao', expect: XE_HEIR, who: 'rural' },
  { q: 'sang tên xe của người đã mất', expect: XE_HEIR, who: 'young' },
  { q: 'Cháu ơi, bác năm nay bảy mươi tuổi rồi mà vẫn chạy xe đi chợ, cái bằng lái ô tô của bác sắp hết hạn, người ta bảo già rồi phải khám sức khỏe mới được đổi', expect: GPLX_SWAP, who: 'elderly' },
  { q: 'Cô cho bác hỏi, cái bằng lái xe máy của bác làm từ năm tám mấy, bằng giấy bìa cũ lắm rồi, không biết có phải đổi sang thẻ nhựa không', expect: GPLX_SWAP, who: 'elderly' },
  { q: 'Tôi bảy mươi hai tuổi, bằng lái hạng B2 hết hạn đã hơn một năm, con cháu bảo phải thi lại, không biết có được cấp lại mà không thi không', expect: GPLX_EXPIRED, who: 'elderly' },
  { q: 'bang lai xe oto het han roi doi o dau', expect: GPLX_EXPIRED, who: 'rural' },
  { q: 'đổi giấy phép lái xe hết hạn', expect: GPLX_EXPIRED, who: 'young' },
  { q: 'Cháu ơi, cái nhà của bác xây từ năm chín mấy, mái dột tường nứt hết rồi, bác định sửa lại nâng thêm tầng, người ta bảo phải xin phép xây dựng', expect: BUILD_REPAIR, who: 'elderly' },
  { q: 'Bác hỏi cái này, nhà bác ở trong hẻm, định đập ra xây lại cái nhà mới cho con trai cưới vợ, không biết nhà ở nông thôn có phải xin giấy phép không', expect: BUILD_NEW, who: 'elderly' },
  { q: 'Cô ơi, tôi muốn sửa lại cái nhà bếp với cơi nới thêm một phòng phía sau, sợ làm xong phường lại đến phạt thì phải xin giấy gì trước', expect: BUILD_REPAIR, who: 'elderly' },
  { q: 'xin giay phep sua nha nang tang o dau', expect: BUILD_REPAIR, who: 'rural' },
  { q: 'cấp giấy phép xây dựng nhà ở riêng lẻ', expect: [...BUILD_NEW, ...BUILD_REPAIR], who: 'young' },
  { q: 'Bác muốn khoan cái giếng để tưới vườn cà phê, người ta bảo khoan giếng sâu phải xin phép khai thác nước dưới đất, không biết có đúng không', expect: WELL, who: 'elderly' },
  { q: 'xin giay phep khai thac nuoc ngam de tuoi ruong', expect: WELL, who: 'rural' },
  { q: 'giấy phép khai thác nước dưới đất', expect: WELL_PERMIT, who: 'young' },
  { q: 'Cháu ơi, nhà bác nuôi được mấy con bò, có lái buôn ở tỉnh khác vào mua, người ta bảo phải có giấy kiểm dịch mới chở đi được, bác không biết xin ở đâu', expect: QUARANTINE, who: 'elderly' },
  { q: 'Bà nuôi đàn lợn hơn chục con, giờ bán cho người ở tỉnh bên, sợ đi đường bị giữ lại thì phải làm giấy gì cho con lợn', expect: QUARANTINE, who: 'elderly' },
  { q: 'ban bo qua tinh khac can giay kiem dich ko', expect: QUARANTINE, who: 'rural' },
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: QUARANTINE, who: 'young' },
  { q: 'Cháu ơi, ông nhà bác có cái ghe đánh cá, người ta bảo tàu cá phải đăng ký mới được ra biển, ông già rồi không biết làm giấy ở đâu', expect: TAU_CA, who: 'elderly' },
  { q: 'Bác mua lại cái thuyền máy của người làng bên để chở hàng trên sông, người ta bảo phải đăng ký phương tiện thủy, không biết có phải làm không', expect: BOAT, who: 'elderly' },
  { q: 'Cô cho bác hỏi, cái tàu cá của thằng con bác đứng tên bác, giờ bác già không đi biển nữa, muốn sang tên cho nó thì làm thế nào', expect: TAU_CA_OWNER, who: 'elderly' },
  { q: 'dang ky ghe danh ca o dau', expect: TAU_CA, who: 'rural' },
  { q: 'đăng ký tàu cá', expect: TAU_CA, who: 'young' },
  { q: 'Cháu ơi, đứa cháu nội của bác sắp đi xuất khẩu lao động Nhật Bản, công ty bảo phải có cái giấy lý lịch tư pháp, bác đi xin giùm nó được không', expect: LTP, who: 'elderly' },
  { q: 'Cô cho bác hỏi, con bé cháu gái bác đi du học Hàn Quốc, bên đó đòi giấy chứng nhận không phạm tội, không biết xin ở công an hay ở đâu', expect: LTP, who: 'elderly' },
  { q: 'Bác hỏi hơi dài, thằng cháu bác có tiền án hồi trẻ, nay nó muốn đi làm bên Đài Loan, người ta bảo phải có phiếu lý lịch tư pháp, sợ không xin được', expect: LTP, who: 'elderly' },
  { q: 'xin ly lich tu phap di xuat khau lao dong', expect: LTP, who: 'rural' },
  { q: 'phiếu lý lịch tư pháp số 2', expect: LTP, who: 'young' },
  { q: 'Cháu ơi, con gái bác ly hôn năm ngoái, tòa xử rồi mà thằng chồng cũ không chịu đưa tiền nuôi con, người ta bảo phải làm đơn yêu cầu thi hành án', expect: THA, who: 'elderly' },
  { q: 'Cô cho bác hỏi, con trai bác ly hôn rồi, bản án của tòa nó làm mất, giờ cần để làm giấy tờ cho con, không biết xin lại bản sao ở đâu', expect: BAN_AN, who: 'elderly' },
  { q: 'Bác hỏi chuyện này, con gái bác ly hôn ở nước ngoài, có bản án bên đó rồi, giờ về Việt Nam người ta bảo phải ghi vào sổ hộ tịch', expect: LY_HON_NN, who: 'elderly' },
  { q: 'chong cu ko dua tien cap duong cho con lam don thi hanh an', expect: THA, who: 'rural' },
  { q: 'yêu cầu thi hành án dân sự', expect: THA, who: 'young' },
  { q: 'Cháu ơi, bác cần mấy bản photo sổ hộ khẩu với giấy khai sinh bản chính của thằng cháu để nộp hồ sơ, người ta bảo phải công chứng, không biết làm ở đâu', expect: BAN_SAO, who: 'elderly' },
  { q: 'Cô cho bác hỏi, bác có cái bằng tốt nghiệp cũ của con, nó đi nước ngoài cần bản sao có chứng thực, bác đem bản chính ra xã xin sao có được không', expect: BAN_SAO, who: 'elderly' },
  { q: 'Bác già rồi mắt kém, muốn làm giấy ủy quyền cho thằng con đi làm giấy tờ giùm, người ta bảo phải chứng thực chữ ký, không biết có phải ra xã không', expect: UY_QUYEN, who: 'elderly' },
  { q: 'chung thuc ban sao giay to o xa mat bao nhieu', expect: BAN_SAO, who: 'rural' },
  { q: 'chứng thực bản sao từ bản chính', expect: BAN_SAO, who: 'young' },
  {
    q: 'Bác hỏi thăm chút, nhà bác có mấy sào đất nông nghiệp, nghe nói nhà nước miễn thuế đất nông nghiệp rồi, mà sao xã vẫn gửi giấy đòi, không biết có phải khai gì không',
    expect: LAND_TAX,
    who: 'elderly',
  },
  { q: 'Cháu ơi, ông nhà bác mất rồi, cái xe máy mua lại của người ta từ lâu chưa sang tên, giờ chủ cũ cũng đi đâu mất, không biết có đăng ký được không', expect: XE_SANG_TEN, who: 'elderly' },
  { q: 'Bác đánh rơi mất cái bằng lái xe máy lúc đi đám cưới đứa cháu, bác bảy mươi tuổi rồi, sợ phải thi lại, không biết xin cấp lại có được không', expect: GPLX_LOST, who: 'elderly' },
  {
    q: 'Cháu ơi, bác có mảnh đất trong làng, muốn xây cái nhà nhỏ để ông bà về ở cho gần con cháu, người ta bảo xây nhà mới phải có giấy phép, không biết nộp hồ sơ ở đâu',
    expect: BUILD_NEW,
    who: 'elderly',
  },
  { q: 'Cô cho bác hỏi, con gái bác với chồng nó thuận tình ly hôn, hai đứa đã thỏa thuận nuôi con với chia tài sản xong, giờ nộp đơn ở đâu cho tòa công nhận', expect: TOA_DON, who: 'elderly' },
];

export const ELDERLY70_TUNE: readonly CitizenQuery[] = ELDERLY70_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY70_HELD: readonly CitizenQuery[] = ELDERLY70_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for (the six moved from the draft's labelled rows first). */
export const ELDERLY70_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Cháu ơi, bà năm nay sáu mươi hai rồi, hồi trẻ bà làm công nhân nhà máy đóng bảo hiểm mười mấy năm, không biết giờ có được lãnh lương hưu hàng tháng không', who: 'elderly' },
  { q: 'ba tui 80 tuoi ko co luong huu muon xin tro cap nguoi cao tuoi', who: 'rural' },
  { q: 'Cháu ơi, ruộng nhà bác ở cuối kênh, năm nào cũng thiếu nước tưới, người ta bảo phải làm đơn xin cấp nước thủy lợi, không biết nộp ở đâu', who: 'elderly' },
  { q: 'Cô cho bác hỏi, nhà bác ở xóm trong chưa có nước máy, mấy nhà muốn làm đơn xin lắp đường ống nước sạch về, không biết gửi cho ai', who: 'elderly' },
  { q: 'Cháu ơi, con dâu bác bán hàng ăn sáng ở đầu chợ, người ta đến kiểm tra bảo phải có giấy chứng nhận an toàn thực phẩm, bác lo quá không biết xin ở đâu', who: 'elderly' },
  { q: 'Cô cho bác hỏi, bác tám mươi mốt tuổi rồi, không có lương hưu gì cả, sống một mình, người ta bảo người già trên tám mươi được hưởng trợ cấp hàng tháng', who: 'elderly' },
  { q: 'Cháu ơi, bác muốn hỏi giá lúa năm nay bao nhiêu một ký, người ta bảo lên giá mà không biết có thật không', who: 'elderly' },
  { q: 'Cô cho bác hỏi, xe buýt từ đây lên bệnh viện tỉnh mấy giờ chạy chuyến đầu, bác đi khám mắt', who: 'elderly' },
  { q: 'Bác muốn hỏi chỗ nào bán phân bón rẻ mà tốt, năm nay lúa nhà bác bị sâu nhiều quá', who: 'elderly' },
  { q: 'hom nay troi co mua ko de tui phoi lua', who: 'rural' },
  { q: 'wifi ở đây mật khẩu gì', who: 'young' },
  { q: 'Cháu ơi, ông nhà bác dạo này hay quên, người ta bảo bị lẫn, không biết nên cho ông ăn gì cho khỏe', who: 'elderly' },
];
