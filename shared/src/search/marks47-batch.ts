import type { CitizenQuery } from './dev-set';
import { FIRST, INHERIT, LOST, SALE_GIFT } from './land-codes';

/**
 * Queries typed with diacritics (issue 17, helper session of 6 Dec 2026): 66 queries written in one sitting at 22:48
 * UTC (docs/search-drafts/marks47-draft-20261206T2248Z.txt), before any procedure name was grepped and before the
 * engine was run on them: 22 needs told by an elderly, a rural and a young voice, typed WITH marks on a phone or a
 * kiosk. Some marks are right; many carry the slips a touch keyboard and autocorrect make: hỏi and ngã swapped (sổ
 * đõ, chử ký, thẽ), one wrong tone (khai sính, kết hốn, bạn sao, ý tế, trích lúc), a tone or hat dropped on one word
 * (đăng ky, mơi, đôc, viêc, đát, đât, căn cươc, xay dựng), đ typed d in one word only (dăng kí, ở dâu, dất, lần dầu),
 * a mark on the wrong vowel or the old placement (thưà, goá, tạp hoá, uỷ), autocorrect swapping a near word (số đỏ,
 * cập, giầy, đẻ lại, mật, họ kinh doanh, đôi cccd, đời bằng), marked and bare words mixed (dang ký, tam trú, nha),
 * Telex leftovers (kýs, thườngf, mấts). Birth, death, marriage, single status, certified copies and signatures,
 * land sale, inheritance, gift, first land certificate and a lost one, permanent and temporary residence, the ID
 * card, a household business, driving licences, health-insurance cards, a house permit, a lost birth paper, a
 * civil-status correction and a father's recognition.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * following the labels earlier batches gave the same errands (civil29, certify38, young33, rural36, spoken41,
 * plain40, land-codes.ts). Judgement calls: the pension proxy whose signature must be certified takes the proxy for
 * insurance payments or the signature (as certify38); a stay of some months at a daughter's home takes temporary
 * residence or the stay notice; an expiring licence takes its exchange or a reissue (as spoken41); a card exchanged
 * at 25 the card exchange; a torn insurance card its reissue or exchange (as plain40); knocking an old house down to
 * build anew the new-build permit or the repair one (as young33); a birth paper lost in the war a copy of the
 * extract or a re-registration. Money for Tết, the rice price and train tickets have no procedure: MARKS47_NO_ANSWER.
 * Split by alternation into MARKS47_TUNE (tuned on) and MARKS47_HELD.
 */

const KS = ['1.001193', '2.000986', '2.001023'];
const KT = ['1.000656'];
const KH = ['1.000894'];
const SINGLE = ['1.004873'];
const SAO_Y = ['2.000815'];
const CHU_KY = ['2.000884'];
const PENSION_PROXY = ['1.001601', ...CHU_KY];
const FIRST_CERT = [FIRST];
const LAND_LOST = [LOST];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TAM_TRU_STAY = [...TAM_TRU, '2.001159'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const CARD_EXCHANGE = ['1.014063', '2.001195', '1.000889'];
const HKD_NEW = ['1.001612'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_LOST = ['3.000348'];
const LICENCE_EXPIRED = [...LICENCE_CHANGE, ...LICENCE_LOST];
const BHYT_LOST = ['1.002759', '1.001294', '1.001327'];
const BHYT_TORN = [...BHYT_LOST, '1.002438', '1.001321'];
const BUILD = ['1.013225'];
const REBUILD = [...BUILD, '1.013229'];
const COPY = '2.000635';
const LOST_KS = [COPY, '1.004884'];
const CHANGE = ['1.004859'];
const RECOGNISE = ['1.000689', '1.001022'];

export const MARKS47_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Con dâu tôi mới sinh cháu nội được hai tuần, bác muốn hỏi làm giấy khai sính cho cháu ở đâu, cần mang những giấy tờ gì',
    expect: KS,
    who: 'elderly',
  },
  { q: 'đăng ky khai sinh cho con mơi đẻ', expect: KS, who: 'rural' },
  { q: 'dăng kí khai sinh cho bé online', expect: KS, who: 'young' },
  {
    q: 'Ông nhà tôi vừa mất hôm qua ở nhà, tôi phải làm giấy báo tử, khai tư ở xã thế nào',
    expect: KT,
    who: 'elderly',
  },
  { q: 'bố tui chết rồi làm giấy chứng tử ở dâu', expect: KT, who: 'rural' },
  { q: 'đăng kýs khai tử cho bà ngoại', expect: KT, who: 'young' },
  {
    q: 'Cháu trai tôi sắp cưới vợ, hai đứa muốn lên xã đăng ký kết hốn thì cần giấy tờ gì hả các cháu',
    expect: KH,
    who: 'elderly',
  },
  { q: 'tui với bồ mún làm giầy đăng ký kết hôn', expect: KH, who: 'rural' },
  { q: 'thủ tục dang ký kết hôn cần gì', expect: KH, who: 'young' },
  {
    q: 'Tôi goá vợ đã lâu nay muốn đi bước nữa, cần xin giấy xác nhận tình trạng hôn nhân, độc thân ở đâu',
    expect: SINGLE,
    who: 'elderly',
  },
  { q: 'xin giấy xác nhận đôc thân để lấy chồng', expect: SINGLE, who: 'rural' },
  { q: 'xác nhận tình trang hôn nhân để vay ngân hàng', expect: SINGLE, who: 'young' },
  {
    q: 'Bác muốn chứng thực bạn sao giấy tờ từ bản chính để nộp hồ sơ cho thằng cháu đi học',
    expect: SAO_Y,
    who: 'elderly',
  },
  { q: 'công chứng phô tô bằng cấp 3 bản', expect: SAO_Y, who: 'rural' },
  { q: 'chứng thực bản sao cccd ở xã có mất phí ko', expect: SAO_Y, who: 'young' },
  {
    q: 'Tôi ủy quyền cho con gái đi lĩnh lương hưu thay, người ta bảo phải chứng thực chữ ký trên giấy uỷ quyền',
    expect: PENSION_PROXY,
    who: 'elderly',
  },
  { q: 'chứng thực chử ký giấy tờ', expect: CHU_KY, who: 'rural' },
  { q: 'chứng thực chữ kí đơn xin viêc', expect: CHU_KY, who: 'young' },
  {
    q: 'Vợ chồng tôi bán mảnh đất vườn cho người hàng xóm, giờ phải sang tên sổ đõ cho họ thì làm thủ tục gì',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'mua đất rồi sang tên số đỏ', expect: SALE_GIFT, who: 'rural' },
  { q: 'thủ tục chuyển nhượng quyền sử dụng đát', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Bố mẹ tôi mất không để lại di chúc, mấy anh em muốn chia mảnh đất thưà kế và làm sổ cho từng người',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'đất của ông bà đẻ lại giờ làm giấy tờ thừa kế sang tên', expect: INHERIT, who: 'rural' },
  { q: 'khai nhận di sản thừa kế nhà dất', expect: INHERIT, who: 'young' },
  {
    q: 'Tôi già rồi muốn cho đứt mảnh đất cho thằng con út, làm giấy tặng cho quyền sử dụng đất thì phải đi đâu',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'bố mẹ cho con dất làm nhà, sang tên thế nào', expect: SALE_GIFT, who: 'rural' },
  { q: 'hợp đồng tặng cho nhà đât cho con', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Mảnh đất nhà tôi ở từ năm 1985 đến giờ chưa có sổ đỏ, giờ muốn cập giấy chứng nhận lần đầu thì cần những gì',
    expect: FIRST_CERT,
    who: 'elderly',
  },
  { q: 'đất ông cha để lại chưa cấp sổ, mần sổ đỏ lần đầu', expect: FIRST_CERT, who: 'rural' },
  { q: 'cấp sổ hồng lần dầu cho đất ở', expect: FIRST_CERT, who: 'young' },
  {
    q: 'Tôi về ở với con trai trên thành phố, muốn nhập hộ khấu vào nhà nó để đăng ký thường trú',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  { q: 'nhập khẩu cho vợ về nhà chồng', expect: THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thườngf trú khi mua nhà mới', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Tôi lên Hà Nội ở với con gái mấy tháng để chữa bệnh, công an phường bảo phải khai báo tạm chú',
    expect: TAM_TRU_STAY,
    who: 'elderly',
  },
  { q: 'đăng kí tam trú cho công nhân thuê trọ', expect: TAM_TRU, who: 'rural' },
  { q: 'dang ky tạm trú online vneid', expect: TAM_TRU, who: 'young' },
  {
    q: 'Bác bị mất cái thẻ căn cươc công dân lúc đi chợ, giờ muốn làm lại cái mới thì đến đâu',
    expect: CARD_LOST,
    who: 'elderly',
  },
  { q: 'làm lại căn cước bị mật', expect: CARD_LOST, who: 'rural' },
  { q: 'cấp đôi cccd khi đủ 25 tuổi', expect: CARD_EXCHANGE, who: 'young' },
  {
    q: 'Tôi muốn mở cái quán tạp hoá nhỏ trước nhà bán hàng, có phải đăng ký hộ kinh doanh không',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'đăng ký họ kinh doanh quán ăn', expect: HKD_NEW, who: 'rural' },
  { q: 'thành lập hộ kinh doanh tạp hóa bán online', expect: HKD_NEW, who: 'young' },
  {
    q: 'Cái bằng lái xe ô tô của tôi sắp hết hạn rồi, muốn đời bằng mới thì nộp hồ sơ ở đâu',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  { q: 'đổi bằng lái xe máy giầy sang thẻ nhựa', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'đổi gplx hết hạn', expect: LICENCE_EXPIRED, who: 'young' },
  {
    q: 'Tôi đánh rơi mất bằng lái xe máy rồi, có được cấp lại không hay phải thi lại',
    expect: LICENCE_LOST,
    who: 'elderly',
  },
  { q: 'mất bằng lái xe cập lại', expect: LICENCE_LOST, who: 'rural' },
  { q: 'cấp lại giấy phép lái xe bị mấts', expect: LICENCE_LOST, who: 'young' },
  {
    q: 'Cái thẽ bảo hiểm y tế của tôi bị rách, đi khám bệnh người ta không nhận, muốn xin cấp lại thẻ mới',
    expect: BHYT_TORN,
    who: 'elderly',
  },
  { q: 'làm lại thẻ bảo hiểm ý tế bị mất', expect: BHYT_LOST, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: BHYT_LOST, who: 'young' },
  {
    q: 'Nhà tôi cũ quá rồi, muốn đập đi xây lại nhà hai tầng thì có phải xin giấy phép xây dựng không',
    expect: REBUILD,
    who: 'elderly',
  },
  { q: 'xin phép xây nha ở nông thôn', expect: BUILD, who: 'rural' },
  { q: 'cấp giấy phép xay dựng nhà ở riêng lẻ', expect: BUILD, who: 'young' },
  {
    q: 'Giấy khai sinh của tôi mất từ hồi chiến tranh, giờ muốn xin bản sao trích lục khai sinh để làm hồ sơ lương hưu',
    expect: LOST_KS,
    who: 'elderly',
  },
  { q: 'xin bản sao giấy khai sinh bị mất', expect: LOST_KS, who: 'rural' },
  { q: 'trích lúc khai sinh bản sao', expect: [COPY], who: 'young' },
  {
    q: 'Giấy khai sinh của con tôi ghi sai ngày tháng năm sinh, tôi muốn cải chính lại cho đúng',
    expect: CHANGE,
    who: 'elderly',
  },
  { q: 'sửa tên cho con trong giây khai sinh', expect: CHANGE, who: 'rural' },
  { q: 'thay đổi họ tên trong khai sinh', expect: CHANGE, who: 'young' },
  {
    q: 'Con gái tôi có con với người ta mà chưa cưới, giờ bố đứa bé muốn nhận con thì làm thủ tục gì',
    expect: RECOGNISE,
    who: 'elderly',
  },
  { q: 'đăng ký nhận cha cho con', expect: RECOGNISE, who: 'rural' },
  { q: 'thủ tục nhận cha con khi chưa đăng ký kết hôn', expect: RECOGNISE, who: 'young' },
  {
    q: 'Nhà tôi bị cháy mất cái sổ đỏ rồi, giờ xin cấp lại giấy chứng nhận quyền sử dụng đất thế nào',
    expect: LAND_LOST,
    who: 'elderly',
  },
  { q: 'sổ đỏ bị mất cấp lai', expect: LAND_LOST, who: 'rural' },
  { q: 'cấp lại sổ hồng bi mất', expect: LAND_LOST, who: 'young' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const MARKS47_TUNE: readonly CitizenQuery[] = MARKS47_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const MARKS47_HELD: readonly CitizenQuery[] = MARKS47_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (see the header). */
export const MARKS47_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tết này bác muốn đổi tiền mới mừng tuổi các cháu thì ra đâu đổi', who: 'elderly' },
  { q: 'hỏi giá lúa hôm nay', who: 'rural' },
  { q: 'mua vé tàu về quê tết', who: 'young' },
];
