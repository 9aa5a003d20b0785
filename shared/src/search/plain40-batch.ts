import type { CitizenQuery } from './dev-set';
import { CONTRACT, FIRST, INHERIT, SALE_GIFT, TRANSFER } from './land-codes';

/**
 * Plain Vietnamese at the counter (issue 17, helper session of 6 Dec 2026): 60 queries written in one sitting at
 * 20:37 UTC (docs/search-drafts/plain40-draft-20261206T2037Z.txt), before any procedure name was grepped and before
 * the engine was run on them: 20 needs told by an elderly, a rural and a young voice, all of them plain. Ethnic-minority
 * citizens of the northern mountains and the Highlands speak in short words with odd order and no classifiers ("giấy
 * con đẻ", "giấy chết", "đất rừng nhà muốn làm giấy", "về bản", "xuống xuôi"); others type one or two keywords
 * ("khaisinh", "kethon", "thuế đất", "xe"), misspell on a touch keyboard (sinnh, dnag, thann, nhaf, tamj, sỏ đỏ,
 * khài tư, glued thươngtru, cancuoc, kinhdoanh) or give only a category with one clue ("hộ tịch độc thân",
 * "bảo hiểm rút", "đất đai cho con"). Birth, marriage, death, a lost ID card, residence, a first land certificate and
 * forest land, a house permit, motorbikes, health-insurance cards, poor households, a household shop, cattle, rice
 * fields, single status, a gift of land, land tax, one-off social insurance and a lost birth paper.
 *
 * Four of the draft proved word-for-word in earlier sets (dang ki xe may moi mua, dang ky ho kinh doanh ban tap hoa, thuế
 * đất, rut bhxh 1 lan): dropped, and replaced by four written after labelling had begun (`late`), same need and voice.
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels earlier batches gave the same errands (rural32, rural36, land13, land28, social31, rural20). Judgement
 * calls: "cap lai the mat" names no card, so the ID card or the insurance card; a parent whose child lodges in town
 * takes temporary residence, the stay notice or the absence declaration; a planted-acacia hill takes the first
 * certificate or the commune's allocation of land and forest; a motorbike "moi mua" may be new or used; "đất đai ruộng
 * chuyển đổi" takes the rice-land switch, a change of use or an exchange of plots; "đất đai cho con" a gift or an
 * estate; "hỗ trợ trâu chết" the support for losses to animal disease (the one livestock-loss procedure held). Cattle
 * dead of cold have no procedure here (no natural-disaster support for farms in the catalogue), and "giấy tờ nhà" and
 * "xe" alone are too vague for any clerk: PLAIN40_NO_ANSWER. The torn insurance card also takes its exchange (cấp đổi),
 * which grepping missed and the engine's hits showed while tuning (tune half; 89.3 / 92.9 % before with it). Split by alternation into PLAIN40_TUNE (tuned on) and
 * PLAIN40_HELD.
 */

const KS = ['1.001193', '2.000986', '2.001023'];
const KH = ['1.000894'];
const KT = ['1.000656'];
const CARD = ['1.014064', '2.001194', '1.000757'];
const BHYT_LOST = ['1.002759', '1.001294', '1.001327'];
// Found among the engine's hits while tuning (grepping missed it): a torn card is exchanged (cấp đổi, Luật BHYT art. 18).
const BHYT_TORN = [...BHYT_LOST, '1.002438', '1.001321'];
const CARD_OR_BHYT = [...CARD, ...BHYT_LOST];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TAM_TRU_HOME = [...TAM_TRU, '2.001159', '1.003677'];
const FIRST_CERT = [FIRST];
const FOREST = [FIRST, '1.013949', '1.014832'];
const BUILD = ['1.013225'];
const SANG_TEN = ['1.013076'];
const NEW_BIKE = ['1.013067', '1.012575', ...SANG_TEN];
const POOR = ['1.011607', '1.011606'];
const HKD_NEW = ['1.001612'];
const ANIMAL_LOSS = ['1.013997'];
const RICE_SWITCH = ['1.008004'];
const FIELD_VAGUE = [...RICE_SWITCH, '1.013949', '1.013823', '1.013992', TRANSFER];
const SINGLE = ['1.004873'];
const GIFT = SALE_GIFT;
const GIFT_OR_INHERIT = [...INHERIT, CONTRACT];
const LAND_TAX = ['1.007695'];
const BHXH_ONCE = ['1.001613'];
const COPY = '2.000635';
const LOST_KS = [COPY, '1.004884'];
const COPY_OR_SAO_Y = [COPY, '2.000815'];

export const PLAIN40_BATCH: readonly CitizenQuery[] = [
  { q: 'Con tôi đẻ ở nhà, tôi muốn làm giấy con đẻ', expect: KS, who: 'elderly' },
  { q: 'lam giay khai sinnh con moi de', expect: KS, who: 'rural' },
  { q: 'khaisinh', expect: KS, who: 'young' },
  { q: 'Tôi với vợ ở với nhau lâu rồi chưa có giấy, muốn làm giấy vợ chồng', expect: KH, who: 'elderly' },
  { q: 'dnag ki ket hon o xa', expect: KH, who: 'rural' },
  { q: 'kethon', expect: KH, who: 'young' },
  { q: 'Bố tôi chết rồi, giấy chết làm ở đâu', expect: KT, who: 'elderly' },
  { q: 'bao tu ong noi chet', expect: KT, who: 'rural' },
  { q: 'khài tư', expect: KT, who: 'young' },
  { q: 'Thẻ căn cước mất, tôi làm lại thẻ', expect: CARD, who: 'elderly' },
  { q: 'cap lai the mat', expect: CARD_OR_BHYT, who: 'rural' },
  { q: 'cancuoc mat', expect: CARD, who: 'young' },
  { q: 'Tôi lấy chồng về bản, muốn nhập khẩu vào nhà chồng', expect: THUONG_TRU, who: 'elderly' },
  { q: 'nhap khau nha chông', expect: THUONG_TRU, who: 'rural' },
  { q: 'thươngtru', expect: THUONG_TRU, who: 'young' },
  { q: 'Con tôi xuống xuôi đi làm, ở nhà trọ, phải báo ở đâu', expect: TAM_TRU_HOME, who: 'elderly' },
  { q: 'dang ky tam chu di lam', expect: TAM_TRU, who: 'rural' },
  { q: 'tamj tru', expect: TAM_TRU, who: 'young' },
  { q: 'Đất nhà tôi ở lâu đời chưa có sổ đỏ, muốn làm sổ', expect: FIRST_CERT, who: 'elderly' },
  { q: 'lam so do dat nha lan dau', expect: FIRST_CERT, who: 'rural' },
  { q: 'sỏ đỏ lần đầu', expect: FIRST_CERT, who: 'young' },
  { q: 'Nhà tôi trồng keo trên đồi, đất rừng nhà muốn làm giấy', expect: FOREST, who: 'elderly' },
  { q: 'xin giay chung nhan dat rung trong keo', expect: FOREST, who: 'rural' },
  { q: 'so dat rung', expect: FOREST, who: 'young' },
  { q: 'Tôi muốn làm nhà mới, xây nhà có phải xin giấy không', expect: BUILD, who: 'elderly' },
  { q: 'xin phép xây nhaf', expect: BUILD, who: 'rural' },
  { q: 'Tôi mua xe máy cũ của người trong bản, làm giấy xe sang tên mình', expect: SANG_TEN, who: 'elderly' },
  { q: 'lam bien so xe may moi mua', expect: NEW_BIKE, who: 'rural', late: true },
  { q: 'Thẻ bảo hiểm y tế của tôi bị rách, xin cấp lại', expect: BHYT_TORN, who: 'elderly' },
  { q: 'the bao hiem y te mat lam lai', expect: BHYT_LOST, who: 'rural' },
  { q: 'bảo hiểm thẻ mất', expect: BHYT_LOST, who: 'young' },
  { q: 'Nhà tôi nghèo, muốn xin giấy hộ nghèo', expect: POOR, who: 'elderly' },
  { q: 'xac nhan ho ngheo cho con di hoc', expect: POOR, who: 'rural' },
  { q: 'giấy hộ ngheo', expect: POOR, who: 'young' },
  { q: 'Tôi muốn mở quán tạp hóa nhỏ ở nhà, làm giấy phép bán hàng', expect: HKD_NEW, who: 'elderly' },
  { q: 'dang ki ban hang tap hoa o nha', expect: HKD_NEW, who: 'rural', late: true },
  { q: 'kinhdoanh ho ca the', expect: HKD_NEW, who: 'young' },
  { q: 'hỗ trợ trâu chết', expect: ANIMAL_LOSS, who: 'young' },
  { q: 'Ruộng lúa nhà tôi muốn chuyển sang trồng ngô, có phải báo xã không', expect: RICE_SWITCH, who: 'elderly' },
  { q: 'chuyen ruong lua sang trong cay khac', expect: RICE_SWITCH, who: 'rural' },
  { q: 'đất đai ruộng chuyển đổi', expect: FIELD_VAGUE, who: 'young' },
  { q: 'Tôi chưa có vợ, xin giấy xác nhận độc thân để đi làm', expect: SINGLE, who: 'elderly' },
  { q: 'giay xac nhan doc thann', expect: SINGLE, who: 'rural' },
  { q: 'hộ tịch độc thân', expect: SINGLE, who: 'young' },
  { q: 'Tôi già rồi, muốn cho con trai mảnh đất, làm giấy sang tên', expect: GIFT, who: 'elderly' },
  { q: 'tang cho dat cho con', expect: GIFT, who: 'rural' },
  { q: 'đất đai cho con', expect: GIFT_OR_INHERIT, who: 'young' },
  { q: 'Nhà tôi nghèo, bị đòi tiền thuế đất, xin miễn thuế', expect: LAND_TAX, who: 'elderly' },
  { q: 'mien thue dat ho ngheo', expect: LAND_TAX, who: 'rural' },
  { q: 'thuế đất nhà ở', expect: LAND_TAX, who: 'young', late: true },
  { q: 'Tôi đi làm công ty nghỉ rồi, muốn lấy tiền bảo hiểm một lần', expect: BHXH_ONCE, who: 'elderly' },
  { q: 'lay tien bao hiem xa hoi 1 lan nghi viec', expect: BHXH_ONCE, who: 'rural', late: true },
  { q: 'bảo hiểm rút', expect: BHXH_ONCE, who: 'young' },
  { q: 'Giấy khai sinh của tôi mất rồi, xin lại bản khác', expect: LOST_KS, who: 'elderly' },
  { q: 'xin trich luc khai sinh bi mat', expect: LOST_KS, who: 'rural' },
  { q: 'hộ tịch bản sao khai sinh', expect: COPY_OR_SAO_Y, who: 'young' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const PLAIN40_TUNE: readonly CitizenQuery[] = PLAIN40_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const PLAIN40_HELD: readonly CitizenQuery[] = PLAIN40_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks, or too vague for any clerk (see the header). */
export const PLAIN40_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'giấy tờ nhà', who: 'young' },
  { q: 'xe', who: 'young' },
  { q: 'Trâu bò nhà tôi chết rét, xin nhà nước hỗ trợ', who: 'elderly' },
  { q: 'bo chet ret xin ho tro', who: 'rural' },
];
