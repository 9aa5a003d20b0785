import type { CitizenQuery } from './dev-set';

/**
 * The three voices' eighteenth round on justice and disputes (issue 17, helper session of 6 Dec 2026): 80 queries
 * written in one sitting at 12:42 UTC (docs/search-drafts/justice18-draft-20261206T1242Z.txt), before any procedure
 * name was grepped and before the engine was run on them: 40 elderly (long polite stories), 20 rural (mostly without
 * diacritics, typos, "thưa kiện", "đơn kêu oan") and 20 young (short; ltp, lltp, cc, ct, hđ, ubnd). Fields:
 * complaints and denunciations, mediation, legal aid, justice records, state compensation, certification of copies,
 * signatures, contracts, wills and inheritance papers, powers of attorney, court papers.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. The catalogue holds complaints and denunciations only against the police,
 * so those accept the police procedures while complaints about land, a district, a commune official or a
 * co-operative have no answer, as in the earlier sets; it has no citizens' reception, no asset declaration, no
 * reporting of a crime and no appeal of a verdict. It holds no notarisation of contracts or copies, only the
 * commune's chứng thực, so "công chứng" of a paper or a contract accepts the chứng thực procedure. A power of
 * attorney accepts the signature or the contract certification; one to draw a pension also accepts the social
 * insurance mandate. A quarrel with a neighbour over a boundary or a path accepts commune mediation or the commune
 * chairman's ruling on a land dispute; suing accepts the court's online filing too. The 19 queries without an answer
 * are in JUSTICE18_NO_ANSWER. Split by alternation into JUSTICE18_TUNE and JUSTICE18_HELD.
 */
const LTP = ['3.000333', '3.000330'];
const TGPL = ['2.000829'];
const HOA_GIAI = ['1.012812', '1.013967'];
const KHOI_KIEN = ['3.000163'];
const KN_POLICE = ['1.004335', '1.003504', '1.000178'];
const BTNN = ['2.002165', '2.002192', '2.002195', '2.002193'];
const DANH_DU = ['2.002191', '2.002194'];
const BAN_SAO = ['2.000815'];
const CHU_KY = ['2.000884'];
const GIAO_DICH = ['2.001035'];
const UY_QUYEN = [...CHU_KY, ...GIAO_DICH];
const DI_CHUC = ['2.001019'];
const PHAN_CHIA = ['2.001406'];
const BAN_DICH = ['2.001008', '2.000992'];
const BAN_AN = ['3.000165'];

export const JUSTICE18_BATCH: readonly CitizenQuery[] = [
  { q: 'Tôi già rồi, nhà nghèo, muốn nhờ luật sư nhà nước giúp miễn phí để kiện đòi lại đất thì làm sao', expect: TGPL, who: 'elderly' },
  { q: 'Tôi muốn xin cái giấy lý lịch tư pháp cho thằng con đi xuất khẩu lao động bên Nhật', expect: LTP, who: 'elderly' },
  { q: 'Nhà tôi với nhà hàng xóm tranh chấp cái ranh giới đất, cái hàng rào, nhờ xã hòa giải giùm được không', expect: HOA_GIAI, who: 'elderly' },
  { q: 'Ông bên cạnh xây tường chắn mất lối đi ra đường của nhà tôi, tôi muốn ra ủy ban nhờ giải quyết', expect: HOA_GIAI, who: 'elderly' },
  { q: 'Tôi muốn lập di chúc để lại nhà đất cho các con thì ra phòng công chứng hay ra ủy ban xã làm', expect: DI_CHUC, who: 'elderly' },
  { q: 'Cho tôi hỏi photo cái sổ hộ khẩu với chứng minh thư rồi công chứng ở xã thì làm thế nào', expect: BAN_SAO, who: 'elderly' },
  { q: 'Tôi ốm đau đi lại không được, muốn làm giấy ủy quyền cho con gái đi nhận lương hưu thay', expect: ['1.001601', ...CHU_KY], who: 'elderly' },
  { q: 'Con tôi bị công an bắt oan, giam mấy tháng rồi thả ra, nay muốn đòi nhà nước bồi thường thì làm thủ tục gì', expect: [...BTNN, ...DANH_DU], who: 'elderly' },
  { q: 'Tôi là thương binh, được trợ giúp pháp lý miễn phí không, làm đơn ở đâu', expect: TGPL, who: 'elderly' },
  { q: 'Tôi muốn xin bản sao cái bản án ly hôn năm xưa vì bản chính thất lạc mất rồi', expect: BAN_AN, who: 'elderly' },
  { q: 'Thưa các chú, tôi muốn làm hợp đồng mua bán nhà đất với người cháu, phải chứng thực ở xã phải không', expect: GIAO_DICH, who: 'elderly' },
  { q: 'Vợ chồng tôi muốn tặng cho đứa con út mảnh đất, làm hợp đồng tặng cho ở đâu', expect: GIAO_DICH, who: 'elderly' },
  { q: 'Cụ ông nhà tôi mất không để lại di chúc, anh em muốn khai nhận thừa kế thì làm giấy gì', expect: [...PHAN_CHIA, '1.013831'], who: 'elderly' },
  { q: 'Tôi muốn từ chối nhận phần di sản thừa kế để nhường cho em trai, ra đâu làm văn bản', expect: ['2.001016'], who: 'elderly' },
  { q: 'Tôi muốn chứng thực chữ ký trên cái đơn xin xác nhận để gửi con ở nước ngoài', expect: CHU_KY, who: 'elderly' },
  { q: 'Con gái tôi lấy chồng Hàn Quốc cần giấy lý lịch tư pháp để xin visa, ông bố làm hộ được không', expect: LTP, who: 'elderly' },
  { q: 'Nhờ cán bộ hòa giải viên ở thôn hòa giải chuyện hai anh em tranh chấp đất hương hỏa', expect: HOA_GIAI, who: 'elderly' },
  { q: 'Tôi làm hòa giải viên ở tổ dân phố đã lâu, nghe nói có tiền thù lao, làm sao để được nhận', expect: ['2.002080'], who: 'elderly' },
  { q: 'Tôi là người dân tộc thiểu số, không biết chữ, muốn được giúp viết đơn kiện', expect: [...TGPL, ...KHOI_KIEN], who: 'elderly' },
  { q: 'Tôi bị người ta lừa mất tiền, muốn nhờ người trợ giúp pháp lý tư vấn miễn phí', expect: TGPL, who: 'elderly' },
  { q: 'Bà già rồi, muốn hỏi cái giấy chứng nhận không có tiền án tiền sự xin ở đâu', expect: LTP, who: 'elderly' },
  { q: 'Cho hỏi nộp đơn khiếu nại quyết định xử phạt của công an xã thì hạn bao lâu', expect: KN_POLICE, who: 'elderly' },
  { q: 'Tôi muốn sửa lại cái hợp đồng đã chứng thực ở xã vì ghi sai diện tích', expect: ['2.000913', '2.000927'], who: 'elderly' },
  { q: 'Tôi muốn hủy cái giấy ủy quyền bán đất đã làm trước đây vì người được ủy quyền không trung thực', expect: ['2.000913'], who: 'elderly' },
  { q: 'Cán bộ thi hành án làm sai, gây thiệt hại cho gia đình tôi, tôi muốn đòi bồi thường', expect: BTNN, who: 'elderly' },
  { q: 'Cô ơi, tôi muốn sao y bản chính mấy cái giấy tờ để nộp hồ sơ cho cháu đi học', expect: BAN_SAO, who: 'elderly' },
  { q: 'Tôi muốn xin lý lịch tư pháp số 2 theo yêu cầu của cơ quan nước ngoài cho con', expect: LTP, who: 'elderly' },
  { q: 'Thưa anh, tôi muốn chứng thực bản dịch giấy khai sinh từ tiếng Pháp sang tiếng Việt', expect: BAN_DICH, who: 'elderly' },
  { q: 'Tôi muốn hỏi ông bà ở nông thôn muốn ra tòa kiện thì có người nhà nước giúp không', expect: [...TGPL, ...KHOI_KIEN], who: 'elderly' },
  { q: 'Nhà tôi bị ủy ban cưỡng chế sai, phá nhà, tôi làm đơn yêu cầu bồi thường thiệt hại', expect: BTNN, who: 'elderly' },
  { q: 'Tôi muốn làm văn bản thỏa thuận phân chia di sản là mảnh vườn cho ba người con', expect: PHAN_CHIA, who: 'elderly' },
  { q: 'xin ly lich tu phap o dau vay', expect: LTP, who: 'rural' },
  { q: 'tranh chap loi di voi hang xom nho xa hoa giai', expect: HOA_GIAI, who: 'rural' },
  { q: 'hoa giai tranh chap ranh dat', expect: HOA_GIAI, who: 'rural' },
  { q: 'lam giay uy quyen o xa', expect: UY_QUYEN, who: 'rural' },
  { q: 'cong chung giay to o ubnd xa', expect: BAN_SAO, who: 'rural' },
  { q: 'chung thuc ban sao so ho khau', expect: BAN_SAO, who: 'rural' },
  { q: 'muon thua kien thang hang xom lan dat', expect: [...HOA_GIAI, ...KHOI_KIEN], who: 'rural' },
  { q: 'nguoi ngheo duoc tro giup phap ly mien phi ko', expect: TGPL, who: 'rural' },
  { q: 'lam di chuc cho con o xa dc ko', expect: DI_CHUC, who: 'rural' },
  { q: 'xin giay ko co tien an tien su di lam', expect: LTP, who: 'rural' },
  { q: 'boi thuong oan sai', expect: [...BTNN, ...DANH_DU], who: 'rural' },
  { q: 'tranh chap dat dai gia dinh anh em', expect: HOA_GIAI, who: 'rural' },
  { q: 'chứng thựt hợp đòng mua bán đất', expect: GIAO_DICH, who: 'rural' },
  { q: 'lí lịch tư pháp đi lao động nước ngoài', expect: LTP, who: 'rural' },
  { q: 'lltp so 1', expect: LTP, who: 'young' },
  { q: 'ltp số 2 đi du học', expect: LTP, who: 'young' },
  { q: 'lý lịch tư pháp online', expect: LTP, who: 'young' },
  { q: 'cc hđ mua bán xe', expect: GIAO_DICH, who: 'young' },
  { q: 'ct bản sao cccd', expect: BAN_SAO, who: 'young' },
  { q: 'công chứng bằng đại học', expect: BAN_SAO, who: 'young' },
  { q: 'hđ ủy quyền', expect: UY_QUYEN, who: 'young' },
  { q: 'trợ giúp pháp lý', expect: TGPL, who: 'young' },
  { q: 'hòa giải tranh chấp', expect: HOA_GIAI, who: 'young' },
  { q: 'chứng thực chữ ký', expect: CHU_KY, who: 'young' },
  { q: 'lltp xin visa', expect: LTP, who: 'young' },
  { q: 'bồi thường nhà nước', expect: BTNN, who: 'young' },
  { q: 'di chúc', expect: DI_CHUC, who: 'young' },
  { q: 'văn bản thỏa thuận chia di sản', expect: PHAN_CHIA, who: 'young' },
  { q: 'sao y cmnd', expect: BAN_SAO, who: 'young' },
  { q: 'chứng thực bản dịch', expect: BAN_DICH, who: 'young' },
];

export const JUSTICE18_TUNE: readonly CitizenQuery[] = JUSTICE18_BATCH.filter((_, i) => i % 2 === 0);
export const JUSTICE18_HELD: readonly CitizenQuery[] = JUSTICE18_BATCH.filter((_, i) => i % 2 === 1);

export const JUSTICE18_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Thưa cán bộ, tôi muốn làm đơn khiếu nại vì xã thu hồi đất nhà tôi mà đền bù không thỏa đáng, tôi nộp ở đâu ạ', who: 'elderly' },
  { q: 'Cháu ơi, bà muốn viết đơn tố cáo ông cán bộ địa chính nhận tiền của dân thì gửi ai', who: 'elderly' },
  { q: 'Tôi muốn gặp chủ tịch xã để trình bày việc oan ức, ngày nào có tiếp dân ạ', who: 'elderly' },
  { q: 'Mấy ông trong thôn tự ý chia đất công, tôi muốn phản ánh lên huyện', who: 'elderly' },
  { q: 'Bà muốn viết đơn kêu oan cho con trai bị xử sai', who: 'elderly' },
  { q: 'Ông bà tôi đã khiếu nại lần đầu ở huyện rồi mà không được giải quyết, giờ khiếu nại lần hai lên tỉnh thế nào', who: 'elderly' },
  { q: 'Tôi muốn tố cáo hàng xóm lấn chiếm đất công làm quán', who: 'elderly' },
  { q: 'Con tôi làm cán bộ, năm nào cũng phải kê khai tài sản, thu nhập, nộp bản kê khai ở đâu', who: 'elderly' },
  { q: 'Gia đình tôi muốn tố cáo việc bà chủ nhiệm hợp tác xã tham ô tiền đóng góp của dân', who: 'elderly' },
  { q: 'lam don khieu nai dat dai o dau', who: 'rural' },
  { q: 'don keu oan cho con', who: 'rural' },
  { q: 'to cao can bo xa an tien', who: 'rural' },
  { q: 'phan anh kien nghi ve duong lang bi hu', who: 'rural' },
  { q: 'khiêu nại quyết định thu hôi đất', who: 'rural' },
  { q: 'gửi đơn thưa ra xã vụ bị đánh', who: 'rural' },
  { q: 'khiếu nại ubnd huyện', who: 'young' },
  { q: 'tố cáo nặc danh', who: 'young' },
  { q: 'kê khai tài sản thu nhập', who: 'young' },
  { q: 'tiếp công dân ubnd tỉnh', who: 'young' },
];
