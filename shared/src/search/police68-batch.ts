import type { CitizenQuery } from './dev-set';
import {
  XOA_THUONG_TRU,
  XOA_OR_THUONG_TRU,
  THUONG_TRU_CHILD,
  TAM_TRU,
  GIA_HAN_TAM_TRU,
  TAM_VANG,
  TACH_HO,
  XAC_NHAN_CU_TRU,
  CARD_NEW,
  CARD_CHILD,
  CARD_CHANGE,
  CARD_LOST,
  CARD_CHANGE_OR_LOST,
  CARD_FIX,
  VNEID_LEVEL2,
  PASSPORT,
  PASSPORT_LOST,
  LLTP,
} from './police-codes';

/**
 * Papers families get from the police and the justice office, told by parents and grandparents for their children
 * (issue 17, helper session of 7 Dec 2026): 78 queries written in one sitting at 05:21 UTC
 * (docs/search-drafts/police68-draft-20261207T0521Z.txt), before any procedure name was grepped and before the engine
 * was run on them: residence (a newborn's permanent residence, a bride moving to her husband's household, a worker
 * renting a room, leaving for work abroad, removing a dead relative, confirming residence for a school or a job, a
 * household split), ID cards (a child's first card, a lost card, a changed face, a wrong hometown on an old chip
 * card, an old 9-digit ID), passports (first, renewal, lost), criminal-record certificates (no. 1, no. 2, for a child
 * abroad), VNeID (locked, level 2), a birth certificate copy and a single-status certificate, in three voices.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * resid14/resid30's conventions: every level of a procedure the catalogue lists; moving house (a bride, parents
 * moving to another province) accepts đăng ký and xóa thường trú; a dead relative or a child settled abroad is xóa
 * thường trú; a damaged card accepts the change and the reissue; a wrong detail on the card accepts the change and the
 * corrections of the record; an old 9-digit ID accepts the first card and the change; a wrong detail in the old
 * household book is the correction of the residence record (and of the population record); a locked VNeID accepts
 * both unlocks (account and electronic ID). Split by alternation into POLICE68_TUNE and POLICE68_HELD.
 */
const LUU_TRU = ['2.001159'];
const CU_TRU_FIX = ['1.010039', '1.012564'];
const CARD_ANY_CHILD = [...CARD_CHILD, ...CARD_NEW];
const CARD_NEW_OR_CHANGE = [...CARD_NEW, ...CARD_CHANGE];
const VNEID_UNLOCK = ['3.000275', '3.000277'];
const BIRTH_COPY = ['2.000635'];
const SINGLE = ['1.004873'];

export const POLICE68_BATCH: readonly CitizenQuery[] = [
  { q: 'Con dâu tôi mới sinh cháu nội được một tháng, giờ cả nhà muốn nhập hộ khẩu cho cháu vào nhà ông bà thì phải làm thủ tục gì ạ', expect: THUONG_TRU_CHILD, who: 'elderly' },
  { q: 'chau moi de xong muon nhap ho khau cho no vo nha ong ba noi thi lam sao', expect: THUONG_TRU_CHILD, who: 'rural' },
  { q: 'đăng ký thường trú cho con mới sinh', expect: THUONG_TRU_CHILD, who: 'young' },
  { q: 'Con gái tôi mới lấy chồng ở xã bên, nhà chồng bảo phải cắt hộ khẩu bên nhà tôi rồi nhập về nhà chồng, xin hỏi thủ tục chuyển hộ khẩu thế nào', expect: XOA_OR_THUONG_TRU, who: 'elderly' },
  { q: 'con gai lay chong xa, gio muon chuyen ho khau ve nha chong thi lam giay to j', expect: XOA_OR_THUONG_TRU, who: 'rural' },
  { q: 'chuyển hộ khẩu về nhà chồng', expect: XOA_OR_THUONG_TRU, who: 'young' },
  { q: 'Thằng cháu tôi lên thành phố làm công nhân, thuê trọ một phòng nhỏ, chủ nhà bảo phải đi khai báo tạm trú với công an phường, xin hướng dẫn giúp', expect: TAM_TRU, who: 'elderly' },
  { q: 'len tp lam cong ty thue phong tro o, chu tro bat dang ky tam tru, ko biet lam o dau', expect: TAM_TRU, who: 'rural' },
  { q: 'đk tạm trú phòng trọ', expect: TAM_TRU, who: 'young' },
  { q: 'dang ky tam tru', expect: TAM_TRU, who: 'young' },
  { q: 'Con trai tôi sắp sang Đài Loan đi xuất khẩu lao động ba năm, người ta bảo phải khai báo tạm vắng ở công an xã trước khi đi, có đúng không ạ', expect: TAM_VANG, who: 'elderly' },
  { q: 'thang con di xkld nuoc ngoai may nam, cong an xa noi phai khai tam vang, lam sao', expect: TAM_VANG, who: 'rural' },
  { q: 'khai báo tạm vắng', expect: TAM_VANG, who: 'young' },
  { q: 'Gia đình tôi có đứa con đã định cư hẳn bên Mỹ, nay xã nói phải xóa đăng ký thường trú của nó, xin hỏi thủ tục xóa hộ khẩu người ra nước ngoài', expect: XOA_THUONG_TRU, who: 'elderly' },
  { q: 'con o my luon ko ve nua, xa bao xoa ho khau cho no, lam the nao', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'Ông nhà tôi mất được ba tháng rồi, giờ con cháu muốn cắt tên ông ra khỏi sổ hộ khẩu thì phải làm những giấy tờ gì, nhờ cán bộ chỉ giúp', expect: XOA_THUONG_TRU, who: 'elderly' },
  { q: 'ba toi mat roi, gio muon xoa ten ong trong ho khau thi lam sao', expect: XOA_THUONG_TRU, who: 'rural' },
  { q: 'xóa thường trú người chết', expect: XOA_THUONG_TRU, who: 'young' },
  { q: 'xoa ho khau nguoi mat', expect: XOA_THUONG_TRU, who: 'young' },
  { q: 'Cháu ngoại tôi vào lớp một, nhà trường đòi giấy xác nhận nơi cư trú của cả nhà vì bây giờ không còn sổ hộ khẩu nữa, xin hỏi xin ở đâu', expect: XAC_NHAN_CU_TRU, who: 'elderly' },
  { q: 'truong bat nop giay xac nhan cu tru cho con di hoc, xin o cong an xa dc ko', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'xác nhận thông tin cư trú', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'giấy xác nhận cư trú xin việc', expect: XAC_NHAN_CU_TRU, who: 'young' },
  { q: 'cong ty doi giay xac nhan noi o de nop ho so xin viec, xin o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' },
  { q: 'Nhà tôi có hai vợ chồng thằng con trai ở chung, nay nó muốn tách ra làm một hộ riêng, tách sổ hộ khẩu thì cần những giấy tờ gì ạ', expect: TACH_HO, who: 'elderly' },
  { q: 'vo chong thang con muon tach ho khau ra rieng, lam giay to sao', expect: TACH_HO, who: 'rural' },
  { q: 'tách hộ khẩu', expect: TACH_HO, who: 'young' },
  { q: 'Sổ hộ khẩu cũ của nhà tôi ghi sai năm sinh của bà nhà tôi, bây giờ muốn sửa lại thông tin cư trú cho đúng với giấy khai sinh thì làm ở đâu', expect: CU_TRU_FIX, who: 'elderly' },
  { q: 'ho khau ghi sai ten me toi, gio muon sua lai thong tin cu tru', expect: CU_TRU_FIX, who: 'rural' },
  { q: 'Vợ chồng tôi già rồi, muốn chuyển về ở với con gái trong Sài Gòn, xin hỏi đăng ký thường trú vào nhà con gái ở tỉnh khác thì làm thế nào', expect: XOA_OR_THUONG_TRU, who: 'elderly' },
  { q: 'chuyển hộ khẩu sang tỉnh khác', expect: XOA_OR_THUONG_TRU, who: 'young' },
  { q: 'gia hạn tạm trú', expect: GIA_HAN_TAM_TRU, who: 'young' },
  { q: 'tam tru het han roi gio gia han them thi lam sao', expect: GIA_HAN_TAM_TRU, who: 'rural' },
  { q: 'Cháu tôi dưới quê lên chơi ở nhà tôi mấy hôm, tổ trưởng dân phố nhắc phải báo lưu trú cho công an, vậy báo lưu trú thế nào ạ', expect: LUU_TRU, who: 'elderly' },
  { q: 'thông báo lưu trú', expect: LUU_TRU, who: 'young' },
  { q: 'Cháu nội tôi năm nay mười bốn tuổi, nhà trường bảo đi làm căn cước công dân lần đầu, ông bà dẫn cháu đi làm được không, cần mang giấy tờ gì', expect: CARD_NEW, who: 'elderly' },
  { q: 'con toi du 14 tuoi roi, muon lam cccd lan dau cho no', expect: CARD_NEW, who: 'rural' },
  { q: 'làm cccd lần đầu', expect: CARD_NEW, who: 'young' },
  { q: 'cấp căn cước cho trẻ em', expect: CARD_ANY_CHILD, who: 'young' },
  { q: 'Tôi đi chợ bị móc túi mất cái ví, trong đó có cả căn cước công dân, bây giờ tôi muốn làm lại thẻ căn cước thì phải làm thế nào ạ', expect: CARD_LOST, who: 'elderly' },
  { q: 'lam rot mat cai cccd roi, gio lam lai o dau', expect: CARD_LOST, who: 'rural' },
  { q: 'mất cccd làm lại', expect: CARD_LOST, who: 'young' },
  { q: 'cap lai can cuoc bi mat', expect: CARD_LOST, who: 'young' },
  { q: 'Thẻ căn cước của tôi làm từ hồi còn trẻ, giờ già rồi mặt mũi khác hẳn, ngân hàng bảo không nhận ra, tôi muốn đổi thẻ mới thì làm sao', expect: CARD_CHANGE, who: 'elderly' },
  { q: 'cai can cuoc cu hinh nhin ko giong nua, muon doi cai moi', expect: CARD_CHANGE, who: 'rural' },
  { q: 'Cái thẻ căn cước gắn chíp cũ của tôi ghi sai quê quán, quê tôi ở Nam Định mà thẻ ghi Thái Bình, giờ muốn sửa lại thì xin cấp đổi ở đâu', expect: CARD_FIX, who: 'elderly' },
  { q: 'can cuoc gan chip ghi sai que quan, muon doi lai cho dung', expect: CARD_FIX, who: 'rural' },
  { q: 'đổi cccd sai quê quán', expect: CARD_FIX, who: 'young' },
  {
    q: 'Tôi năm nay bảy mươi tuổi, vẫn đang dùng chứng minh thư nhân dân chín số, nghe nói sắp không dùng được nữa, giờ đổi sang căn cước thì làm thế nào',
    expect: CARD_NEW_OR_CHANGE,
    who: 'elderly',
  },
  { q: 'van con xai chung minh thu cu, gio doi qua can cuoc thi lam sao', expect: CARD_NEW_OR_CHANGE, who: 'rural' },
  { q: 'cccd bị gãy đổi mới', expect: CARD_CHANGE_OR_LOST, who: 'young' },
  { q: 'Thằng cháu tôi đi học tiếng xong sắp sang Nhật Bản làm thực tập sinh, giờ phải làm hộ chiếu lần đầu, xin hỏi làm ở công an tỉnh hay ở đâu', expect: PASSPORT, who: 'elderly' },
  { q: 'con toi sap di han quoc lam viec, chua co ho chieu, lam o dau', expect: PASSPORT, who: 'rural' },
  { q: 'làm hộ chiếu lần đầu', expect: PASSPORT, who: 'young' },
  { q: 'lam hc di nhat', expect: PASSPORT, who: 'young' },
  { q: 'Cái hộ chiếu của tôi làm từ mười năm trước đi thăm con bên Úc, nay hết hạn rồi, muốn làm lại để sang thăm cháu thì thủ tục ra sao', expect: PASSPORT, who: 'elderly' },
  { q: 'ho chieu het han roi, muon lam lai cai moi de di nuoc ngoai', expect: PASSPORT, who: 'rural' },
  { q: 'gia hạn hộ chiếu', expect: PASSPORT, who: 'young' },
  { q: 'bi mat ho chieu roi, trinh bao cong an o dau', expect: PASSPORT_LOST, who: 'rural' },
  { q: 'báo mất hộ chiếu', expect: PASSPORT_LOST, who: 'young' },
  { q: 'Con gái tôi đang xin việc ở công ty nước ngoài, người ta đòi phiếu lý lịch tư pháp, tôi không biết số một hay số hai, xin ở sở tư pháp phải không ạ', expect: LLTP, who: 'elderly' },
  { q: 'cong ty bat nop ly lich tu phap de xin viec, xin o dau', expect: LLTP, who: 'rural' },
  { q: 'xin lltp số 1', expect: LLTP, who: 'young' },
  { q: 'lý lịch tư pháp xin việc', expect: LLTP, who: 'young' },
  { q: 'Con trai tôi làm hồ sơ đi định cư bên Canada, sứ quán đòi phiếu lý lịch tư pháp số hai, nó đang ở bên đó không về được, bố mẹ ở nhà xin giúp được không', expect: LLTP, who: 'elderly' },
  { q: 'xin phieu ly lich tu phap so 2 de di nuoc ngoai', expect: LLTP, who: 'rural' },
  { q: 'lltp số 2', expect: LLTP, who: 'young' },
  { q: 'Đứa cháu tôi du học ở Úc cần cái giấy chứng nhận không có tiền án tiền sự để xin visa, ông bà ở nhà có xin hộ được không ạ', expect: LLTP, who: 'elderly' },
  { q: 'con di hoc o nuoc ngoai can giay ko tien an tien su, ba me xin ho dc ko', expect: LLTP, who: 'rural' },
  { q: 'lltp cho người ở nước ngoài', expect: LLTP, who: 'young' },
  { q: 'Tôi nhờ thằng cháu cài cái ứng dụng VNeID, nhập sai mật khẩu mấy lần nên bị khóa tài khoản định danh điện tử, giờ mở khóa thì làm thế nào', expect: VNEID_UNLOCK, who: 'elderly' },
  { q: 'tai khoan vneid bi khoa roi, lam sao mo lai', expect: VNEID_UNLOCK, who: 'rural' },
  { q: 'mở khóa vneid', expect: VNEID_UNLOCK, who: 'young' },
  { q: 'đăng ký định danh điện tử mức 2', expect: VNEID_LEVEL2, who: 'young' },
  { q: 'muon lam tai khoan dinh danh dien tu muc 2 thi ra cong an xa a', expect: VNEID_LEVEL2, who: 'rural' },
  { q: 'Giấy khai sinh bản chính của thằng con tôi bị mối ăn mất rồi, giờ nó làm căn cước cần bản sao, xin cấp lại bản sao khai sinh ở đâu ạ', expect: BIRTH_COPY, who: 'elderly' },
  { q: 'con gai muon lay chong nguoi nuoc ngoai, can giay xac nhan doc than, xin o dau', expect: SINGLE, who: 'rural' },
  { q: 'xác nhận tình trạng hôn nhân', expect: SINGLE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const POLICE68_TUNE: readonly CitizenQuery[] = POLICE68_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const POLICE68_HELD: readonly CitizenQuery[] = POLICE68_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure of the catalogue: a noise complaint, reporting a phone scam, looking up traffic fines, the opening hours
 * of the commune police and the name of the ward's police officer.
 */
export const POLICE68_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Nhà hàng xóm tôi mở nhạc to suốt đêm, tôi già rồi không ngủ được, muốn nhờ công an phường xuống nhắc nhở thì gọi số nào ạ', who: 'elderly' },
  { q: 'bi lua dao qua dien thoai mat tien, bao cong an thi goi so may', who: 'rural' },
  { q: 'tra cứu phạt nguội xe máy', who: 'young' },
  { q: 'giờ làm việc công an phường', who: 'young' },
  { q: 'cong an xa co lam viec thu bay ko', who: 'rural' },
  { q: 'Tôi muốn hỏi anh công an khu vực phụ trách tổ dân phố tôi tên là gì để tiện liên lạc khi có việc', who: 'elderly' },
];
