import type { CitizenQuery } from './dev-set';

/** Batch retired89 (issue 17): retired people and old city dwellers (60 to 90) of Hà Nội, Hải Phòng, Huế, Đà Nẵng and Hồ Chí Minh City — former state employees, teachers, soldiers, workers, small traders — on pensions and their transfer, health insurance, veterans' and merit benefits, old flats and houses, wills and gifts to children, a spouse's death, moving in with children, travel abroad to visit children, an old motorbike, a household business kept by a pensioner. Voices: elderly (the old person or a plain adult, with diacritics, story first, polite and regional: thưa cô, ạ, tui, răng, mô, chừ, bả, vô; old words such as chứng minh thư, hộ khẩu, sổ hưu), rural (phone typing without diacritics, abbreviations k, ko, dc, j, cccd, gcn), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/retired89-draft-20261207T1707Z.txt, sha256 ce221e8ef71ff74f540d7e16870be3a289550192dbe1a848dea2f28a3b8f3447; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 93 (elderly 31, rural 31, young 31), no answer 27. */
// Moving the place where a pension is paid to another province (BHXH).
const CHUYEN_HUONG_LUONG_HUU = ['1.001742'];
// Tử tuất covers the funeral allowance (trợ cấp mai táng) and the monthly or lump-sum survivor allowance of a dead pensioner.
const TU_TUAT = ['2.000821'];
// Re-issue, exchange or correction of the social-insurance book and health-insurance card; pensioners (whose card BHXH pays) file at the commune or BHXH. Also the exchange of a card for a new primary-care clinic.
const SO_BHXH_THE_BHYT = ['1.002759'];
// Death registration at the commune.
const KHAI_TU = ['1.000656'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// Giving house and land to a child: the certified gift contract, then registering the change on the certificate.
const TANG_CHO = ['2.001035', '1.013831'];
// Certifying the agreement dividing an estate (house, land) at the commune.
const PHAN_CHIA_DI_SAN = ['2.001406'];
// Permanent residence registration in a child's home (the old "nhập hộ khẩu").
const THUONG_TRU = ['1.004222'];
// Ordinary passport issued in the country, provincial immigration office.
const HO_CHIEU = ['1.001456'];
// Selling a motorbike: the buyer's change-of-owner registration and the seller's return of registration and plate (online or at the counter).
const SANG_TEN_XE = ['1.013076', '1.013123', '1.013065'];
// Registering a household business.
const DANG_KY_HKD = ['1.001612'];
// Closing a household business.
const CHAM_DUT_HKD = ['1.001266'];
// First registration and land-use certificate for households and individuals (commune); 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// A land certificate lost (cấp lại) or torn and damaged (cấp đổi): the owner cannot tell which.
const CAP_LAI_GCN = ['1.012786', '1.012783'];
// Certified copies from originals at the commune.
const BAN_SAO_CHUNG_THUC = ['2.000815'];
// A copy of an old marriage record; if the commune book itself is lost, the marriage is registered again.
const TRICH_LUC_KET_HON = ['2.000635', '1.004746'];
// Marital status certificate (the "giấy xác nhận độc thân").
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Marriage registration.
const KET_HON = ['1.000894'];
// Lump sum for a pensioner who leaves to settle abroad.
const HUU_RA_NUOC_NGOAI = ['2.000755'];
// Permit to repair or renovate a detached house (nhà ở riêng lẻ), commune.
const CAP_SUA_XAY_DUNG = ['1.013229'];
// Sale of an old state-owned flat to its tenant.
const BAN_NHA_CU = ['1.012893'];
// Exchanging the ID card at 60 (commune or province), or a first card for someone still holding the 9-digit chứng minh thư.
const DOI_CAN_CUOC = ['1.014063', '2.001195', '1.014061'];
// Confirmation of residence information, which replaced the household book as proof.
const XAC_NHAN_CU_TRU = ['1.010041'];
// Declaring temporary absence.
const TAM_VANG = ['1.003677'];
// Registering a guardian at the commune.
const GIAM_HO = ['1.004837'];
// Authorising someone to collect a pension (BHXH), and certifying the signature on the authorisation at the commune.
const UY_QUYEN_LINH_HUU = ['1.001601', '2.000884'];
// Returning the registration certificate and plate of a scrapped vehicle (counter or fully online).
const THU_HOI_XE = ['1.013123', '1.013065'];
// Correcting a name or date of birth in a birth record.
const CAI_CHINH_HO_TICH = ['1.004859'];

const RETIRED89_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, tôi về hưu năm 2009, lĩnh lương hưu ở bưu điện Lê Chân, Hải Phòng. Nay tôi chuyển vào Sài Gòn ở với con trai, cho tôi hỏi muốn chuyển sổ hưu vào trong đó lĩnh thì làm thủ tục gì ạ?',
    expect: CHUYEN_HUONG_LUONG_HUU,
    who: 'elderly',
  }, // s01
  { q: 'chuyen luong huu tu hai phong vao tphcm o voi con thi lam giay to j a', expect: CHUYEN_HUONG_LUONG_HUU, who: 'rural' }, // s01
  { q: 'chuyển nơi nhận lương hưu', expect: CHUYEN_HUONG_LUONG_HUU, who: 'young' }, // s01
  {
    q: 'Cho tôi hỏi, ông nhà tôi là cán bộ hưu trí, mất tháng trước ở Hà Nội, tôi nghe nói gia đình được nhận tiền mai táng phí, vậy tôi phải nộp những giấy tờ gì, nộp ở đâu ạ?',
    expect: TU_TUAT,
    who: 'elderly',
  }, // s02
  { q: 'bo em huu tri moi mat, nhan tien mai tang phi bhxh can nhung gi', expect: TU_TUAT, who: 'rural' }, // s02
  { q: 'trợ cấp mai táng người hưởng lương hưu', expect: TU_TUAT, who: 'young' }, // s02
  {
    q: 'Thưa cô, tôi năm ni 74 tuổi, hôm trước đi chợ Đông Ba bị mất cái ví, mất luôn thẻ bảo hiểm y tế hưu trí. Chừ muốn làm lại thẻ thì làm răng, có phải về bảo hiểm xã hội tỉnh không?',
    expect: SO_BHXH_THE_BHYT,
    who: 'elderly',
  }, // s03
  { q: 'mat the bhyt nguoi ve huu xin cap lai the nao, co can cccd k', expect: SO_BHXH_THE_BHYT, who: 'rural' }, // s03
  { q: 'cap lai the bhyt bi mat', expect: SO_BHXH_THE_BHYT, who: 'young' }, // s03
  { q: 'Dạ thưa cô, bà xã tôi mới mất hôm thứ Bảy ở nhà, bệnh viện có cho giấy báo tử rồi, giờ tôi muốn làm giấy khai tử cho bả thì lên phường nộp gì vậy cô?', expect: KHAI_TU, who: 'elderly' }, // s05
  { q: 'vo toi moi mat lam giay khai tu o phuong can mang theo nhung gi', expect: KHAI_TU, who: 'rural' }, // s05
  { q: 'đăng ký khai tử cho vợ', expect: KHAI_TU, who: 'young' }, // s05
  {
    q: 'Thưa chị, tôi năm nay 82 tuổi, muốn lập di chúc để lại căn nhà ở phố Khâm Thiên cho ba đứa con. Tôi có thể ra phường nhờ chứng thực di chúc được không, hay phải ra văn phòng công chứng ạ?',
    expect: DI_CHUC,
    who: 'elderly',
  }, // s06
  { q: 'ong noi muon viet di chuc de lai nha cho con, ra ubnd xa chung thuc dc ko', expect: DI_CHUC, who: 'rural' }, // s06
  { q: 'chứng thực di chúc tại phường', expect: DI_CHUC, who: 'young' }, // s06
  {
    q: 'Cho tui hỏi, vợ chồng tui có miếng đất với cái nhà ở Hải Châu, giờ già rồi muốn cho đứa con trai út đứng tên luôn, làm hợp đồng tặng cho rồi sang tên sổ đỏ thì làm răng?',
    expect: TANG_CHO,
    who: 'elderly',
  }, // s07
  { q: 'bo me cho con dat, lam hop dong tang cho va sang ten so do het bao nhieu tien', expect: TANG_CHO, who: 'rural' }, // s07
  { q: 'sang tên sổ đỏ cho con', expect: TANG_CHO, who: 'young' }, // s07
  {
    q: 'Thưa chị, ông nhà tôi mất năm 2021, không để lại di chúc. Căn hộ tập thể ở Thành Công đứng tên hai vợ chồng. Nay mẹ con tôi muốn làm văn bản thỏa thuận phân chia di sản để các con đứng tên, xin hỏi làm ở đâu ạ?',
    expect: PHAN_CHIA_DI_SAN,
    who: 'elderly',
  }, // s08
  { q: 'chong mat k co di chuc, lam van ban thoa thuan chia tai san thua ke o dau', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s08
  { q: 'khai nhận di sản thừa kế', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s08
  {
    q: 'Tôi ở Huế, năm nay 78 rồi, con gái đón vô Sài Gòn ở chung nhà nó ở quận Gò Vấp. Cô cho tôi hỏi muốn nhập hộ khẩu vô nhà con gái thì làm sao, tôi có cần về Huế cắt hộ khẩu không?',
    expect: THUONG_TRU,
    who: 'elderly',
  }, // s09
  { q: 'me gia chuyen ve o voi con, nhap ho khau vao nha con trai lam sao', expect: THUONG_TRU, who: 'rural' }, // s09
  { q: 'đăng ký thường trú nhà con', expect: THUONG_TRU, who: 'young' }, // s09
  {
    q: 'Cháu ơi cho bà hỏi, con gái bà định cư bên Úc mời bà sang chơi, bà chưa có hộ chiếu bao giờ. Bà 76 tuổi rồi, làm hộ chiếu thì nộp ở công an quận hay phải lên tận thành phố?',
    expect: HO_CHIEU,
    who: 'elderly',
  }, // s10
  { q: 'nguoi gia 70 tuoi lam ho chieu di my tham con can giay to j', expect: HO_CHIEU, who: 'rural' }, // s10
  { q: 'lam ho chieu lan dau', expect: HO_CHIEU, who: 'young' }, // s10
  {
    q: 'Tôi có cái xe Cub 81 mua từ năm 1995, nay không đi được nữa, bán cho người hàng xóm. Xin hỏi bán rồi thì tôi phải làm thủ tục gì để sang tên, kẻo sau này người ta đi vi phạm lại phạt tôi?',
    expect: SANG_TEN_XE,
    who: 'elderly',
  }, // s11
  { q: 'ban xe may cu cho nguoi khac thi sang ten the nao, ko con giay mua ban', expect: SANG_TEN_XE, who: 'rural' }, // s11
  { q: 'sang tên xe máy cũ', expect: SANG_TEN_XE, who: 'young' }, // s11
  {
    q: 'Tôi là giáo viên về hưu, muốn mở tiệm tạp hóa nhỏ trước nhà ở quận 8 cho vui tuổi già. Hỏi cô người về hưu có được đăng ký hộ kinh doanh không, làm ở đâu vậy cô?',
    expect: DANG_KY_HKD,
    who: 'elderly',
  }, // s12
  { q: 'nguoi ve huu mo tiem tap hoa co can dang ky ho kinh doanh k', expect: DANG_KY_HKD, who: 'rural' }, // s12
  { q: 'đăng ký hộ kinh doanh', expect: DANG_KY_HKD, who: 'young' }, // s12
  {
    q: 'Thưa o, tui bán quán nước mấy chục năm có giấy phép hộ kinh doanh, chừ già yếu rồi không bán nữa, muốn trả giấy phép, thôi không đóng thuế nữa thì làm răng?',
    expect: CHAM_DUT_HKD,
    who: 'elderly',
  }, // s13
  { q: 'nghi ban khong lam nua, cham dut ho kinh doanh can lam gi', expect: CHAM_DUT_HKD, who: 'rural' }, // s13
  { q: 'cham dut ho kinh doanh', expect: CHAM_DUT_HKD, who: 'young' }, // s13
  {
    q: 'Nhà tôi ở từ năm 1976 ở quận Bình Thạnh, chỉ có giấy tay mua bán với giấy tờ nhà chế độ cũ, chưa bao giờ có sổ hồng. Giờ muốn làm giấy chứng nhận lần đầu thì phải làm sao cô?',
    expect: GCN_LAN_DAU,
    who: 'elderly',
  }, // s16
  { q: 'nha o tu 1980 chi co giay tay, xin cap so do lan dau can gi', expect: GCN_LAN_DAU, who: 'rural' }, // s16
  { q: 'cấp sổ đỏ lần đầu', expect: GCN_LAN_DAU, who: 'young' }, // s16
  {
    q: 'Năm ngoái bão vào nhà tui bị ngập, cuốn sổ đỏ ướt rách hết, mất luôn một phần. Xin hỏi muốn cấp lại giấy chứng nhận quyền sử dụng đất thì làm thủ tục chi?',
    expect: CAP_LAI_GCN,
    who: 'elderly',
  }, // s17
  { q: 'so do bi mat, lam lai gcn quyen su dung dat mat bao lau', expect: CAP_LAI_GCN, who: 'rural' }, // s17
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN, who: 'young' }, // s17
  {
    q: 'Cho tôi hỏi, tôi cần mấy bản sao sổ hưu, chứng minh thư với quyết định nghỉ hưu có chứng thực để nộp hồ sơ, ở phường có làm không và mất bao nhiêu tiền một trang ạ?',
    expect: BAN_SAO_CHUNG_THUC,
    who: 'elderly',
  }, // s18
  { q: 'cong chung photo cccd o ubnd phuong mat bao nhieu tien 1 ban', expect: BAN_SAO_CHUNG_THUC, who: 'rural' }, // s18
  { q: 'chứng thực bản sao', expect: BAN_SAO_CHUNG_THUC, who: 'young' }, // s18
  {
    q: 'Thưa cô, vợ chồng tui đăng ký kết hôn năm 1965 ở xã ngoài quê, giấy hôn thú mất rồi. Chừ con cần giấy đó làm thừa kế, tui xin cấp lại bản sao giấy kết hôn thì làm ở mô?',
    expect: TRICH_LUC_KET_HON,
    who: 'elderly',
  }, // s19
  { q: 'giay dang ky ket hon cu bi mat xin ban sao trich luc o dau', expect: TRICH_LUC_KET_HON, who: 'rural' }, // s19
  { q: 'trích lục kết hôn bản sao', expect: TRICH_LUC_KET_HON, who: 'young' }, // s19
  {
    q: 'Vợ tôi mất năm 2018, giờ tôi bán miếng đất ở Thủ Đức thì văn phòng công chứng đòi giấy xác nhận độc thân. Tôi đã 72 tuổi, vậy xin giấy xác nhận tình trạng hôn nhân ở phường được không cô?',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s20
  { q: 'xin giay xac nhan doc than de ban dat, vo mat roi', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s20
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s20
  {
    q: 'Tôi góa vợ đã mấy năm, nay 68 tuổi, định đi bước nữa với bà bạn cùng tổ dân phố. Hai ông bà già rồi nhưng vẫn muốn đăng ký kết hôn cho đàng hoàng, xin hỏi cần những giấy tờ gì ạ?',
    expect: KET_HON,
    who: 'elderly',
  }, // s21
  { q: 'ong ba gia muon dang ky ket hon lai sau khi vo mat can nhung gi', expect: KET_HON, who: 'rural' }, // s21
  { q: 'đăng ký kết hôn người cao tuổi', expect: KET_HON, who: 'young' }, // s21
  {
    q: 'Thưa cô, tôi là cán bộ hưu trí, sắp sang Canada ở hẳn với con. Vậy lương hưu của tôi có được nhận tiếp không, hay phải làm thủ tục nhận một lần, nộp ở đâu ạ?',
    expect: HUU_RA_NUOC_NGOAI,
    who: 'elderly',
  }, // s22
  { q: 'ra nuoc ngoai dinh cu thi luong huu nhan 1 lan dc ko', expect: HUU_RA_NUOC_NGOAI, who: 'rural' }, // s22
  { q: 'lương hưu khi ra nước ngoài định cư', expect: HUU_RA_NUOC_NGOAI, who: 'young' }, // s22
  { q: 'Sổ bảo hiểm xã hội của tui ghi sai năm sinh, tui sinh năm 1958 mà trong sổ ghi 1956, giờ muốn sửa lại cho đúng với căn cước thì làm răng?', expect: SO_BHXH_THE_BHYT, who: 'elderly' }, // s23
  { q: 'so bhxh ghi sai nam sinh sua lai nhu nao', expect: SO_BHXH_THE_BHYT, who: 'rural' }, // s23
  { q: 'điều chỉnh thông tin sổ bhxh', expect: SO_BHXH_THE_BHYT, who: 'young' }, // s23
  {
    q: 'Nhà tôi ở phố cổ, xây từ thời Pháp, mái dột tường nứt. Tôi muốn sửa lại, nâng thêm một tầng cho con cháu ở thì có phải xin giấy phép xây dựng không ạ?',
    expect: CAP_SUA_XAY_DUNG,
    who: 'elderly',
  }, // s29
  { q: 'sua nha cu co phai xin giay phep xay dung ko', expect: CAP_SUA_XAY_DUNG, who: 'rural' }, // s29
  { q: 'giấy phép sửa chữa nhà', expect: CAP_SUA_XAY_DUNG, who: 'young' }, // s29
  {
    q: 'Tôi ở căn hộ tập thể của nhà máy từ năm 1985, vẫn thuê nhà của Nhà nước, trả tiền nhà hàng tháng. Nay tôi muốn mua lại căn hộ đó để làm sổ hồng cho con thì thủ tục thế nào ạ?',
    expect: BAN_NHA_CU,
    who: 'elderly',
  }, // s30
  { q: 'mua lai nha tap the dang thue cua nha nuoc lam the nao', expect: BAN_NHA_CU, who: 'rural' }, // s30
  { q: 'mua nhà ở cũ thuộc sở hữu nhà nước', expect: BAN_NHA_CU, who: 'young' }, // s30
  { q: 'Tui năm ni tròn 60 tuổi, nghe nói căn cước phải đổi lại. Còn cái chứng minh thư cũ 9 số tui vẫn giữ, có phải đi làm căn cước mới không?', expect: DOI_CAN_CUOC, who: 'elderly' }, // s31
  { q: 'du 60 tuoi co phai doi cccd k, lam o dau', expect: DOI_CAN_CUOC, who: 'rural' }, // s31
  { q: 'đổi căn cước 60 tuổi', expect: DOI_CAN_CUOC, who: 'young' }, // s31
  {
    q: 'Sổ hộ khẩu giờ bỏ rồi, mà ngân hàng đòi giấy chứng minh nơi cư trú để tôi làm thủ tục. Cô cho tôi hỏi xin giấy xác nhận cư trú ở công an phường được không?',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  }, // s32
  { q: 'so ho khau bi thu roi, xin giay xac nhan cu tru o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s32
  { q: 'xác nhận thông tin cư trú', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s32
  { q: 'Tôi sắp sang Mỹ thăm con trai khoảng sáu tháng, nhà ở phố Hàng Bông để trống. Có phải khai báo tạm vắng với công an phường không ạ?', expect: TAM_VANG, who: 'elderly' }, // s33
  { q: 'di nuoc ngoai tham con 6 thang co phai khai bao tam vang k', expect: TAM_VANG, who: 'rural' }, // s33
  { q: 'khai báo tạm vắng', expect: TAM_VANG, who: 'young' }, // s33
  { q: 'Ông nhà tui bị lẫn mấy năm ni, không nhận ra ai nữa. Con trai muốn đứng ra làm người giám hộ để lo giấy tờ cho ông thì đăng ký ở phường được không?', expect: GIAM_HO, who: 'elderly' }, // s34
  { q: 'bo bi lan, con muon lam giam ho cho bo dang ky o dau', expect: GIAM_HO, who: 'rural' }, // s34
  { q: 'đăng ký giám hộ cho cha', expect: GIAM_HO, who: 'young' }, // s34
  {
    q: 'Dạo này tôi đi lại khó khăn, muốn làm giấy ủy quyền cho con gái đi lĩnh lương hưu thay hàng tháng. Giấy ủy quyền đó có cần ra phường chứng thực chữ ký không ạ?',
    expect: UY_QUYEN_LINH_HUU,
    who: 'elderly',
  }, // s35
  { q: 'lam giay uy quyen cho con linh luong huu thay, chung thuc o dau', expect: UY_QUYEN_LINH_HUU, who: 'rural' }, // s35
  { q: 'ủy quyền lĩnh lương hưu thay', expect: UY_QUYEN_LINH_HUU, who: 'young' }, // s35
  { q: 'Chiếc Honda Dame của tôi đi từ năm 1990, giờ hư quá rồi bán ve chai. Cô cho hỏi muốn nộp lại giấy đăng ký với biển số cho công an thì làm sao?', expect: THU_HOI_XE, who: 'elderly' }, // s36
  { q: 'xe may cu hu bo di, nop lai giay dang ky bien so the nao', expect: THU_HOI_XE, who: 'rural' }, // s36
  { q: 'thu hồi đăng ký biển số xe', expect: THU_HOI_XE, who: 'young' }, // s36
  {
    q: 'Thẻ bảo hiểm y tế của tui đăng ký khám ở trạm y tế phường, mà chừ tui chuyển qua ở với con ở Sơn Trà. Tui muốn đổi nơi khám ban đầu về bệnh viện gần nhà con thì làm răng?',
    expect: SO_BHXH_THE_BHYT,
    who: 'elderly',
  }, // s37
  { q: 'doi noi kham chua benh ban dau the bhyt sang benh vien khac', expect: SO_BHXH_THE_BHYT, who: 'rural' }, // s37
  { q: 'đổi nơi đăng ký khám bhyt', expect: SO_BHXH_THE_BHYT, who: 'young' }, // s37
  {
    q: 'Giấy khai sinh của tôi làm từ năm 1950, ghi sai tên đệm với ngày sinh so với các giấy tờ khác. Nay muốn cải chính lại cho khớp để làm thủ tục thừa kế thì làm ở đâu ạ?',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s38
  { q: 'giay khai sinh ghi sai ngay sinh, cai chinh ho tich o xa dc k', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s38
  { q: 'cải chính ngày sinh khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s38
  { q: 'Ông xã tôi là sĩ quan về hưu, mới mất. Tôi năm nay 75, không có lương hưu. Cô cho hỏi tôi có được hưởng tiền tuất hàng tháng không, làm hồ sơ ở đâu?', expect: TU_TUAT, who: 'elderly' }, // s40
  { q: 'chong huu tri mat, vo gia k co luong co dc huong tuat hang thang k', expect: TU_TUAT, who: 'rural' }, // s40
  { q: 'trợ cấp tuất hàng tháng', expect: TU_TUAT, who: 'young' }, // s40
];

export const RETIRED89_TUNE: readonly CitizenQuery[] = RETIRED89_BATCH.filter((_, i) => i % 2 === 0);
export const RETIRED89_HELD: readonly CitizenQuery[] = RETIRED89_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: Agent Orange benefits, funeral allowance, one-time allowance (border war and Cambodia, Decision 62) and moving the benefit file for army veterans and people of merit (only the police-sector versions are catalogued), re-issuing a martyr's Bằng Tổ quốc ghi công, recognition of a resistance fighter imprisoned by the enemy, the monthly social allowance for the over-80s and admission to a state care home (social protection), and permission to exhume and rebury a grave. */
export const RETIRED89_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Tôi đi bộ đội từ năm 1968, có thời gian ở chiến trường Trị Thiên, bị nhiễm chất độc da cam, giờ hay ốm đau. Xin phép hỏi chị tôi muốn làm hồ sơ hưởng chế độ chất độc hóa học thì làm ở đâu, cần giấy tờ chi?',
    who: 'elderly',
  }, // s04
  { q: 'ba toi di bo doi bi nhiem chat doc da cam lam ho so huong che do sao', who: 'rural' }, // s04
  { q: 'chế độ nhiễm chất độc da cam', who: 'young' }, // s04
  { q: 'Thưa chị, mẹ tôi năm nay tròn 80 tuổi, không có lương hưu hay trợ cấp gì. Tôi nghe nói người từ 80 tuổi được trợ cấp hàng tháng, vậy làm hồ sơ ở phường thế nào ạ?', who: 'elderly' }, // s14
  { q: 'ba noi 80 tuoi k co luong huu, lam ho so tro cap nguoi cao tuoi o dau', who: 'rural' }, // s14
  { q: 'trợ cấp người cao tuổi 80 tuổi', who: 'young' }, // s14
  { q: 'Bố tôi là thương binh hạng 2/4, vừa mất tuần trước. Nhà tôi muốn làm hồ sơ hưởng mai táng phí và trợ cấp cho người có công thì nộp ở phường hay lên phòng Lao động ạ?', who: 'elderly' }, // s15
  { q: 'bo la thuong binh moi mat, mai tang phi nguoi co cong lam o dau', who: 'rural' }, // s15
  { q: 'mai tang phi thuong binh', who: 'young' }, // s15
  { q: 'Thưa cô, nhà tui có anh trai là liệt sĩ hy sinh năm 1972 ở Quảng Trị. Tấm bằng Tổ quốc ghi công treo trên bàn thờ bị mối ăn hư rồi, chừ xin cấp lại thì làm ở mô?', who: 'elderly' }, // s24
  { q: 'bang to quoc ghi cong bi hu xin cap lai o dau', who: 'rural' }, // s24
  { q: 'cấp lại bằng tổ quốc ghi công', who: 'young' }, // s24
  {
    q: 'Tôi là bệnh binh, đang hưởng trợ cấp ở Nam Định, nay lên Hà Nội ở với con trai ở Cầu Giấy. Xin hỏi muốn chuyển hồ sơ người có công lên Hà Nội để lĩnh trợ cấp thì làm thế nào ạ?',
    who: 'elderly',
  }, // s25
  { q: 'thuong binh chuyen ho so tro cap ve tinh khac o voi con lam sao', who: 'rural' }, // s25
  { q: 'di chuyển hồ sơ người có công', who: 'young' }, // s25
  {
    q: 'Cha tôi hồi trước hoạt động cách mạng, bị địch bắt giam ở Côn Đảo năm 1970. Giờ ông ngoài 85 tuổi, xin hỏi làm hồ sơ công nhận người hoạt động kháng chiến bị địch bắt tù đày thì sao?',
    who: 'elderly',
  }, // s26
  { q: 'ong bi dich bat tu day thoi khang chien, lam ho so huong che do the nao', who: 'rural' }, // s26
  { q: 'người bị địch bắt tù đày', who: 'young' }, // s26
  { q: 'Tôi năm nay 86, neo đơn, không có con cái, sống một mình ở khu tập thể. Tôi muốn xin vào trung tâm bảo trợ xã hội để có người chăm sóc thì hỏi ai, làm đơn thế nào ạ?', who: 'elderly' }, // s27
  { q: 'nguoi gia neo don k ai cham soc xin vao trung tam bao tro xa hoi', who: 'rural' }, // s27
  { q: 'vào viện dưỡng lão nhà nước', who: 'young' }, // s27
  { q: 'Thưa cô, mộ mẹ tui chôn ở nghĩa địa làng đã hơn ba năm, chừ gia đình muốn cải táng đưa về nghĩa trang dòng họ, có phải xin phép xã không, làm giấy tờ chi?', who: 'elderly' }, // s28
  { q: 'boc mo cai tang cho me can xin phep xa k', who: 'rural' }, // s28
  { q: 'xin phép cải táng mộ', who: 'young' }, // s28
  {
    q: 'Tôi đi bộ đội năm 1978, tham gia chiến tranh bảo vệ Tổ quốc ở biên giới phía Bắc rồi sang Campuchia, xuất ngũ năm 1983 về làm công nhân cảng. Xin hỏi tôi có được hưởng trợ cấp một lần không, làm hồ sơ ở đâu ạ?',
    who: 'elderly',
  }, // s39
  { q: 'bo doi di campuchia xuat ngu ve dia phuong huong che do 1 lan theo qd 62', who: 'rural' }, // s39
  { q: 'trợ cấp một lần quyết định 62', who: 'young' }, // s39
];
