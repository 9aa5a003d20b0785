import type { CitizenQuery } from './dev-set';
import { CONTRACT, DISPUTE, SALE_GIFT } from './land-codes';

/**
 * Justice and household tax as ordinary people tell them at a counter (issue 17, helper session of 7 Dec 2026): 75
 * queries written in one sitting at 01:55 UTC (docs/search-drafts/court55-draft-20261207T0155Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 23 situations (a lost copy of a judgment or a
 * divorce decision, filing for divorce, suing a debtor or a neighbour, declaring a missing person, a criminal record
 * certificate for a job, abroad or for a relative, enforcing a judgment, relief from a judgment's dues, state
 * compensation for a wrongful arrest, legal aid for the poor, village mediation, a lawyer's practising certificate,
 * the contract for selling land, a household business's flat tax, the house plot's land tax and its exemption for the
 * poor or a war invalid, the registration fee on a transfer, a personal tax code, an income tax refund, a tax debt,
 * the income tax on selling land) × 3 voices: elderly (long polite stories with diacritics), rural (no diacritics,
 * "tui", "ko", "hoai", "chui") and young (short; tncn), plus six questions meant to have no answer.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine), with the groups of justice18 and tax43: a criminal record certificate accepts both issuing procedures; a
 * copy of a judgment or a divorce decision accepts the court's copy registration; divorce and suing accept the
 * court's online petition service (its only filing); state compensation accepts the four claim procedures; a quarrel
 * between neighbours over a ditch or a fence accepts commune mediation or the chairman's ruling on a land dispute;
 * "công chứng" of a land sale accepts the commune's contract certification (the catalogue has no notarisation), and
 * the elderly story that ends in "sang tên" also the transfer; a lawyer's certificate after the probation accepts
 * that procedure, and when the probation is not told, the exempted one too; an income tax refund accepts the
 * employer's refund and the over-payment refund. The catalogue holds no court declaration of a missing or dead
 * person, no relief from a judgment's court fees and fines (only from the enforcement's own fee and costs, which the
 * stories do not ask), and no write-off of a person's tax debt: those eight queries join the six in
 * COURT55_NO_ANSWER. Split by alternation into COURT55_TUNE and COURT55_HELD.
 */
const BAN_AN = ['3.000165'];
const KHOI_KIEN = ['3.000163'];
const LTP = ['3.000333', '3.000330'];
const THA = ['1.003091'];
const BTNN = ['2.002165', '2.002192', '2.002195', '2.002193'];
const TGPL = ['2.000829'];
const HOA_GIAI = DISPUTE;
const LAWYER = ['1.000828', '1.000688'];
const HKD_TAX = ['1.011022'];
const LAND_TAX = ['1.007695'];
const LPTB_HOUSE = ['1.007277'];
const MST_NEW = ['1.008498'];
const PIT_REFUND = ['2.002233', '1.008565', '1.008562'];
const DEBT_INSTALMENTS = ['1.008588'];
const PROPERTY_TAX = ['1.007674'];

export const COURT55_BATCH: readonly CitizenQuery[] = [
  { q: 'thưa cô, năm ngoái tòa huyện xử vụ tranh chấp đất giữa tôi với nhà bên cạnh, tôi làm mất bản án rồi, giờ muốn xin lại một bản sao bản án thì làm thế nào', expect: BAN_AN, who: 'elderly' },
  { q: 'ban an toa xu hoi truoc tui lam mat roi gio xin cap lai ban sao ban an o dau', expect: BAN_AN, who: 'rural' },
  { q: 'xin bản sao bản án', expect: BAN_AN, who: 'young' },
  { q: 'tôi ly hôn với ông ấy từ năm hai nghìn mười, nay làm thủ tục nhà đất người ta đòi quyết định ly hôn mà tôi để thất lạc, xin hỏi xin lại ở đâu', expect: BAN_AN, who: 'elderly' },
  { q: 'giay ly hon cua tui bi chuot can mat roi muon xin lai ban sao quyet dinh ly hon cua toa', expect: BAN_AN, who: 'rural' },
  { q: 'trích lục quyết định ly hôn', expect: BAN_AN, who: 'young' },
  { q: 'con gái tôi lấy chồng được năm năm, chồng nó rượu chè đánh đập suốt, nay nó muốn ly hôn mà chồng không chịu ký, tôi hỏi giúp nó nộp đơn ở đâu', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'chong tui bo di lam an xa may nam ko ve, tui muon lam don ly hon don phuong thi nop cho toa nao', expect: KHOI_KIEN, who: 'rural' },
  { q: 'nộp đơn ly hôn đơn phương', expect: KHOI_KIEN, who: 'young' },
  { q: 'tôi cho ông hàng xóm vay tám chục triệu từ ba năm trước, có giấy tờ đàng hoàng mà ông ấy cứ khất mãi không trả, giờ tôi muốn kiện ra tòa thì làm sao', expect: KHOI_KIEN, who: 'elderly' },
  { q: 'nha ben canh lan ranh dat nha tui xa hoa giai ko duoc gio muon lam don khoi kien ra toa an huyen', expect: KHOI_KIEN, who: 'rural' },
  { q: 'thủ tục khởi kiện vụ án dân sự', expect: KHOI_KIEN, who: 'young' },
  { q: 'cháu nội tôi mới ra trường, công ty nhận vào làm bắt nộp phiếu lý lịch tư pháp, cháu đi làm trên tỉnh không về được, tôi hỏi giúp cháu xin ở đâu', expect: LTP, who: 'elderly' },
  { q: 'xin cai giay ly lich tu phap de nop ho so xin viec lam o cong ty thi lam o dau vay', expect: LTP, who: 'rural' },
  { q: 'làm lý lịch tư pháp số 1 đi xin việc', expect: LTP, who: 'young' },
  { q: 'con gái tôi sắp đi xuất khẩu lao động bên Nhật, công ty môi giới bảo phải có phiếu lý lịch tư pháp số hai, xin hỏi làm giấy đó mất bao lâu', expect: LTP, who: 'elderly' },
  { q: 'di lao dong han quoc nguoi ta doi phieu ly lich tu phap so 2 lam o so tu phap tinh hay cong an', expect: LTP, who: 'rural' },
  { q: 'lý lịch tư pháp số 2 đi du học', expect: LTP, who: 'young' },
  { q: 'thằng con tôi đang làm ở Sài Gòn, nó nhờ tôi ở quê đi xin giùm cái phiếu lý lịch tư pháp, tôi là mẹ nó thì có xin thay được không', expect: LTP, who: 'elderly' },
  { q: 'tui xin ly lich tu phap giup thang em trai dang o nuoc ngoai co can giay uy quyen ko', expect: LTP, who: 'rural' },
  { q: 'ủy quyền làm lý lịch tư pháp cho người thân', expect: LTP, who: 'young' },
  { q: 'tòa đã xử tôi thắng kiện, bắt bên kia trả tôi tiền đền bù từ năm ngoái, nhưng họ cứ lì không trả, tôi phải làm đơn gửi đâu để người ta cưỡng chế', expect: THA, who: 'elderly' },
  { q: 'toa xu roi ma ben kia ko chiu tra tien thi lam don yeu cau thi hanh an o chi cuc thi hanh an huyen', expect: THA, who: 'rural' },
  { q: 'đơn yêu cầu thi hành án dân sự', expect: THA, who: 'young' },
  { q: 'chồng tôi hồi trước bị bắt giam oan mấy tháng trời, sau được tòa tuyên vô tội, giờ gia đình muốn xin nhà nước bồi thường thì nộp đơn ở đâu', expect: BTNN, who: 'elderly' },
  { q: 'cong an bat oan thang con tui giam may thang roi tha, gio doi boi thuong oan sai thi lam sao', expect: BTNN, who: 'rural' },
  { q: 'yêu cầu bồi thường nhà nước do bị oan', expect: BTNN, who: 'young' },
  { q: 'tôi là hộ nghèo, bị người ta lừa lấy mất miếng đất, không có tiền thuê luật sư, nghe nói nhà nước có giúp người nghèo về pháp luật miễn phí, tôi xin thế nào', expect: TGPL, who: 'elderly' },
  { q: 'nha tui ho ngheo co vu kien ma ko co tien thue luat su, xin tro giup phap ly mien phi duoc ko', expect: TGPL, who: 'rural' },
  { q: 'đăng ký trợ giúp pháp lý miễn phí', expect: TGPL, who: 'young' },
  { q: 'hai nhà ở xóm tôi cãi nhau mãi về cái rãnh nước, đánh nhau mấy lần rồi, tôi muốn nhờ tổ hòa giải ở thôn đứng ra hòa giải thì làm thế nào', expect: HOA_GIAI, who: 'elderly' },
  { q: 'hang xom chui bo nhau hoai ve cai bo rao muon nho to hoa giai thon phan xu cho', expect: HOA_GIAI, who: 'rural' },
  { q: 'hòa giải mâu thuẫn ở cơ sở', expect: HOA_GIAI, who: 'young' },
  { q: 'cháu ngoại tôi học xong trường luật ở Hà Nội, tập sự rồi, giờ cháu muốn được cấp chứng chỉ hành nghề luật sư thì phải nộp hồ sơ ở đâu', expect: ['1.000828'], who: 'elderly' },
  { q: 'thang con tui hoc luat ra muon lam luat su thi xin cai chung chi hanh nghe o dau', expect: LAWYER, who: 'rural' },
  { q: 'cấp chứng chỉ hành nghề luật sư', expect: LAWYER, who: 'young' },
  {
    q: 'vợ chồng tôi bán lại mảnh đất ở cho người cháu, hai bên viết giấy tay rồi, nay người ta bảo phải công chứng hợp đồng mua bán mới sang tên được, tôi đến đâu làm',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'ban dat cho nguoi ta phai ra van phong cong chung lam hop dong chuyen nhuong hay ra xa chung thuc', expect: [CONTRACT], who: 'rural' },
  { q: 'công chứng hợp đồng chuyển nhượng đất', expect: [CONTRACT], who: 'young' },
  { q: 'tôi mở quán tạp hóa nhỏ trước nhà bán cho bà con trong xóm, cán bộ thuế xuống bảo phải khai thuế khoán hộ kinh doanh, tôi không biết làm thế nào', expect: HKD_TAX, who: 'elderly' },
  { q: 'nha tui ban quan an sang o cho ho hoi thue khoan nam nay phai khai lai the nao', expect: HKD_TAX, who: 'rural' },
  { q: 'kê khai thuế hộ kinh doanh', expect: HKD_TAX, who: 'young' },
  { q: 'mỗi năm xã gửi giấy báo tiền thuế đất ở mảnh nhà tôi đang ở, năm nay tôi thấy tính sai diện tích, tôi muốn khai lại thuế sử dụng đất thì làm sao', expect: LAND_TAX, who: 'elderly' },
  { q: 'thue dat o nha tui tinh sai dien tich muon khai lai thue dat phi nong nghiep', expect: LAND_TAX, who: 'rural' },
  { q: 'khai thuế sử dụng đất phi nông nghiệp', expect: LAND_TAX, who: 'young' },
  { q: 'tôi là thương binh hạng hai, nhà lại thuộc diện hộ nghèo của xã, nghe nói được miễn thuế đất ở, tôi phải làm giấy tờ gì để xin miễn', expect: LAND_TAX, who: 'elderly' },
  { q: 'ba tui la nguoi co cong nha ngheo xin mien giam tien thue dat o cho ba duoc ko', expect: LAND_TAX, who: 'rural' },
  { q: 'miễn giảm thuế đất cho hộ nghèo', expect: LAND_TAX, who: 'young' },
  { q: 'con trai tôi mới mua mảnh đất, giờ đi sang tên sổ đỏ thì người ta bảo phải nộp lệ phí trước bạ, tôi muốn hỏi khai và nộp tiền đó ở đâu', expect: LPTB_HOUSE, who: 'elderly' },
  { q: 'sang ten so do phai dong le phi truoc ba nha dat khai o chi cuc thue hay van phong dat dai', expect: LPTB_HOUSE, who: 'rural' },
  { q: 'khai lệ phí trước bạ nhà đất', expect: LPTB_HOUSE, who: 'young' },
  { q: 'cháu tôi đi làm công nhân ở khu công nghiệp, công ty bảo phải có mã số thuế cá nhân mới trả lương, cháu chưa có, xin hỏi đăng ký ở đâu', expect: MST_NEW, who: 'elderly' },
  { q: 'lam ma so thue ca nhan o dau de nop cho cong ty lanh luong', expect: MST_NEW, who: 'rural' },
  { q: 'đăng ký mã số thuế cá nhân', expect: MST_NEW, who: 'young' },
  { q: 'năm ngoái tôi làm hai chỗ, bị trừ thuế thu nhập nhiều quá, con gái bảo có thể quyết toán để xin hoàn lại tiền thuế, tôi không biết làm ở đâu', expect: PIT_REFUND, who: 'elderly' },
  { q: 'bi tru thue thu nhap ca nhan du muon xin hoan thue lai thi lam sao', expect: PIT_REFUND, who: 'rural' },
  { q: 'quyết toán hoàn thuế TNCN', expect: PIT_REFUND, who: 'young' },
  { q: 'no thue may nam roi gio ko co tien tra xin nop dan tien thue no duoc ko', expect: DEBT_INSTALMENTS, who: 'rural' },
  { q: 'tôi già rồi, bán miếng đất vườn để lấy tiền chữa bệnh, người mua bảo bên bán phải khai thuế thu nhập cá nhân khi chuyển nhượng, tôi khai ở đâu', expect: PROPERTY_TAX, who: 'elderly' },
  { q: 'ban dat thi ben ban phai dong thue thu nhap ca nhan khai o dau', expect: PROPERTY_TAX, who: 'rural' },
  { q: 'khai thuế TNCN chuyển nhượng bất động sản', expect: PROPERTY_TAX, who: 'young' },
];

/** Even positions: may be tuned on. */
export const COURT55_TUNE: readonly CitizenQuery[] = COURT55_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const COURT55_HELD: readonly CitizenQuery[] = COURT55_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure answers these: a court's declaration of a missing person, relief from court fees and fines, a dead
 * man's tax debt written off, a good lawyer, a hearing's date or a list of hearings, a fee's or a tax's amount, a
 * prison term's end.
 */
export const COURT55_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'thằng con trai tôi đi làm ăn xa rồi biệt tăm hơn bảy năm nay không tin tức gì, người ta bảo phải nhờ tòa tuyên bố mất tích, tôi phải làm thế nào', who: 'elderly' },
  { q: 'chong tui di bien mat tich may nam roi muon xin toa tuyen bo la da chet de lo giay to dat dai', who: 'rural' },
  { q: 'yêu cầu tòa tuyên bố người mất tích', who: 'young' },
  { q: 'tôi bị tòa tuyên phải nộp án phí với tiền phạt, nhưng nhà tôi nghèo, chồng ốm liệt giường, không có tiền nộp, xin hỏi có được xét miễn giảm không', who: 'elderly' },
  { q: 'nha ngheo qua ko co tien nop tien an phi xin mien giam nghia vu thi hanh an duoc ko', who: 'rural' },
  { q: 'xét miễn giảm nghĩa vụ thi hành án', who: 'young' },
  { q: 'chồng tôi trước làm hộ kinh doanh, giờ ông mất rồi mà còn nợ tiền thuế với chi cục thuế, nhà tôi khó khăn quá, xin hỏi có được xóa nợ tiền thuế không', who: 'elderly' },
  { q: 'xóa nợ tiền thuế hộ kinh doanh', who: 'young' },
  { q: 'ông bà ơi cho tôi hỏi luật sư nào ở huyện mình giỏi về đất đai, tôi muốn thuê một người cho chắc', who: 'elderly' },
  { q: 'vu kien cua nha tui toa hen bao gio xu vay', who: 'rural' },
  { q: 'án phí ly hôn bao nhiêu tiền', who: 'young' },
  { q: 'tôi muốn hỏi mỗi mét vuông đất ở nhà tôi một năm phải đóng bao nhiêu tiền thuế', who: 'elderly' },
  { q: 'thang con tui bi ket an tu may nam thi duoc ra', who: 'rural' },
  { q: 'tra cứu lịch xét xử của tòa', who: 'young' },
];
