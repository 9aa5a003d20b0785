import type { CitizenQuery } from './dev-set';

/** Batch elderly82 (issue 17): old people (65 to 95) of the central provinces (Nghệ An, Hà Tĩnh, Quảng Bình, Huế, Quảng Nam, Quảng Ngãi, Bình Định) and
 * their children typing for them, in central speech (mệ, o, bọ, mạ, răng, rứa, mô, chừ, hỉ), on what an old person brings to a commune or the provincial
 * centre: papers of the family, of the house and land, money the state pays or owes, health and disability, a small trade, graves and worship, children
 * working far away. Voices: elderly (the old person or a plain adult, with diacritics), rural (phone typing without diacritics), young (a short search).
 * Written before any procedure name in the catalogue was read: draft docs/search-drafts/elderly82-draft-20261207T1619Z.txt, sha256 338d98eab2cb105213ef9c25c976161bb1db75cf49af36cca0a549fc8405e029;
 * then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 78 (elderly 26, rural 26, young 26), no answer 48. */
// Civil status (hộ tịch), commune.
// Registering a death at the commune.
const KHAI_TU = ['1.000656'];
// An old person never registered at birth, who has an ID card and other papers: birth registration for a person who already has personal papers.
const KHAI_SINH_NGUOI_CO_GIAY_TO = ['1.004772'];
// Lost birth certificate, the commune register still holds the record: a copy extract.
const TRICH_LUC_HO_TICH = ['2.000635'];
// A widow remarrying is asked for the marital-status certificate.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// An old couple together since the war, never registered: an ordinary marriage registration.
const KET_HON = ['1.000894'];
// A wrong birth year in the civil record is corrected (cải chính).
const CAI_CHINH_HO_TICH = ['1.004859'];
// Grandparents registering a grandchild: plain birth registration, or the joint birth + health-card (+ residence) filing for children under 6.
const KHAI_SINH_CHAU = ['1.001193', '2.001023', '2.000986'];

// Certification (chứng thực), commune.
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// A power of attorney for a child to act for the parent: signature certification.
const CHUNG_THUC_CHU_KY = ['2.000884'];
// Certified copies of papers from the originals.
const CHUNG_THUC_BAN_SAO = ['2.000815'];

// Land and building.
// First registration and red book for a household using inherited land.
const SO_DO_LAN_DAU = ['1.013978'];
// Parents give land to a child: the gift contract certified at the commune, then the transfer registered.
const TANG_CHO_DAT = ['2.001035', '1.013831'];
// Inheritance without a will: the division of the estate certified at the commune, then the transfer registered.
const THUA_KE_DAT = ['2.001406', '1.013831'];
// Red book lost in a flood: re-issue of a lost certificate.
const SO_DO_MAT = ['1.012786'];
// Splitting a plot into several for the children.
const TACH_THUA = ['1.012784'];
// Rebuilding a detached house: the new-construction permit that names nhà ở riêng lẻ (the query asks whether one is needed).
const PHEP_XAY_NHA = ['1.013225'];

// Insurance, poverty, residence and ID, justice, business.
// Re-issue of a lost health-insurance card by social insurance (1.001294 is only for police families).
const THE_BHYT = ['1.002759'];
// A pensioner dies: survivor benefits (tử tuất) for the widow.
const TU_TUAT = ['2.000821'];
// Too few years of contributions for a pension: one-time social insurance.
const BHXH_MOT_LAN = ['1.001613'];
// Asking to be listed as a poor household: the year-round recognition, or the periodic annual review; the citizen cannot tell them apart.
const HO_NGHEO = ['1.011607', '1.011606'];
// Moving into a child's house: permanent residence registration there.
const THUONG_TRU = ['1.004222'];
// Away for months with a child: declaring temporary absence.
const TAM_VANG = ['1.003677'];
// An expired chip ID card renewed: cấp đổi thẻ căn cước at commune or province police.
const CAN_CUOC_DOI = ['1.014063', '2.001195'];
// A grandchild going to work abroad needs a criminal-record certificate.
const LY_LICH_TU_PHAP = ['3.000333'];
// A small grocery in front of the house: household-business registration.
const LAP_HO_KINH_DOANH = ['1.001612'];
// Closing the household business.
const CHAM_DUT_HO_KINH_DOANH = ['1.001266'];

const ELDERLY82_BATCH: readonly CitizenQuery[] = [
  { q: 'Bọ tui mới mất hôm rằm tháng trước, ở nhà lo đám xong rồi, giờ con ra xã khai tử cho bọ thì cần mang giấy tờ chi rứa o?', expect: KHAI_TU, who: 'elderly' }, // s02
  { q: 'bo toi mat roi can lam giay chung tu o xa can mang nhung gi', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s02
  {
    q: 'Mệ sinh hồi thời Pháp, chưa bao giờ có giấy khai sinh, chừ làm giấy tờ chi người ta cũng đòi, răng mà làm lại được giấy khai sinh cho mệ đây?',
    expect: KHAI_SINH_NGUOI_CO_GIAY_TO,
    who: 'elderly',
  }, // s04
  { q: 'ong toi 85 tuoi chua co giay khai sinh gio dang ky lai dc ko', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'rural' }, // s04
  { q: 'dang ky khai sinh qua han nguoi gia', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'young' }, // s04
  { q: 'Cái giấy khai sinh của tui rách nát mất rồi, mà hồi đó đăng ký ở xã ni, chừ xin lại bản sao được không o?', expect: TRICH_LUC_HO_TICH, who: 'elderly' }, // s05
  { q: 'mat giay khai sinh ban goc xin ban sao trich luc o xa dc k', expect: TRICH_LUC_HO_TICH, who: 'rural' }, // s05
  { q: 'trich luc khai sinh ban sao', expect: TRICH_LUC_HO_TICH, who: 'young' }, // s05
  { q: 'Ôn nhà tui mất mười năm rồi, chừ tui với ông bên xóm tính về ở với nhau cho có bạn tuổi già, xã biểu phải có giấy xác nhận độc thân, làm răng?', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s06
  { q: 'vo mat lau roi gio muon dang ky ket hon lai can giay xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s06
  { q: 'xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s06
  {
    q: 'Hai ông bà tui ở với nhau từ hồi chiến tranh, có con có cháu đủ cả mà chưa từng đăng ký kết hôn, chừ con cháu biểu đi làm cho đủ giấy, có làm được không hỉ?',
    expect: KET_HON,
    who: 'elderly',
  }, // s07
  { q: 'ong ba song chung tu truoc 1987 chua dang ky ket hon gio lam giay ket hon dc ko', expect: KET_HON, who: 'rural' }, // s07
  { q: 'dang ky ket hon nguoi lon tuoi', expect: KET_HON, who: 'young' }, // s07
  { q: 'Giấy tờ ghi tui sinh năm 1945 mà thiệt ra tui sinh năm 1941, rứa thì sửa lại năm sinh ở mô, sửa được không?', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s08
  { q: 'giay khai sinh ghi sai nam sinh cua ba toi muon cai chinh lai lam ntn', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s08
  { q: 'cai chinh nam sinh giay khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s08
  { q: 'Đất ni ông bà để lại, nhà tui ở từ đời ông cố tới chừ, chưa có sổ đỏ chi hết, giờ muốn làm sổ cho đất ni thì làm răng?', expect: SO_DO_LAN_DAU, who: 'elderly' }, // s09
  { q: 'dat o lau doi chua co so do muon lam gcn lan dau thi nop ho so o dau', expect: SO_DO_LAN_DAU, who: 'rural' }, // s09
  { q: 'cap so do lan dau', expect: SO_DO_LAN_DAU, who: 'young' }, // s09
  { q: 'Tui già rồi, muốn cắt miếng đất vườn cho thằng út nó làm nhà, cho con đất thì ra xã làm giấy chi, có phải nộp thuế không?', expect: TANG_CHO_DAT, who: 'elderly' }, // s10
  { q: 'bo me tang cho dat cho con lam thu tuc sang ten so do ntn', expect: TANG_CHO_DAT, who: 'rural' }, // s10
  { q: 'tang cho quyen su dung dat cho con', expect: TANG_CHO_DAT, who: 'young' }, // s10
  { q: 'Bọ mạ tui mất cả rồi, không để lại di chúc chi, mấy anh em muốn chia miếng đất với cái nhà, làm giấy thừa kế ở mô?', expect: THUA_KE_DAT, who: 'elderly' }, // s11
  { q: 'bo me mat k de lai di chuc anh em muon khai nhan thua ke dat lam o dau', expect: THUA_KE_DAT, who: 'rural' }, // s11
  { q: 'thua ke dat khong co di chuc', expect: THUA_KE_DAT, who: 'young' }, // s11
  { q: 'Tui tính làm cái di chúc để lại nhà đất cho con cho cháu, để mai mốt tui đi rồi khỏi lục đục, làm di chúc thì có cần ra xã chứng không?', expect: DI_CHUC, who: 'elderly' }, // s12
  { q: 'ong toi muon lap di chuc chung thuc o ubnd xa dc k', expect: DI_CHUC, who: 'rural' }, // s12
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s12
  { q: 'Lụt năm rồi nước lên tới nóc, cái sổ đỏ trôi mất tiêu, chừ xin cấp lại cái khác được không o?', expect: SO_DO_MAT, who: 'elderly' }, // s13
  { q: 'so do bi mat do lu lut xin cap lai gcn quyen su dung dat', expect: SO_DO_MAT, who: 'rural' }, // s13
  { q: 'cap lai so do bi mat', expect: SO_DO_MAT, who: 'young' }, // s13
  { q: 'Miếng đất nhà tui rộng, muốn tách ra làm ba thửa cho ba đứa con, mỗi đứa một sổ riêng, tách thửa thì làm ở mô?', expect: TACH_THUA, who: 'elderly' }, // s14
  { q: 'muon tach thua dat chia cho cac con thu tuc tach so ntn', expect: TACH_THUA, who: 'rural' }, // s14
  { q: 'tach thua dat', expect: TACH_THUA, who: 'young' }, // s14
  { q: 'Cái nhà tranh của mệ bão làm sập một góc, mệ muốn xây lại cái nhà nhỏ cho chắc, có phải xin phép chi không?', expect: PHEP_XAY_NHA, who: 'elderly' }, // s15
  { q: 'xay lai nha o nong thon co can giay phep xay dung k', expect: PHEP_XAY_NHA, who: 'rural' }, // s15
  { q: 'giay phep xay dung nha o rieng le', expect: PHEP_XAY_NHA, who: 'young' }, // s15
  { q: 'Cái thẻ bảo hiểm y tế của mệ, cái thẻ người già được cấp không mất tiền đó, mệ để mô mất rồi, đi khám không có thẻ, xin lại ở mô?', expect: THE_BHYT, who: 'elderly' }, // s16
  { q: 'the bhyt cua ba toi bi mat cap lai the o dau', expect: THE_BHYT, who: 'rural' }, // s16
  { q: 'cap lai the bhyt bi mat', expect: THE_BHYT, who: 'young' }, // s16
  { q: 'Ông nhà tui là cán bộ hưu trí, ông mất rồi, tui ở nhà không có lương chi, có được lãnh tiền tuất của ông không?', expect: TU_TUAT, who: 'elderly' }, // s25
  { q: 'chong huu tri mat vo co duoc huong tien tuat hang thang k lam ho so o dau', expect: TU_TUAT, who: 'rural' }, // s25
  { q: 'che do tu tuat bhxh', expect: TU_TUAT, who: 'young' }, // s25
  { q: 'Nhà tui hai ông bà già, không có ruộng, làm không ra tiền, muốn xin vô hộ nghèo để được giúp đỡ thì làm răng?', expect: HO_NGHEO, who: 'elderly' }, // s27
  { q: 'xin xet ho ngheo ho can ngheo nop don o xa', expect: HO_NGHEO, who: 'rural' }, // s27
  { q: 'cong nhan ho ngheo', expect: HO_NGHEO, who: 'young' }, // s27
  { q: 'Tui tính mở cái quán tạp hóa nhỏ trước nhà bán cho bà con trong xóm, có phải đăng ký chi không hay cứ bán rứa?', expect: LAP_HO_KINH_DOANH, who: 'elderly' }, // s29
  { q: 'mo tiem tap hoa nho o nha co can dang ky ho kinh doanh k', expect: LAP_HO_KINH_DOANH, who: 'rural' }, // s29
  { q: 'dang ky ho kinh doanh', expect: LAP_HO_KINH_DOANH, who: 'young' }, // s29
  { q: 'Tui già rồi bán không nổi nữa, muốn dẹp cái quán, mà hồi trước có đăng ký giấy kinh doanh, giờ có phải báo chi với nhà nước không?', expect: CHAM_DUT_HO_KINH_DOANH, who: 'elderly' }, // s30
  { q: 'ba toi gia ko ban nua muon cham dut ho kinh doanh lam the nao', expect: CHAM_DUT_HO_KINH_DOANH, who: 'rural' }, // s30
  { q: 'cham dut hoat dong ho kinh doanh', expect: CHAM_DUT_HO_KINH_DOANH, who: 'young' }, // s30
  { q: 'Thằng con tui làm ăn trong Sài Gòn, tui muốn làm giấy ủy quyền cho con gái ở nhà đi lãnh tiền thay tui, phải ra xã chứng chữ ký hỉ?', expect: CHUNG_THUC_CHU_KY, who: 'elderly' }, // s34
  { q: 'lam giay uy quyen cho con di lam thu tuc thay chung thuc chu ky o xa', expect: CHUNG_THUC_CHU_KY, who: 'rural' }, // s34
  { q: 'chung thuc giay uy quyen', expect: CHUNG_THUC_CHU_KY, who: 'young' }, // s34
  { q: 'Con tui đi làm ngoài Bắc cần bản sao cái hộ khẩu với giấy khai sinh, tui ra xã sao y mấy tờ gửi cho nó, mất tiền không?', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s35
  { q: 'sao y ban chinh giay to o ubnd xa mat bao nhieu tien', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s35
  { q: 'chung thuc ban sao tu ban chinh', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s35
  { q: 'Đứa cháu tui tính đi xuất khẩu lao động bên Nhật, người ta đòi cái lý lịch tư pháp, làm ở mô rứa?', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s36
  { q: 'lam phieu ly lich tu phap di xuat khau lao dong o dau', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s36
  { q: 'cap phieu ly lich tu phap', expect: LY_LICH_TU_PHAP, who: 'young' }, // s36
  { q: 'Tui về ở với đứa con gái ngoài thành phố Huế rồi, nhà ở quê bỏ đó, chừ phải báo chuyển hộ khẩu về nhà con thì làm răng?', expect: THUONG_TRU, who: 'elderly' }, // s37
  { q: 'me toi chuyen len o voi con dang ky thuong tru vao nha con ntn', expect: THUONG_TRU, who: 'rural' }, // s37
  { q: 'dang ky thuong tru nha con', expect: THUONG_TRU, who: 'young' }, // s37
  { q: 'Mệ 90 tuổi rồi, đi không nổi, mà cái căn cước cũ hết hạn, làm căn cước mới thì có ai tới nhà làm cho mệ không?', expect: CAN_CUOC_DOI, who: 'elderly' }, // s38
  { q: 'ba toi gia yeu lam cccd tai nha dc k cap doi can cuoc', expect: CAN_CUOC_DOI, who: 'rural' }, // s38
  { q: 'cap doi can cuoc cong dan nguoi gia', expect: CAN_CUOC_DOI, who: 'young' }, // s38
  { q: 'Hồi trước tui đi làm hợp tác xã rồi làm công nhân mấy năm có đóng bảo hiểm, mà không đủ năm để lãnh lương hưu, giờ có lãnh một lần được không?', expect: BHXH_MOT_LAN, who: 'elderly' }, // s39
  { q: 'dong bhxh khong du 20 nam nhan bhxh 1 lan o dau', expect: BHXH_MOT_LAN, who: 'rural' }, // s39
  { q: 'huong bhxh mot lan', expect: BHXH_MOT_LAN, who: 'young' }, // s39
  { q: 'Tui vô trong Nam ở với con mấy tháng cho con nó chăm, nhà ở quê không ai, có phải khai báo tạm vắng không?', expect: TAM_VANG, who: 'elderly' }, // s41
  { q: 'ong ba di vao nam o voi con vai thang co can khai bao tam vang k', expect: TAM_VANG, who: 'rural' }, // s41
  { q: 'khai bao tam vang', expect: TAM_VANG, who: 'young' }, // s41
  { q: 'Con tui với con dâu đi làm trong Bình Dương, đẻ đứa cháu gửi về cho ông bà nuôi, chừ ông bà nội có đi khai sinh cho cháu được không?', expect: KHAI_SINH_CHAU, who: 'elderly' }, // s42
  { q: 'ong ba noi di lam khai sinh cho chau dc ko bo me di lam xa', expect: KHAI_SINH_CHAU, who: 'rural' }, // s42
  { q: 'ong ba khai sinh cho chau', expect: KHAI_SINH_CHAU, who: 'young' }, // s42
];

export const ELDERLY82_TUNE: readonly CitizenQuery[] = ELDERLY82_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY82_HELD: readonly CitizenQuery[] = ELDERLY82_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the monthly social allowance for the over-80s, the funeral grant for a person on social allowance, disability
 * assessment and disability allowance, a place in a state care home, storm-damage support for a house (social protection is not catalogued); Agent Orange
 * benefits for an army veteran, the martyr-relative allowance, moving a martyr's remains and support to visit a martyr's grave, benefits for a wartime porter
 * (dân công hỏa tuyến) and the funeral allowance for a war invalid (only police-sector versions exist); a food-safety paper for a cooked-food stall
 * (2.001827 is for agricultural, forestry and fishery food businesses); permission to exhume and rebury ancestors, registering a clan festival; and a
 * complaint about land compensation (only complaints against the police are catalogued). */
export const ELDERLY82_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Mệ năm ni tròn 80 tuổi rồi, nghe nói nhà nước có cho tiền hàng tháng cho người già, mệ phải làm giấy chi ở xã hỉ?', who: 'elderly' }, // s01
  { q: 'me toi du 80 tuoi roi lam ho so huong tro cap nguoi cao tuoi o xa ntn', who: 'rural' }, // s01
  { q: 'tro cap nguoi cao tuoi 80 tuoi', who: 'young' }, // s01
  { q: 'Mạ tui đang lãnh tiền người già trên 80 hàng tháng, mạ mất rồi, nghe nói có tiền hỗ trợ mai táng, con muốn làm hồ sơ xin tiền đó', who: 'elderly' }, // s03
  { q: 'me dang huong tro cap bao tro xa hoi moi mat xin ho tro chi phi mai tang o dau', who: 'rural' }, // s03
  { q: 'ho tro mai tang phi nguoi cao tuoi', who: 'young' }, // s03
  { q: 'Ôn tui bị tai biến nằm một chỗ mấy năm rồi, nghe nói phải đi xác định mức độ khuyết tật thì mới được tiền, làm ở xã phải không?', who: 'elderly' }, // s17
  { q: 'ong bi liet nam 1 cho lam giay xac nhan khuyet tat o xa ntn', who: 'rural' }, // s17
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s17
  { q: 'Thằng con tui bị tật từ nhỏ, tui già rồi nuôi không nổi, nó có được nhà nước cho tiền hàng tháng không?', who: 'elderly' }, // s18
  { q: 'con bi khuyet tat nang xin tro cap hang thang nop o dau', who: 'rural' }, // s18
  { q: 'tro cap nguoi khuyet tat', who: 'young' }, // s18
  { q: 'Hồi trước tui đi bộ đội ở chiến trường, bị nhiễm chất độc da cam, chừ bệnh tật nhiều, làm hồ sơ hưởng chế độ da cam thì làm răng?', who: 'elderly' }, // s19
  { q: 'bo toi bi nhiem chat doc hoa hoc lam ho so huong che do nhu the nao', who: 'rural' }, // s19
  { q: 'che do chat doc da cam', who: 'young' }, // s19
  { q: 'Con trai tui hy sinh hồi chống Mỹ, có giấy báo tử rồi, mà tui chưa lãnh được đồng nào chế độ thân nhân liệt sĩ, tui đi hỏi ở mô?', who: 'elderly' }, // s20
  { q: 'me liet si chua duoc huong tro cap tuat hang thang lam ho so o dau', who: 'rural' }, // s20
  { q: 'tro cap than nhan liet si', who: 'young' }, // s20
  { q: 'Mộ anh tui là liệt sĩ nằm tận trong nghĩa trang ở Bình Phước, giờ cả nhà muốn đưa hài cốt anh về quê Hà Tĩnh, có được nhà nước hỗ trợ không?', who: 'elderly' }, // s21
  { q: 'di chuyen hai cot liet si ve que can thu tuc gi co dc ho tro k', who: 'rural' }, // s21
  { q: 'di chuyen hai cot liet si', who: 'young' }, // s21
  { q: 'Năm ni tui muốn vô thăm mộ thằng em liệt sĩ ở nghĩa trang Trường Sơn, nghe nói có tiền hỗ trợ đi lại, làm giấy ở mô rứa?', who: 'elderly' }, // s22
  { q: 'ho tro than nhan di tham mo liet si xin o dau', who: 'rural' }, // s22
  { q: 'ho tro tham vieng mo liet si', who: 'young' }, // s22
  { q: 'Tui đi dân công hỏa tuyến hồi đó, anh em cùng đi có người được tiền rồi mà tui chưa có chi, giờ làm hồ sơ còn kịp không?', who: 'elderly' }, // s23
  { q: 'ong toi tham gia khang chien chua duoc huong che do lam ho so o dau', who: 'rural' }, // s23
  { q: 'che do nguoi tham gia khang chien', who: 'young' }, // s23
  { q: 'Ba tui là thương binh, mới qua đời tuần rồi, nghe nói gia đình thương binh thì được hỗ trợ mai táng phí, con làm ở mô hỉ?', who: 'elderly' }, // s24
  { q: 'thuong binh mat gia dinh xin tro cap mai tang phi va tro cap 1 lan', who: 'rural' }, // s24
  { q: 'mai tang phi nguoi co cong', who: 'young' }, // s24
  { q: 'Trận bão vừa rồi tốc hết mái nhà tui, tui già sống một mình, xã có hỗ trợ chi cho sửa nhà không o?', who: 'elderly' }, // s26
  { q: 'nha bi bao lam sap mai xin ho tro khan cap o xa', who: 'rural' }, // s26
  { q: 'ho tro nha bi thien tai', who: 'young' }, // s26
  { q: 'Mệ không còn ai, con cháu không có, ở một mình già yếu lắm rồi, mệ muốn vô trung tâm bảo trợ của nhà nước ở cho có người chăm', who: 'elderly' }, // s28
  { q: 'nguoi gia neo don xin vao trung tam bao tro xa hoi can ho so gi', who: 'rural' }, // s28
  { q: 'tiep nhan nguoi cao tuoi vao co so bao tro', who: 'young' }, // s28
  { q: 'Mệ nấu bánh bèo bán ở chợ mấy chục năm, chừ người ta nói phải có giấy an toàn thực phẩm, mệ làm giấy ni ở mô?', who: 'elderly' }, // s31
  { q: 'ban do an sang nho le can giay chung nhan an toan thuc pham ko', who: 'rural' }, // s31
  { q: 'giay an toan thuc pham quan an nho', who: 'young' }, // s31
  { q: 'Nhà tui tính cải táng mộ ông bà, bốc mộ đưa về nghĩa trang dòng họ, có phải xin phép xã không hỉ?', who: 'elderly' }, // s32
  { q: 'boc mo cai tang ong ba dua ve nghia trang ho can xin giay phep gi', who: 'rural' }, // s32
  { q: 'xin phep cai tang di chuyen mo', who: 'young' }, // s32
  { q: 'Họ tộc tui tính làm lễ giỗ tổ lớn ở nhà thờ họ, có cả trăm người về, có phải báo cho xã biết không?', who: 'elderly' }, // s33
  { q: 'to chuc le hoi gio to dong ho co can dang ky voi xa k', who: 'rural' }, // s33
  { q: 'dang ky le hoi truyen thong', who: 'young' }, // s33
  { q: 'Nhà nước lấy miếng ruộng nhà tui làm đường từ mấy năm trước, nói là đền bù mà tới chừ tui chưa nhận đủ, tui khiếu nại ở mô được?', who: 'elderly' }, // s40
  { q: 'dat bi thu hoi lam duong chua duoc den bu du muon khieu nai', who: 'rural' }, // s40
  { q: 'khieu nai boi thuong thu hoi dat', who: 'young' }, // s40
];
