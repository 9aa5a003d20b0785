import type { CitizenQuery } from './dev-set';
import { CHANGE_USE, DISPUTE, EXCHANGE, FIRST, INHERIT, MORTGAGE, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

/**
 * The Mekong delta, the Central coast and the Highlands at the counter (issue 17, helper session of 6 Dec 2026):
 * 70 queries written in one sitting at 19:55 UTC (docs/search-drafts/rural36-draft-20261206T1955Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 20 needs told by an elderly, a rural and a young
 * voice, and 10 more in the rural voice alone. The rural voice types without marks or with wrong ones and spells as
 * it speaks (khai sanh, thường chú, dấy tờ, dan ki, tam chu, san ten, da hạn, sin, mac for mất, tu fap) with its own
 * words (tui, bả, hông/hổng, mần, nhậu, cất nhà, ghe, cãi lộn, tụi nhỏ, ly dị, bằng khoán, đất thổ, cắt khẩu).
 * Civil status (birth, late birth, marriage, death, a divorce abroad, a single-status paper, recognising a child,
 * correction), residence, land (selling, splitting, inheriting, rice land to house land, a boundary fight, a first
 * certificate on an old bằng khoán, exchanging an old certificate, a mortgage), a household business, motorbikes,
 * driving licences, fishing boats and licences, health-insurance cards, poor households, certified copies and a
 * criminal record for work abroad.
 *
 * Six of the draft proved word-for-word in earlier sets (ghi chu ly hon o nuoc ngoai, dang ky tam tru online, sang ten
 * xe may cu, cap lai the bhyt bi mat, chung thuc ban sao giay to, the chap so do vay ngan hang nong nghiep): dropped,
 * and replaced by six written after labelling had begun (`late`), same need and voice. Labelled by grepping the names
 * in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following the labels earlier batches
 * gave the same errands (civil29, resid30, social31, land28). Judgement calls: giving each child a plot takes the split
 * or the transfer; "công chứng mấy tờ giấy khai sanh" takes a certified copy or a copy from the register; an old man
 * who "hổng có giấy khai sanh" takes a (late) birth registration or a re-registration; a lodger told by the landlord to
 * declare takes temporary residence or the stay notice; "cắt khẩu" (moving out, old word) takes striking or
 * registering permanent residence. The old man's query also takes 1.004772 (a grown person's late registration),
 * which grepping missed and the engine's hits showed while tuning (it was not top-1 before or after). Help for rice lost to a flood has no answer here: RURAL36_NO_ANSWER. Split by
 * alternation into RURAL36_TUNE (tuned on) and RURAL36_HELD.
 */

const KS = ['1.001193', '2.000986', '2.001023'];
const KS_AGAIN = '1.004884';
// Found among the engine's hits while tuning (the label was missed in grepping): a grown person's late registration.
const KS_GROWN = '1.004772';
const COPY = '2.000635';
const KH = ['1.000894'];
const KT = ['1.000656'];
const GHI_LY_HON = ['2.000554'];
const SINGLE = ['1.004873'];
const RECOGNISE = ['1.000689', '1.001022'];
const CHANGE = ['1.004859'];
const SAO_Y = '2.000815';
const THUONG_TRU = ['1.004222'];
const XOA_OR_THUONG_TRU = ['1.003197', ...THUONG_TRU];
const TAM_TRU = ['1.004194'];
const TAM_TRU_OR_LUU_TRU = [...TAM_TRU, '2.001159'];
const HKD_NEW = ['1.001612'];
const SANG_TEN = ['1.013076'];
const LICENCE_LOST = ['3.000348'];
const FISHING_LICENCE = ['1.004359'];
const BOAT_REG = ['1.003650', '1.003586'];
const BHYT_LOST = ['1.002759', '1.001294', '1.001327'];
const POOR = ['1.011607', '1.011606'];
const LLTP = ['3.000333'];

export const RURAL36_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, thằng cháu nội tôi sanh được hơn hai tháng mà cha mẹ nó đi làm trên Sài Gòn chưa làm giấy khai sanh, giờ ông nội đi làm thay có được không',
    expect: KS,
    who: 'elderly',
  },
  { q: 'lam giay khai sanh cho con tre han roi co bi phat hong', expect: KS, who: 'rural' },
  { q: 'dk khai sinh cho con bi tre han', expect: KS, who: 'young' },
  {
    q: 'Con gái tôi với thằng rể muốn đăng ký kết hôn ở xã thì cần đem theo giấy tờ gì vậy cô',
    expect: KH,
    who: 'elderly',
  },
  { q: 'dan ki ket hon o xa can dem theo giay to gi', expect: KH, who: 'rural' },
  { q: 'thu tuc dang ky ket hon can gi', expect: KH, who: 'young' },
  { q: 'Ông nhà tôi mới mất hôm rằm, giờ tôi phải đi báo tử ở xã thì làm thế nào', expect: KT, who: 'elderly' },
  { q: 'ba tui moi mat man giay khai tu o dau', expect: KT, who: 'rural' },
  { q: 'dang ky khai tu cho ong noi', expect: KT, who: 'young' },
  {
    q: 'Con gái tôi lấy chồng Đài Loan rồi ly hôn bên đó, giờ về quê muốn ghi vào sổ hộ tịch cái việc ly hôn thì làm ở đâu',
    expect: GHI_LY_HON,
    who: 'elderly',
  },
  { q: 'con gai tui ly di chong han quoc roi ve vn muon ghi chu ly hon', expect: GHI_LY_HON, who: 'rural' },
  { q: 'Tôi về ở với con trai dưới quê, muốn nhập hộ khẩu vô nhà nó thì làm sao', expect: THUONG_TRU, who: 'elderly' },
  { q: 'đăng kí thường chú vô nhà chồng', expect: THUONG_TRU, who: 'rural' },
  { q: 'dk thuong tru nha chong', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Thằng con tôi lên Bình Dương làm công nhân ở trọ, chủ trọ bảo phải khai báo tạm trú thì làm ở đâu',
    expect: TAM_TRU_OR_LUU_TRU,
    who: 'elderly',
  },
  { q: 'di lam cty o binh duong dan ky tam chu', expect: TAM_TRU, who: 'rural' },
  {
    q: 'Tôi muốn bán bớt miếng đất vườn cho người bà con, làm giấy tờ sang tên sổ đỏ cho người ta thì làm sao',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'bán đất rồi làm dấy tờ nhà đất sang tên cho người mua', expect: SALE_GIFT, who: 'rural' },
  { q: 'sang ten so do khi mua ban dat', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Tôi có miếng đất muốn chia ra cho ba đứa con mỗi đứa một phần, tách sổ riêng thì phải làm sao',
    expect: [SPLIT_MERGE, TRANSFER],
    who: 'elderly',
  },
  { q: 'tach thua dat cho tui nho moi dua mot mieng', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'tach thua so do', expect: [SPLIT_MERGE], who: 'young' },
  {
    q: 'Ông bà già tôi mất không để lại di chúc, mấy anh em muốn chia đất rồi đứng tên sổ đỏ thì làm giấy gì',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'cha me chet hong de di chuc anh em chia dat thua ke lam sao', expect: INHERIT, who: 'rural' },
  { q: 'khai nhan thua ke dat cua bo me', expect: INHERIT, who: 'young' },
  {
    q: 'Nhà tôi có mấy công ruộng lúa muốn chuyển lên đất thổ cư để cất nhà cho con thì xin ở đâu',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'chuyen ruong len dat tho de cat nha', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyen muc dich dat lua sang dat o', expect: CHANGE_USE, who: 'young' },
  {
    q: 'Nhà bên cạnh lấn ranh đất nhà tôi, hai bên cãi nhau hoài, tôi muốn nhờ xã hòa giải thì làm đơn thế nào',
    expect: DISPUTE,
    who: 'elderly',
  },
  { q: 'hang xom lan ranh dat cai lon hoai nho xa giai quyet', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chap ranh dat voi hang xom', expect: DISPUTE, who: 'young' },
  {
    q: 'Đất của ông bà để lại chỉ có cái bằng khoán từ hồi trước năm bảy lăm, giờ muốn làm sổ đỏ thì làm sao',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'dat co bang khoan cu chua co so do gio xin cap lan dau', expect: [FIRST], who: 'rural' },
  { q: 'cap so do lan dau dat ong ba de lai', expect: [FIRST], who: 'young' },
  {
    q: 'Tôi mở cái quán tạp hóa nhỏ trước nhà, cán bộ thuế nói phải đăng ký kinh doanh thì làm ở đâu',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'mần quán nhậu trước nhà có cần đăng ký kinh doanh hông', expect: HKD_NEW, who: 'rural' },
  { q: 'dk ho kinh doanh quan cafe', expect: HKD_NEW, who: 'young' },
  {
    q: 'Tôi mua lại chiếc xe Honda cũ của người trong xóm, giờ muốn sang tên qua cho tôi đứng thì làm sao',
    expect: SANG_TEN,
    who: 'elderly',
  },
  { q: 'mua lai chiec xe may cu cua ong hang xom muon san ten', expect: SANG_TEN, who: 'rural' },
  {
    q: 'Tôi đi đám giỗ về làm rớt cái bằng lái xe máy, giờ xin làm lại cái khác thì làm sao',
    expect: LICENCE_LOST,
    who: 'elderly',
  },
  { q: 'lam mat cai bang lai xe honda xin cap lai', expect: LICENCE_LOST, who: 'rural' },
  { q: 'mat bang lai xe may lam lai', expect: LICENCE_LOST, who: 'young' },
  {
    q: 'Chiếc ghe đánh cá của nhà tôi giấy phép đi biển hết hạn rồi, giờ xin gia hạn thì làm ở đâu',
    expect: FISHING_LICENCE,
    who: 'elderly',
  },
  { q: 'da han giay phep danh ca cho ghe', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'gia han giay phep khai thac thuy san', expect: FISHING_LICENCE, who: 'young' },
  {
    q: 'Tôi làm mất cái thẻ bảo hiểm y tế, đi khám bệnh không có thì xin cấp lại ở đâu',
    expect: BHYT_LOST,
    who: 'elderly',
  },
  { q: 'mac the bao hiem y te roi xin lam lai', expect: BHYT_LOST, who: 'rural' },
  {
    q: 'Nhà tôi nghèo lắm, con cái đau ốm, muốn xin được vô diện hộ nghèo để được giúp đỡ thì làm sao',
    expect: POOR,
    who: 'elderly',
  },
  { q: 'sin giay xac nhan ho ngheo', expect: POOR, who: 'rural' },
  { q: 'dang ky ho can ngheo', expect: POOR, who: 'young' },
  {
    q: 'Tôi muốn sao y mấy cái giấy tờ nhà đất với căn cước để nộp hồ sơ vay ngân hàng thì làm ở đâu',
    expect: [SAO_Y],
    who: 'elderly',
  },
  { q: 'di cong chung may to giay khai sanh o dau', expect: [SAO_Y, COPY], who: 'rural' },
  {
    q: 'Thằng con tôi đi xuất khẩu lao động Nhật, công ty bắt phải có lý lịch tư pháp thì xin ở đâu',
    expect: LLTP,
    who: 'elderly',
  },
  { q: 'lam ly lich tu fap di xkld nhat', expect: LLTP, who: 'rural' },
  { q: 'xin ly lich tu phap so 1 di xkld', expect: LLTP, who: 'young' },
  { q: 'cai chanh ten trong giay khai sanh bi sai', expect: CHANGE, who: 'rural' },
  { q: 'xin lai ban sao khai sanh bi mat', expect: [COPY, KS_AGAIN], who: 'rural' },
  { q: 'ghe moi dong xong dan ky tau ca o dau', expect: BOAT_REG, who: 'rural' },
  { q: 'giay xac nhan doc than de cuoi vo', expect: SINGLE, who: 'rural' },
  { q: 'doi so do cu sang so hong moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'ong gia roi ma hong co giay khai sanh gio lam sao', expect: [...KS, KS_AGAIN, KS_GROWN], who: 'rural' },
  { q: 'lam giay nhan con cho thang nho de chua dang ky ket hon', expect: RECOGNISE, who: 'rural' },
  { q: 'cat khau chuyen di tinh khac', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'ghi chu ly hon o han quoc ve vn', expect: GHI_LY_HON, who: 'young', late: true },
  { q: 'khai bao tam tru phong tro tren vneid', expect: TAM_TRU_OR_LUU_TRU, who: 'young', late: true },
  { q: 'sang ten chinh chu xe may cu', expect: SANG_TEN, who: 'young', late: true },
  { q: 'the bhyt mat roi lam lai', expect: BHYT_LOST, who: 'young', late: true },
  { q: 'chung thuc photo so do', expect: [SAO_Y], who: 'young', late: true },
  { q: 'dem so do the chap vay agribank', expect: [MORTGAGE], who: 'rural', late: true },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const RURAL36_TUNE: readonly CitizenQuery[] = RURAL36_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const RURAL36_HELD: readonly CitizenQuery[] = RURAL36_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (see the header). */
export const RURAL36_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [{ q: 'xin ho tro lua bi thiet hai do lu', who: 'rural' }];
