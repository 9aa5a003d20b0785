import type { CitizenQuery } from './dev-set';

const HKD_TAX = ['1.011022'];
const LAND_TAX = ['1.007695'];
const PROPERTY_TAX = ['1.007674'];
/** Heirs and gifts between close kin: the income-tax exemption is declared on the property tax form; the fee one too. */
const GIFT_TAX = ['1.007674', '1.007277'];
/** A person's tax code; a dependant is registered by the same procedure ("người phụ thuộc"). */
const TAX_CODE = ['1.008498'];
const LPTB_OTHER = ['1.007700'];
const LPTB_HOUSE = ['1.007277'];
/** Relief after a flood or fire; the farm-land tax form also carries the exemption and reduction. */
const DISASTER_RELIEF = ['1.008584', '1.007695'];
const HKD_NEW = '1.001612';
const HKD_CHANGE = '2.000720';
const HKD_END = '1.001266';
/** Handing the shop to a child: a change of the owner, or closing and registering anew (as firm50). */
const HKD_HANDOVER = [HKD_CHANGE, HKD_END, HKD_NEW];
const HKD_MOVE = [HKD_CHANGE, '1.008504'];
const HKD_PAUSE = ['1.001570', '1.007042'];
const BRANCH = '2.002069';
const TNHH = ['2.001199', '2.001583'];
const DN_PAUSE = ['2.002029', '1.007042'];
const LTP = ['3.000333', '3.000330'];
/** The catalogue has no divorce procedure of its own; the court's online filing of a petition answers it (court55). */
const KHOI_KIEN = ['3.000163'];
const BAN_AN = ['3.000165'];
const THA = ['1.003091'];
const TGPL = ['2.000829'];
const BTNN = ['2.002165', '2.002192', '2.002195', '2.002193'];
const PIT_REFUND = ['2.002233', '1.008565', '1.008562'];

/**
 * Money, business and justice papers of ordinary people (issue 17, helper session of 7 Dec 2026): 75 queries written
 * in one sitting at 04:37 UTC (docs/search-drafts/money64-draft-20261207T0437Z.txt), before any procedure name was
 * grepped and before the engine was run on them: 25 situations (a household shop's lump-sum tax, the yearly land tax,
 * income tax on selling land, the exemption on an inheritance, a person's tax code, the registration fee on a
 * motorbike and on a house, relief after a flood, a household business registered, changed, paused and closed, a
 * company's second shop, a small company founded and paused, the criminal-record certificate for work abroad, for a
 * job and for a minor, an agreed divorce, a copy of the judgement, enforcing it, legal aid, State compensation after
 * a wrongful arrest, an income-tax refund, a dependant) × 3 voices. Labelled afterwards by grepping the crawl, with the
 * codes earlier batches (tax43, firm50, court55, justice18) settled for the same procedures.
 */
export const MONEY64_BATCH: readonly CitizenQuery[] = [
  {
    q: 'thưa chú, nhà tôi mở cái quán tạp hóa nhỏ đầu ngõ mấy năm nay, năm nay doanh thu khá hơn, người ta bảo phải đi khai thuế khoán cho hộ kinh doanh, tôi phải làm sao',
    expect: HKD_TAX,
    who: 'elderly',
  },
  { q: 'quan tap hoa nha tui ban nho le thi co phai khai thue khoan ko, khai o dau', expect: HKD_TAX, who: 'rural' },
  { q: 'khai thuế hộ kinh doanh', expect: HKD_TAX, who: 'young' },
  { q: 'tôi mới được cấp sổ đỏ mảnh đất ở bên quê, cán bộ xã nhắc là phải kê khai nộp thuế đất hằng năm, tôi già rồi không biết khai cái tờ đó ở đâu', expect: LAND_TAX, who: 'elderly' },
  { q: 'dat o nha tui moi lam so, xa bao phai khai thue dat phi nong nghiep, nop o dau', expect: LAND_TAX, who: 'rural' },
  { q: 'kê khai thuế sử dụng đất phi nông nghiệp', expect: LAND_TAX, who: 'young' },
  {
    q: 'vợ chồng tôi bán mảnh đất vườn để lấy tiền chữa bệnh cho ông nhà, người mua hỏi ai chịu thuế thu nhập cá nhân, tôi muốn biết khai nộp cái thuế ấy thế nào',
    expect: PROPERTY_TAX,
    who: 'elderly',
  },
  { q: 'ban dat xong thi dong thue thu nhap ca nhan 2 phan tram o dau vay', expect: PROPERTY_TAX, who: 'rural' },
  { q: 'thuế tncn khi bán đất', expect: PROPERTY_TAX, who: 'young' },
  {
    q: 'mẹ tôi mất để lại căn nhà cho tôi, anh em ruột trong nhà cả, tôi nghe nói thừa kế giữa ruột thịt thì được miễn thuế thu nhập, xin hỏi làm giấy miễn thuế ở đâu',
    expect: GIFT_TAX,
    who: 'elderly',
  },
  { q: 'ba cho dat thang con thi co phai dong thue ko hay dc mien, lam giay mien thue sao', expect: GIFT_TAX, who: 'rural' },
  { q: 'miễn thuế tncn nhận thừa kế nhà đất', expect: GIFT_TAX, who: 'young' },
  { q: 'cháu gái tôi mới đi làm công ty, kế toán bảo cháu phải có mã số thuế cá nhân mới tính lương được, cháu bận quá nhờ tôi hỏi giúp đăng ký ở chỗ nào', expect: TAX_CODE, who: 'elderly' },
  { q: 'lam ma so thue ca nhan cho vo tui di lam cong nhan thi lam sao', expect: TAX_CODE, who: 'rural' },
  { q: 'đăng ký mst cá nhân', expect: TAX_CODE, who: 'young' },
  { q: 'tôi vừa mua cho thằng út chiếc xe máy mới để nó đi làm, cửa hàng bảo phải đi nộp lệ phí trước bạ rồi mới đăng ký biển số được, nộp cái đó ở đâu', expect: LPTB_OTHER, who: 'elderly' },
  { q: 'mua xe may moi thi dong tien truoc ba o dau, khai sao', expect: LPTB_OTHER, who: 'rural' },
  { q: 'nộp lệ phí trước bạ xe máy', expect: LPTB_OTHER, who: 'young' },
  {
    q: 'tôi được bố mẹ cho căn nhà và đã sang tên xong hợp đồng tặng cho, người ta bảo còn phải khai lệ phí trước bạ nhà đất mới lấy được sổ hồng, tôi không hiểu',
    expect: LPTB_HOUSE,
    who: 'elderly',
  },
  { q: 'sang ten so do xong roi con phai dong le phi truoc ba nha dat nua ha', expect: LPTB_HOUSE, who: 'rural' },
  { q: 'khai lệ phí trước bạ nhà đất', expect: LPTB_HOUSE, who: 'young' },
  { q: 'năm nay lũ lụt mất trắng cả vụ lúa, ruộng nhà tôi ngập hết, tôi nghe nói được xin miễn giảm thuế đất nông nghiệp, không biết làm đơn gửi đâu', expect: DISASTER_RELIEF, who: 'elderly' },
  { q: 'ruong bi thien tai mat mua xin giam thue dat dc ko', expect: DISASTER_RELIEF, who: 'rural' },
  { q: 'miễn giảm thuế do thiên tai', expect: [...DISASTER_RELIEF, '3.000083'], who: 'young' },
  { q: 'con dâu tôi nghỉ làm công nhân về quê định mở tiệm may quần áo ở nhà, nghe nói phải đăng ký hộ kinh doanh cho đàng hoàng, tôi hỏi giúp nó cần giấy tờ gì', expect: [HKD_NEW], who: 'elderly' },
  { q: 'mo quan an sang o cho thi lam giay phep kinh doanh ho ca the o dau', expect: [HKD_NEW], who: 'rural' },
  { q: 'đăng ký hộ kinh doanh', expect: [HKD_NEW], who: 'young' },
  { q: 'cái tiệm thuốc bắc của nhà tôi đứng tên ông nhà, nay ông yếu rồi muốn chuyển sang cho con trai đứng tên chủ hộ kinh doanh thì phải đi đổi giấy gì', expect: HKD_HANDOVER, who: 'elderly' },
  { q: 'doi dia chi quan tap hoa sang cho moi thi sua giay dang ky kinh doanh sao', expect: HKD_MOVE, who: 'rural' },
  { q: 'thay đổi nội dung đăng ký hộ kinh doanh', expect: [HKD_CHANGE], who: 'young' },
  { q: 'tôi bị ốm phải nằm viện mấy tháng, cái quán nước của tôi đành đóng cửa tạm, người ta bảo phải báo tạm ngừng kinh doanh cho khỏi bị tính thuế', expect: HKD_PAUSE, who: 'elderly' },
  { q: 'quan an nghi ban vai thang thi bao tam ngung kinh doanh o dau', expect: HKD_PAUSE, who: 'rural' },
  { q: 'tạm ngừng hộ kinh doanh', expect: HKD_PAUSE, who: 'young' },
  { q: 'buôn bán ế ẩm quá, cái sạp tạp hóa ngoài chợ tôi dẹp hẳn rồi, giờ muốn trả lại giấy phép kinh doanh, chấm dứt luôn cho xong thì làm thế nào', expect: [HKD_END], who: 'elderly' },
  { q: 'dep tiem ko ban nua thi lam thu tuc dong cua ho kinh doanh sao', expect: [HKD_END], who: 'rural' },
  { q: 'giải thể hộ kinh doanh', expect: [HKD_END], who: 'young' },
  { q: 'công ty nhỏ của con trai tôi bán vật liệu xây dựng, nay nó muốn mở thêm một cửa hàng thứ hai ở thị trấn bên cạnh, hỏi phải đăng ký thêm gì', expect: [BRANCH], who: 'elderly' },
  { q: 'cong ty tui muon mo them cua hang o huyen khac thi dang ky dia diem kinh doanh sao', expect: [BRANCH], who: 'rural' },
  { q: 'mở chi nhánh công ty', expect: [BRANCH], who: 'young' },
  { q: 'thằng cháu tôi học xong đại học muốn cùng mấy bạn lập một công ty trách nhiệm hữu hạn nhỏ làm phần mềm, nhờ tôi hỏi thủ tục thành lập công ty thế nào', expect: TNHH, who: 'elderly' },
  { q: 'muon thanh lap cong ty tnhh mot thanh vien thi lam ho so gi', expect: ['2.001583'], who: 'rural' },
  { q: 'thành lập công ty tnhh', expect: TNHH, who: 'young' },
  { q: 'công ty gia đình tôi làm gạch mấy năm nay thua lỗ, các con muốn cho công ty tạm nghỉ một năm chờ thời, không biết báo với nhà nước thế nào', expect: DN_PAUSE, who: 'elderly' },
  { q: 'cong ty lam an thua lo muon tam ngung hoat dong 1 nam thi thong bao o dau', expect: DN_PAUSE, who: 'rural' },
  { q: 'doanh nghiệp tạm ngừng kinh doanh', expect: DN_PAUSE, who: 'young' },
  { q: 'con trai tôi sắp đi xuất khẩu lao động sang Nhật, công ty môi giới bảo phải nộp phiếu lý lịch tư pháp, cháu đang học tiếng trên Hà Nội, tôi xin giúp được không', expect: LTP, who: 'elderly' },
  { q: 'di xkld han quoc can giay ly lich tu phap so 2 lam o dau', expect: LTP, who: 'rural' },
  { q: 'lý lịch tư pháp đi xuất khẩu lao động', expect: LTP, who: 'young' },
  { q: 'cháu nó thi đỗ vào làm giáo viên trường huyện, hồ sơ đòi giấy xác nhận không tiền án tiền sự, ngày xưa thì xã xác nhận, giờ nghe nói phải xin ở sở tư pháp', expect: LTP, who: 'elderly' },
  { q: 'xin giay khong tien an tien su de di xin viec lam o dau', expect: LTP, who: 'rural' },
  { q: 'xin phiếu lý lịch tư pháp', expect: LTP, who: 'young' },
  { q: 'thằng cháu nội tôi mới mười sáu tuổi, đi học nghề bên nước ngoài cần lý lịch tư pháp, bố mẹ nó đi làm xa, tôi là ông nội có xin thay cho cháu được không', expect: LTP, who: 'elderly' },
  { q: 'con tui chua du 18 tuoi can lam ly lich tu phap thi ba me xin thay dc ko', expect: LTP, who: 'rural' },
  { q: 'lý lịch tư pháp cho người chưa thành niên', expect: LTP, who: 'young' },
  { q: 'vợ chồng con gái tôi sống không hợp, hai đứa đã bàn với nhau chia tay êm thấm, nuôi con chung rồi, giờ muốn ra tòa làm thủ tục thuận tình ly hôn', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'vo chong tui dong y ly hon voi nhau roi thi nop don o toa huyen sao', expect: KHOI_KIEN, who: 'rural' },
  { q: 'thuận tình ly hôn', expect: KHOI_KIEN, who: 'young' },
  { q: 'vụ tranh chấp nhà với em trai tôi tòa đã xử xong từ hồi năm ngoái, giờ tôi cần bản sao bản án để làm giấy tờ mà cái bản cũ bị ướt mục hết rồi', expect: BAN_AN, who: 'elderly' },
  { q: 'xin lai ban sao ban an cua toa xu vu tranh chap dat', expect: BAN_AN, who: 'rural' },
  { q: 'cấp bản sao bản án', expect: BAN_AN, who: 'young' },
  { q: 'tòa đã xử buộc người ta trả tôi số tiền một trăm triệu, bản án có hiệu lực cả năm rồi mà họ vẫn không trả, tôi phải làm đơn gì để bắt họ trả', expect: THA, who: 'elderly' },
  { q: 'toa xu roi ma no ko chiu tra tien thi lam don yeu cau thi hanh an o dau', expect: THA, who: 'rural' },
  { q: 'yêu cầu thi hành án dân sự', expect: THA, who: 'young' },
  { q: 'nhà tôi nghèo, lại có giấy hộ nghèo của xã, con trai bị người ta kiện ra tòa mà không có tiền thuê luật sư, nghe nói nhà nước có trợ giúp pháp lý miễn phí', expect: TGPL, who: 'elderly' },
  { q: 'nha ngheo ko co tien thue luat su thi xin tro giup phap ly o dau', expect: TGPL, who: 'rural' },
  { q: 'trợ giúp pháp lý miễn phí', expect: TGPL, who: 'young' },
  { q: 'ông anh tôi ngày trước bị bắt giam oan mấy tháng, sau tòa tuyên không có tội, giờ gia đình muốn đòi nhà nước bồi thường thiệt hại cho ông thì làm sao', expect: BTNN, who: 'elderly' },
  { q: 'bi bat oan roi dc tha thi doi boi thuong nha nuoc o dau', expect: BTNN, who: 'rural' },
  { q: 'yêu cầu bồi thường nhà nước', expect: BTNN, who: 'young' },
  {
    q: 'năm ngoái cơ quan khấu trừ thuế thu nhập của tôi nhiều quá, tôi có nuôi mẹ già nhưng chưa đăng ký người phụ thuộc, nghe nói được quyết toán hoàn lại tiền thuế',
    expect: PIT_REFUND,
    who: 'elderly',
  },
  { q: 'bi tru thue tncn du thi xin hoan thue lai sao', expect: PIT_REFUND, who: 'rural' },
  { q: 'hoàn thuế thu nhập cá nhân', expect: PIT_REFUND, who: 'young' },
  { q: 'tôi ở với con trai, nó đi làm có đóng thuế, kế toán bảo nó đăng ký tôi là người phụ thuộc để giảm trừ gia cảnh, xin hỏi đăng ký thế nào', expect: TAX_CODE, who: 'elderly' },
  { q: 'dang ky nguoi phu thuoc giam tru gia canh cho me gia', expect: TAX_CODE, who: 'rural' },
  { q: 'đăng ký người phụ thuộc', expect: TAX_CODE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const MONEY64_TUNE: readonly CitizenQuery[] = MONEY64_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const MONEY64_HELD: readonly CitizenQuery[] = MONEY64_BATCH.filter((_, i) => i % 2 === 1);

/** Prices, markets, banks and private debts: no procedure answers them. */
export const MONEY64_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'cô ơi cho tôi hỏi giá vàng hôm nay bao nhiêu một chỉ, tôi định bán mấy chỉ vàng cưới để lo cho thằng út', who: 'elderly' },
  { q: 'ty gia do la hom nay bao nhieu', who: 'rural' },
  { q: 'mở tài khoản ngân hàng online', who: 'young' },
  { q: 'cách chơi chứng khoán', who: 'young' },
  { q: 'mua bao hiem nhan tho loai nao tot', who: 'rural' },
  { q: 'thằng con tôi nợ nần cờ bạc, người ta đến nhà đòi, tôi muốn biết có nên bán nhà trả nợ cho nó không', who: 'elderly' },
];
