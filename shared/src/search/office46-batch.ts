import type { CitizenQuery } from './dev-set';
import { CHANGE_USE, DISPUTE, EXCHANGE, MORTGAGE, SALE_GIFT, TRANSFER } from './land-codes';

/**
 * The office or the counter named instead of the procedure, or the state of a paper (issue 17, helper session of 6 Dec
 * 2026): 49 queries, 15 situations in three voices and 4 the catalogue cannot answer, written in one sitting
 * (docs/search-drafts/office46-draft-20261206T2301Z.txt), before any procedure name was grepped and before the
 * engine was run on them. "Lên công an xã làm lại căn cước", "ra ủy ban xin xác nhận độc thân", "văn phòng đăng ký đất
 * đai", "phòng tài nguyên", "bộ phận một cửa", "bên bảo hiểm", "bên thuế", "tư pháp xã", "địa chính xã"; papers torn,
 * worn, faded ("thẻ bảo hiểm y tế bị rách", "bằng lái mờ hết chữ", "sổ đỏ bị mối xông"); "đòi" (to claim) typed with
 * its marks beside "đổi"; "cắt khẩu" after a death (removal from the register) and at a marriage (the move).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * codes of land-codes.ts and ask34: a lost card every level of its reissue; a torn health card the one BHXH procedure
 * for books and cards (the "Cấp đổi / cấp lại thẻ bảo hiểm y tế" of field "Chính sách" are the police force's own
 * families'); a worn or broken licence its exchange and reissue; a funeral grant the survivors' benefits (tử tuất); a
 * tax code the first registration of an individual; "cắt khẩu" after a death the removal of permanent residence, and
 * to move to the husband's home the registration there or the removal. A sale already certified accepts the
 * registration of the change only; one not said so, the contract too. A land certificate damaged is exchanged.
 * Opening hours, a phone number, a working day and unemployment pay (which the catalogue lacks) go to
 * OFFICE46_NO_ANSWER. Split by alternation into OFFICE46_TUNE and OFFICE46_HELD.
 */
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const SINGLE = ['1.004873'];
const TRANSFER_ = [TRANSFER];
const SAO_Y = ['2.000815'];
const BHYT_CARD = ['1.002759'];
const SURVIVORS = ['2.000821'];
const TAX_CODE = ['1.008498'];
const KS = ['1.001193', '2.000986', '2.001023'];
const XOA_THUONG_TRU = ['1.003197'];
const MOVE_IN = ['1.004222', ...XOA_THUONG_TRU];
const LICENCE_WORN = ['3.000347', '3.000348'];
const MORTGAGE_ = [MORTGAGE];
const EXCHANGE_ = [EXCHANGE];

export const OFFICE46_BATCH: readonly CitizenQuery[] = [
  { q: 'tôi già rồi đánh rơi mất cái căn cước, giờ phải lên công an xã làm lại phải không cháu', expect: CARD_LOST, who: 'elderly' },
  { q: 'lên công an xã làm lại căn cước bị mất thì cần mang theo gì', expect: CARD_LOST, who: 'rural' },
  { q: 'mat cccd len cong an phuong lam lai', expect: CARD_LOST, who: 'young' },
  { q: 'con gái tôi sắp lấy chồng, người ta bảo ra ủy ban xin giấy xác nhận độc thân cho nó thì làm sao', expect: SINGLE, who: 'elderly' },
  { q: 'ra ủy ban xã xin xác nhận tình trạng hôn nhân để đi đăng ký kết hôn', expect: SINGLE, who: 'rural' },
  { q: 'xin giay xac nhan doc than o ubnd phuong', expect: SINGLE, who: 'young' },
  { q: 'tôi bán mảnh đất cho người ta, công chứng xong rồi, giờ lên văn phòng đăng ký đất đai sang tên thế nào', expect: TRANSFER_, who: 'elderly' },
  { q: 'ra văn phòng đất đai huyện làm sang tên sổ đỏ mua đất', expect: SALE_GIFT, who: 'rural' },
  { q: 'sang ten so do o van phong dang ky dat dai', expect: SALE_GIFT, who: 'young' },
  { q: 'nhà tôi có mảnh vườn muốn lên thổ cư để xây nhà cho con, lên phòng tài nguyên huyện hỏi thì làm thế nào', expect: CHANGE_USE, who: 'elderly' },
  { q: 'lên phòng tài nguyên xin chuyển đất ruộng sang đất ở', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyen muc dich su dung dat phong tai nguyen moi truong', expect: CHANGE_USE, who: 'young' },
  { q: 'tôi ra bộ phận một cửa ở xã nhờ sao y mấy cái giấy tờ để nộp hồ sơ cho cháu đi học', expect: SAO_Y, who: 'elderly' },
  { q: 'ra một cửa công chứng photo căn cước mấy bản', expect: SAO_Y, who: 'rural' },
  { q: 'sao y ban chinh o bo phan mot cua', expect: SAO_Y, who: 'young' },
  { q: 'cái thẻ bảo hiểm y tế của tôi bị rách rồi, đi khám người ta không nhận, giờ xin cấp lại ở đâu', expect: BHYT_CARD, who: 'elderly' },
  { q: 'thẻ bảo hiểm y tế bị rách đổi ở bên bảo hiểm được không', expect: BHYT_CARD, who: 'rural' },
  { q: 'the bhyt bi rach doi the moi', expect: BHYT_CARD, who: 'young' },
  { q: 'ông nhà tôi mất rồi, ông có đóng bảo hiểm xã hội, tôi lên bên bảo hiểm đòi tiền mai táng thì làm giấy gì', expect: SURVIVORS, who: 'elderly' },
  { q: 'bố mất muốn đòi tiền tuất bên bảo hiểm xã hội', expect: SURVIVORS, who: 'rural' },
  { q: 'đòi tiền mai táng phí bên bhxh cần gì', expect: SURVIVORS, who: 'young' },
  { q: 'con tôi mới đi làm, công ty bảo ra bên thuế làm mã số thuế cá nhân, làm thế nào', expect: TAX_CODE, who: 'elderly' },
  { q: 'ra chi cục thuế xin mã số thuế cá nhân', expect: TAX_CODE, who: 'rural' },
  { q: 'dang ky mst ca nhan ben thue', expect: TAX_CODE, who: 'young' },
  { q: 'con dâu tôi mới sinh cháu, tôi lên tư pháp xã làm giấy khai sinh cho cháu được không', expect: KS, who: 'elderly' },
  { q: 'ra tư pháp xã khai sinh cho con mới đẻ', expect: KS, who: 'rural' },
  { q: 'lam giay khai sinh o tu phap phuong', expect: KS, who: 'young' },
  { q: 'nhà hàng xóm xây lấn sang đất nhà tôi, tôi ra địa chính xã trình bày thì họ giải quyết thế nào', expect: DISPUTE, who: 'elderly' },
  { q: 'báo địa chính xã hòa giải vụ lấn đất', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chap dat voi hang xom bao dia chinh xa', expect: DISPUTE, who: 'young' },
  { q: 'ông nhà tôi mất rồi, ra công an xã cắt khẩu cho ông thì cần giấy gì', expect: XOA_THUONG_TRU, who: 'elderly' },
  { q: 'bố mất rồi đi cắt khẩu cho bố', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'cat khau nguoi da mat', expect: XOA_THUONG_TRU, who: 'young' },
  { q: 'con gái tôi lấy chồng ở huyện bên, giờ cắt khẩu để nhập về nhà chồng thì làm sao', expect: MOVE_IN, who: 'elderly' },
  { q: 'cắt khẩu chuyển về nhà chồng', expect: MOVE_IN, who: 'rural' },
  { q: 'cat khau ve nha chong lam the nao', expect: MOVE_IN, who: 'young' },
  { q: 'cái bằng lái xe máy của tôi lâu năm mờ hết chữ rồi, lên sở giao thông đổi được không', expect: LICENCE_WORN, who: 'elderly' },
  { q: 'bằng lái bị gãy đôi, đổi ở đâu', expect: LICENCE_WORN, who: 'rural' },
  { q: 'doi bang lai xe bi mo chu', expect: LICENCE_WORN, who: 'young' },
  { q: 'tôi vay ngân hàng, ngân hàng bảo phải mang sổ đỏ ra văn phòng đăng ký đất đai đăng ký thế chấp, là thủ tục gì', expect: MORTGAGE_, who: 'elderly' },
  { q: 'ra văn phòng đất đai đăng ký thế chấp sổ đỏ để vay vốn', expect: MORTGAGE_, who: 'rural' },
  { q: 'dang ky the chap so do van phong dang ky dat dai', expect: MORTGAGE_, who: 'young' },
  { q: 'cái sổ đỏ nhà tôi để lâu bị mối xông rách mất một góc, lên văn phòng đất đai đổi cái mới được không', expect: EXCHANGE_, who: 'elderly' },
  { q: 'sổ đỏ bị ướt nhòe hết chữ, xin đổi', expect: EXCHANGE_, who: 'rural' },
  { q: 'so do bi rach xin cap doi', expect: EXCHANGE_, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const OFFICE46_TUNE: readonly CitizenQuery[] = OFFICE46_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const OFFICE46_HELD: readonly CitizenQuery[] = OFFICE46_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: opening hours, a phone number, a working day, unemployment pay. */
export const OFFICE46_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'bộ phận một cửa ở xã mấy giờ làm việc', who: 'elderly' },
  { q: 'số điện thoại bên thuế huyện', who: 'rural' },
  { q: 'công an xã có làm thứ bảy không', who: 'young' },
  { q: 'bị nghỉ việc rồi, đòi tiền thất nghiệp ở đâu', who: 'rural' },
];
