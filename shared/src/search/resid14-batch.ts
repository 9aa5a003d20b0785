import type { CitizenQuery } from './dev-set';

/**
 * The three voices' fourteenth round on residence, identity and the police counter (issue 17, helper session of 6 Dec
 * 2026): 91 queries written in one sitting at 11:46 UTC (docs/search-drafts/resid14-draft-20261206T1146Z.txt), before
 * any procedure name was grepped and before the engine was run on them: 46 elderly (long stories, old names such as
 * hộ khẩu, nhập khẩu, cắt khẩu, chứng minh thư, cà vẹt), 23 rural (mostly without diacritics, ghe for a boat, xe hơi,
 * con nít) and 22 young (cccd, lltp, gplx, KT3, ct07). Fields: thường trú / tạm trú / tạm vắng / lưu trú, the identity
 * card and the electronic identity, passports, justice records, vehicle registration and driving licences, fishing
 * boats.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, every level of a procedure the catalogue lists. Moving house or "cắt khẩu"
 * accepts đăng ký thường trú (the new place strikes the old) and xóa đăng ký thường trú; an old 9-digit chứng minh
 * accepts a new card and a changed card; a wrong detail on the card accepts the card change and the two corrections of
 * the population record; an expired driving licence accepts đổi and cấp lại. Every query has an answer, so
 * RESID14_NO_ANSWER is empty. Split by alternation into RESID14_TUNE and RESID14_HELD.
 */
const THUONG_TRU = ['1.004222'];
const XOA_THUONG_TRU = ['1.003197'];
const XOA_OR_THUONG_TRU = [...XOA_THUONG_TRU, ...THUONG_TRU];
const THUONG_TRU_CHILD = [...THUONG_TRU, '2.000986'];
const NEWBORN = [...THUONG_TRU_CHILD, '1.001193'];
const TAM_TRU = ['1.004194'];
const GIA_HAN_TAM_TRU = ['1.002755'];
const KT3 = [...TAM_TRU, ...GIA_HAN_TAM_TRU];
const LUU_TRU = ['2.001159'];
const TAM_TRU_OR_LUU_TRU = [...TAM_TRU, ...LUU_TRU];
const TAM_VANG = ['1.003677'];
const TACH_HO = ['1.010038'];
const XAC_NHAN_CU_TRU = ['1.010041'];
const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
const CARD_CHILD = ['1.014062', '1.012549', '1.012543'];
const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const CARD_NEW_OR_CHANGE = [...CARD_NEW, ...CARD_CHANGE];
const CARD_LOST_CMND = [...CARD_LOST, ...CARD_NEW];
const CARD_CHANGE_OR_LOST = [...CARD_CHANGE, ...CARD_LOST];
const CARD_FIX = [...CARD_CHANGE, '1.012564', '1.014060'];
const VNEID_LEVEL2 = ['3.000228'];
const VNEID_ACCOUNT = [...VNEID_LEVEL2, '1.011410'];
const VNEID_UNLOCK = ['3.000275', '3.000277'];
const PASSPORT = ['1.001456', '1.001471'];
const PASSPORT_LOST = [...PASSPORT, '1.010386', '1.010385', '1.001445', '2.000539'];
const LLTP = ['3.000333'];
const SANG_TEN = ['1.013076'];
const DI_SAN = ['2.001406'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const REG_LOST = ['1.013082', '1.013080'];
const REG_REVOKE = ['1.013123', '1.013065'];
const PLATE = [...REG_FIRST, '1.013079'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_LOST = ['3.000348'];
const LICENCE_EXPIRED = [...LICENCE_CHANGE, ...LICENCE_LOST];
const LICENCE_INTERNATIONAL = ['3.000353'];
const LICENCE_INTERNATIONAL_OR_FOREIGN = [...LICENCE_INTERNATIONAL, '3.000351'];
const BOAT_REG = ['1.003650', '1.003586'];
const FISHING_LICENCE = ['1.004359'];
const BOAT_DEREG = ['1.003681'];

export const RESID14_BATCH: readonly CitizenQuery[] = [
  { q: 'Thưa cô, tôi năm nay bảy mươi hai tuổi, con trai tôi mới lấy vợ ở Nam Định, giờ muốn nhập khẩu con dâu về nhà tôi thì phải làm giấy tờ gì ạ', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Cháu ơi, bà muốn cắt khẩu cho thằng cháu nội vì nó chuyển vào Sài Gòn làm ăn từ năm 2019, bà phải làm thế nào', expect: XOA_OR_THUONG_TRU, who: 'elderly' },
  { q: 'Tôi có cái sổ hộ khẩu cũ từ năm 1995, nghe nói bây giờ không dùng nữa, vậy tôi cần xác nhận nơi cư trú thì xin ở đâu ạ', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'Con gái tôi vừa sinh cháu ngoại được hai tháng, muốn đăng ký thường trú cho cháu bé vào hộ nhà ông bà ngoại có được không', expect: THUONG_TRU_CHILD, who: 'elderly' },
  { q: 'Thưa anh, tôi cho một cậu sinh viên quê Thanh Hóa thuê phòng trọ, tôi có phải khai báo tạm trú cho cậu ấy không', expect: TAM_TRU_OR_LUU_TRU, who: 'elderly' },
  { q: 'Tôi đi thăm con gái ở bên Đức sáu tháng, ở nhà không có ai, có phải khai báo tạm vắng với công an phường không ạ', expect: TAM_VANG, who: 'elderly' },
  { q: 'Ông nhà tôi mất rồi, giờ tôi muốn xóa tên ông ấy khỏi hộ khẩu thì làm sao', expect: XOA_THUONG_TRU, who: 'elderly' },
  { q: 'Cái chứng minh nhân dân của tôi làm từ năm 2005, chín số, bây giờ có phải đổi sang căn cước gắn chip không các cô', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'Tôi đánh mất chứng minh thư lúc đi chợ, già rồi không nhớ để đâu, muốn làm lại thì làm ở đâu ạ', expect: CARD_LOST_CMND, who: 'elderly' },
  { q: 'Căn cước của tôi bị ghi sai năm sinh, tôi sinh năm 1948 mà trên thẻ ghi 1949, xin cô chỉ giúp cách sửa', expect: CARD_FIX, who: 'elderly' },
  { q: 'Bà cụ nhà tôi chín mươi tuổi nằm một chỗ không đi được, muốn làm căn cước cho cụ thì có ai đến nhà làm không', expect: CARD_NEW_OR_CHANGE, who: 'elderly' },
  { q: 'Thằng cháu nội tôi mới học lớp một, có cần làm căn cước cho cháu không, làm ở đâu', expect: CARD_CHILD, who: 'elderly' },
  { q: 'Tôi đổi tên theo quyết định của ủy ban, giờ căn cước vẫn tên cũ thì phải cấp đổi thế nào', expect: CARD_FIX, who: 'elderly' },
  { q: 'Con trai tôi bảo phải cài VNeID định danh mức hai, tôi không biết dùng điện thoại, ra đây có ai làm giúp không', expect: VNEID_LEVEL2, who: 'elderly' },
  { q: 'Tài khoản định danh điện tử của tôi bị khóa, nhập mật khẩu sai mấy lần, giờ mở lại thế nào ạ', expect: VNEID_UNLOCK, who: 'elderly' },
  { q: 'Tôi muốn làm hộ chiếu để sang Úc thăm con trai, lần đầu làm, cần giấy tờ gì', expect: PASSPORT, who: 'elderly' },
  { q: 'Hộ chiếu của tôi hết hạn từ năm ngoái, tháng sau tôi đi Nhật thăm cháu, làm lại có kịp không', expect: PASSPORT, who: 'elderly' },
  { q: 'Tôi làm mất hộ chiếu khi đi du lịch về, phải báo mất ở đâu, rồi xin cấp lại thế nào', expect: PASSPORT_LOST, who: 'elderly' },
  { q: 'Cháu ngoại tôi mới ba tuổi, bố mẹ nó muốn đưa nó sang Hàn Quốc, làm hộ chiếu cho trẻ con thì thế nào', expect: PASSPORT, who: 'elderly' },
  { q: 'Con gái tôi đi xuất khẩu lao động Nhật Bản, công ty bảo phải có lý lịch tư pháp, xin ở đâu', expect: LLTP, who: 'elderly' },
  { q: 'Cháu tôi xin việc vào làm giáo viên, trường yêu cầu phiếu lý lịch tư pháp, tôi đi xin hộ cháu được không', expect: LLTP, who: 'elderly' },
  { q: 'Tôi cần giấy xác nhận không có tiền án tiền sự để làm hồ sơ đi định cư với con bên Mỹ', expect: LLTP, who: 'elderly' },
  { q: 'Tôi mua lại cái xe máy Honda Dream của ông hàng xóm từ năm 2010 mà chưa sang tên, giờ ông ấy mất rồi thì sang tên thế nào', expect: SANG_TEN, who: 'elderly' },
  { q: 'Cái xe máy của ông nhà tôi đứng tên ông, ông mất rồi, con cháu muốn bán thì phải làm sao', expect: [...SANG_TEN, ...DI_SAN], who: 'elderly' },
  { q: 'Tôi bị mất giấy đăng ký xe máy, tức là cái cà vẹt, bây giờ xin làm lại ở đâu', expect: REG_LOST, who: 'elderly' },
  { q: 'Tôi già rồi không đi xe nữa, muốn trả biển số và hủy đăng ký cái xe cũ đã nát thì làm thế nào', expect: REG_REVOKE, who: 'elderly' },
  { q: 'Bằng lái xe ô tô của tôi hết hạn từ năm 2020, tôi muốn đổi lại có phải thi lại không', expect: LICENCE_EXPIRED, who: 'elderly' },
  { q: 'Cái bằng lái xe máy của tôi bằng giấy từ thời những năm chín mươi, có phải đổi sang thẻ nhựa không', expect: LICENCE_CHANGE, who: 'elderly' },
  { q: 'Tôi làm mất bằng lái xe, muốn xin cấp lại thì phải làm gì', expect: LICENCE_LOST, who: 'elderly' },
  { q: 'Nhà tôi có chiếc thuyền đánh cá, muốn đăng ký tàu cá thì làm ở đâu', expect: BOAT_REG, who: 'elderly' },
  { q: 'Tôi muốn xin giấy phép khai thác thủy sản cho tàu của con trai tôi', expect: FISHING_LICENCE, who: 'elderly' },
  { q: 'Chồng tôi đi biển, cái tàu cá bị chìm rồi, muốn xóa đăng ký tàu thì làm sao', expect: BOAT_DEREG, who: 'elderly' },
  { q: 'Gia đình tôi chuyển từ quận Hai Bà Trưng sang quận Long Biên ở, phải làm thủ tục chuyển hộ khẩu thế nào', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Tôi về quê sống với con, muốn chuyển hộ khẩu từ thành phố về quê thì có phải xin cắt khẩu trước không', expect: XOA_OR_THUONG_TRU, who: 'elderly' },
  { q: 'Tôi ở nhà con gái, nhà của con rể đứng tên, tôi muốn nhập hộ khẩu vào đấy có cần con rể đồng ý không', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Tôi muốn tách hộ khẩu riêng cho vợ chồng thằng con út vì nó đã có nhà riêng', expect: TACH_HO, who: 'elderly' },
  { q: 'Thưa cô, cháu nhà tôi sinh ra chưa làm giấy khai sinh, giờ muốn vừa khai sinh vừa nhập khẩu cho cháu được không', expect: NEWBORN, who: 'elderly' },
  { q: 'Người nhà tôi ở quê ra Hà Nội chữa bệnh mấy tháng, ở nhờ nhà tôi, có phải đăng ký tạm trú không', expect: TAM_TRU_OR_LUU_TRU, who: 'elderly' },
  { q: 'Tôi ở thuê nhà ở Bình Dương đã ba năm, tạm trú hết hạn rồi, gia hạn tạm trú ở đâu ạ', expect: GIA_HAN_TAM_TRU, who: 'elderly' },
  { q: 'Tôi cần giấy xác nhận thông tin cư trú để làm hồ sơ cho cháu đi học', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'Trên thẻ căn cước có ghi quê quán sai, muốn đính chính thông tin thì nộp hồ sơ ở đâu', expect: CARD_FIX, who: 'elderly' },
  { q: 'Cái thẻ căn cước của tôi bị gãy đôi, chữ mờ hết, làm lại có mất tiền không', expect: CARD_CHANGE_OR_LOST, who: 'elderly' },
  { q: 'Tôi là người Việt ở nước ngoài về, muốn đăng ký thường trú lại ở quê thì làm thế nào', expect: THUONG_TRU, who: 'elderly' },
  { q: 'Xe máy của tôi bị mất biển số, rơi đâu mất, xin cấp lại biển số thế nào', expect: REG_LOST, who: 'elderly' },
  { q: 'Tôi muốn đăng ký xe máy điện mới mua cho cháu đi học thì đi đâu', expect: REG_FIRST, who: 'elderly' },
  { q: 'Tôi muốn đổi bằng lái xe Việt Nam sang bằng lái quốc tế để sang Canada thăm con', expect: LICENCE_INTERNATIONAL, who: 'elderly' },
  { q: 'lam lai ca vet xe bi mat', expect: REG_LOST, who: 'rural' },
  { q: 'mat giay to xe may lam lai o dau', expect: REG_LOST, who: 'rural' },
  { q: 'sang ten xe may mua lai cua nguoi khac', expect: SANG_TEN, who: 'rural' },
  { q: 'dang ky tam tru cho nguoi o tro', expect: TAM_TRU_OR_LUU_TRU, who: 'rural' },
  { q: 'nhap khau cho vo moi cuoi', expect: THUONG_TRU, who: 'rural' },
  { q: 'cat khau chuyen ve que', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'lam can cuoc gan chip o dau', expect: CARD_NEW_OR_CHANGE, who: 'rural' },
  { q: 'mat cmnd lam lai', expect: CARD_LOST_CMND, who: 'rural' },
  { q: 'doi bang lai xe may giay sang the', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'cap lai bang lai xe bi mat', expect: LICENCE_LOST, who: 'rural' },
  { q: 'dang ky ghe danh ca', expect: BOAT_REG, who: 'rural' },
  { q: 'lam giay phep danh bat ca cho ghe', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'lam ho chieu cho con nit', expect: PASSPORT, who: 'rural' },
  { q: 'xin ly lich tu phap di lam o Han', expect: LLTP, who: 'rural' },
  { q: 'khai tam vang di lam an xa', expect: TAM_VANG, who: 'rural' },
  { q: 'xe hu roi muon huy bien so', expect: REG_REVOKE, who: 'rural' },
  { q: 'giấy tờ xe bị mất làm lại sao vậy', expect: REG_LOST, who: 'rural' },
  { q: 'đăng ký hộ khẩu cho con mới đẻ', expect: THUONG_TRU_CHILD, who: 'rural' },
  { q: 'chuyen ho khau tu tinh nay sang tinh khac', expect: THUONG_TRU, who: 'rural' },
  { q: 'cap doi can cuoc vi doi ten', expect: CARD_FIX, who: 'rural' },
  { q: 'xac nhan cu tru de lam ho so xin viec', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'lam chung minh cho con 14 tuoi', expect: CARD_NEW, who: 'rural' },
  { q: 'đổi bằng lái xe hơi hết hạn', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'cccd mất', expect: CARD_LOST, who: 'young' },
  { q: 'lm lại cccd', expect: CARD_CHANGE_OR_LOST, who: 'young' },
  { q: 'vneid mức 2', expect: VNEID_LEVEL2, who: 'young' },
  { q: 'kích hoạt định danh điện tử', expect: VNEID_ACCOUNT, who: 'young' },
  { q: 'lltp số 2', expect: LLTP, who: 'young' },
  { q: 'passport hết hạn', expect: PASSPORT, who: 'young' },
  { q: 'làm passport lần đầu', expect: PASSPORT, who: 'young' },
  { q: 'đk tạm trú', expect: TAM_TRU, who: 'young' },
  { q: 'KT3', expect: KT3, who: 'young' },
  { q: 'gplx hết hạn', expect: LICENCE_EXPIRED, who: 'young' },
  { q: 'đổi gplx quốc tế', expect: LICENCE_INTERNATIONAL_OR_FOREIGN, who: 'young' },
  { q: 'sang tên xe cũ', expect: SANG_TEN, who: 'young' },
  { q: 'đăng ký xe mới mua', expect: REG_FIRST, who: 'young' },
  { q: 'biển số định danh', expect: PLATE, who: 'young' },
  { q: 'cấp lại cavet', expect: REG_LOST, who: 'young' },
  { q: 'thường trú cho con mới sinh', expect: THUONG_TRU_CHILD, who: 'young' },
  { q: 'đổi cccd sai tên', expect: CARD_FIX, who: 'young' },
  { q: 'tách hộ', expect: TACH_HO, who: 'young' },
  { q: 'xác nhận cư trú ct07', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'ly lich tu phap online', expect: LLTP, who: 'young' },
  { q: 'bằng lái a1 mất', expect: LICENCE_LOST, who: 'young' },
  { q: 'khai báo lưu trú homestay', expect: LUU_TRU, who: 'young' },
];

/** Even-index half: the engine may be tuned on its misses. */
export const RESID14_TUNE: readonly CitizenQuery[] = RESID14_BATCH.filter((_, i) => i % 2 === 0);

/** Odd-index half: scored only, never tuned on. */
export const RESID14_HELD: readonly CitizenQuery[] = RESID14_BATCH.filter((_, i) => i % 2 === 1);

/** Every query in this round has an answer in the catalogue. */
export const RESID14_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
