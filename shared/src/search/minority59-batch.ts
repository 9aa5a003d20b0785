import type { CitizenQuery } from './dev-set';
import { FIRST, SALE_GIFT } from './land-codes';

/**
 * People of mountain and midland communes who speak Vietnamese as a second language (Tày, Nùng, H'Mông, Dao, Thái,
 * Ê Đê…) at the commune counter (issue 17, helper session of 7 Dec 2026): 90 queries written in one sitting at 02:02
 * UTC (docs/search-drafts/minority59-draft-20261207T0202Z.txt), before any procedure name was grepped and before the
 * engine was run on them: 28 situations × 3 voices plus 6 questions off the catalogue. Simple words, unusual word
 * order, missing function words, papers named approximately ("giấy đỏ", "giấy làm nhà", "giấy con đẻ", "thẻ khám
 * bệnh", "giấy vợ chồng"), across births at home, marriages by custom, a child's surname, residence, ID cards, land
 * and forest land, planted timber, cattle, poor households, health insurance, martyrs and border papers. Voices:
 * elderly (long, polite but simple, with diacritics, a story before the ask), rural (no diacritics, short broken
 * sentences) and young (short keywords).
 *
 * Labelled afterwards by grepping server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * conventions of hotich12, resid30, forest42, social31 and land-codes.ts: a child of seven born at home accepts the
 * birth registration only (the under-six liên thông does not apply), an unspecified late birth accepts all three; a
 * child moved to the father's surname accepts the change of civil-status details and the father's recognition; a
 * poor household's missing card accepts "người chỉ tham gia BHYT", a torn card the one BHXH reissue; a martyr's
 * worship allowance accepts the police's recognition of martyrs and their relatives, as social31 and welfare23 did;
 * the border pass accepts the commune's Việt–Trung pass and the residents' Việt–Lào passes. The catalogue has no
 * disaster support for crops, no allowance for old soldiers of the army, no social allowance for the old and no
 * disability assessment: those 12 queries and the 6 off-catalogue questions are in MINORITY59_NO_ANSWER.
 * Split by alternation into MINORITY59_TUNE and MINORITY59_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KH = ['1.000894'];
const CHANGE = ['1.004859'];
const SURNAME = [...CHANGE, '1.001022'];
const RECOGNISE = ['1.001022'];
const THUONG_TRU = ['1.004222'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const FOREST_ALLOCATION = ['1.014832', '1.014839'];
const PLANTED_TIMBER = ['1.000045', '1.011471', '1.011470'];
const ANIMAL_TRANSPORT = ['1.002338'];
const ANIMAL_DISEASE_SUPPORT = ['1.013997'];
const BHYT_ONLY = ['1.001939'];
const BHYT_REISSUE = ['1.002759'];
const POOR = ['1.011607', '1.011606'];
const LIET_SI = ['1.004163'];
const PASSPORT = ['1.001456', '1.001471'];
const BORDER_PASS = ['1.003133', '1.012680', '1.001280'];
const KH_BORDER = ['1.000094', '2.000806'];
const KHAI_TU = ['1.000656'];
const BUILD_NEW = ['1.013225'];

export const MINORITY59_BATCH: readonly CitizenQuery[] = [
  { q: 'tôi người Tày ở bản xa, năm đó đẻ con ở nhà không có đi trạm xá, con nay lên bảy tuổi rồi chưa có giấy con đẻ, cán bộ ơi làm thế nào cho con', expect: ['1.001193'], who: 'elderly' },
  { q: 'con de o nha ko co giay trạm xa gio lam giay khai sinh muon thi lam sao', expect: KS, who: 'rural' },
  { q: 'khai sinh con đẻ ở nhà quá hạn', expect: KS, who: 'young' },
  { q: 'vợ chồng tôi cưới theo phong tục người Mông lâu rồi, có ba con, chưa lên xã lấy giấy kết hôn bao giờ, bây giờ muốn làm giấy vợ chồng có được không', expect: KH, who: 'elderly' },
  { q: 'cuoi theo tuc ban ko dang ky gio xin giay ket hon vo chong', expect: KH, who: 'rural' },
  { q: 'đăng ký kết hôn cưới theo phong tục', expect: KH, who: 'young' },
  { q: 'con tôi lúc làm giấy đẻ ghi theo họ mẹ vì bố nó đi làm xa chưa về, nay bố về nhận con muốn đổi con sang họ bố thì làm sao', expect: SURNAME, who: 'elderly' },
  { q: 'con mang ho me gio doi sang ho bo no duoc ko', expect: SURNAME, who: 'rural' },
  { q: 'đổi họ cho con theo họ bố', expect: SURNAME, who: 'young' },
  { q: 'tôi với mẹ nó không có cưới giấy tờ, con đẻ ra giấy khai sinh bỏ trống tên bố, giờ tôi muốn nhận là con của tôi thì cán bộ xã làm cho', expect: RECOGNISE, who: 'elderly' },
  { q: 'giay de cua con ko co ten bo gio bo nhan con thi lam giay gi', expect: RECOGNISE, who: 'rural' },
  { q: 'nhận cha cho con ngoài giá thúc', expect: RECOGNISE, who: 'young' },
  { q: 'con gái tôi lấy chồng bản bên kia núi, về nhà chồng ở hẳn rồi, muốn chuyển hộ khẩu sang nhà chồng, phải làm những giấy gì hả cán bộ', expect: THUONG_TRU, who: 'elderly' },
  { q: 'lay chong ve ban khac o nhap ho khau nha chong the nao', expect: THUONG_TRU, who: 'rural' },
  { q: 'nhập hộ khẩu nhà chồng', expect: THUONG_TRU, who: 'young' },
  { q: 'thằng cháu nhà tôi năm nay đủ mười bốn tuổi rồi, nghe nói phải làm thẻ căn cước có chip, đưa cháu đi đâu làm, có mất tiền không', expect: CARD_NEW, who: 'elderly' },
  { q: 'con 14 tuoi lam the can cuoc lan dau o dau', expect: CARD_NEW, who: 'rural' },
  { q: 'làm căn cước lần đầu', expect: CARD_NEW, who: 'young' },
  { q: 'tôi đi rừng lấy măng làm rơi mất cái thẻ căn cước rồi, tìm mãi không thấy, đi bán quế người ta đòi thẻ, xin làm lại cái khác', expect: CARD_LOST, who: 'elderly' },
  { q: 'mat the can cuoc di rung roi lam lai cai moi', expect: CARD_LOST, who: 'rural' },
  { q: 'cấp lại căn cước bị mất', expect: CARD_LOST, who: 'young' },
  { q: 'ruộng nương nhà tôi bố mẹ khai phá từ xưa, làm mấy chục năm rồi mà chưa có giấy đỏ, nay già rồi muốn có giấy để sau cho con', expect: [FIRST], who: 'elderly' },
  { q: 'dat nuong lam tu doi ong ba chua co giay do xin lam giay do', expect: [FIRST], who: 'rural' },
  { q: 'làm giấy đỏ đất nương lần đầu', expect: [FIRST], who: 'young' },
  { q: 'tôi già rồi, có mảnh đất ruộng bậc thang, muốn cho thằng con trai út đứng tên giấy đỏ, không biết làm giấy cho con thế nào', expect: SALE_GIFT, who: 'elderly' },
  { q: 'bo cho dat con trai sang ten giay do cho no', expect: SALE_GIFT, who: 'rural' },
  { q: 'bố cho con đất sang tên sổ đỏ', expect: SALE_GIFT, who: 'young' },
  { q: 'bản tôi có đồi rừng để không, mấy nhà muốn nhận đất rừng của nhà nước về trồng keo trồng quế, xin giao đất rừng cho hộ nhà tôi được không', expect: FOREST_ALLOCATION, who: 'elderly' },
  { q: 'xin nha nuoc giao dat rung cho ho trong que', expect: FOREST_ALLOCATION, who: 'rural' },
  { q: 'giao đất rừng cho hộ gia đình', expect: FOREST_ALLOCATION, who: 'young' },
  { q: 'keo nhà tôi trồng được sáu năm rồi, to rồi, muốn chặt bán cho người ta chở xuống xuôi, có phải xin phép xã không, làm giấy gì', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'keo trong nha minh den tuoi chat ban gỗ co phai xin giay ko', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác gỗ rừng trồng keo', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'nhà tôi nuôi mấy con trâu con bò, có người mua đưa về tỉnh dưới xuôi, họ bảo phải có giấy kiểm dịch, tôi không biết xin ở đâu', expect: ANIMAL_TRANSPORT, who: 'elderly' },
  { q: 'ban trau bo cho lai buon dua ve tinh khac can giay kiem dich', expect: ANIMAL_TRANSPORT, who: 'rural' },
  { q: 'kiểm dịch trâu bò vận chuyển ra tỉnh khác', expect: ANIMAL_TRANSPORT, who: 'young' },
  { q: 'mùa rét năm nay trâu nhà tôi bị ốm chết hai con, cả bản bị dịch, nghe nói nhà nước có tiền hỗ trợ cho dân, xin cán bộ chỉ cho tôi', expect: ANIMAL_DISEASE_SUPPORT, who: 'elderly' },
  { q: 'bo chet dich lo mom long mong xin ho tro', expect: ANIMAL_DISEASE_SUPPORT, who: 'rural' },
  { q: 'hỗ trợ gia súc chết do dịch bệnh', expect: ANIMAL_DISEASE_SUPPORT, who: 'young' },
  { q: 'nhà tôi là hộ nghèo, năm nay chưa thấy phát thẻ khám bệnh, vợ tôi ốm phải đi viện huyện mà không có thẻ, tôi phải làm sao', expect: BHYT_ONLY, who: 'elderly' },
  { q: 'ho ngheo chua co the kham benh bao hiem lam the o dau', expect: BHYT_ONLY, who: 'rural' },
  { q: 'cấp thẻ BHYT hộ nghèo', expect: BHYT_ONLY, who: 'young' },
  { q: 'cái thẻ khám bệnh của bà già nhà tôi bị chuột cắn rách mất một nửa, đi khám người ta không nhận, xin làm cái thẻ khác', expect: BHYT_REISSUE, who: 'elderly' },
  { q: 'the bao hiem y te bi rach mat xin cap lai', expect: BHYT_REISSUE, who: 'rural' },
  { q: 'cấp lại thẻ bảo hiểm y tế', expect: BHYT_REISSUE, who: 'young' },
  { q: 'nhà tôi nghèo lắm, chồng mất rồi, mấy con nhỏ, đất ít, muốn được xã xét vào hộ nghèo để con đi học được miễn tiền thì làm thế nào', expect: POOR, who: 'elderly' },
  { q: 'xin xac nhan ho ngheo cho con di hoc', expect: POOR, who: 'rural' },
  { q: 'giấy xác nhận hộ nghèo', expect: POOR, who: 'young' },
  { q: 'năm ngoái nhà tôi được ra khỏi hộ nghèo rồi, nhưng vẫn còn khó lắm, cán bộ nói có hộ cận nghèo, tôi muốn xin vào cận nghèo', expect: POOR, who: 'elderly' },
  { q: 'xin vao ho can ngheo', expect: POOR, who: 'rural' },
  { q: 'công nhận hộ cận nghèo', expect: POOR, who: 'young' },
  { q: 'bố tôi đi bộ đội hy sinh ở biên giới năm bảy chín, mẹ tôi mất rồi, nay tôi là con trai cả thờ cúng bố, có được nhận tiền thờ cúng liệt sĩ không', expect: LIET_SI, who: 'elderly' },
  { q: 'bo la liet si me mat roi con nhan tien tho cung', expect: LIET_SI, who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', expect: LIET_SI, who: 'young' },
  { q: 'con trai tôi muốn sang bên Trung Quốc làm thuê, người ta bảo phải có hộ chiếu, nhà tôi ở huyện biên giới, làm hộ chiếu ở đâu mất bao lâu', expect: PASSPORT, who: 'elderly' },
  { q: 'lam ho chieu di lam ben trung quoc', expect: PASSPORT, who: 'rural' },
  { q: 'làm hộ chiếu phổ thông', expect: PASSPORT, who: 'young' },
  { q: 'người bản tôi hay sang bên kia biên giới bán hàng, đổi trâu, nghe nói làm giấy thông hành thì đi được, không cần hộ chiếu, xin làm cho tôi', expect: BORDER_PASS, who: 'elderly' },
  { q: 'xin giay thong hanh qua cua khau ban hang', expect: BORDER_PASS, who: 'rural' },
  { q: 'giấy thông hành biên giới', expect: BORDER_PASS, who: 'young' },
  { q: 'con gái tôi lấy chồng người bên kia biên giới, người Trung Quốc, hai bên ở sát bản nhau, giờ muốn đăng ký kết hôn cho đúng luật', expect: KH_BORDER, who: 'elderly' },
  { q: 'con gai lay chong trung quoc ben kia bien gioi dang ky ket hon', expect: KH_BORDER, who: 'rural' },
  { q: 'kết hôn với người Trung Quốc vùng biên giới', expect: KH_BORDER, who: 'young' },
  { q: 'ông cụ nhà tôi chín mươi tuổi mất ở nhà, làm ma theo phong tục xong rồi, cán bộ bảo phải đi báo tử, tôi phải mang giấy gì đến', expect: KHAI_TU, who: 'elderly' },
  { q: 'bo chet o nha lam ma xong roi gio khai tu', expect: KHAI_TU, who: 'rural' },
  { q: 'đăng ký khai tử', expect: KHAI_TU, who: 'young' },
  { q: 'nhà sàn của tôi cũ mục hết rồi, con cái muốn làm nhà xây mới ở chỗ đất cũ, có phải xin giấy làm nhà ở xã không', expect: BUILD_NEW, who: 'elderly' },
  { q: 'lam nha moi co phai xin giay lam nha ko', expect: BUILD_NEW, who: 'rural' },
  { q: 'xin giấy phép xây nhà', expect: BUILD_NEW, who: 'young' },
  { q: 'giấy khai sinh của tôi ngày xưa cán bộ ghi nhầm tôi là dân tộc Kinh, tôi là người Nùng, bố mẹ đều Nùng, muốn sửa lại cho đúng dân tộc', expect: CHANGE, who: 'elderly' },
  { q: 'giay to ghi sai dan toc xin sua lai dan toc dao', expect: CHANGE, who: 'rural' },
  { q: 'xác định lại dân tộc', expect: CHANGE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const MINORITY59_TUNE: readonly CitizenQuery[] = MINORITY59_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const MINORITY59_HELD: readonly CitizenQuery[] = MINORITY59_BATCH.filter((_, i) => i % 2 === 1);

/** Crop disaster support, old soldiers' allowances, old-age and disability assistance, and questions off the catalogue. */
export const MINORITY59_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'mưa đá với lũ về làm hỏng hết ngô lúa nhà tôi, cả nương mất trắng, xin nhà nước hỗ trợ giống để trồng lại thì làm đơn ở đâu', who: 'elderly' },
  { q: 'lu cuon mat ngo lua tren nuong xin ho tro thien tai', who: 'rural' },
  { q: 'hỗ trợ cây trồng bị thiên tai', who: 'young' },
  { q: 'tôi ngày xưa đi dân công hỏa tuyến, rồi đi bộ đội đánh Mỹ, đến giờ chưa được hưởng chế độ gì, già yếu rồi xin xã làm giấy cho tôi', who: 'elderly' },
  { q: 'di bo doi danh my ve chua duoc che do gi xin lam', who: 'rural' },
  { q: 'chế độ người có công bộ đội kháng chiến', who: 'young' },
  { q: 'mẹ tôi năm nay tám mươi mốt tuổi rồi, không có lương hưu gì, nghe nói người già được nhà nước cho tiền hàng tháng, làm thế nào', who: 'elderly' },
  { q: 'me tui tren 80 tuoi xin tien nguoi gia hang thang', who: 'rural' },
  { q: 'trợ cấp người cao tuổi', who: 'young' },
  { q: 'thằng cháu nội tôi đẻ ra bị tật, không đi được, không nói được, người ta bảo làm giấy khuyết tật thì được tiền trợ cấp, làm ở đâu', who: 'elderly' },
  { q: 'con bi tat nguyen xin giay xac nhan khuyet tat', who: 'rural' },
  { q: 'xác định mức độ khuyết tật', who: 'young' },
  { q: 'năm nay giá quế với giá thảo quả xuống thấp quá, cán bộ cho tôi hỏi bán ở đâu được giá cao hơn', who: 'elderly' },
  { q: 'xe khach len huyen may gio chay', who: 'rural' },
  { q: 'mua giống ngô lai ở đâu', who: 'young' },
  { q: 'con lợn nhà tôi ốm không chịu ăn mấy hôm rồi, tôi muốn hỏi cho nó uống thuốc gì', who: 'elderly' },
  { q: 'mat khau wifi o day la gi', who: 'rural' },
  { q: 'dự báo thời tiết tuần này', who: 'young' },
];
