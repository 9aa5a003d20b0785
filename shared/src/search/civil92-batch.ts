import type { CitizenQuery } from './dev-set';

/** Batch civil92 (issue 17): families at a commune or ward counter on civil status, certification and residence — births (late, at home, abroad, no father named, a foreign father), marriages (late, with a foreigner, remarriage, single-status papers), deaths (also late), corrections of names and dates, copies of lost papers, certified copies and signatures, authorisations, wills and inheritance agreements, guardianship and adoption, permanent and temporary residence, splitting a household, ID cards for the elderly and teenagers. Voices: elderly (an old person or plain adult telling the story first, with diacritics, northern, central and southern speech), rural (phone typing mostly without diacritics, typos, abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/civil92-draft-20261207T1717Z.txt, sha256 89f204368cde2a15e1dda89789e7db7b17e6f88f9051d02510882c8a9f9b4078; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 123 (elderly 41, rural 41, young 41), no answer 3. */

// Civil status (hộ tịch), commune.
// Birth registration, also late, at home without a hospital paper (a witness statement), or with no father named; the child has no other papers.
const KHAI_SINH = ['1.001193'];
// A newborn: plain birth registration, or the joint birth + health card (+ residence) filing for children under 6.
const KHAI_SINH_TRE = ['1.001193', '2.001023', '2.000986'];
// Born abroad and brought home: registered here as a birth with a foreign element, or, if a foreign birth certificate exists, recorded in the register; the family cannot tell which.
const KHAI_SINH_NN = ['2.000528', '2.000547'];
// Born in Vietnam to a foreign father: birth registration with a foreign element (not the border-area variant).
const KHAI_SINH_YTNN = ['2.000528'];
// The birth is already registered, so adding the father is recognition of paternity, not the combined birth + recognition.
const NHAN_CHA_CON = ['1.001022'];
// A couple who never registered registers now (đăng ký lại kết hôn is only for a marriage registered once whose record is lost).
const KET_HON = ['1.000894'];
// Marriage with a foreigner (a Korean, not the border-area variant).
const KET_HON_NN = ['2.000806'];
// The single-status paper, also for a widow remarrying.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Death registration; one never registered, however late, is still a first registration (đăng ký lại khai tử needs an earlier one).
const KHAI_TU = ['1.000656'];
// Correcting a misspelt name, changing a surname, supplementing missing entries: one procedure.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Birth date differs between birth record and ID: correct the birth record, or correct the population database if the ID side is wrong.
const NGAY_SINH = ['1.004859', '1.012564'];
// A copy of a birth or marriage record whose register still exists.
const TRICH_LUC = ['2.000635'];
// Registered once, but both the paper and the commune book are lost.
const DANG_KY_LAI_KHAI_SINH = ['1.004884'];
// Recording a divorce granted abroad.
const GHI_CHU_LY_HON = ['2.000554'];
const GIAM_HO = ['1.004837'];
// Adopting a stepchild, both in Vietnam: domestic adoption at the commune.
const CON_NUOI = ['2.001263'];

// Certification (chứng thực), commune.
const BAN_SAO = ['2.000815'];
const CHU_KY = ['2.000884'];
// Authorising a child over land: a contract over land (transaction), or a simple giấy ủy quyền (signature); the old person cannot tell which.
const UY_QUYEN = ['2.001035', '2.000884'];
const PHAN_CHIA_DI_SAN = ['2.001406'];
const DI_CHUC = ['2.001019'];

// Residence (cư trú), commune police.
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const TAM_VANG = ['1.003677'];
const XOA_THUONG_TRU = ['1.003197'];
const TACH_HO = ['1.010038'];
// Changing the household head is adjusting residence information (its text names the change of head).
const CHU_HO = ['1.010039'];
// The paper that replaces the abolished household book.
const XAC_NHAN_CU_TRU = ['1.010041'];
const GIA_HAN_TAM_TRU = ['1.002755'];
const LUU_TRU = ['2.001159'];

// ID cards (căn cước): commune police, or the same procedure at the province.
// First card for a person 14 or older (a 14-year-old, or an old person with only an old ID); the police may come to a bedridden person.
const CAN_CUOC_14 = ['1.014061', '2.000200'];
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// A changed name means a new card (cấp đổi).
const CAP_DOI_CAN_CUOC = ['1.014063', '2.001195'];

const CIVIL92_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Dạ thưa cô, thằng cháu nội tôi năm nay chín tuổi rồi mà hồi đó bố mẹ nó đi làm xa không đi khai sinh cho nó, giờ nó vào lớp bốn trường đòi giấy khai sinh, tôi phải làm sao ạ',
    expect: KHAI_SINH,
    who: 'elderly',
  }, // s01
  { q: 'con 9 tuoi chua lam giay khai sinh gio lam lai dc ko', expect: KHAI_SINH, who: 'rural' }, // s01
  { q: 'dang ky khai sinh qua han', expect: KHAI_SINH, who: 'young' }, // s01
  { q: 'Con dâu tui nó đẻ ở nhà, bà mụ đỡ, hổng có giấy chứng sinh của nhà thương, giờ muốn khai sinh cho con nhỏ thì làm sao hả cô', expect: KHAI_SINH, who: 'elderly' }, // s02
  { q: 'sinh con o nha ko co giay chung sinh thi khai sinh ntn', expect: KHAI_SINH, who: 'rural' }, // s02
  { q: 'khai sinh khong co giay chung sinh', expect: KHAI_SINH, who: 'young' }, // s02
  { q: 'Con gái tôi nó chửa hoang, thằng kia bỏ đi rồi, giờ đẻ đứa nhỏ thì khai sinh có cần tên bố không, để trống được không chú', expect: KHAI_SINH, who: 'elderly' }, // s03
  { q: 'me don than lam giay khai sinh cho con k co ten cha dc k', expect: KHAI_SINH, who: 'rural' }, // s03
  { q: 'khai sinh khong ghi ten cha', expect: KHAI_SINH, who: 'young' }, // s03
  {
    q: 'Vợ chồng thằng út nhà tôi đi lao động bên Đài Loan, đẻ cháu bên đó, nay đưa cháu về quê ở luôn, mà giấy tờ của cháu toàn chữ Tàu, giờ muốn làm khai sinh Việt Nam cho cháu đi học thì làm ở đâu ạ',
    expect: KHAI_SINH_NN,
    who: 'elderly',
  }, // s04
  { q: 'con sinh ben han quoc gio ve vn lam khai sinh o xa dc ko', expect: KHAI_SINH_NN, who: 'rural' }, // s04
  { q: 'khai sinh cho con sinh o nuoc ngoai', expect: KHAI_SINH_NN, who: 'young' }, // s04
  { q: 'Dạ cháu mới sinh được hai tuần, mẹ nó còn ở cữ, bà nội đi khai sinh thay được không, cần mang theo những giấy gì ạ', expect: KHAI_SINH_TRE, who: 'elderly' }, // s05
  { q: 'lam giay khai sinh cho be moi sinh can nhung giay to j', expect: KHAI_SINH_TRE, who: 'rural' }, // s05
  { q: 'lam giay khai sinh', expect: KHAI_SINH_TRE, who: 'young' }, // s05
  {
    q: 'Hồi đó hai đứa chưa cưới nên giấy khai sinh của con bé bỏ trống phần cha, giờ thằng con trai tôi nó muốn nhận con, ghi tên nó vô giấy khai sinh thì làm thủ tục gì vậy cô',
    expect: NHAN_CHA_CON,
    who: 'elderly',
  }, // s06
  { q: 'bo muon nhan con de bo sung ten cha vao giay khai sinh lam sao', expect: NHAN_CHA_CON, who: 'rural' }, // s06
  { q: 'nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s06
  {
    q: 'Ông bà tôi lấy nhau từ năm bảy mươi mấy, chỉ làm mấy mâm cỗ chứ không có đăng ký, nay làm sổ đỏ người ta đòi giấy kết hôn, giờ già rồi đi đăng ký có được không ạ',
    expect: KET_HON,
    who: 'elderly',
  }, // s07
  { q: 'vo chong song voi nhau 30 nam chua dang ky ket hon gio dang ky lai dc ko', expect: KET_HON, who: 'rural' }, // s07
  { q: 'dang ky ket hon muon', expect: KET_HON, who: 'young' }, // s07
  { q: 'Con gái tôi nó quen anh người Hàn Quốc, hai đứa muốn cưới, làm giấy đăng ký kết hôn ở đây hay phải lên tỉnh hả anh', expect: KET_HON_NN, who: 'elderly' }, // s08
  { q: 'ket hon voi nguoi nuoc ngoai lam giay to o dau', expect: KET_HON_NN, who: 'rural' }, // s08
  { q: 'ket hon nguoi nuoc ngoai', expect: KET_HON_NN, who: 'young' }, // s08
  {
    q: 'Thằng con tôi nó làm ăn trong Sài Gòn, giờ về quê cưới vợ, người ta bảo phải có giấy xác nhận độc thân, mà nó có hộ khẩu ở đây thì xin ở xã mình được không cô',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s09
  { q: 'xin giay xac nhan doc than de ket hon o dau', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s09
  { q: 'giay xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s09
  {
    q: 'Chồng tôi mất được năm năm rồi, nay tôi muốn đi bước nữa với ông bên xóm, người ta nói phải có giấy chứng nhận tình trạng hôn nhân, giấy chứng tử của ông nhà tôi có cần không ạ',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s10
  { q: 'chong mat roi muon lay chong khac can giay j', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s10
  { q: 'tai hon xin giay doc than', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s10
  { q: 'Dạ ông cụ nhà tôi mới mất hôm qua, ở nhà chứ không phải ở bệnh viện, giờ đi báo tử cho ông thì ai đi, mang cái gì ạ', expect: KHAI_TU, who: 'elderly' }, // s11
  { q: 'bo moi mat can lam giay chung tu o dau', expect: KHAI_TU, who: 'rural' }, // s11
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s11
  {
    q: 'Mẹ tôi mất từ năm chín mấy, hồi đó không ai đi khai tử, bây giờ anh em chia đất thì phòng công chứng đòi giấy chứng tử của mẹ, làm sao ra được cái giấy đó ạ',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s12
  { q: 'me mat lau roi ko co giay chung tu gio lam de chia dat dc ko', expect: KHAI_TU, who: 'rural' }, // s12
  { q: 'khai tu qua han', expect: KHAI_TU, who: 'young' }, // s12
  {
    q: 'Giấy khai sinh của tôi hồi xưa ông cán bộ ghi sai tên, tôi tên Nguyễn Thị Hường mà ghi thành Hương, giờ làm giấy tờ đất nó không khớp, sửa lại thế nào ạ',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s13
  { q: 'giay khai sinh bi ghi sai ten sua lai ntn', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s13
  { q: 'sua ten trong giay khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s13
  { q: 'Con gái tui ly dị rồi, nó nuôi con một mình, giờ muốn đổi họ thằng nhỏ theo họ mẹ cho tiện, có đổi được không cô', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s14
  { q: 'doi ho cho con theo ho me sau ly hon dc ko', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s14
  { q: 'thay doi ho ten cho con', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s14
  { q: 'Ngày sinh trong giấy khai sinh của bà với trong cái căn cước nó khác nhau một năm, đi lãnh lương hưu người ta không cho, giờ sửa năm sinh ở đâu hả con', expect: NGAY_SINH, who: 'elderly' }, // s15
  { q: 'ngay sinh giay khai sinh va cccd khac nhau sua lai nhu the nao', expect: NGAY_SINH, who: 'rural' }, // s15
  { q: 'cai chinh ngay sinh', expect: NGAY_SINH, who: 'young' }, // s15
  { q: 'Cái giấy khai sinh cũ của tôi nó bỏ trống chỗ quê quán với năm sinh của bố, bây giờ muốn ghi thêm vào cho đủ thì có được không ạ', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s16
  { q: 'giay khai sinh thieu que quan muon bo sung them', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s16
  { q: 'bo sung thong tin ho tich', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s16
  { q: 'Nhà tôi bị lụt năm ngoái trôi hết giấy tờ, cái giấy khai sinh của thằng con cũng mất luôn, giờ xin lại một bản ở xã có được không ạ', expect: TRICH_LUC, who: 'elderly' }, // s17
  { q: 'mat giay khai sinh ban chinh xin cap lai o dau', expect: TRICH_LUC, who: 'rural' }, // s17
  { q: 'trich luc khai sinh', expect: TRICH_LUC, who: 'young' }, // s17
  {
    q: 'Tôi đẻ hồi chiến tranh, giấy khai sinh mất rồi mà lên xã hỏi thì sổ sách hồi đó cũng cháy hết không còn, vậy giờ tôi làm lại khai sinh từ đầu được không cháu',
    expect: DANG_KY_LAI_KHAI_SINH,
    who: 'elderly',
  }, // s18
  { q: 'so ho tich o xa bi mat gio dang ky lai khai sinh dc k', expect: DANG_KY_LAI_KHAI_SINH, who: 'rural' }, // s18
  { q: 'dang ky lai khai sinh', expect: DANG_KY_LAI_KHAI_SINH, who: 'young' }, // s18
  { q: 'Giấy đăng ký kết hôn của vợ chồng tui cất trong tủ mà mối ăn mất rồi, giờ ngân hàng đòi, xin bản sao ở đâu hả chú', expect: TRICH_LUC, who: 'elderly' }, // s19
  { q: 'lam mat giay dang ky ket hon xin ban sao o dau', expect: TRICH_LUC, who: 'rural' }, // s19
  { q: 'cap lai giay ket hon', expect: TRICH_LUC, who: 'young' }, // s19
  { q: 'Dạ tôi cần mấy bản sao cái sổ đỏ với cái căn cước có đóng dấu đỏ để nộp hồ sơ vay vốn, làm ở xã mình được không, mất bao nhiêu tiền ạ', expect: BAN_SAO, who: 'elderly' }, // s20
  { q: 'cong chung ban sao cccd o xa mat bao nhieu tien', expect: BAN_SAO, who: 'rural' }, // s20
  { q: 'chung thuc ban sao', expect: BAN_SAO, who: 'young' }, // s20
  { q: 'Tôi viết cái đơn xin cho con đi học, nhà trường bảo phải có xác nhận chữ ký của phụ huynh, lên xã ký trước mặt cán bộ thì có được không ạ', expect: CHU_KY, who: 'elderly' }, // s21
  { q: 'xac nhan chu ky tren don o ubnd xa', expect: CHU_KY, who: 'rural' }, // s21
  { q: 'chung thuc chu ky', expect: CHU_KY, who: 'young' }, // s21
  { q: 'Tôi già yếu đi lại không được, muốn giao cho thằng con đi làm thủ tục sang tên miếng đất thay tôi, làm giấy ủy quyền ở xã có được không cô', expect: UY_QUYEN, who: 'elderly' }, // s22
  { q: 'lam giay uy quyen cho con di lam so do thay', expect: UY_QUYEN, who: 'rural' }, // s22
  { q: 'hop dong uy quyen', expect: UY_QUYEN, who: 'young' }, // s22
  {
    q: 'Bố mẹ tôi mất không để lại di chúc, năm anh em đã thống nhất chia miếng đất với nhau rồi, giờ làm cái giấy thỏa thuận chia thừa kế có cần ra xã chứng không ạ',
    expect: PHAN_CHIA_DI_SAN,
    who: 'elderly',
  }, // s23
  { q: 'anh em thoa thuan chia dat cua bo me chung thuc o xa dc ko', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s23
  { q: 'van ban thoa thuan phan chia di san', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s23
  { q: 'Tui năm nay tám mươi mấy rồi, muốn viết tờ di chúc để lại căn nhà cho đứa út, đem lên xã cho người ta chứng có được không hay phải ra phòng công chứng', expect: DI_CHUC, who: 'elderly' }, // s24
  { q: 'viet di chuc de lai nha cho con chung thuc o dau', expect: DI_CHUC, who: 'rural' }, // s24
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s24
  { q: 'Ông bà tôi già rồi, bán nhà dưới quê lên ở với con trai ngoài thành phố, giờ muốn nhập hộ khẩu vô nhà nó thì làm sao hả cháu', expect: THUONG_TRU, who: 'elderly' }, // s25
  { q: 'nhap ho khau ve nha con trai can giay to j', expect: THUONG_TRU, who: 'rural' }, // s25
  { q: 'dang ky thuong tru', expect: THUONG_TRU, who: 'young' }, // s25
  { q: 'Con bé nhà tôi lên tỉnh học đại học, ở trọ nhà người ta, chủ trọ bảo phải đăng ký tạm trú, thì nó tự làm hay chủ nhà làm ạ', expect: TAM_TRU, who: 'elderly' }, // s26
  { q: 'sinh vien thue tro dang ky tam tru online dc ko', expect: TAM_TRU, who: 'rural' }, // s26
  { q: 'dang ky tam tru', expect: TAM_TRU, who: 'young' }, // s26
  { q: 'Thằng con tôi nó đi làm công nhân trong Bình Dương cả năm mới về, công an xã bảo phải khai tạm vắng, có cần không, làm ở đâu ạ', expect: TAM_VANG, who: 'elderly' }, // s27
  { q: 'di lam xa co can khai bao tam vang ko', expect: TAM_VANG, who: 'rural' }, // s27
  { q: 'khai bao tam vang', expect: TAM_VANG, who: 'young' }, // s27
  { q: 'Bà nội mất rồi mà trên hệ thống vẫn còn tên bà trong hộ, giờ muốn cắt khẩu cho bà thì làm sao ạ', expect: XOA_THUONG_TRU, who: 'elderly' }, // s28
  { q: 'nguoi nha mat roi xoa ten trong ho khau ntn', expect: XOA_THUONG_TRU, who: 'rural' }, // s28
  { q: 'xoa dang ky thuong tru', expect: XOA_THUONG_TRU, who: 'young' }, // s28
  { q: 'Thằng con tôi lấy vợ rồi, ở chung một nhà nhưng nó muốn tách ra làm hộ riêng để sau này làm giấy tờ cho dễ, tách được không cô', expect: TACH_HO, who: 'elderly' }, // s29
  { q: 'tach ho khau rieng cho vo chong con trai', expect: TACH_HO, who: 'rural' }, // s29
  { q: 'tach ho', expect: TACH_HO, who: 'young' }, // s29
  { q: 'Ông chồng tôi đứng tên chủ hộ, nay ông mất rồi, giờ muốn để thằng con trai cả đứng làm chủ hộ thì lên công an hay lên xã ạ', expect: CHU_HO, who: 'elderly' }, // s30
  { q: 'doi chu ho khi chu ho mat', expect: CHU_HO, who: 'rural' }, // s30
  { q: 'thay doi chu ho', expect: CHU_HO, who: 'young' }, // s30
  { q: 'Sổ hộ khẩu giấy bị thu rồi, giờ con tôi xin việc người ta đòi bản sao sổ hộ khẩu, thì xin cái giấy gì thay vô ạ', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s31
  { q: 'ko con so ho khau thi lay giay j chung minh noi cu tru', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s31
  { q: 'giay xac nhan cu tru', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s31
  { q: 'Tôi thuê nhà ở đây hai năm rồi, cái tạm trú sắp hết hạn, giờ gia hạn thêm thì có phải làm lại hồ sơ từ đầu không anh', expect: GIA_HAN_TAM_TRU, who: 'elderly' }, // s32
  { q: 'tam tru het han gia han o dau', expect: GIA_HAN_TAM_TRU, who: 'rural' }, // s32
  { q: 'gia han tam tru', expect: GIA_HAN_TAM_TRU, who: 'young' }, // s32
  { q: 'Mẹ tôi chín mươi hai tuổi nằm một chỗ, chưa có căn cước gắn chíp, đi lãnh tiền người già người ta đòi, công an có xuống tận nhà làm cho bà được không ạ', expect: CAN_CUOC_14, who: 'elderly' }, // s33
  { q: 'nguoi gia nam 1 cho lam cccd tai nha dc ko', expect: CAN_CUOC_14, who: 'rural' }, // s33
  { q: 'lam can cuoc cho nguoi gia', expect: CAN_CUOC_14, who: 'young' }, // s33
  { q: 'Cháu tôi mười bốn tuổi, nhà trường bảo phải làm căn cước cho cháu, trẻ con thì có cần bố mẹ đi theo không, làm ở đâu ạ', expect: CAN_CUOC_14, who: 'elderly' }, // s34
  { q: 'con 14 tuoi lam cccd lan dau o dau', expect: CAN_CUOC_14, who: 'rural' }, // s34
  { q: 'cap can cuoc lan dau', expect: CAN_CUOC_14, who: 'young' }, // s34
  { q: 'Tôi đi chợ bị móc túi mất cái căn cước rồi, giờ làm lại thì có phải chụp hình lấy dấu tay lại không, bao lâu thì có ạ', expect: CAP_LAI_CAN_CUOC, who: 'elderly' }, // s35
  { q: 'mat cccd lam lai mat bao lau', expect: CAP_LAI_CAN_CUOC, who: 'rural' }, // s35
  { q: 'cap lai can cuoc', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s35
  { q: 'Tôi vừa sửa lại tên trong giấy khai sinh xong, giờ cái căn cước vẫn tên cũ, phải đổi cái thẻ mới hả con', expect: CAP_DOI_CAN_CUOC, who: 'elderly' }, // s36
  { q: 'doi ten roi thi cccd co phai doi lai ko', expect: CAP_DOI_CAN_CUOC, who: 'rural' }, // s36
  { q: 'cap doi the can cuoc', expect: CAP_DOI_CAN_CUOC, who: 'young' }, // s36
  { q: 'Bố mẹ thằng bé mất trong tai nạn rồi, giờ ông bà nuôi cháu, muốn đứng tên giám hộ cho cháu để lo giấy tờ học hành thì làm thủ tục gì ạ', expect: GIAM_HO, who: 'elderly' }, // s37
  { q: 'ong ba nuoi chau mo coi dang ky giam ho o xa', expect: GIAM_HO, who: 'rural' }, // s37
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s37
  { q: 'Tôi lấy vợ sau, vợ có con riêng được năm tuổi, tôi thương nó như con ruột, muốn nhận làm con nuôi cho nó mang họ tôi thì làm sao hả chú', expect: CON_NUOI, who: 'elderly' }, // s38
  { q: 'nhan con rieng cua vo lam con nuoi thu tuc ntn', expect: CON_NUOI, who: 'rural' }, // s38
  { q: 'dang ky nhan con nuoi', expect: CON_NUOI, who: 'young' }, // s38
  { q: 'Con gái tôi lấy chồng bên Nhật, bên đó tòa cho ly hôn rồi, nay nó về nước muốn lấy chồng khác thì ở đây có công nhận cái ly hôn bên đó không ạ', expect: GHI_CHU_LY_HON, who: 'elderly' }, // s39
  { q: 'ly hon o nuoc ngoai ve vn ghi chu vao so ho tich', expect: GHI_CHU_LY_HON, who: 'rural' }, // s39
  { q: 'ghi chu ly hon nuoc ngoai', expect: GHI_CHU_LY_HON, who: 'young' }, // s39
  { q: 'Nhà tôi có đứa cháu dưới quê lên chơi ở lại mấy bữa, ông trưởng thôn bảo phải báo cho công an, báo thế nào ạ', expect: LUU_TRU, who: 'elderly' }, // s40
  { q: 'co khach o lai qua dem khai bao luu tru o dau', expect: LUU_TRU, who: 'rural' }, // s40
  { q: 'thong bao luu tru', expect: LUU_TRU, who: 'young' }, // s40
  { q: 'Con gái tôi lấy chồng người Trung Quốc, về nhà mẹ đẻ ở đây sinh cháu, giờ khai sinh cho cháu thì quốc tịch ghi sao, làm ở xã hay huyện ạ', expect: KHAI_SINH_YTNN, who: 'elderly' }, // s42
  { q: 'khai sinh cho con co bo nguoi nuoc ngoai lam o dau', expect: KHAI_SINH_YTNN, who: 'rural' }, // s42
  { q: 'khai sinh co yeu to nuoc ngoai', expect: KHAI_SINH_YTNN, who: 'young' }, // s42
];

export const CIVIL92_TUNE: readonly CitizenQuery[] = CIVIL92_BATCH.filter((_, i) => i % 2 === 0);
export const CIVIL92_HELD: readonly CitizenQuery[] = CIVIL92_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: a commune certificate that a pensioner is still alive for a foreign pension fund (the catalogue has only signature certification, which certifies a signature, not that the person lives). */
export const CIVIL92_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi lãnh lương hưu bên Pháp gửi về, năm nào bên đó cũng bắt gửi giấy xác nhận còn sống, ra xã xin xác nhận thì được không ạ', who: 'elderly' }, // s41
  { q: 'xin giay xac nhan con song de lanh luong huu', who: 'rural' }, // s41
  { q: 'xac nhan con song', who: 'young' }, // s41
];
