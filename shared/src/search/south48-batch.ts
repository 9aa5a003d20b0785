import type { CitizenQuery } from './dev-set';
import { CHANGE_USE, FIRST, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

/**
 * The rural South and the Mekong delta typing on a kiosk or a phone (issue 17, helper session of 6 Dec 2026): 72
 * queries written in one sitting at 22:49 UTC (docs/search-drafts/south48-draft-20261206T2249Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 24 errands of a commune centre told by an elderly
 * voice (some marks, "dạ", "cô Hai", "con ơi", tui, hổng, bển, tía, giấy lận lưng, cái bằng), a rural voice (no
 * marks, Southern spelling: sanh, xo hong, mac for mất, dan ky, tam chu, cang cuoc, dia, hong) and a young voice
 * (shorthand: dk, đk, ms, j, z, dc, k, ko, vs, bn, ntn, ak, r, onl, xn). Birth, late birth, death, marriage, a
 * single-status paper, certified copies, a signature on a power of attorney, land (first certificate, buying,
 * splitting, giving to a child), rice land to an orchard or a fish pond, residence (permanent, temporary, absence),
 * a lost ID card, a grocery, an eatery, a new motorbike, a lost licence, a torn health-insurance card, a cargo ghe,
 * a poor household.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * following the labels earlier batches gave the same errands (rural20, rural32, rural36, resid30, certify38, land
 * codes). Judgement calls: an old man born on a boat without a birth paper takes a (late) birth registration, a
 * re-registration or a grown person's registration; a power of attorney takes the signature or the transaction
 * (certify38); splitting a plot to sell part takes the split or the transfer; "chuyển đất lúa sang ..." (young) takes
 * the crop-change registration on rice land or a change of land use, the rural and elderly stories (trồng cây ăn
 * trái, lên liếp, đào ao trên ruộng) the crop change only (rural20); an eatery's food paper takes the one food-safety
 * certificate the catalogue holds (rural32, young33), a coffee shop's "giấy phép gì" that or a household business;
 * a torn health-insurance card takes the exchange or the reissue; a cargo ghe takes an inland boat's first
 * registration. Four questions about rice prices, the power bill, a hamlet chief's phone and fertiliser on credit
 * have no answer here: SOUTH48_NO_ANSWER. Split by alternation into SOUTH48_TUNE (tuned on) and SOUTH48_HELD.
 */

const KS = ['1.001193', '2.000986', '2.001023'];
const KS_AGAIN = '1.004884';
const KS_GROWN = '1.004772';
const KT = ['1.000656'];
const KH = ['1.000894'];
const SINGLE = ['1.004873'];
const SAO_Y = ['2.000815'];
const UY_QUYEN = ['2.000884', '2.001035'];
const RICE_SWITCH = ['1.008004'];
const RICE_OR_CHANGE_USE = [...RICE_SWITCH, ...CHANGE_USE];
const THUONG_TRU = ['1.004222'];
const TAM_TRU_OR_LUU_TRU = ['1.004194', '2.001159'];
const TAM_VANG = ['1.003677'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const HKD_NEW = ['1.001612'];
const FOOD_SAFETY = ['2.001827'];
const HKD_OR_FOOD = [...HKD_NEW, ...FOOD_SAFETY];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const LICENCE_LOST = ['3.000348'];
// 1.002759 is the social-insurance agency's own reissue and exchange of a card, what a citizen's torn card needs (spoken41,
// ask34); the others are the police's versions for its families, kept as a clerk would still point to them.
const BHYT_TORN = ['1.002759', '1.002438', '1.001321', '1.001294', '1.001327'];
const BOAT = ['1.004088', '1.004047'];
const POOR = ['1.011607', '1.011606'];

export const SOUTH48_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ cô Hai ơi, con dâu tui mới sanh thằng nhỏ được một tuần, giờ tui đi làm khai sanh cho nó được hông con', expect: KS, who: 'elderly' },
  { q: 'lam khai sanh cho con moi sanh o tram y te xa can mang gi', expect: KS, who: 'rural' },
  { q: 'dk khai sanh cho bé ms sinh can j z', expect: KS, who: 'young' },
  { q: 'Dạ con ơi, ông nhà tui sanh hồi xưa dưới ghe hổng có làm khai sanh, giờ già rồi đi làm được hông', expect: [...KS, KS_AGAIN, KS_GROWN], who: 'elderly' },
  { q: 'con tui 3 tuoi roi chua lam khai sanh gio lam tre co bi phat hong', expect: KS, who: 'rural' },
  { q: 'khai sanh tre han cho con lam ntn ak', expect: KS, who: 'young' },
  { q: 'Dạ tía tui mới mất hôm mùng mười, giờ con cháu phải đi khai tử ở xã hả cô', expect: KT, who: 'elderly' },
  { q: 'ma tui mac roi di lam giay khai tu can dem gi theo', expect: KT, who: 'rural' },
  { q: 'bà nội mất r làm khai tử ở đâu z', expect: KT, who: 'young' },
  { q: 'Thằng con trai tui cưới vợ ở bển rồi mà chưa làm giấy hôn thú, giờ làm ở xã được hông cô Hai', expect: KH, who: 'elderly' },
  { q: 'dan ky ket hon o xa can giay to j hong', expect: KH, who: 'rural' },
  { q: 'dk ket hon vs bn gai khac tinh dc ko', expect: KH, who: 'young' },
  { q: 'Cháu gái tui sắp lấy chồng, ở bển biểu về xã xin cái giấy chứng nhận độc thân, làm sao con', expect: SINGLE, who: 'elderly' },
  { q: 'xin giay xac nhan doc than de lam dam cuoi', expect: SINGLE, who: 'rural' },
  { q: 'xin giấy xn tình trạng hôn nhân để vay ngân hàng', expect: SINGLE, who: 'young' },
  { q: 'Dạ cô ơi, tui muốn sao y mấy tờ giấy tờ nhà đất với cái giấy lận lưng để nộp hồ sơ cho thằng nhỏ', expect: SAO_Y, who: 'elderly' },
  { q: 'sao y ban chinh xo ho khau voi can cuoc o dau lam', expect: SAO_Y, who: 'rural' },
  { q: 'chung thuc ban sao cccd het bao nhiu tien', expect: SAO_Y, who: 'young' },
  { q: 'Tui lớn tuổi mắt kém, ký giấy ủy quyền cho con gái đi lãnh tiền thì phải ra xã thị thực chữ ký hả cô', expect: UY_QUYEN, who: 'elderly' },
  { q: 'thi thuc chu ky giay uy quyen o xa dc hong', expect: UY_QUYEN, who: 'rural' },
  { q: 'chung thuc chu ky tren giay uy quyen', expect: UY_QUYEN, who: 'young' },
  { q: 'Đất ông bà để lại tui ở mấy chục năm mà chưa có giấy, giờ muốn làm giấy đất lần đầu thì làm sao cô Hai', expect: [FIRST], who: 'elderly' },
  { q: 'dat o lau nam chua co xo hong gio muon lam giay dat', expect: [FIRST], who: 'rural' },
  { q: 'lam so do lan dau cho dat chua co giay', expect: [FIRST], who: 'young' },
  { q: 'Tui mua miếng đất ruộng của ông Tư bên xóm, giờ muốn sang tên qua tui thì làm sao', expect: SALE_GIFT, who: 'elderly' },
  { q: 'mua dat roi sang ten xo hong can lam gi', expect: SALE_GIFT, who: 'rural' },
  { q: 'sang ten so do mua ban dat thu tuc ntn', expect: SALE_GIFT, who: 'young' },
  { q: 'Dạ miếng đất vườn của tui lớn quá, muốn tách ra làm hai thửa để bán bớt một phần, con chỉ tui với', expect: [SPLIT_MERGE, TRANSFER], who: 'elderly' },
  { q: 'tach thua dat vuon de ban bot', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'tách thửa đất cần điều kiện j', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'Tui già rồi muốn cho đất lại cho thằng Út đứng tên, làm giấy cho đất con thì làm ở đâu', expect: SALE_GIFT, who: 'elderly' },
  { q: 'cho dat con trai dung ten so do lam sao', expect: SALE_GIFT, who: 'rural' },
  { q: 'tang cho dat cho con thu tuc gi', expect: SALE_GIFT, who: 'young' },
  { q: 'Ruộng lúa nhà tui trồng hổng có lời, muốn lên liếp trồng dừa, trồng sầu riêng thì phải xin phép xã hông cô', expect: RICE_SWITCH, who: 'elderly' },
  { q: 'chuyen ruong lua sang trong cay an trai co phai xin phep hong', expect: RICE_SWITCH, who: 'rural' },
  { q: 'chuyển đất lúa sang trồng cây lâu năm đăng ký ở đâu', expect: RICE_OR_CHANGE_USE, who: 'young' },
  { q: 'Tui muốn đào ao nuôi cá trên miếng ruộng lúa, có phải đăng ký với xã hông', expect: RICE_SWITCH, who: 'elderly' },
  { q: 'dao ao nuoi ca tren dat ruong co can xin phep hong', expect: RICE_SWITCH, who: 'rural' },
  { q: 'chuyển đất lúa sang nuôi cá cần thủ tục j', expect: RICE_OR_CHANGE_USE, who: 'young' },
  { q: 'Con gái tui lấy chồng ở xã bên, giờ muốn nhập hộ khẩu dô nhà chồng thì làm sao con', expect: THUONG_TRU, who: 'elderly' },
  { q: 'nhap khau cho con dau dia nha minh', expect: THUONG_TRU, who: 'rural' },
  { q: 'dk thuong tru cho vo o nha ba ma chong', expect: THUONG_TRU, who: 'young' },
  { q: 'Thằng cháu tui ở Cà Mau lên đây làm thuê ở nhà tui mấy tháng, phải khai báo tạm trú cho nó hả cô', expect: TAM_TRU_OR_LUU_TRU, who: 'elderly' },
  { q: 'dan ki tam chu cho nguoi o tro lam cong ty', expect: TAM_TRU_OR_LUU_TRU, who: 'rural' },
  { q: 'khai bao tam tru cho nguoi thue tro dc ko hen', expect: TAM_TRU_OR_LUU_TRU, who: 'young' },
  { q: 'Thằng con tui đi làm trên Bình Dương cả năm mới dìa, có phải khai tạm vắng cho nó hông', expect: TAM_VANG, who: 'elderly' },
  { q: 'khai tam vang di lam xa may thang', expect: TAM_VANG, who: 'rural' },
  { q: 'khai báo tạm vắng đi làm bên bình dương', expect: TAM_VANG, who: 'young' },
  { q: 'Cái giấy lận lưng của tui rớt mất hồi đi đám giỗ, giờ làm lại ở đâu con', expect: CARD_LOST, who: 'elderly' },
  { q: 'lam lai cang cuoc bi mac o dau', expect: CARD_LOST, who: 'rural' },
  { q: 'cccd bị mất làm lại ntn', expect: CARD_LOST, who: 'young' },
  { q: 'Tui tính mở cái tiệm tạp hóa nhỏ trước nhà bán lặt vặt, có cần làm giấy phép gì hông cô', expect: HKD_NEW, who: 'elderly' },
  { q: 'mo tiem tap hoa can dang ky kinh doanh hong', expect: HKD_NEW, who: 'rural' },
  { q: 'đk hộ kinh doanh bán tạp hóa', expect: HKD_NEW, who: 'young' },
  { q: 'Con gái tui mở quán cơm ngoài chợ, nghe nói phải có giấy an toàn thực phẩm, xin ở đâu cô', expect: FOOD_SAFETY, who: 'elderly' },
  { q: 'mo quan ca phe can giay phep gi', expect: HKD_OR_FOOD, who: 'rural' },
  { q: 'giay phep ve sinh an toan thuc pham quan an', expect: FOOD_SAFETY, who: 'young' },
  { q: 'Thằng nhỏ mới mua chiếc xe Honda mới, giờ đi làm giấy xe bấm biển số ở đâu con', expect: REG_FIRST, who: 'elderly' },
  { q: 'dang ky xe may moi mua lam cavet', expect: REG_FIRST, who: 'rural' },
  { q: 'dk xe máy mới mua bấm biển ở xã dc k', expect: REG_FIRST, who: 'young' },
  { q: 'Cái bằng lái xe của tui bị mất lâu rồi, giờ chạy xe ra chợ sợ bị phạt, làm lại được hông con', expect: LICENCE_LOST, who: 'elderly' },
  { q: 'mat bang lai xe may lam lai o dau', expect: LICENCE_LOST, who: 'rural' },
  { q: 'bằng lái a1 bị mất cấp lại onl dc ko', expect: LICENCE_LOST, who: 'young' },
  { q: 'Cái thẻ bảo hiểm y tế của tui bị rách, đi khám bệnh hổng được, giờ đổi lại ở đâu con', expect: BHYT_TORN, who: 'elderly' },
  { q: 'the bhyt bi rach doi lai o dau', expect: BHYT_TORN, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị hư', expect: BHYT_TORN, who: 'young' },
  { q: 'Nhà tui có chiếc ghe chở lúa mới đóng, phải đăng ký ghe ở đâu cô Hai', expect: BOAT, who: 'elderly' },
  { q: 'dang ky ghe cho hang tren song', expect: BOAT, who: 'rural' },
  { q: 'dk phương tiện thủy nội địa cho ghe', expect: BOAT, who: 'young' },
  { q: 'Nhà tui nghèo lắm, ông nhà bệnh nằm một chỗ, xin xét hộ nghèo thì làm sao cô', expect: POOR, who: 'elderly' },
  { q: 'xin giay chung nhan ho ngheo de con di hoc dc mien hoc phi', expect: POOR, who: 'rural' },
  { q: 'đăng ký xét hộ nghèo cần gì', expect: POOR, who: 'young' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const SOUTH48_TUNE: readonly CitizenQuery[] = SOUTH48_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const SOUTH48_HELD: readonly CitizenQuery[] = SOUTH48_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (see the header). */
export const SOUTH48_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'gia lua hom nay bao nhieu', who: 'rural' },
  { q: 'dong tien dien o dau gan day', who: 'rural' },
  { q: 'so dien thoai ong truong ap', who: 'rural' },
  { q: 'mua phan bon tra cham dc hong', who: 'rural' },
];
