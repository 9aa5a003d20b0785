import type { CitizenQuery } from './dev-set';
import { EXCHANGE, FIRST, LOST, SALE_GIFT } from './land-codes';

/**
 * The OLD and REGIONAL names elderly people give papers and offices (issue 17, helper session of 6 Dec 2026): 92
 * queries written in one sitting at 23:03 UTC (docs/search-drafts/oldnames49-draft-20261206T2303Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 29 errands × an elderly voice (pre-1975 Southern
 * and pre-2000 Northern names: bằng khoán, văn tự, giấy tay / giấy trắng, trích lục bộ, khai sanh, giá thú / hôn thú,
 * giấy chứng tử, chứng minh thư 9 số, hộ khẩu, nhập / cắt / tách khẩu, KT3, bìa đỏ / bìa hồng, sổ xanh, giấy chủ
 * quyền nhà, bằng lái bìa giấy, cà vẹt, sổ hưu, sổ bảo hiểm, sổ hộ nghèo, giấy xác nhận chưa vợ, giấy ủy quyền, sao
 * y / thị thực, ủy ban xã / phường), a rural voice (no marks) and a young relative helping (today's words, shorthand).
 * Each asks to renew, reissue, transfer, correct or confirm the old paper, or to turn it into today's one.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * following the labels earlier batches gave the same errands (land24 handwritten sales, civil29 lost civil-status
 * papers, resid14 / resid30 residence, cards and vehicles, social31 insurance books, certify38 attestation).
 * Judgement calls: a bằng khoán takes the first certificate; a giấy tay or văn tự sale takes the first certificate
 * or the registration of a pre-2024 transfer never registered (land24); an old house-ownership paper (sổ xanh, giấy
 * chủ quyền nhà) takes the exchange or the first certificate; a lost old birth paper takes the re-registration, a
 * copy of the extract or a grown person's registration; a lost marriage paper the copy or the re-registration; a
 * father dead in 1980 never registered the death registration or its re-registration; the 9-digit ID to the chip card
 * the card exchange or a first card (resid14); a daughter "cắt khẩu" when she marries the deletion or the new
 * permanent registration (resid30); KT3 temporary residence or its extension (resid14); "đổi tiền cũ" the exchange of
 * unfit banknotes (the only money procedure; this one was drafted as a no-answer and moved when labelling). Four have
 * no procedure (office hours, the cooperative's rice money, renting the hamlet hall for a wedding, a land price):
 * OLDNAMES49_NO_ANSWER. The draft header says 26 errands; it holds 29. Split by alternation into OLDNAMES49_TUNE and
 * OLDNAMES49_HELD.
 */

const HANDWRITTEN = [FIRST, '1.012785'];
const KS_AGAIN = '1.004884';
const COPY = '2.000635';
const LOST_KS = [COPY, KS_AGAIN];
const KS_OLD = [KS_AGAIN, COPY, '1.004772'];
const CORRECT_HT = ['1.004859'];
const KH_LOST = [COPY, '1.004746'];
const KT_LATE = ['1.000656', '1.005461'];
const SINGLE = ['1.004873'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_NEW_OR_CHANGE = [...CARD_CHANGE, ...CARD_NEW];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const XAC_NHAN_CU_TRU = ['1.010041'];
const THUONG_TRU = ['1.004222'];
const XOA_OR_THUONG_TRU = ['1.003197', ...THUONG_TRU];
const TACH_HO = ['1.010038'];
const KT3 = ['1.004194', '1.002755'];
const LICENCE_CHANGE = ['3.000347'];
const SANG_TEN = ['1.013076'];
const REG_LOST = ['1.013082', '1.013080'];
const PENSION_MOVE = ['1.001742'];
const SO_BHXH = ['1.002759'];
const POOR = ['1.011607', '1.011606'];
const UY_QUYEN = ['2.000884', '2.001035'];
const SAO_Y = ['2.000815'];
const UNFIT_MONEY = ['2.001077'];

export const OLDNAMES49_BATCH: readonly CitizenQuery[] = [
  { q: 'Đất nhà tôi ông bà để lại từ trước năm bảy lăm, chỉ có cái bằng khoán cũ thời chế độ cũ, giờ muốn làm ra sổ đỏ thì làm sao', expect: [FIRST], who: 'elderly' },
  { q: 'dat co bang khoan cu truoc 75 gio lam so do duoc ko', expect: [FIRST], who: 'rural' },
  { q: 'ông có bằng khoán đất cũ muốn cấp sổ đỏ lần đầu', expect: [FIRST], who: 'young' },
  { q: 'Hồi năm tám mấy tôi mua miếng đất bằng giấy tay, viết tay có ủy ban xã ký, chưa có giấy tờ gì khác, nay xin làm bìa đỏ được không', expect: HANDWRITTEN, who: 'elderly' },
  { q: 'dat mua giay tay chua co so lam so do lan dau', expect: HANDWRITTEN, who: 'rural' },
  { q: 'đất mua bằng giấy trắng viết tay thì đăng ký cấp sổ như nào', expect: HANDWRITTEN, who: 'young' },
  { q: 'Tôi còn giữ tờ văn tự bán đất từ đời cha tôi, nay muốn đăng ký quyền sử dụng đất lần đầu cho đúng phép', expect: HANDWRITTEN, who: 'elderly' },
  { q: 'co van tu mua ban dat cu gio dang ky dat lan dau', expect: HANDWRITTEN, who: 'rural' },
  { q: 'văn tự đất cũ của ông nội có dùng để xin cấp giấy chứng nhận được không', expect: HANDWRITTEN, who: 'young' },
  { q: 'Cái bìa đỏ của tôi cấp từ năm chín mấy, giấy đã cũ nát, chữ mờ, nay xin đổi sang sổ hồng mới được không', expect: [EXCHANGE], who: 'elderly' },
  { q: 'doi bia do cu sang so hong moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'cấp đổi sổ đỏ cũ sang mẫu mới cho bà', expect: [EXCHANGE], who: 'young' },
  { q: 'Nhà tôi có cái giấy chủ quyền nhà cấp từ hồi xưa, người ta gọi là sổ xanh, giờ muốn đổi sang giấy chứng nhận mới', expect: [EXCHANGE, FIRST], who: 'elderly' },
  { q: 'giay chu quyen nha cu doi qua so hong', expect: [EXCHANGE, FIRST], who: 'rural' },
  { q: 'đổi giấy chủ quyền nhà đời cũ sang sổ hồng', expect: [EXCHANGE, FIRST], who: 'young' },
  { q: 'Tôi già rồi, muốn sang tên cái bìa đỏ mảnh đất vườn cho thằng con trai út đứng tên thì phải làm những gì', expect: SALE_GIFT, who: 'elderly' },
  { q: 'cho con dat ruong sang ten bia do', expect: SALE_GIFT, who: 'rural' },
  { q: 'thủ tục bố mẹ tặng cho đất con sang tên sổ đỏ', expect: SALE_GIFT, who: 'young' },
  { q: 'Nhà tôi bị cháy, cuốn bìa hồng cháy mất rồi, xin hỏi làm lại cái khác ở đâu', expect: [LOST], who: 'elderly' },
  { q: 'mat bia hong lam lai o dau', expect: [LOST], who: 'rural' },
  { q: 'sổ hồng bị mất xin cấp lại', expect: [LOST], who: 'young' },
  { q: 'Tôi cần xin trích lục bộ khai sanh của tôi để bổ túc hồ sơ hưu, bản chính mất từ lâu rồi', expect: LOST_KS, who: 'elderly' },
  { q: 'xin trich luc khai sanh ban sao', expect: LOST_KS, who: 'rural' },
  { q: 'xin bản sao trích lục khai sinh cho ông', expect: LOST_KS, who: 'young' },
  { q: 'Tôi sinh năm bốn lăm ở quê, tờ khai sanh mất hồi chiến tranh, nay muốn đăng ký lại khai sanh thì làm ra sao', expect: KS_OLD, who: 'elderly' },
  { q: 'giay khai sanh mat tu hoi xua dang ky lai', expect: KS_OLD, who: 'rural' },
  { q: 'bà bị mất giấy khai sinh gốc, làm lại khai sinh cho người lớn tuổi', expect: KS_OLD, who: 'young' },
  { q: 'Cái khai sanh của tôi ghi sai năm sinh với sai chữ lót, khác với chứng minh thư, xin sửa lại cho đúng', expect: CORRECT_HT, who: 'elderly' },
  { q: 'khai sanh ghi sai ten sua lai', expect: CORRECT_HT, who: 'rural' },
  { q: 'cải chính năm sinh trong giấy khai sinh cho ông', expect: CORRECT_HT, who: 'young' },
  { q: 'Vợ chồng tôi cưới năm sáu tám, tờ hôn thú thất lạc mất, nay cần giấy giá thú để làm thủ tục thừa kế', expect: KH_LOST, who: 'elderly' },
  { q: 'mat giay hon thu xin lai', expect: KH_LOST, who: 'rural' },
  { q: 'ông bà mất giấy đăng ký kết hôn cũ, đăng ký lại kết hôn', expect: KH_LOST, who: 'young' },
  { q: 'Tôi cần bản sao giấy giá thú của vợ chồng tôi đăng ký ở xã hồi xưa, sổ bộ còn lưu ở ủy ban', expect: KH_LOST, who: 'elderly' },
  { q: 'xin ban sao giay ket hon cu o xa', expect: KH_LOST, who: 'rural' },
  { q: 'trích lục kết hôn bản sao cho ông bà', expect: KH_LOST, who: 'young' },
  { q: 'Ông cụ nhà tôi mất từ năm tám mươi, hồi đó không ai làm giấy chứng tử, nay chia đất cần giấy đó thì làm sao', expect: KT_LATE, who: 'elderly' },
  { q: 'cha chet lau roi chua lam giay chung tu', expect: KT_LATE, who: 'rural' },
  { q: 'đăng ký khai tử quá hạn cho cụ mất lâu rồi', expect: KT_LATE, who: 'young' },
  { q: 'Con trai tôi đi làm xa muốn cưới vợ, cần cái giấy xác nhận chưa vợ ở xã, tôi đi xin giùm được không', expect: SINGLE, who: 'elderly' },
  { q: 'xin giay xac nhan doc than o xa', expect: SINGLE, who: 'rural' },
  { q: 'xin giấy xác nhận tình trạng hôn nhân', expect: SINGLE, who: 'young' },
  { q: 'Tôi còn cái chứng minh nhân dân chín số cũ, nghe nói giờ phải đổi sang thẻ căn cước gắn chíp, làm ở đâu', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'doi chung minh thu 9 so qua can cuoc gan chip', expect: CARD_NEW_OR_CHANGE, who: 'rural' },
  { q: 'đổi cmnd 9 số sang căn cước cho ông', expect: CARD_NEW_OR_CHANGE, who: 'young' },
  { q: 'Tôi đi chợ bị rớt mất cái thẻ căn cước, giờ làm lại cái mới thì tới đâu', expect: CARD_LOST, who: 'elderly' },
  { q: 'mat the can cuoc lam lai', expect: CARD_LOST, who: 'rural' },
  { q: 'cấp lại căn cước bị mất cho bà', expect: CARD_LOST, who: 'young' },
  { q: 'Nghe nói sổ hộ khẩu bỏ rồi, mà tôi cần giấy tờ chứng minh tôi ở đây để làm hồ sơ, thì xin cái gì', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'bo so ho khau roi gio xin giay xac nhan cu tru', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'xin giấy xác nhận cư trú thay sổ hộ khẩu', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'Đứa cháu nội tôi ở trên thành phố về ở với ông bà, tôi muốn nhập khẩu cho nó vào hộ nhà tôi', expect: THUONG_TRU, who: 'elderly' },
  { q: 'nhap khau cho chau ve o voi ong ba', expect: THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thường trú cho cháu vào nhà ông bà', expect: THUONG_TRU, who: 'young' },
  { q: 'Con gái tôi lấy chồng ở tỉnh khác, nay phải cắt khẩu ra khỏi hộ nhà tôi thì làm thế nào', expect: XOA_OR_THUONG_TRU, who: 'elderly' },
  { q: 'cat khau cho con gai di lay chong', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'xóa đăng ký thường trú cho người đã chuyển đi', expect: XOA_OR_THUONG_TRU, who: 'young' },
  { q: 'Thằng con lớn lấy vợ rồi, muốn tách khẩu ra làm hộ riêng nhưng vẫn ở chung nhà, làm thủ tục gì', expect: TACH_HO, who: 'elderly' },
  { q: 'tach khau ra rieng cho con trai', expect: TACH_HO, who: 'rural' },
  { q: 'thủ tục tách hộ khi ở cùng nhà', expect: TACH_HO, who: 'young' },
  { q: 'Tôi lên ở với con trên thành phố, người ta bảo phải làm KT3, tạm trú, vậy đăng ký ở đâu', expect: KT3, who: 'elderly' },
  { q: 'dang ky kt3 o nha con', expect: KT3, who: 'rural' },
  { q: 'đăng ký tạm trú cho ông ở cùng', expect: KT3, who: 'young' },
  { q: 'Tôi còn cái bằng lái xe máy bìa giấy cấp từ năm chín mấy, nay đổi sang bằng thẻ nhựa thì làm sao', expect: LICENCE_CHANGE, who: 'elderly' },
  { q: 'doi bang lai bia giay sang the nhua', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'đổi bằng A1 giấy cũ sang thẻ PET', expect: LICENCE_CHANGE, who: 'young' },
  { q: 'Chiếc xe Honda tôi mua lại của người ta mấy chục năm rồi, cà vẹt vẫn đứng tên chủ cũ, giờ muốn sang tên cho tôi', expect: SANG_TEN, who: 'elderly' },
  { q: 'sang ten ca vet xe may mua lai', expect: SANG_TEN, who: 'rural' },
  { q: 'sang tên xe máy cũ mua lại chủ cũ không liên lạc được', expect: SANG_TEN, who: 'young' },
  { q: 'Tôi làm mất cái cà vẹt xe, giấy đăng ký xe, xin làm lại cái khác ở đâu', expect: REG_LOST, who: 'elderly' },
  { q: 'mat ca vet xe lam lai', expect: REG_LOST, who: 'rural' },
  { q: 'cấp lại giấy đăng ký xe máy bị mất', expect: REG_LOST, who: 'young' },
  { q: 'Tôi về hưu, nay theo con về quê ở, muốn chuyển chỗ lãnh lương hưu về xã tôi thì làm sao', expect: PENSION_MOVE, who: 'elderly' },
  { q: 'chuyen noi lanh luong huu ve que', expect: PENSION_MOVE, who: 'rural' },
  { q: 'chuyển nơi hưởng lương hưu sang tỉnh khác', expect: PENSION_MOVE, who: 'young' },
  { q: 'Cuốn sổ bảo hiểm của tôi bị mối ăn mất rồi, muốn xin cấp lại để còn tính lương hưu', expect: SO_BHXH, who: 'elderly' },
  { q: 'so bao hiem bi hu xin cap lai', expect: SO_BHXH, who: 'rural' },
  { q: 'cấp lại sổ bhxh bị hỏng', expect: SO_BHXH, who: 'young' },
  { q: 'Nhà tôi hai ông bà già, không có ruộng, xin vô sổ hộ nghèo thì làm đơn ở đâu', expect: POOR, who: 'elderly' },
  { q: 'xin so ho ngheo', expect: POOR, who: 'rural' },
  { q: 'đăng ký xét công nhận hộ nghèo', expect: POOR, who: 'young' },
  { q: 'Tôi già yếu đi không nổi, muốn làm giấy ủy quyền cho con gái đi làm giấy tờ đất giùm, phải ra xã chứng thực ra sao', expect: UY_QUYEN, who: 'elderly' },
  { q: 'lam giay uy quyen cho con di lam so do', expect: UY_QUYEN, who: 'rural' },
  { q: 'chứng thực hợp đồng ủy quyền cho bà', expect: UY_QUYEN, who: 'young' },
  { q: 'Tôi cần sao y mấy tờ giấy khai sanh với sổ hưu, thị thực ở ủy ban phường được không', expect: SAO_Y, who: 'elderly' },
  { q: 'sao y giay to o uy ban xa', expect: SAO_Y, who: 'rural' },
  { q: 'công chứng bản sao giấy tờ ở phường', expect: SAO_Y, who: 'young' },
  { q: 'Tôi còn mấy tờ tiền cũ in năm tám lăm, đổi ra tiền mới ở đâu', expect: UNFIT_MONEY, who: 'elderly' },
];

/** The even-indexed queries: tuned on. */
export const OLDNAMES49_TUNE: readonly CitizenQuery[] = OLDNAMES49_BATCH.filter((_, i) => i % 2 === 0);

/** The odd-indexed queries: held out, never tuned on. */
export const OLDNAMES49_HELD: readonly CitizenQuery[] = OLDNAMES49_BATCH.filter((_, i) => i % 2 === 1);

/** Questions the catalogue cannot answer: the search should return nothing. */
export const OLDNAMES49_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Ủy ban phường mình giờ làm việc buổi sáng mấy giờ mở cửa vậy cô', who: 'elderly' },
  { q: 'hop tac xa tra tien lua chua', who: 'rural' },
  { q: 'nhà văn hóa khu phố cho thuê tổ chức đám cưới không', who: 'young' },
  { q: 'ban dat bang khoan cu duoc gia bao nhieu', who: 'rural' },
];
