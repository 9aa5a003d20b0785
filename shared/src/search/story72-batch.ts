import type { CitizenQuery } from './dev-set';
import { CHANGE_INFO, CHANGE_USE, CONTRACT, CORRECT, EXCHANGE, FIRST, INHERIT, LOST, MORTGAGE, PERMIT_NEW, PERMIT_REPAIR, RELEASE, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

const TRANSFERRED_BEFORE_2024 = '1.012785';
/** Dividing a plot among the children: the split, and the gift registered and attested. */
const SPLIT_GIFT = [SPLIT_MERGE, TRANSFER, CONTRACT];
/** Cutting off part of a plot to sell: the split, and the sale registered. */
const SPLIT_FOR_SALE = [SPLIT_MERGE, TRANSFER];
/** Land bought on a hand-written paper: the first certificate, the late-registered transfer, or the transfer. */
const HANDWRITTEN = [FIRST, TRANSFERRED_BEFORE_2024, TRANSFER];
/** A sale made years ago and never registered: the contract's attestation, the late registration, the transfer. */
const OLD_SALE = [CONTRACT, TRANSFERRED_BEFORE_2024, TRANSFER];
/** The contract attested at the commune first, its registration as the alternative. */
const CONTRACT_FIRST = [CONTRACT, TRANSFER];
/** Part of a plot taken for a road: the change registered on the certificate, or a new certificate. */
const AREA_CUT = [CHANGE_INFO, EXCHANGE];
/** A wrong name on the certificate: its correction, or the change of the holder's information. */
const WRONG_NAME = [...CORRECT, CHANGE_INFO];
/** A flat allotted by the state: the first certificate, or the sale of old public housing. */
const STATE_FLAT = [FIRST, '1.012893'];
const REBUILD = [PERMIT_NEW, PERMIT_REPAIR];
const SAO_Y = ['2.000815'];
const CHU_KY = ['2.000884'];
const CHU_KY_UY_QUYEN = ['2.000884', '2.001035'];
const UY_QUYEN = ['2.001035', '2.000884'];
const DI_CHUC = ['2.001019'];
const TU_CHOI = ['2.001016'];
const PHAN_CHIA = ['2.001406'];
const HON_NHAN = ['1.004873'];
const TRICH_LUC = ['2.000635'];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TAM_VANG = ['1.003677'];
const GIA_HAN_TAM_TRU = ['1.002755'];
const XOA_THUONG_TRU = ['1.003197'];
const TACH_HO = ['1.010038'];
/** A change of household head is an adjustment of the residence record. */
const CHU_HO = ['1.010039'];
const XAC_NHAN_CU_TRU = ['1.010041'];
/** Is the family in the population database: the commune's look-up there, or a residence confirmation. */
const DAN_CU = ['1.010101', '1.010041'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
/** An old 9- or 12-digit ID card replaced by a căn cước: a first card or an exchange, both accepted. */
const CMND_TO_CARD = [...CARD_NEW, ...CARD_CHANGE];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];

/**
 * Land, housing, certification and residence told as elderly stories with other papers and events around the need
 * (helper session story72, 7 Dec 2026): 91 queries written in one sitting at 08:28 UTC, before any engine,
 * lexicon, set or batch was read and before any procedure name was grepped
 * (docs/search-drafts/story72-draft-20261207T0828Z.txt, sha256 94508a2fbbd3d2956a8ce95b5dcf0578dece3e4ad69d9ae932ea08e2d107b0fc).
 * Voices: 55 elderly (16–35 words, full diacritics, northern, central and southern speech, ages 65–90: a
 * dead spouse's red book, siblings in America, a plot bought on a hand-written paper, a bank loan for a daughter's
 * wedding, a pension collected by a son, moving in with a child in another province, a grandchild's school), 18
 * rural (no diacritics, "dc", "ko", "dk", "ubnd") and 18 young (short, with diacritics).
 *
 * Labelled afterwards by grepping server/seed/tthc/national-crawl.jsonl.gz, following the labels of land-codes.ts and
 * the earlier batches for the same acts: commune-level procedure first, close alternatives a counter would accept.
 * Every query has an answer, so STORY72_NO_ANSWER is empty. Odd-numbered draft lines are STORY72_TUNE, even ones
 * STORY72_HELD.
 */
export const STORY72_BATCH: readonly CitizenQuery[] = [
  { q: 'Cháu ơi bà năm nay bảy mươi tám rồi, ông nhà mất năm ngoái, bà muốn chia mảnh đất vườn cho ba đứa con trai thì làm giấy tờ ở đâu?', expect: SPLIT_GIFT, who: 'elderly' },
  { q: 'Tui già rồi, hồi trước vay ngân hàng cất nhà đã trả xong, giờ muốn sang tên miếng đất cho con gái út đang nuôi tui thì làm hợp đồng tặng cho ở xã hả?', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Dạ thưa cô, ba má tôi mất để lại miếng đất ở quê, hai anh em tôi đang ở bên Mỹ không về được, giờ khai nhận di sản thừa kế thì làm sao?', expect: INHERIT, who: 'elderly' },
  { q: 'tach so do cho con trai, dat cua ba me gia, lam o xa dc k', expect: SPLIT_GIFT, who: 'rural' },
  { q: 'tặng cho đất cho con', expect: SALE_GIFT, who: 'young' },
  { q: 'Bà nhà tôi mất được ba năm rồi, cái sổ đỏ đứng tên bà ấy, nay tôi muốn sang tên lại cho tôi để sau này cho thằng con trưởng thì làm gì ạ?', expect: INHERIT, who: 'elderly' },
  { q: 'Hồi năm chín mấy tôi mua miếng đất của ông hàng xóm, chỉ viết giấy tay có người làm chứng, ông ấy mất rồi, giờ xin cấp sổ đỏ lần đầu có được không cô?', expect: HANDWRITTEN, who: 'elderly' },
  { q: 'Con gái tôi lấy chồng tháng sau, tôi định vay ngân hàng lo đám cưới, ngân hàng bảo mang sổ đỏ với căn cước đi chứng thực bản sao, làm ở đây được không cháu?', expect: SAO_Y, who: 'elderly' },
  { q: 'ba me mat de lai dat, anh e ben my, khai nhan thua ke o dau', expect: INHERIT, who: 'rural' },
  { q: 'sang tên sổ đỏ thừa kế', expect: INHERIT, who: 'young' },
  {
    q: 'Tôi là cán bộ nghỉ hưu, tháng này đau chân không tự đi lĩnh lương hưu được, muốn làm giấy ủy quyền cho con trai lĩnh thay thì chứng thực chữ ký ở đâu?',
    expect: CHU_KY_UY_QUYEN,
    who: 'elderly',
  },
  { q: 'Ông già rồi đi lại khó khăn, muốn ủy quyền cho đứa con trai thứ hai đi làm thủ tục cấp đổi sổ đỏ thay, giấy ủy quyền chứng thực ở xã được không cháu?', expect: UY_QUYEN, who: 'elderly' },
  { q: 'Tôi ở ngoài Nghệ An, vợ tôi mất rồi, con trai út làm ăn trong Bình Dương kêu vô ở với nó, giờ muốn chuyển hộ khẩu vô trong đó thì làm thủ tục gì?', expect: THUONG_TRU, who: 'elderly' },
  { q: 'so do ten vo da mat muon sang ten lai cho chong thi lam sao', expect: INHERIT, who: 'rural' },
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: CHU_KY_UY_QUYEN, who: 'young' },
  { q: 'Thằng cháu nội tôi ở quê lên thành phố ở với ông bà để học cấp ba, bà muốn đăng ký tạm trú cho nó thì mang giấy gì đến công an phường hả cháu?', expect: TAM_TRU, who: 'elderly' },
  { q: 'Cái chứng minh thư của tôi làm từ năm hai nghìn, giờ chữ mờ hết rồi, ra ngân hàng họ không nhận nữa, tôi muốn đổi sang căn cước thì đi đâu làm hả con?', expect: CMND_TO_CARD, who: 'elderly' },
  { q: 'Đứa cháu ngoại tôi đang ở với tôi để đi học, nhà trường bảo phải có giấy xác nhận cư trú mới cho nhập học lớp một, ông phải xin ở đâu cháu?', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'mua dat giay tay tu nam 98 gio xin lam so do lan dau dc ko', expect: HANDWRITTEN, who: 'rural' },
  { q: 'chứng thực bản sao sổ đỏ', expect: SAO_Y, who: 'young' },
  { q: 'Tôi năm nay tám mươi lăm tuổi, có hai đứa con, muốn viết di chúc để lại căn nhà cho đứa con gái chăm tôi lúc ốm, có cần ra xã chứng thực không?', expect: DI_CHUC, who: 'elderly' },
  { q: 'Trước đây nhà tôi có cuốn sổ hộ khẩu giấy, công an bảo giờ không dùng nữa, tôi cần giấy chứng minh nơi ở để làm hồ sơ hưởng trợ cấp thì xin cái gì?', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'Chồng tôi mất đột ngột không để lại di chúc, nhà đất đứng tên hai vợ chồng, các con đồng ý để lại cho tôi, làm văn bản phân chia di sản ở đâu?', expect: INHERIT, who: 'elderly' },
  { q: 'chung thuc ban sao so do de vay ngan hang o xa dc ko', expect: SAO_Y, who: 'rural' },
  { q: 'đăng ký thường trú nhà người thân', expect: THUONG_TRU, who: 'young' },
  { q: 'Dự án làm đường đi qua nhà tôi, họ đo lấy mất một phần đất, phần còn lại tôi muốn làm lại sổ đỏ cho đúng diện tích thì phải làm sao hả cô?', expect: AREA_CUT, who: 'elderly' },
  {
    q: 'Năm hai nghìn lẻ năm tôi bán miếng đất nhưng người mua chưa sang tên, sổ vẫn đứng tên tôi, giờ họ nhờ tôi đi ký hợp đồng chuyển nhượng, công chứng ở đâu được?',
    expect: OLD_SALE,
    who: 'elderly',
  },
  { q: 'Cuốn sổ đỏ nhà tôi cấp từ năm chín mươi tư, bị mối ăn rách mất một góc, ông muốn xin đổi lại sổ mới thì làm ở đâu hả cháu?', expect: [EXCHANGE], who: 'elderly' },
  { q: 'lam giay uy quyen cho con di linh luong huu thay, chung thuc chu ky o dau', expect: CHU_KY_UY_QUYEN, who: 'rural' },
  { q: 'đăng ký tạm trú cho cháu', expect: TAM_TRU, who: 'young' },
  { q: 'Dạo lũ năm ngoái nước vào nhà cuốn mất hết giấy tờ, cả cái sổ đỏ cũng mất, tôi năm nay bảy mươi hai tuổi, muốn xin cấp lại sổ thì phải làm sao?', expect: [LOST], who: 'elderly' },
  { q: 'Vợ tôi mất đã lâu, nay tôi bán miếng đất riêng, bên văn phòng công chứng đòi giấy xác nhận tình trạng hôn nhân, tôi phải xin ở đâu cô?', expect: HON_NHAN, who: 'elderly' },
  { q: 'Ông nhà tôi mất năm hai nghìn mười, giờ làm thủ tục thừa kế đất thì người ta đòi giấy chứng tử, mà tôi làm mất rồi, xin lại bản sao ở đâu hả cháu?', expect: TRICH_LUC, who: 'elderly' },
  { q: 'chuyen ho khau tu nghe an vao binh duong o voi con', expect: THUONG_TRU, who: 'rural' },
  { q: 'xác nhận thông tin cư trú', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'Con gái tôi mới lấy chồng ở huyện bên, giờ nó muốn chuyển khẩu về nhà chồng, tôi là chủ hộ thì có phải làm gì không, hay để nó tự đi?', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Thằng con trai tôi lấy vợ được mấy năm, giờ ra ở riêng trên mảnh đất tôi cho, nó muốn tách khỏi hộ của tôi để làm chủ hộ riêng thì làm sao?', expect: TACH_HO, who: 'elderly' },
  { q: 'Ông có đứa con trai định cư ở Úc, nay muốn tặng cho nó mảnh đất hương hỏa ở quê, người ở nước ngoài có đứng tên được không, làm giấy tờ ở đâu?', expect: SALE_GIFT, who: 'elderly' },
  { q: 'dk tam tru cho chau noi len tp di hoc', expect: TAM_TRU, who: 'rural' },
  { q: 'cấp đổi căn cước', expect: CARD_CHANGE, who: 'young' },
  { q: 'Nhà tôi có mảnh vườn, con trai sắp cưới vợ, tôi muốn cho nó xây nhà trên đó nhưng đất vườn chưa lên thổ cư, phải xin chuyển mục đích ở đâu hả chú?', expect: CHANGE_USE, who: 'elderly' },
  { q: 'Ông bà tính dỡ căn nhà cấp bốn cũ để xây lại cho con cháu ở chung, nghe nói ở phố phải xin giấy phép xây dựng, thì nộp ở đâu cháu?', expect: REBUILD, who: 'elderly' },
  { q: 'Chồng tôi là thương binh mới mất, tôi làm hồ sơ hưởng tuất, người ta bảo phải có bản sao giấy chứng tử và sổ hộ khẩu có chứng thực, làm ở đâu?', expect: SAO_Y, who: 'elderly' },
  { q: 'doi cmnd cu sang can cuoc o dau', expect: CMND_TO_CARD, who: 'rural' },
  { q: 'tách thửa đất', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'Tôi viết tay tờ giấy cam kết cho con mượn sổ đỏ đi thế chấp ngân hàng, ngân hàng bảo phải chứng thực chữ ký của tôi, làm ở ủy ban xã được không cháu?', expect: CHU_KY, who: 'elderly' },
  { q: 'Con trai tôi vay ngân hàng mua xe, lấy sổ đỏ đứng tên tôi đi thế chấp, ngân hàng bảo phải đăng ký thế chấp ở văn phòng đất đai, thủ tục thế nào cháu?', expect: [MORTGAGE], who: 'elderly' },
  { q: 'Năm ngoái nhà tôi đã trả hết nợ ngân hàng rồi, ngân hàng trả lại cuốn sổ đỏ, nhưng trên sổ vẫn ghi đang thế chấp, giờ muốn xóa dòng đó thì làm ở đâu?', expect: [RELEASE], who: 'elderly' },
  { q: 'xin giay xac nhan cu tru cho chau di hoc lop 1', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'cấp lại sổ đỏ bị mất', expect: [LOST], who: 'young' },
  { q: 'Sổ đỏ nhà tôi cấp hồi trước ghi sai tên đệm so với căn cước mới, giờ làm thủ tục cho con thì bị vướng, tôi muốn sửa lại tên trên sổ thì làm sao?', expect: WRONG_NAME, who: 'elderly' },
  { q: 'Tôi ở với con trai ngoài Hà Nội, căn nhà trong Huế bỏ không, muốn ủy quyền cho cháu họ trong đó đứng ra bán giúp, hợp đồng ủy quyền làm ở đâu?', expect: UY_QUYEN, who: 'elderly' },
  { q: 'Dạ tôi ở Sài Gòn mấy chục năm, nay già yếu về quê Quảng Ngãi ở với con gái, muốn đăng ký thường trú ở nhà con gái thì cần giấy tờ chi?', expect: THUONG_TRU, who: 'elderly' },
  { q: 'so do bi mat do lu xin cap lai', expect: [LOST], who: 'rural' },
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: [MORTGAGE], who: 'young' },
  { q: 'Bà ở nhờ nhà con rể, sổ đỏ đứng tên nó, giờ bà muốn nhập khẩu vào nhà nó để làm thẻ bảo hiểm y tế, thì nó phải viết giấy đồng ý gì cháu?', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Ông sắp vô Sài Gòn ở với đứa con gái mấy tháng để chữa bệnh, nhà ở quê để trống, nghe nói phải khai báo tạm vắng, thì khai ở đâu hả cháu?', expect: TAM_VANG, who: 'elderly' },
  { q: 'Hai ông bà lên Hà Nội trông cháu cho con gái đã gần hai năm, đăng ký tạm trú sắp hết hạn, giờ muốn gia hạn thêm thì làm thủ tục gì hả cháu?', expect: GIA_HAN_TAM_TRU, who: 'elderly' },
  { q: 'xoa the chap tren so do khi da tra no ngan hang', expect: [RELEASE], who: 'rural' },
  { q: 'khai báo tạm vắng', expect: TAM_VANG, who: 'young' },
  { q: 'Tôi ở nhờ nhà con trai trên thành phố, ra ngân hàng mở sổ tiết kiệm họ đòi giấy xác nhận nơi cư trú, mà hộ khẩu còn ở quê, xin giấy đó ở đâu?', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'Miếng đất này ông bà khai hoang từ hồi hợp tác xã giải thể, ở mấy chục năm không tranh chấp với ai, giờ muốn làm sổ đỏ để mai sau chia cho các con?', expect: [FIRST], who: 'elderly' },
  { q: 'Tôi có hai thửa đất liền nhau, một thửa mua của em trai đã sang tên, giờ muốn gộp lại làm một sổ để sau này cho thằng út thì làm sao hả cô?', expect: [SPLIT_MERGE], who: 'elderly' },
  { q: 'chung thuc hop dong tang cho dat cho con o ubnd xa', expect: CONTRACT_FIRST, who: 'rural' },
  { q: 'gia hạn tạm trú', expect: GIA_HAN_TAM_TRU, who: 'young' },
  { q: 'Vợ chồng tôi được phân căn hộ tập thể của cơ quan từ những năm tám mươi, giấy tờ chỉ có quyết định phân phối, nay muốn làm sổ hồng thì có được không?', expect: STATE_FLAT, who: 'elderly' },
  { q: 'Mẹ tôi mất để lại căn nhà, tôi có nhà riêng rồi nên muốn nhường phần mình cho em gái, làm văn bản từ chối nhận di sản thì ra xã chứng thực được không?', expect: TU_CHOI, who: 'elderly' },
  {
    q: 'Tôi có giấy chứng nhận cựu chiến binh với bằng khen cũ từ hồi kháng chiến, con cháu bảo photo rồi chứng thực để làm hồ sơ, mang bản gốc ra phường làm được không?',
    expect: SAO_Y,
    who: 'elderly',
  },
  { q: 'xin chuyen muc dich dat vuon len tho cu cho con xay nha', expect: CHANGE_USE, who: 'rural' },
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: CONTRACT_FIRST, who: 'young' },
  { q: 'Đất ông bà nội để lại cho bố tôi, bố tôi mất rồi, năm anh em đã thống nhất chia đều, giờ chứng thực văn bản phân chia di sản ở xã cần những gì?', expect: INHERIT, who: 'elderly' },
  { q: 'Ông bà làm giấy cho thằng cháu đích tôn mảnh đất ở ngõ, nó đang đi lao động bên Hàn Quốc chưa về, làm hợp đồng tặng cho thì nó có phải về ký không?', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Con trai bảo từ nay không dùng sổ hộ khẩu nữa mà dùng mã định danh, bà không biết nhà mình đã có trong dữ liệu dân cư chưa, hỏi ở đâu được cháu?', expect: DAN_CU, who: 'elderly' },
  { q: 'xoa ten nguoi da mat trong ho khau', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu đất giấy tay', expect: HANDWRITTEN, who: 'young' },
  { q: 'Ông nhà tôi mất được mấy tháng, đã làm giấy khai tử rồi, nhưng trên hộ khẩu vẫn còn tên ông, có phải đi xóa đăng ký thường trú cho ông không cháu?', expect: XOA_THUONG_TRU, who: 'elderly' },
  { q: 'Chồng tôi là chủ hộ đã mất, giờ trong hộ còn tôi với vợ chồng thằng con, muốn đổi chủ hộ sang tên tôi hay tên nó thì đến công an làm gì?', expect: CHU_HO, who: 'elderly' },
  {
    q: 'Ông ở Đà Lạt có miếng đất trồng cà phê, già rồi không làm nổi nữa, muốn cho thuê lại cho người trong xóm mười năm, hợp đồng thuê đất có cần chứng thực không?',
    expect: [CONTRACT],
    who: 'elderly',
  },
  { q: 'doi chu ho khi chong mat', expect: CHU_HO, who: 'rural' },
  { q: 'đính chính sổ đỏ sai tên', expect: WRONG_NAME, who: 'young' },
  { q: 'Hai vợ chồng già định bán căn nhà ở phố để về quê, người mua muốn làm hợp đồng mua bán nhà ở ủy ban phường, phường có chứng thực hợp đồng đó không?', expect: CONTRACT_FIRST, who: 'elderly' },
  { q: 'Tôi đi viện mổ mắt trên tỉnh, bị kẻ gian lấy mất cái ví có cả căn cước, giờ rút lương hưu ở bưu điện không được, làm lại căn cước ở đâu hả con?', expect: CARD_LOST, who: 'elderly' },
  {
    q: 'Tôi có thửa đất rộng, muốn cắt một phần bán để lấy tiền chữa bệnh cho bà nhà, phần còn lại để cho con, thì phải làm thủ tục tách thửa trước phải không cô?',
    expect: SPLIT_FOR_SALE,
    who: 'elderly',
  },
  { q: 'gop 2 thua dat lien ke lam 1 so', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'tách hộ khẩu', expect: TACH_HO, who: 'young' },
  { q: 'Thằng con cả xin tôi bản sao sổ đỏ để làm hồ sơ vay vốn hộ nghèo, tôi mang sổ gốc ra xã chứng thực bản sao thì mất bao nhiêu tiền hả cháu?', expect: SAO_Y, who: 'elderly' },
  { q: 'Tôi quê Thanh Hóa, vào Đồng Nai ở với con trai trông cháu, chưa muốn cắt hộ khẩu ở quê, công an khu phố bảo phải đăng ký tạm trú, thủ tục làm sao?', expect: TAM_TRU, who: 'elderly' },
  { q: 'Con dâu nhờ tôi đi xin xác nhận cư trú cho hai đứa cháu để nộp hồ sơ tuyển sinh lớp sáu, bố mẹ nó đang làm ở Nhật, ông đi xin thay được không?', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'chung thuc van ban phan chia di san thua ke', expect: PHAN_CHIA, who: 'rural' },
  { q: 'chứng thực di chúc', expect: DI_CHUC, who: 'young' },
  { q: 'Hai ông bà tuổi đã cao, muốn làm giấy cho lại căn nhà đang ở cho vợ chồng thằng út vì nó nuôi ông bà, hợp đồng tặng cho nhà ký ở xã được không?', expect: CONTRACT_FIRST, who: 'elderly' },
];

export const STORY72_TUNE = STORY72_BATCH.filter((_, i) => i % 2 === 0);
export const STORY72_HELD = STORY72_BATCH.filter((_, i) => i % 2 === 1);

export const STORY72_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
