import type { CitizenQuery } from './dev-set';

/**
 * Taxes, insurance dues, criminal record certificates and courts in the three voices (issue 17, helper session of 6
 * Dec 2026): 96 queries written in one sitting at 22:48 UTC (docs/search-drafts/tax43-draft-20261206T2248Z.txt),
 * before any procedure name was grepped and before the engine was run on them, 32 situations in each voice: elderly
 * (polite stories: a grocery stall's flat tax, a war invalid's land tax, a grandchild's school insurance), rural (no
 * diacritics, "dong", "lam", "xin") and young (short; mst, tncn, npt, hkd, lltp, bhxh, bhyt, đk). Fields: land use
 * taxes and their exemptions, personal tax codes and dependants, household business tax, rent tax, registration fees
 * on land and vehicles, income tax settlement and refund, tax on selling or being given land, land use fee debts,
 * closing a tax code, household, student and voluntary insurance, arrears, correcting the insurance book, an
 * employer's sign-up, justice records for a job, abroad or a relative, divorce and suing in court, a foreign divorce.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, following the earlier sets (land13, fields27, social15, social31,
 * justice18, civil29). Agricultural and non-agricultural land tax and their exemptions share one procedure; a
 * dependant's tax code is the first registration; income tax settlement accepts the employer's settlement too and a
 * refund accepts the over-payment refund; land given by parents accepts the income tax and the registration fee
 * exemption; a land use fee debt accepts its payment, or when asked how to get one, the first certificate and the
 * resettlement debt; arrears accept compulsory and (unless an employer owed them) voluntary registration; a student's
 * or a household's card accepts "người chỉ tham gia BHYT". The catalogue's only court filing is the online petition
 * service (3.000163): divorce, by consent or by one side, accepts it. Six queries meant to have no answer (an appeal
 * of a verdict, the abolished licence fee) were written after labelling had begun
 * (docs/search-drafts/tax43-more-draft-20261206T2249Z.txt) and are in TAX43_NO_ANSWER. Split by alternation into
 * TAX43_TUNE and TAX43_HELD.
 */
const LAND_TAX = ['1.007695'];
const MST_NEW = ['1.008498'];
const MST_CHANGE = ['1.008503'];
const MST_CLOSE = ['1.007607'];
const HKD_TAX = ['1.011022'];
const HKD_PAUSE = ['1.001570', '1.007042'];
const LEASE_TAX = ['1.007689'];
const LPTB_HOUSE = ['1.007277'];
const LPTB_OTHER = ['1.007700'];
const PIT_SETTLE = ['2.002233', '1.008309'];
const PIT_REFUND = ['2.002233', '1.008565', '1.008562'];
const PROPERTY_TAX = ['1.007674'];
const GIFT_TAX = ['1.007674', '1.007277'];
const DEBT_PAY = ['1.012996', '1.013988'];
const DEBT_NEW = ['1.013978', '1.012995', '1.012996'];
const TAX_DONE = ['1.008591'];
const BHYT_ONLY = ['1.001939'];
const TU_NGUYEN = ['1.002179'];
const BAT_BUOC = ['1.002051'];
const TRUY_DONG = ['1.002051', '1.002179'];
const SO_THE = ['1.002759'];
const LTP = ['3.000333', '3.000330'];
const KHOI_KIEN = ['3.000163'];
const GHI_LY_HON = ['2.000554'];

export const TAX43_BATCH: readonly CitizenQuery[] = [
  { q: 'Năm nào tôi cũng ra xã đóng thuế đất ở cho cái nhà, năm nay có tờ thông báo thuế đất phi nông nghiệp gửi về mà tôi không biết khai thế nào', expect: LAND_TAX, who: 'elderly' },
  { q: 'khai thue dat o phi nong nghiep cho nha o nong thon', expect: LAND_TAX, who: 'rural' },
  { q: 'kê khai thuế sử dụng đất phi nông nghiệp', expect: LAND_TAX, who: 'young' },
  { q: 'Ông nhà tôi là thương binh, bà con bảo gia đình thương binh thì được miễn thuế đất ở, tôi muốn làm đơn xin miễn thì nộp ở đâu', expect: LAND_TAX, who: 'elderly' },
  { q: 'ho ngheo co duoc mien giam thue dat khong lam don o dau', expect: LAND_TAX, who: 'rural' },
  { q: 'xin miễn giảm thuế đất ở cho hộ nghèo', expect: LAND_TAX, who: 'young' },
  { q: 'Nhà tôi có mấy sào ruộng cấy lúa, xưa phải nộp thuế nông nghiệp, nay nghe nói được miễn thuế đất nông nghiệp, có phải làm giấy gì không', expect: LAND_TAX, who: 'elderly' },
  { q: 'mien thue dat nong nghiep cho ruong lua nha minh', expect: LAND_TAX, who: 'rural' },
  { q: 'thuế sử dụng đất nông nghiệp khai ở đâu', expect: LAND_TAX, who: 'young' },
  { q: 'Con gái tôi mới đi làm công ty, người ta bảo phải có mã số thuế cá nhân, cháu chưa có bao giờ, giờ đăng ký ở đâu cho cháu', expect: MST_NEW, who: 'elderly' },
  { q: 'lam ma so thue ca nhan lan dau', expect: MST_NEW, who: 'rural' },
  { q: 'đăng ký mst cá nhân', expect: MST_NEW, who: 'young' },
  { q: 'Tôi đổi sang thẻ căn cước mới mười hai số, cái mã số thuế cũ vẫn ghi số chứng minh chín số, giờ muốn sửa cho khớp thì làm sao', expect: MST_CHANGE, who: 'elderly' },
  { q: 'doi thong tin ma so thue ca nhan khi doi can cuoc', expect: MST_CHANGE, who: 'rural' },
  { q: 'cập nhật thông tin đăng ký thuế cá nhân', expect: MST_CHANGE, who: 'young' },
  { q: 'Tôi đi làm ở cơ quan, nuôi mẹ già không có lương hưu với hai con nhỏ, muốn đăng ký để được giảm trừ gia cảnh cho đỡ thuế', expect: MST_NEW, who: 'elderly' },
  { q: 'dang ky nguoi phu thuoc giam tru gia canh', expect: MST_NEW, who: 'rural' },
  { q: 'đk npt giảm trừ gia cảnh tncn', expect: MST_NEW, who: 'young' },
  { q: 'Tôi bán tạp hoá ở đầu chợ, mỗi năm cán bộ thuế xuống ấn định thuế khoán, năm nay doanh thu ít hơn muốn khai lại cho đúng thì làm thủ tục gì', expect: HKD_TAX, who: 'elderly' },
  { q: 'ho kinh doanh nop thue khoan khai thue', expect: HKD_TAX, who: 'rural' },
  { q: 'khai thuế khoán hộ kinh doanh', expect: HKD_TAX, who: 'young' },
  { q: 'Tôi nghỉ bán hàng mấy tháng vì ốm, muốn báo với chi cục thuế để khỏi phải đóng thuế khoán mấy tháng nghỉ', expect: HKD_PAUSE, who: 'elderly' },
  { q: 'tam nghi ban hang bao thue de khong dong thue khoan', expect: HKD_PAUSE, who: 'rural' },
  { q: 'hkd tạm ngừng kinh doanh thông báo thuế', expect: HKD_PAUSE, who: 'young' },
  { q: 'Tôi có căn nhà ngoài phố cho người ta thuê mở cửa hàng, nghe nói tiền cho thuê nhà phải nộp thuế, tôi khai thuế ở đâu', expect: LEASE_TAX, who: 'elderly' },
  { q: 'cho thue nha thi khai thue the nao', expect: LEASE_TAX, who: 'rural' },
  { q: 'khai thuế cho thuê nhà cá nhân', expect: LEASE_TAX, who: 'young' },
  { q: 'Tôi mới mua được mảnh đất với căn nhà nhỏ, cán bộ bảo phải nộp lệ phí trước bạ rồi mới sang tên sổ đỏ, tờ khai trước bạ làm ở đâu', expect: LPTB_HOUSE, who: 'elderly' },
  { q: 'nop le phi truoc ba nha dat khi sang ten so do', expect: LPTB_HOUSE, who: 'rural' },
  { q: 'khai lệ phí trước bạ nhà đất', expect: LPTB_HOUSE, who: 'young' },
  { q: 'Cháu tôi mua cho tôi chiếc xe máy mới để đi chợ, cửa hàng bảo phải đi nộp tiền trước bạ rồi mới đăng ký biển số được', expect: LPTB_OTHER, who: 'elderly' },
  { q: 'dong truoc ba xe may moi mua', expect: LPTB_OTHER, who: 'rural' },
  { q: 'lệ phí trước bạ ô tô', expect: LPTB_OTHER, who: 'young' },
  { q: 'Năm ngoái tôi làm ở hai chỗ, hết năm cơ quan bảo tôi phải tự đi quyết toán thuế thu nhập cá nhân, tôi già rồi không biết làm', expect: PIT_SETTLE, who: 'elderly' },
  { q: 'tu quyet toan thue thu nhap ca nhan cuoi nam', expect: PIT_SETTLE, who: 'rural' },
  { q: 'quyết toán thuế tncn', expect: PIT_SETTLE, who: 'young' },
  { q: 'Công ty khấu trừ thuế lương của tôi nhiều quá, quyết toán ra thấy nộp thừa, tôi muốn xin lấy lại tiền thuế nộp thừa', expect: PIT_REFUND, who: 'elderly' },
  { q: 'xin hoan thue thu nhap ca nhan nop thua', expect: PIT_REFUND, who: 'rural' },
  { q: 'hoàn thuế tncn', expect: PIT_REFUND, who: 'young' },
  { q: 'Tôi bán mảnh đất vườn cho người trong làng, công chứng xong rồi, giờ phải nộp thuế thu nhập khi bán đất thì khai thế nào', expect: PROPERTY_TAX, who: 'elderly' },
  { q: 'ban dat phai dong thue 2 phan tram khai o dau', expect: PROPERTY_TAX, who: 'rural' },
  { q: 'thuế tncn chuyển nhượng bất động sản', expect: PROPERTY_TAX, who: 'young' },
  { q: 'Bố mẹ tôi cho con trai mảnh đất, nghe nói cha mẹ cho con thì được miễn thuế, phải làm giấy gì để được miễn', expect: GIFT_TAX, who: 'elderly' },
  { q: 'bo me cho dat con co phai dong thue khong lam giay mien', expect: GIFT_TAX, who: 'rural' },
  { q: 'miễn thuế tncn khi nhận thừa kế nhà đất', expect: GIFT_TAX, who: 'young' },
  { q: 'Hồi được cấp sổ đỏ nhà tôi nghèo chưa có tiền nộp tiền sử dụng đất, xã cho ghi nợ, nay muốn trả nốt khoản nợ đó', expect: DEBT_PAY, who: 'elderly' },
  { q: 'ghi no tien su dung dat khi lam so do', expect: DEBT_NEW, who: 'rural' },
  { q: 'xin ghi nợ tiền sử dụng đất', expect: DEBT_NEW, who: 'young' },
  { q: 'Ông nhà tôi mất rồi, trước có mã số thuế khi còn buôn bán, giờ tôi muốn đóng cái mã số thuế đó đi', expect: MST_CLOSE, who: 'elderly' },
  { q: 'dong ma so thue cua nguoi da mat', expect: MST_CLOSE, who: 'rural' },
  { q: 'chấm dứt hiệu lực mst', expect: MST_CLOSE, who: 'young' },
  { q: 'Cả nhà tôi năm người làm ruộng, không ai có bảo hiểm, muốn mua bảo hiểm y tế theo hộ gia đình cho cả nhà thì đóng ở đâu', expect: BHYT_ONLY, who: 'elderly' },
  { q: 'mua bao hiem y te ho gia dinh cho ca nha', expect: BHYT_ONLY, who: 'rural' },
  { q: 'đóng bhyt hộ gia đình', expect: BHYT_ONLY, who: 'young' },
  { q: 'Tôi làm nghề tự do, bán hàng ngoài chợ, muốn tham gia bảo hiểm xã hội tự nguyện để sau này có lương hưu thì đăng ký ở đâu', expect: TU_NGUYEN, who: 'elderly' },
  { q: 'dang ky dong bao hiem xa hoi tu nguyen', expect: TU_NGUYEN, who: 'rural' },
  { q: 'đk bhxh tự nguyện', expect: TU_NGUYEN, who: 'young' },
  { q: 'Tôi đóng bảo hiểm ở công ty được mười lăm năm thì nghỉ việc, giờ muốn đóng tiếp tự nguyện cho đủ hai mươi năm để lĩnh lương hưu', expect: TU_NGUYEN, who: 'elderly' },
  { q: 'nghi cong ty roi dong tiep bhxh tu nguyen cho du nam', expect: TU_NGUYEN, who: 'rural' },
  { q: 'đóng 1 lần cho những năm còn thiếu để hưởng lương hưu', expect: TU_NGUYEN, who: 'young' },
  { q: 'Công ty cũ của tôi nợ tiền bảo hiểm mấy năm không đóng, nay tôi muốn đóng bù cho những năm đó', expect: BAT_BUOC, who: 'elderly' },
  { q: 'truy dong bao hiem xa hoi nhung thang con thieu', expect: TRUY_DONG, who: 'rural' },
  { q: 'truy đóng bhxh', expect: TRUY_DONG, who: 'young' },
  { q: 'Sổ bảo hiểm của tôi ghi sai năm sinh, lệch với căn cước, làm hồ sơ hưu người ta bảo phải sửa sổ trước', expect: SO_THE, who: 'elderly' },
  { q: 'so bao hiem ghi sai ten xin dieu chinh', expect: SO_THE, who: 'rural' },
  { q: 'điều chỉnh thông tin sổ bhxh', expect: SO_THE, who: 'young' },
  { q: 'Cháu nội tôi học lớp mười, nhà trường thu tiền bảo hiểm y tế học sinh, cháu nghỉ học giữa chừng thì mua bảo hiểm ở đâu', expect: BHYT_ONLY, who: 'elderly' },
  { q: 'mua bhyt cho sinh vien khong qua truong', expect: BHYT_ONLY, who: 'rural' },
  { q: 'bhyt học sinh sinh viên đóng ở đâu', expect: BHYT_ONLY, who: 'young' },
  { q: 'Tôi mở xưởng mộc, thuê năm người thợ, giờ muốn đăng ký đóng bảo hiểm xã hội cho thợ thì làm hồ sơ gì', expect: BAT_BUOC, who: 'elderly' },
  { q: 'dang ky dong bhxh cho cong nhan lan dau', expect: BAT_BUOC, who: 'rural' },
  { q: 'đơn vị đăng ký tham gia bhxh bắt buộc', expect: BAT_BUOC, who: 'young' },
  { q: 'Con tôi thi đỗ vào làm giáo viên, trường bảo nộp phiếu lý lịch tư pháp, bác cho hỏi xin cái phiếu ấy ở đâu', expect: LTP, who: 'elderly' },
  { q: 'xin phieu ly lich tu phap de di xin viec', expect: LTP, who: 'rural' },
  { q: 'lltp số 1', expect: LTP, who: 'young' },
  { q: 'Cháu tôi sắp sang Nhật đi xuất khẩu lao động, công ty môi giới bảo phải có lý lịch tư pháp số hai, làm ở đâu', expect: LTP, who: 'elderly' },
  { q: 'lam ly lich tu phap so 2 di xuat khau lao dong', expect: LTP, who: 'rural' },
  { q: 'lý lịch tư pháp số 2 xin visa', expect: LTP, who: 'young' },
  { q: 'Con trai tôi đang làm ăn xa không về được, tôi là mẹ có xin hộ cho nó cái phiếu lý lịch tư pháp được không', expect: LTP, who: 'elderly' },
  { q: 'xin ly lich tu phap ho cho con', expect: LTP, who: 'rural' },
  { q: 'ủy quyền xin lltp', expect: LTP, who: 'young' },
  { q: 'Vợ chồng tôi sống với nhau không hợp, hai bên đã thống nhất chia tay, con cái tài sản tự thoả thuận được rồi, giờ ra toà làm thủ tục thế nào', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'thuan tinh ly hon nop don o dau', expect: KHOI_KIEN, who: 'rural' },
  { q: 'ly hôn thuận tình', expect: KHOI_KIEN, who: 'young' },
  { q: 'Chồng tôi rượu chè đánh đập vợ con, tôi muốn bỏ mà ông ấy không chịu ký, tôi làm đơn ly hôn một mình có được không', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'don phuong ly hon chong khong ky', expect: KHOI_KIEN, who: 'rural' },
  { q: 'ly hôn đơn phương', expect: KHOI_KIEN, who: 'young' },
  { q: 'Nhà bên cạnh lấn sang đất nhà tôi, hoà giải ở xã không thành, giờ tôi muốn làm đơn khởi kiện ra toà án huyện', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'lam don khoi kien ra toa', expect: KHOI_KIEN, who: 'rural' },
  { q: 'nộp đơn khởi kiện tòa án', expect: KHOI_KIEN, who: 'young' },
  { q: 'Con gái tôi lấy chồng Hàn, đã ly hôn bên Hàn có bản án, giờ về nước muốn ghi vào sổ hộ tịch việc ly hôn đó', expect: GHI_LY_HON, who: 'elderly' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: GHI_LY_HON, who: 'rural' },
  { q: 'ghi vào sổ việc ly hôn ở nước ngoài', expect: GHI_LY_HON, who: 'young' },
  { q: 'Tôi muốn xin một tờ giấy xác nhận là tôi đã nộp đủ thuế, không nợ thuế, để làm hồ sơ cho con đi du học', expect: TAX_DONE, who: 'elderly' },
  { q: 'xin xac nhan da nop thue', expect: TAX_DONE, who: 'rural' },
  { q: 'xác nhận hoàn thành nghĩa vụ thuế', expect: TAX_DONE, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const TAX43_TUNE: readonly CitizenQuery[] = TAX43_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const TAX43_HELD: readonly CitizenQuery[] = TAX43_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Queries whose answer this catalogue lacks, written after labelling had begun: an appeal of a court's verdict (the
 * courts' only procedures are the online filing, e-notices and copies of verdicts) and the licence fee (môn bài),
 * abolished for household businesses and absent from the tax procedures.
 */
export const TAX43_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Toà huyện xử cho vợ chồng tôi ly hôn mà chia nhà đất không công bằng, tôi muốn kháng cáo lên toà tỉnh thì làm đơn thế nào', who: 'elderly' },
  { q: 'khang cao ban an ly hon len toa tinh', who: 'rural' },
  { q: 'làm đơn kháng cáo bản án', who: 'young' },
  { q: 'Tôi bán quán nước nhỏ, đầu năm nào cũng phải ra nộp thuế môn bài, năm nay nộp ở đâu hả chú', who: 'elderly' },
  { q: 'nop thue mon bai ho kinh doanh dau nam', who: 'rural' },
  { q: 'nộp lệ phí môn bài', who: 'young' },
];
