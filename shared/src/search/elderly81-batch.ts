import type { CitizenQuery } from './dev-set';

/** Batch elderly81 (issue 17): old people (70 to 95) of the Red River delta and the northern midlands (Thái Bình, Nam Định, Hưng Yên, Phú Thọ, Bắc Giang) at a
 * commune counter, and their children typing for them, telling what happened before what they want, in northern speech (u, bầm, thầy, con giai, nhà tôi,
 * giời ơi, thế thì, ạ), on civil status, certification, residence and ID, land and inheritance, pensions and allowances, people of merit, a household shop,
 * rice fields and fish ponds. Voices: elderly (the old person, with diacritics), rural (a child typing without diacritics), young (a short version).
 * Written before any procedure name in the catalogue was read: draft docs/search-drafts/elderly81-draft-20261207T1427Z.txt, sha256 e5094f19dbcd84699efd9c9e6294dec2161a01445d0a5ecbc2badb92063ba636;
 * then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 105 (elderly 35, rural 35,
 * young 35), no answer 24. */
// Civil status (hộ tịch), commune.
// A newborn grandchild: plain birth registration, or the joint birth + health-insurance card (+ residence) filing the commune does for children under 6.
const KHAI_SINH_TRE = ['1.001193', '2.001023', '2.000986'];
// Late death registration (never registered) is the ordinary khai tử, not "đăng ký lại khai tử" (which needs an earlier registration).
const KHAI_TU = ['1.000656'];
const KET_HON = ['1.000894'];
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Wrong middle name in a birth record (cải chính) and changing a child's given name (thay đổi) are the same procedure.
const CAI_CHINH_HO_TICH = ['1.004859'];
// A copy of a birth or marriage record whose register still exists.
const TRICH_LUC_HO_TICH = ['2.000635'];
// An old person never registered at birth who has other papers (old ID card, household book).
const KHAI_SINH_NGUOI_CO_GIAY_TO = ['1.004772'];
// Registered once but the commune books are lost.
const DANG_KY_LAI_KHAI_SINH = ['1.004884'];
// Adding the father to a grandchild's birth record is recognition of paternity (the birth is already registered, so not the combined birth + recognition).
const NHAN_CHA_CON = ['1.001022'];
const GIAM_HO = ['1.004837'];

// Certification (chứng thực), commune.
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// A power of attorney to collect a pension: signature certification on the paper.
const CHUNG_THUC_CHU_KY = ['2.000884'];
const DI_CHUC = ['2.001019'];

// Residence and ID (commune police).
// Old 9-digit ID card to the new card: officially "cấp thẻ căn cước" for a person without one, but people and clerks call it "đổi", so the cấp đổi procedure is
// accepted too; commune and province versions of each.
const CAN_CUOC_TU_CMND = ['1.014061', '2.000200', '1.014063', '2.001195'];
const THUONG_TRU = ['1.004222'];
const TAM_VANG = ['1.003677'];
// The household book is abolished; the paper now asked for is the residence confirmation.
const XAC_NHAN_CU_TRU = ['1.010041'];

// Land (commune for first registration and permission, land registry office for the rest).
const SO_DO_LAN_DAU = ['1.013978'];
const SO_DO_MAT = ['1.012786'];
const SO_DO_CAP_DOI = ['1.012783'];
// Parents give a plot to a child: the gift contract certified at the commune, then the transfer registered.
const TANG_CHO_DAT = ['2.001035', '1.013831'];
const TACH_THUA = ['1.012784'];
// Inheritance without a will: the division agreement certified at the commune, then the transfer registered.
const THUA_KE_DAT = ['2.001406', '1.013831'];
// The children give up their shares to the widow: the refusal-of-inheritance paper is a clerk's answer too.
const THUA_KE_CHO_ME = [...THUA_KE_DAT, '2.001016'];
// Garden (perennial crop) land to residential land needs permission; for a person it is decided at the commune.
const CHUYEN_MUC_DICH = ['1.013949'];
// Rice with fish on the same field is the crop-structure change on rice land; a plain "rice field to fish pond" may also be a change of land use.
const LUA_KET_HOP_CA = ['1.008004'];
const RUONG_SANG_AO = ['1.008004', '1.013949'];
// Swapping agricultural plots outside a commune-wide consolidation: contract certified at the commune, then the change registered.
const DOI_RUONG = ['2.001035', '1.013831'];
const HOA_GIAI_DAT = ['1.012812'];
const TRANH_CHAP_DAT = ['1.012812', '1.013967'];
// Rural house: the permit for a new detached house (the query asks whether one is needed).
const PHEP_XAY_NHA = ['1.013225'];

// Insurance, business, vehicles.
// Survivor benefits on a pensioner's death include the funeral grant.
const TU_TUAT = ['2.000821'];
const LAP_HO_KINH_DOANH = ['1.001612'];
const CHAM_DUT_HO_KINH_DOANH = ['1.001266'];
const SANG_TEN_XE = ['1.013076'];

const ELDERLY81_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Con giai tôi với con dâu đi làm trong Bình Dương, đẻ cháu được hơn một tháng thì gửi về cho bà nuôi, giờ bà muốn làm giấy khai sinh cho cháu ở xã được không ạ',
    expect: KHAI_SINH_TRE,
    who: 'elderly',
  }, // s01
  { q: 'u toi nho hoi cham con cua anh trai toi sinh o trong nam gio gui ve que thi lam khai xinh o xa nha duoc k, can giay to gi', expect: KHAI_SINH_TRE, who: 'rural' }, // s01
  { q: 'lam giay khai sinh cho chau o xa', expect: KHAI_SINH_TRE, who: 'young' }, // s01
  { q: 'Nhà tôi mất hôm rằm tháng trước, thọ tám mươi sáu tuổi, giờ các con bảo phải ra xã báo tử, thế thì cần mang những giấy gì ạ', expect: KHAI_TU, who: 'elderly' }, // s02
  { q: 'bo toi moi mat o nha, u toi hoi di bao tu o xa can mang gi, cmnd cua bo con giu', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'khai tu cho bo', expect: KHAI_TU, who: 'young' }, // s02
  {
    q: 'Tôi năm nay bảy mươi tám, bà nhà tôi mất đã năm năm, nay tôi với bà cùng xóm muốn về ở với nhau cho có bạn lúc tuổi già, các con đồng ý cả, xin hỏi đăng ký kết hôn thì làm thế nào ạ',
    expect: KET_HON,
    who: 'elderly',
  }, // s03
  { q: 'thay toi 78 tuoi goa vo muon dang ky ket hon voi ba hang xom cung goa chong, ra xa lam the nao', expect: KET_HON, who: 'rural' }, // s03
  { q: 'dk ket hon nguoi cao tuoi', expect: KET_HON, who: 'young' }, // s03
  { q: 'Cháu đích tôn nhà tôi sắp cưới vợ người Phú Thọ, bên ấy bảo phải về xã mình xin cái giấy chứng nhận độc thân mang lên, xin hỏi làm ở đâu ạ', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s04
  { q: 'chau toi lay vo o tinh khac, ho bao xin giay xac nhan doc than o xa minh, ong ba hoi lam o dau', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s04
  { q: 'xin giay xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s04
  {
    q: 'Giấy khai sinh của tôi ngày xưa ông phó xã ghi sai tên đệm, tôi tên là Nguyễn Thị Hòa mà ghi thành Nguyễn Văn Hòa, giờ làm giấy tờ lương hưu không khớp, xin sửa lại thế nào ạ',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s05
  { q: 'giay khai sinh cu cua u toi ghi sai ten dem thi ra xa sua lai duoc k, so goc o xa nam 1950 gi do', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s05
  { q: 'sua sai ten trong giay khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s05
  { q: 'Tôi đánh mất cái giấy khai sinh bản chính từ hồi lụt năm bảy mốt, bây giờ bảo hiểm đòi bản sao, thế thì xin lại ở xã có được không ạ', expect: TRICH_LUC_HO_TICH, who: 'elderly' }, // s06
  { q: 'u toi mat giay khai sinh ban chinh, muon xin ban sao trich luc o xa noi dang ky ngay xua', expect: TRICH_LUC_HO_TICH, who: 'rural' }, // s06
  { q: 'xin trich luc khai sinh ban sao', expect: TRICH_LUC_HO_TICH, who: 'young' }, // s06
  {
    q: 'Giời ơi tôi sinh năm bốn mốt, ngày xưa loạn lạc chẳng ai làm khai sinh cho, nay các cháu bảo phải có giấy khai sinh mới làm được căn cước, ông bà già rồi thì làm thế nào ạ',
    expect: KHAI_SINH_NGUOI_CO_GIAY_TO,
    who: 'elderly',
  }, // s07
  { q: 'ba noi toi 83 tuoi chua bao gio co giay khai sinh, gio lam can cuoc ho doi, dang ky khai sinh muon cho nguoi gia duoc k', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'rural' }, // s07
  { q: 'dang ky khai sinh qua han cho nguoi gia', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'young' }, // s07
  {
    q: 'Ngày trước tôi có khai sinh ở xã rồi nhưng sổ sách của xã cháy hết hồi chiến tranh, lên huyện cũng không còn, cán bộ bảo phải đăng ký lại, xin hỏi cần giấy tờ gì ạ',
    expect: DANG_KY_LAI_KHAI_SINH,
    who: 'elderly',
  }, // s08
  { q: 'so ho tich o xa bi chay mat, giay khai sinh cua bam toi cung rach nat, gio dang ky lai khai sinh o dau', expect: DANG_KY_LAI_KHAI_SINH, who: 'rural' }, // s08
  { q: 'dang ky lai khai sinh', expect: DANG_KY_LAI_KHAI_SINH, who: 'young' }, // s08
  {
    q: 'Tôi cần mấy bản sao có chứng thực cái sổ đỏ với cái căn cước để nộp vào ngân hàng vay vốn chăn nuôi, ra xã thì có làm cho không ạ, mất bao nhiêu tiền một bản',
    expect: CHUNG_THUC_BAN_SAO,
    who: 'elderly',
  }, // s09
  { q: 'photo cong trung so do voi cccd cua u toi o xa duoc k, lay luon trong ngay k', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s09
  { q: 'chung thuc ban sao so do', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s09
  {
    q: 'Tôi già yếu đi lại khó khăn, muốn làm cái giấy ủy quyền cho con giai ra bưu điện lĩnh lương hưu hộ hằng tháng, có phải ra xã chứng thực chữ ký không ạ',
    expect: CHUNG_THUC_CHU_KY,
    who: 'elderly',
  }, // s10
  { q: 'thay toi om nam mot cho muon uy quyen cho toi linh luong huu ho thi xac nhan giay uy quyen o xa the nao, can thay toi di ra khong', expect: CHUNG_THUC_CHU_KY, who: 'rural' }, // s10
  { q: 'chung thuc chu ky giay uy quyen', expect: CHUNG_THUC_CHU_KY, who: 'young' }, // s10
  {
    q: 'Tôi vẫn dùng cái chứng minh nhân dân chín số từ năm chín mươi mấy, ảnh mờ hết cả rồi, các cháu bảo giờ phải đổi sang căn cước, ông già tám mươi tuổi thì ra đâu làm ạ',
    expect: CAN_CUOC_TU_CMND,
    who: 'elderly',
  }, // s11
  { q: 'cmnd 9 so cua ong toi het han lau roi, doi sang can cuoc cho nguoi gia 80 tuoi o dau, co lam tai nha duoc k', expect: CAN_CUOC_TU_CMND, who: 'rural' }, // s11
  { q: 'doi cmnd sang cccd', expect: CAN_CUOC_TU_CMND, who: 'young' }, // s11
  { q: 'Hai ông bà già rồi không ở một mình được nữa, con giai đón về ở cùng bên xã khác, thế thì phải chuyển hộ khẩu về nhà con giai thì làm thế nào ạ', expect: THUONG_TRU, who: 'elderly' }, // s12
  { q: 'bo me toi chuyen ve o voi toi o xa ben, nhap ho khau vao nha toi lam o dau, so ho khau giay cu con giu', expect: THUONG_TRU, who: 'rural' }, // s12
  { q: 'dk thuong tru cho bo me', expect: THUONG_TRU, who: 'young' }, // s12
  { q: 'Tôi lên Hà Nội ở với con gái mấy tháng để tiện đi viện chữa bệnh, nhà để trống, có phải ra công an xã khai báo tạm vắng không ạ', expect: TAM_VANG, who: 'elderly' }, // s13
  { q: 'u toi len ha noi o voi chi toi chua benh may thang thi co phai khai tam vang o xa k', expect: TAM_VANG, who: 'rural' }, // s13
  { q: 'khai bao tam vang', expect: TAM_VANG, who: 'young' }, // s13
  {
    q: 'Mảnh vườn này của các cụ để lại từ trước cải cách, nhà tôi ở và trồng cấy mấy chục năm nay nhưng chưa bao giờ có sổ đỏ, giờ muốn làm bìa đỏ thì bắt đầu từ đâu ạ',
    expect: SO_DO_LAN_DAU,
    who: 'elderly',
  }, // s14
  { q: 'dat vuon ong ba de lai o lau roi chua co so do, gio lam so lan dau thi nop o xa hay huyen', expect: SO_DO_LAN_DAU, who: 'rural' }, // s14
  { q: 'cap so do lan dau', expect: SO_DO_LAN_DAU, who: 'young' }, // s14
  { q: 'Năm ngoái nước lũ tràn vào nhà, cái sổ đỏ cất trong hòm bị trôi mất rồi, giờ xin cấp lại thì phải làm những gì, có phải đăng báo không ạ', expect: SO_DO_MAT, who: 'elderly' }, // s15
  { q: 'nha toi bi mat so do roi, lam lai so do o dau, co phai thong bao mat o xa k', expect: SO_DO_MAT, who: 'rural' }, // s15
  { q: 'mat so do lam lai', expect: SO_DO_MAT, who: 'young' }, // s15
  { q: 'Cái bìa đỏ nhà tôi cấp từ năm chín ba, giấy mủn rách hết cả mép, chữ mờ không đọc được, xin đổi sang sổ mới được không các anh ạ', expect: SO_DO_CAP_DOI, who: 'elderly' }, // s16
  { q: 'so do cu cap nam 1993 bi rach nat muon doi so moi, doi o dau, co mat tien k', expect: SO_DO_CAP_DOI, who: 'rural' }, // s16
  { q: 'doi so do cu sang so moi', expect: SO_DO_CAP_DOI, who: 'young' }, // s16
  { q: 'Tôi có mảnh đất ở cạnh nhà, giờ muốn cho thằng út để nó làm nhà ra ở riêng, thế thì sang tên cho con thì làm giấy tờ ở xã như thế nào ạ', expect: TANG_CHO_DAT, who: 'elderly' }, // s17
  { q: 'bo me toi muon cho dat cho em trai toi, lam hop dong tang cho o xa hay phai ra phong cong chung, roi sang ten o dau', expect: TANG_CHO_DAT, who: 'rural' }, // s17
  { q: 'sang ten dat bo me cho con', expect: TANG_CHO_DAT, who: 'young' }, // s17
  { q: 'Nhà tôi có hơn ba trăm mét đất, ba đứa con giai, tôi muốn chia làm ba phần cho mỗi đứa một mảnh có sổ riêng, thế thì phải tách sổ thế nào ạ', expect: TACH_THUA, who: 'elderly' }, // s18
  { q: 'bo toi muon tach thua dat chia cho 3 anh em, moi nguoi mot so rieng, thu tuc tach so the nao', expect: TACH_THUA, who: 'rural' }, // s18
  { q: 'tach thua dat', expect: TACH_THUA, who: 'young' }, // s18
  { q: 'Ông nhà tôi mất không để lại di chúc, đất đứng tên ông, các con đều đồng ý để lại cho tôi đứng tên cả, thế thì làm thủ tục thừa kế ở đâu ạ', expect: THUA_KE_CHO_ME, who: 'elderly' }, // s19
  { q: 'bo toi mat khong de di chuc, so do dung ten bo, anh em thong nhat de u toi dung ten, lam van ban thoa thuan thua ke o xa duoc k', expect: THUA_KE_CHO_ME, who: 'rural' }, // s19
  { q: 'khai nhan thua ke dat', expect: THUA_KE_DAT, who: 'young' }, // s19
  { q: 'Tôi tuổi cao sức yếu rồi, muốn viết cái di chúc chia nhà đất cho các con kẻo sau này anh em tranh giành, có mang ra xã nhờ xác nhận được không ạ', expect: DI_CHUC, who: 'elderly' }, // s20
  { q: 'ong toi muon lam di chuc cho cac con, chung thuc di chuc o ubnd xa duoc khong hay phai ra cong chung', expect: DI_CHUC, who: 'rural' }, // s20
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s20
  {
    q: 'Mảnh vườn sau nhà là đất trồng cây lâu năm, tôi muốn cho con giai làm nhà trên đó, cán bộ bảo phải chuyển lên đất ở đã, xin hỏi làm thế nào và nộp tiền bao nhiêu ạ',
    expect: CHUYEN_MUC_DICH,
    who: 'elderly',
  }, // s21
  { q: 'dat vuon muon chuyen sang dat o de lam nha cho con, nop ho so chuyen muc dich o dau', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s21
  { q: 'chuyen dat vuon len tho cu', expect: CHUYEN_MUC_DICH, who: 'young' }, // s21
  { q: 'Con giai tôi định dỡ cái nhà cấp bốn cũ đi xây nhà hai tầng ở trong làng, có phải xin giấy phép xây dựng không hay cứ xây thôi ạ', expect: PHEP_XAY_NHA, who: 'elderly' }, // s22
  { q: 'xay nha 2 tang o trong lang co can xin phep xay dung k, xin o dau', expect: PHEP_XAY_NHA, who: 'rural' }, // s22
  { q: 'xin giay phep xay nha o nong thon', expect: PHEP_XAY_NHA, who: 'young' }, // s22
  { q: 'Nhà tôi là cán bộ về hưu, ông vừa mất tháng trước, người ta bảo tôi được hưởng tiền tuất với tiền mai táng, thế thì làm hồ sơ ở đâu ạ', expect: TU_TUAT, who: 'elderly' }, // s23
  { q: 'bo toi huong luong huu moi mat, u toi lam tro cap mai tang voi tuat o dau', expect: TU_TUAT, who: 'rural' }, // s23
  { q: 'huong che do tu tuat luong huu', expect: TU_TUAT, who: 'young' }, // s23
  {
    q: 'Con dâu tôi định mở cái quán tạp hoá nhỏ ngay đầu ngõ nhà tôi bán mắm muối, dầu ăn, cán bộ thuế bảo phải có giấy phép kinh doanh, thế thì đăng ký ở đâu ạ',
    expect: LAP_HO_KINH_DOANH,
    who: 'elderly',
  }, // s30
  { q: 'chi dau toi mo quan tap hoa o nha, dang ky ho kinh doanh o xa hay huyen, mat bao lau', expect: LAP_HO_KINH_DOANH, who: 'rural' }, // s30
  { q: 'dk gpkd ho kinh doanh', expect: LAP_HO_KINH_DOANH, who: 'young' }, // s30
  {
    q: 'Tôi bán hàng nước ở chợ làng mấy chục năm có giấy phép hộ kinh doanh, nay già yếu không bán được nữa, muốn trả lại giấy phép cho xong thì làm thế nào ạ',
    expect: CHAM_DUT_HO_KINH_DOANH,
    who: 'elderly',
  }, // s31
  { q: 'bam toi nghi ban hang roi muon dong cua ho kinh doanh, tra giay phep o dau', expect: CHAM_DUT_HO_KINH_DOANH, who: 'rural' }, // s31
  { q: 'cham dut ho kinh doanh', expect: CHAM_DUT_HO_KINH_DOANH, who: 'young' }, // s31
  { q: 'Mấy sào ruộng trũng nhà tôi cấy lúa chỉ được một vụ, ngập suốt, tôi muốn đào ao thả cá kết hợp trồng lúa thì có phải xin phép xã không ạ', expect: LUA_KET_HOP_CA, who: 'elderly' }, // s32
  { q: 'ruong trung cay lua k duoc muon chuyen sang dao ao nuoi ca, dang ky chuyen doi o xa the nao', expect: RUONG_SANG_AO, who: 'rural' }, // s32
  { q: 'chuyen ruong lua sang ao ca', expect: RUONG_SANG_AO, who: 'young' }, // s32
  { q: 'Sổ hộ khẩu nhà tôi công an thu lại rồi, bây giờ con cháu đi làm giấy tờ người ta lại đòi giấy xác nhận cư trú, thế thì xin ở đâu ạ', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s34
  { q: 'so ho khau bi thu roi gio can giay xac nhan noi cu tru xin o cong an xa the nao', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s34
  { q: 'xin xac nhan cu tru', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s34
  {
    q: 'Hai ông bà tôi cưới nhau năm sáu mươi lăm, có đăng ký ở xã, nhưng cái giấy đăng ký kết hôn mất lâu rồi, giờ làm giấy tờ đất cần có, xin lại bản sao được không ạ',
    expect: TRICH_LUC_HO_TICH,
    who: 'elderly',
  }, // s35
  { q: 'bo me toi mat giay dang ky ket hon, xin ban sao trich luc ket hon o xa', expect: TRICH_LUC_HO_TICH, who: 'rural' }, // s35
  { q: 'trich luc ket hon', expect: TRICH_LUC_HO_TICH, who: 'young' }, // s35
  { q: 'Bà cụ nhà tôi mất từ năm hai nghìn linh năm mà hồi đó nhà không ai đi khai tử, bây giờ chia đất cần giấy chứng tử, giờ đi khai muộn thì có được không ạ', expect: KHAI_TU, who: 'elderly' }, // s36
  { q: 'ba noi toi mat tu lau ma chua khai tu, gio lam thua ke can giay chung tu, khai tu muon duoc k', expect: KHAI_TU, who: 'rural' }, // s36
  { q: 'khai tu qua han', expect: KHAI_TU, who: 'young' }, // s36
  {
    q: 'Thằng cháu nội tôi đẻ ra lúc con giai với con dâu chưa kịp đăng ký kết hôn nên khai sinh bỏ trống tên bố, bây giờ muốn bổ sung tên bố vào thì làm thế nào ạ',
    expect: NHAN_CHA_CON,
    who: 'elderly',
  }, // s37
  { q: 'chau toi khai sinh khong co ten bo vi luc do chua cuoi, gio anh toi muon nhan con thi lam o xa the nao', expect: NHAN_CHA_CON, who: 'rural' }, // s37
  { q: 'dk nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s37
  {
    q: 'Bố mẹ cháu mất cả trong vụ tai nạn, bà nội đang nuôi cháu mười tuổi, người ta bảo bà phải làm giám hộ cho cháu thì mới đứng ra lo giấy tờ được, làm ở xã phải không ạ',
    expect: GIAM_HO,
    who: 'elderly',
  }, // s38
  { q: 'bo me chau mat het, ba noi nuoi chau, dang ky giam ho cho chau o xa can gi', expect: GIAM_HO, who: 'rural' }, // s38
  { q: 'dk giam ho cho chau', expect: GIAM_HO, who: 'young' }, // s38
  { q: 'Cháu ngoại tôi tên đặt ra trùng với tên ông cố trong họ, cả nhà muốn đổi tên khác cho cháu, thế thì ra xã xin đổi tên có được không ạ', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s39
  { q: 'muon doi ten cho chau 5 tuoi vi trung ten ong cu, thay doi ho ten o xa lam sao', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s39
  { q: 'thay doi ten cho con', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s39
  { q: 'Nhà tôi với nhà bên cạnh có hai thửa ruộng nằm xen nhau, hai bên muốn đổi cho nhau để mỗi nhà liền một mảnh cho dễ cấy, thế thì làm giấy tờ ở đâu ạ', expect: DOI_RUONG, who: 'elderly' }, // s40
  { q: 'doi ruong cho nha hang xom cho lien thua, lam hop dong chuyen doi quyen su dung dat nong nghiep o xa', expect: DOI_RUONG, who: 'rural' }, // s40
  { q: 'doi thua ruong voi hang xom', expect: DOI_RUONG, who: 'young' }, // s40
  { q: 'Nhà hàng xóm xây tường lấn sang đất vườn nhà tôi gần nửa mét, nói mãi không nghe, xin hỏi gửi đơn lên xã nhờ hòa giải thì làm thế nào ạ', expect: HOA_GIAI_DAT, who: 'elderly' }, // s41
  { q: 'hang xom lan dat nha toi, lam don hoa giai tranh chap dat dai o xa', expect: HOA_GIAI_DAT, who: 'rural' }, // s41
  { q: 'tranh chap dat voi hang xom', expect: TRANH_CHAP_DAT, who: 'young' }, // s41
  { q: 'Cái xe máy Dream đứng tên ông nhà tôi, ông mất rồi, giờ muốn sang tên cho thằng cháu đi làm thì ra công an xã làm được không ạ', expect: SANG_TEN_XE, who: 'elderly' }, // s42
  { q: 'xe may dung ten bo toi da mat, sang ten cho con o cong an xa the nao, giay to xe con du', expect: SANG_TEN_XE, who: 'rural' }, // s42
  { q: 'sang ten xe may nguoi da mat', expect: SANG_TEN_XE, who: 'young' }, // s42
];

export const ELDERLY81_TUNE: readonly CitizenQuery[] = ELDERLY81_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY81_HELD: readonly CitizenQuery[] = ELDERLY81_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: monthly social allowance for the over-80s and the funeral grant that goes with it (social protection),
 * martyrs' worship allowance and moving a martyr's remains, Agent Orange benefits for an army veteran (only the police version is in the catalogue),
 * an ordinary elderly health-insurance card (only the police-family card is), storm damage support for crops and ponds, and re-issuing a Resistance
 * Medal certificate (only the Ministry of Construction's own awards are). */
export const ELDERLY81_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi năm nay tám mươi mốt tuổi, không có lương hưu gì cả, nghe nói người trên tám mươi được nhà nước trợ cấp hằng tháng, xin hỏi làm đơn ở đâu ạ', who: 'elderly' }, // s24
  { q: 'ba toi 80 tuoi khong co luong huu, dang ky tro cap nguoi cao tuoi hang thang o xa the nao', who: 'rural' }, // s24
  { q: 'tro cap nguoi cao tuoi tren 80', who: 'young' }, // s24
  { q: 'U tôi đang hưởng trợ cấp người cao tuổi thì cụ mất, cán bộ thôn bảo gia đình được hỗ trợ tiền mai táng, thế thì phải nộp giấy gì ạ', who: 'elderly' }, // s25
  { q: 'ba noi toi dang huong tro cap xa hoi vua mat, xin ho tro chi phi mai tang o xa', who: 'rural' }, // s25
  { q: 'ho tro mai tang phi nguoi cao tuoi', who: 'young' }, // s25
  { q: 'Anh trai tôi là liệt sĩ hy sinh ở Quảng Trị năm bảy hai, bố mẹ mất cả rồi, giờ tôi là em thờ cúng anh thì có được nhận tiền thờ cúng liệt sĩ không ạ', who: 'elderly' }, // s26
  { q: 'bac toi la liet sy, ong ba noi mat het roi, bo toi tho cung thi xin tro cap tho cung liet si o dau', who: 'rural' }, // s26
  { q: 'tro cap tho cung liet si', who: 'young' }, // s26
  { q: 'Gia đình tôi vừa tìm được mộ anh trai là liệt sĩ ở nghĩa trang trong Quảng Trị, muốn đưa hài cốt anh về quê an táng gần các cụ thì xin phép ở đâu ạ', who: 'elderly' }, // s27
  { q: 'muon di chuyen hai cot liet si tu quang tri ve que, gia dinh lam ho so o dau, co duoc ho tro tien xe k', who: 'rural' }, // s27
  { q: 'boc mo liet si ve que', who: 'young' }, // s27
  { q: 'Tôi đi bộ đội ở chiến trường B từ năm sáu tám đến bảy lăm, nay con cháu sinh ra bị dị tật, người ta bảo là do chất độc da cam, xin hỏi làm hồ sơ hưởng chế độ thế nào ạ', who: 'elderly' }, // s28
  { q: 'thay toi di bo doi o chien truong bi nhiem chat doc da cam, lam che do o dau, giay xuat ngu con giu', who: 'rural' }, // s28
  { q: 'che do chat doc da cam', who: 'young' }, // s28
  { q: 'Cái thẻ bảo hiểm y tế người cao tuổi của tôi đánh rơi lúc đi chợ, tuần sau lại phải đi khám mắt, xin cấp lại ở đâu ạ', who: 'elderly' }, // s29
  { q: 'u toi mat the bhyt nguoi cao tuoi, xin cap lai o xa hay bao hiem huyen', who: 'rural' }, // s29
  { q: 'cap lai the bhyt', who: 'young' }, // s29
  { q: 'Trận bão vừa rồi nước tràn bờ, ao cá nhà tôi mất trắng, lúa thì đổ rạp hết, xin hỏi nhà nước có hỗ trợ thiệt hại không và làm đơn ở đâu ạ', who: 'elderly' }, // s33
  { q: 'bao lu vua roi ao ca nha toi bi vo bo mat het ca, xin ho tro thiet hai thien tai o xa the nao', who: 'rural' }, // s33
  { q: 'ho tro thiet hai do bao lu', who: 'young' }, // s33
  { q: 'Tấm bằng Huân chương Kháng chiến hạng Nhì của thầy tôi để trên ban thờ bị mối xông nát hết, giờ muốn xin cấp lại cái bằng để thờ thì làm đơn gửi đâu ạ', who: 'elderly' }, // s43
  { q: 'bang huan chuong khang chien cua ong toi bi moi an mat, xin cap lai bang o dau', who: 'rural' }, // s43
  { q: 'cap lai bang huan chuong bi hong', who: 'young' }, // s43
];
