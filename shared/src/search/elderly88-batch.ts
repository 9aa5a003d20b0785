import type { CitizenQuery } from './dev-set';

/** Batch elderly88 (issue 17): old people (65 to 95) of the Mekong delta and the South-East (Cần Thơ, An Giang, Đồng Tháp, Vĩnh Long, Bến Tre, Sóc Trăng,
 * Cà Mau, Long An, Tây Ninh, Bình Dương) at a commune or province counter, and their children or grandchildren typing for them, telling what happened before
 * what they want, in southern speech (má, ba, ổng, bả, tui, hổng, hông, nhen, hen, dzậy, mần, ghe, xuồng, vườn), on deaths and civil status, wills and
 * certified copies, inherited, lost, worn, split and never-registered land, allowances for the very old, war-merit families, poverty, storms and salt, a fishing
 * boat, residence, ID and health cards, a grocery stall. Voices: elderly (the old person, with diacritics), rural (a phone typist without diacritics), young
 * (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/elderly88-draft-20261207T1706Z.txt, sha256 34fa288805c6dacd5653b584df78c404c408c0b67422a9cb77c2785489c56185;
 * then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 84 (elderly 28, rural 28, young 28), no answer 36. */

// Civil status (hộ tịch), commune.
// Death registration; a death never registered, even decades late, is the ordinary khai tử (đăng ký lại khai tử needs an earlier registration).
const KHAI_TU = ['1.000656'];
// Copy of a birth or death record from the commune register.
const TRICH_LUC = ['2.000635'];
// An old person never registered at birth who has other personal papers (ID card, household records).
const KHAI_SINH_NGUOI_CO_GIAY_TO = ['1.004772'];
// A couple who never registered their marriage registers it now (đăng ký lại kết hôn is for a marriage registered before).
const KET_HON = ['1.000894'];
// The single-status paper a notary asks of a widow selling land.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Correcting a wrong birth year in the birth record.
const CAI_CHINH = ['1.004859'];
// Guardianship of an orphaned grandchild with a mental disability.
const GIAM_HO = ['1.004837'];
// Grandparents adopting a grandchild, in-country adoption at the commune.
const CON_NUOI = ['2.001263'];

// Certification (chứng thực), commune.
// Certified copy from an original (sao y).
const BAN_SAO = ['2.000815'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];

// Land and building.
// Inheritance without a will: the division agreement certified at the commune, then the transfer registered.
const THUA_KE_DAT = ['2.001406', '1.013831'];
// Re-issue of a lost land certificate.
const SO_DO_MAT = ['1.012786'];
// Cutting part of a plot off for a child: splitting the plot, the gift contract certified, the change registered.
const TANG_CHO_TACH_THUA = ['1.012784', '2.001035', '1.013831'];
// Permit for a new detached house (the query asks whether one is needed and where).
const PHEP_XAY_NHA = ['1.013225'];
// The commune mediates a boundary dispute between neighbours.
const HOA_GIAI_DAT = ['1.012812'];
// Exchanging a worn old land certificate for a new one.
const SO_DO_CAP_DOI = ['1.012783'];
// First registration and certificate for land used since 1980 by a household.
const SO_DO_LAN_DAU = ['1.013978'];

// Residence, ID, insurance, poverty, business, fishing.
// Moving in with a son and registering permanent residence there.
const THUONG_TRU = ['1.004222'];
// The household book is abolished; the paper now asked for is the residence confirmation.
const XAC_NHAN_CU_TRU = ['1.010041'];
// Lost ID card re-issued, commune and province versions.
const CAN_CUOC_MAT = ['1.014064', '2.001194'];
// Health insurance card for someone whose premium the state pays (over-80s on allowance): its text says to file at the commune.
const BHYT_NGAN_SACH = ['1.001939'];
// Survivor benefit for the widow of a pensioner.
const TU_TUAT = ['2.000821'];
// Recognition during the year and the yearly review; the citizen cannot tell them apart.
const HO_NGHEO = ['1.011607', '1.011606'];
// Registering a household business (a small grocery stall).
const HO_KINH_DOANH = ['1.001612'];
// Registering a fishing boat (province).
const TAU_CA = ['1.003650'];
// Requesting free legal aid (province legal aid centre).
const TRO_GIUP_PHAP_LY = ['2.000829'];

const ELDERLY88_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Ổng nhà tui mới mất hôm rằm tháng rồi, đám tang xong xuôi rồi mà giờ ấp nói phải đi báo tử ở xã, tui già rồi hổng biết giấy tờ gì, cô chỉ giùm tui làm khai tử ở đâu dzậy',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s01
  { q: 'ba em mat o nha tuan truoc gio di lam giay bao tu o xa can giay to j vay', expect: KHAI_TU, who: 'rural' }, // s01
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s01
  {
    q: 'Ba má tui mất hết rồi, để lại miếng vườn cỡ ba công, sổ đỏ còn đứng tên ba tui, anh em tui bàn với nhau để cho thằng út đứng tên, giờ sang tên thừa kế thì làm ở đâu dzậy',
    expect: THUA_KE_DAT,
    who: 'elderly',
  }, // s04
  { q: 'so do dung ten ba da mat gio anh em muon sang ten thua ke cho em ut thi lam thu tuc j', expect: THUA_KE_DAT, who: 'rural' }, // s04
  { q: 'sang ten so do thua ke', expect: THUA_KE_DAT, who: 'young' }, // s04
  { q: 'Hồi nước lũ năm rồi nhà tui ngập tới nóc, cái sổ đỏ cất trong tủ trôi mất tiêu rồi, giờ muốn xin cấp lại cái sổ khác thì tui phải làm sao hả chú', expect: SO_DO_MAT, who: 'elderly' }, // s05
  { q: 'bi mat so do do lu lut xin cap lai gcn quyen su dung dat o dau', expect: SO_DO_MAT, who: 'rural' }, // s05
  { q: 'cap lai so do bi mat', expect: SO_DO_MAT, who: 'young' }, // s05
  { q: 'Cái giấy khai sinh của tui mối ăn mất rồi, giờ con tui nói làm giấy tờ đất cần bản sao khai sinh, ở xã còn lưu sổ hông, xin trích lại được hông cô', expect: TRICH_LUC, who: 'elderly' }, // s06
  { q: 'giay khai sinh cu bi mat xin ban sao trich luc khai sinh o ubnd xa dc ko', expect: TRICH_LUC, who: 'rural' }, // s06
  { q: 'xin ban sao giay khai sinh', expect: TRICH_LUC, who: 'young' }, // s06
  {
    q: 'Tui sanh hồi trước giải phóng, ở trong xuồng ngoài sông, ba má hổng có đi khai sinh gì hết, giờ tám chục tuổi chưa có giấy khai sinh, bây giờ đi làm lại được hông',
    expect: KHAI_SINH_NGUOI_CO_GIAY_TO,
    who: 'elderly',
  }, // s07
  { q: 'ong ngoai em 79t chua co giay khai sinh tu nho gio dang ky khai sinh cho nguoi lon tuoi dc k', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'rural' }, // s07
  { q: 'dang ky lai khai sinh nguoi gia', expect: KHAI_SINH_NGUOI_CO_GIAY_TO, who: 'young' }, // s07
  { q: 'Cô ơi tui có mấy cái giấy tờ gốc, cái sổ hộ khẩu cũ với căn cước, con tui nói đem lên xã sao y ra mấy bản để nộp hồ sơ, mần ở đây được hông cô', expect: BAN_SAO, who: 'elderly' }, // s08
  { q: 'chung thuc ban sao tu ban chinh cccd o xa mat bao nhieu tien', expect: BAN_SAO, who: 'rural' }, // s08
  { q: 'sao y ban chinh', expect: BAN_SAO, who: 'young' }, // s08
  { q: 'Tui già rồi, sợ mai mốt nhắm mắt con cái giành nhau, tui muốn làm tờ di chúc chia đất cho mấy đứa, đem ra xã chứng cho tui được hông chú', expect: DI_CHUC, who: 'elderly' }, // s09
  { q: 'ba em muon lam di chuc chia dat cho con co chung thuc o ubnd xa dc ko', expect: DI_CHUC, who: 'rural' }, // s09
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s09
  {
    q: 'Vợ chồng tui lấy nhau từ năm bảy mươi mấy, hồi đó loạn lạc có làm giấy hôn thú gì đâu, giờ làm giấy đất người ta đòi giấy kết hôn, giờ đi đăng ký thì được hông cô',
    expect: KET_HON,
    who: 'elderly',
  }, // s10
  { q: 'ong ba em song chung tu truoc 1975 ko co giay ket hon gio muon dang ky ket hon thi lam sao', expect: KET_HON, who: 'rural' }, // s10
  { q: 'dang ky ket hon nguoi lon tuoi', expect: KET_HON, who: 'young' }, // s10
  {
    q: 'Ổng nhà tui mất mấy năm rồi, tui ở vậy nuôi con, giờ bán miếng đất phía sau nhà, bên công chứng đòi giấy xác nhận tui còn độc thân, xin ở đâu dzậy',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s11
  { q: 'me em goa chong muon ban dat can giay xac nhan tinh trang hon nhan lam o xa dc k', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s11
  { q: 'giay xac nhan doc than', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s11
  { q: 'Tui ngoài tám chục rồi mà chưa có thẻ bảo hiểm y tế, đi nhà thương tốn tiền quá, nghe nói người già được cấp thẻ miễn phí, tui xin ở đâu được hen', expect: BHYT_NGAN_SACH, who: 'elderly' }, // s12
  { q: 'ba em 81 tuoi lam the bhyt mien phi cho nguoi cao tuoi o dau', expect: BHYT_NGAN_SACH, who: 'rural' }, // s12
  { q: 'the bhyt nguoi tren 80 tuoi', expect: BHYT_NGAN_SACH, who: 'young' }, // s12
  { q: 'Nhà tui có hai ông bà già, ruộng hổng còn, mần thuê hổng nổi nữa, ấp nói làm đơn xin vô hộ nghèo thì được giúp, tui làm đơn ở đâu cô', expect: HO_NGHEO, who: 'elderly' }, // s17
  { q: 'nha em kho khan muon xin dc cong nhan ho ngheo thi nop don o dau', expect: HO_NGHEO, who: 'rural' }, // s17
  { q: 'dang ky ho ngheo can ngheo', expect: HO_NGHEO, who: 'young' }, // s17
  { q: 'Tui có miếng đất năm công, giờ muốn cắt ra một công cho con gái tui cất nhà, làm giấy tặng cho rồi tách sổ riêng cho nó thì phải làm sao dzậy', expect: TANG_CHO_TACH_THUA, who: 'elderly' }, // s19
  { q: 'ba me muon cho con 1 phan dat tach thua sang ten so do cho con lam the nao', expect: TANG_CHO_TACH_THUA, who: 'rural' }, // s19
  { q: 'tach thua tang cho dat', expect: TANG_CHO_TACH_THUA, who: 'young' }, // s19
  { q: 'Cái nhà cây của tui mục hết rồi, thằng con muốn cất lại nhà tường trong vườn, có phải xin giấy phép xây dựng hông, xin ở đâu dzậy chú', expect: PHEP_XAY_NHA, who: 'elderly' }, // s20
  { q: 'xay nha o nong thon co can xin giay phep xay dung ko xin o dau', expect: PHEP_XAY_NHA, who: 'rural' }, // s20
  { q: 'giay phep xay dung nha o', expect: PHEP_XAY_NHA, who: 'young' }, // s20
  { q: 'Tui ở dưới quê một mình, thằng con ở Bình Dương nó rước lên ở chung, giờ muốn nhập hộ khẩu vô nhà nó luôn cho tiện, làm sao dzậy cô', expect: THUONG_TRU, who: 'elderly' }, // s21
  { q: 'dua me len o chung muon dang ky thuong tru vao nha con trai can giay to gi', expect: THUONG_TRU, who: 'rural' }, // s21
  { q: 'nhap ho khau cho cha me', expect: THUONG_TRU, who: 'young' }, // s21
  { q: 'Ổng nhà tui là công nhân về hưu lãnh lương hưu, giờ ổng mất rồi, tui hổng có lương gì hết, nghe nói vợ được hưởng tiền tuất, làm ở đâu dzậy', expect: TU_TUAT, who: 'elderly' }, // s22
  { q: 'ba em dang huong luong huu moi mat me em co dc huong tro cap tuat hang thang ko', expect: TU_TUAT, who: 'rural' }, // s22
  { q: 'huong che do tu tuat', expect: TU_TUAT, who: 'young' }, // s22
  { q: 'Tui có chiếc ghe nhỏ đánh cá ngoài cửa biển Sông Đốc, xài máy đuôi tôm, người ta nói phải đăng ký ghe mới được đi, đăng ký ở đâu dzậy chú', expect: TAU_CA, who: 'elderly' }, // s23
  { q: 'dang ky tau ca ghe nho danh bat thuy san o dau', expect: TAU_CA, who: 'rural' }, // s23
  { q: 'dang ky tau ca', expect: TAU_CA, who: 'young' }, // s23
  { q: 'Thằng hàng xóm nó lấn qua đất tui gần một thước, cắm trụ rào luôn, nói hoài hổng nghe, tui muốn xã ra hòa giải cho hai bên thì làm đơn sao hả cô', expect: HOA_GIAI_DAT, who: 'elderly' }, // s25
  { q: 'hang xom lan ranh dat muon xa hoa giai tranh chap dat dai nop don o dau', expect: HOA_GIAI_DAT, who: 'rural' }, // s25
  { q: 'hoa giai tranh chap dat dai', expect: HOA_GIAI_DAT, who: 'young' }, // s25
  { q: 'Trong giấy khai sinh ghi tui sanh năm bốn mươi tám mà căn cước ghi năm bốn mươi sáu, lệch hoài lãnh tiền hổng được, tui muốn sửa lại cho đúng thì làm sao', expect: CAI_CHINH, who: 'elderly' }, // s27
  { q: 'giay khai sinh ghi sai nam sinh muon cai chinh lai cho khop voi cccd', expect: CAI_CHINH, who: 'rural' }, // s27
  { q: 'cai chinh nam sinh khai sinh', expect: CAI_CHINH, who: 'young' }, // s27
  { q: 'Cha mẹ thằng cháu nội tui mất hết rồi, nó bị khờ từ nhỏ, tui nuôi nó, người ta nói phải làm giấy giám hộ cho nó thì làm ở xã được hông', expect: GIAM_HO, who: 'elderly' }, // s28
  { q: 'ba noi muon lam giam ho cho chau bi thieu nang cha me mat dang ky o dau', expect: GIAM_HO, who: 'rural' }, // s28
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s28
  { q: 'Con gái tui mất để lại đứa nhỏ ba tuổi, cha nó bỏ đi biệt tích, vợ chồng tui muốn nhận nó làm con nuôi cho đàng hoàng giấy tờ, làm ở đâu dzậy cô', expect: CON_NUOI, who: 'elderly' }, // s30
  { q: 'ong ba nhan chau lam con nuoi dang ky nuoi con nuoi o ubnd xa', expect: CON_NUOI, who: 'rural' }, // s30
  { q: 'dang ky nhan con nuoi', expect: CON_NUOI, who: 'young' }, // s30
  {
    q: 'Tui bị người ta gạt ký giấy bán đất mà hổng biết chữ, giờ muốn thưa mà hổng có tiền thuê luật sư, nghe nói người già được giúp pháp lý miễn phí, xin ở đâu hen',
    expect: TRO_GIUP_PHAP_LY,
    who: 'elderly',
  }, // s31
  { q: 'nguoi gia neo don xin tro giup phap ly mien phi o dau', expect: TRO_GIUP_PHAP_LY, who: 'rural' }, // s31
  { q: 'tro giup phap ly mien phi', expect: TRO_GIUP_PHAP_LY, who: 'young' }, // s31
  { q: 'Tui đi chợ bị rớt cái thẻ căn cước đâu mất tiêu, giờ đi lãnh tiền người già người ta đòi, xin làm lại cái khác ở đâu dzậy con', expect: CAN_CUOC_MAT, who: 'elderly' }, // s32
  { q: 'ba em bi mat cccd lam lai o cong an xa dc ko can gi', expect: CAN_CUOC_MAT, who: 'rural' }, // s32
  { q: 'cap lai can cuoc bi mat', expect: CAN_CUOC_MAT, who: 'young' }, // s32
  { q: 'Cái sổ đỏ của tui cấp từ hồi chín mươi mấy, giờ rách te tua, chữ mờ hết, con tui nói đổi qua sổ mới thì làm được hông, làm ở đâu dzậy', expect: SO_DO_CAP_DOI, who: 'elderly' }, // s33
  { q: 'so do cu bi rach nat muon cap doi so moi thi lam o dau', expect: SO_DO_CAP_DOI, who: 'rural' }, // s33
  { q: 'cap doi giay chung nhan qsdd', expect: SO_DO_CAP_DOI, who: 'young' }, // s33
  { q: 'Miếng đất này tui ở từ năm tám mươi, khai hoang mà có, cất nhà ở luôn tới giờ mà chưa có sổ đỏ gì hết, giờ xin cấp sổ lần đầu được hông chú', expect: SO_DO_LAN_DAU, who: 'elderly' }, // s34
  { q: 'dat o lau nam chua co so do muon lam so lan dau can giay to j', expect: SO_DO_LAN_DAU, who: 'rural' }, // s34
  { q: 'cap so do lan dau', expect: SO_DO_LAN_DAU, who: 'young' }, // s34
  { q: 'Hồi xưa có cái sổ hộ khẩu, giờ người ta nói bỏ rồi, tui lên ngân hàng họ đòi giấy xác nhận chỗ ở, giờ xin giấy đó ở đâu dzậy cô', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s35
  { q: 'xin giay xac nhan cu tru thay so ho khau o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s35
  { q: 'xac nhan thong tin cu tru', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s35
  { q: 'Tui bán tạp hóa nhỏ trước nhà kiếm đồng ra đồng vô, cán bộ thuế nói phải đăng ký hộ kinh doanh, tui già rồi hổng biết, làm ở đâu dzậy con', expect: HO_KINH_DOANH, who: 'elderly' }, // s37
  { q: 'mo tiem tap hoa nho tai nha co phai dang ky ho kinh doanh ko lam o dau', expect: HO_KINH_DOANH, who: 'rural' }, // s37
  { q: 'dang ky ho kinh doanh', expect: HO_KINH_DOANH, who: 'young' }, // s37
  { q: 'Ba tui mất hơn chục năm rồi, cái giấy báo tử hồi đó lạc mất, giờ làm thừa kế người ta đòi, về xã xin bản sao lại được hông cô', expect: TRICH_LUC, who: 'elderly' }, // s39
  { q: 'mat giay chung tu cua ba xin ban sao trich luc khai tu o dau', expect: TRICH_LUC, who: 'rural' }, // s39
  { q: 'trich luc khai tu ban sao', expect: TRICH_LUC, who: 'young' }, // s39
  { q: 'Ông nội tui mất từ hồi năm chín mươi mấy, hồi đó nhà hổng ai đi khai tử, giờ làm giấy đất mới biết chưa có giấy chứng tử, giờ khai lại được hông chú', expect: KHAI_TU, who: 'elderly' }, // s40
  { q: 'ong noi mat lau roi chua lam giay chung tu gio dang ky khai tu qua han dc ko', expect: KHAI_TU, who: 'rural' }, // s40
  { q: 'khai tu nguoi mat da lau', expect: KHAI_TU, who: 'young' }, // s40
];

export const ELDERLY88_TUNE: readonly CitizenQuery[] = ELDERLY88_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY88_HELD: readonly CitizenQuery[] = ELDERLY88_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the monthly social allowance for the over-80s and the funeral support paid when such a person dies; war-merit
 * family matters (worship allowance for a martyr, visiting a martyr's grave, the funeral allowance of a deceased veteran, Agent Orange benefits for a civilian
 * resistance member — only the police-sector version is catalogued); certifying a disability; emergency support for a house blown down, and support for
 * crops lost to drought and salt; a complaint about land compensation (only complaints against the police are catalogued); admission of a lonely elder to a
 * social care centre; the longevity gift at ninety. */
export const ELDERLY88_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Tui năm nay tám mươi mốt tuổi rồi, con cái đi làm ăn xa hết, nghe bà con trong xóm nói qua tám mươi thì nhà nước cho tiền hàng tháng, tui muốn làm đơn xin tiền đó được hông cô',
    who: 'elderly',
  }, // s02
  { q: 'ba noi em 82 tuoi chua duoc huong tien tro cap nguoi gia hang thang thi lam ho so o dau', who: 'rural' }, // s02
  { q: 'tro cap nguoi cao tuoi 80 tuoi', who: 'young' }, // s02
  { q: 'Má tui lãnh tiền người già ở xã mấy năm nay, giờ bả mất rồi, nghe nói nhà nước có hỗ trợ tiền mai táng, tui phải làm giấy gì mới lãnh được hen', who: 'elderly' }, // s03
  { q: 'ong em dang huong tro cap xh moi mat, xin ho tro chi phi mai tang lam sao a', who: 'rural' }, // s03
  { q: 'ho tro mai tang phi bao tro xa hoi', who: 'young' }, // s03
  { q: 'Anh hai tui hy sinh hồi chiến tranh, má tui là mẹ liệt sĩ lãnh tiền hàng tháng, giờ má mất rồi, ai đứng ra thờ cúng anh hai thì có tiền thờ cúng hông, làm sao dzậy chú', who: 'elderly' }, // s13
  { q: 'me liet si mat roi con chau nhan tro cap tho cung liet si thi lam ho so j', who: 'rural' }, // s13
  { q: 'tro cap tho cung liet si', who: 'young' }, // s13
  { q: 'Thằng em tui nằm ở nghĩa trang liệt sĩ ngoài Quảng Trị, tui muốn đi thăm mộ nó một lần trước khi chết, nghe nói nhà nước có hỗ trợ tiền đi lại, tui làm đơn ở đâu dzậy', who: 'elderly' }, // s14
  { q: 'ho tro tien di tham mo liet si cho than nhan lam don o dau', who: 'rural' }, // s14
  { q: 'tham vieng mo liet si ho tro', who: 'young' }, // s14
  { q: 'Bà già tui bị tai biến nằm một chỗ hai năm nay, hổng đi đứng được, người ta nói làm giấy khuyết tật thì được lãnh tiền, xin xác nhận khuyết tật ở đâu dzậy cô', who: 'elderly' }, // s15
  { q: 'ba noi bi tai bien liet nam 1 cho muon lam giay xac nhan khuyet tat de huong tro cap', who: 'rural' }, // s15
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s15
  {
    q: 'Hồi kháng chiến tui ở trong rừng U Minh, bị rải thuốc khai hoang, giờ già rồi bệnh tật đủ thứ, con tui cũng bị dị dạng, tui nghe nói được hưởng chế độ chất độc da cam, làm hồ sơ sao hả chú',
    who: 'elderly',
  }, // s16
  { q: 'ong em di khang chien bi nhiem chat doc hoa hoc gio lam ho so huong che do da cam ntn', who: 'rural' }, // s16
  { q: 'che do nhiem chat doc da cam', who: 'young' }, // s16
  { q: 'Trận giông bữa hổm thổi sập cái nhà lá của tui, giờ hai ông bà ở đậu nhà thằng con, nghe nói xã có tiền hỗ trợ nhà sập, tui xin được hông', who: 'elderly' }, // s18
  { q: 'nha bi sap do giong loc xin ho tro khan cap lam nha lai o dau', who: 'rural' }, // s18
  { q: 'ho tro nha bi sap do thien tai', who: 'young' }, // s18
  { q: 'Năm nay hạn mặn dữ quá, lúa với vườn sầu riêng của tui chết sạch, nghe nói nhà nước có hỗ trợ cây trồng bị thiên tai, tui kê khai ở đâu được hen', who: 'elderly' }, // s24
  { q: 'lua bi han man chet het xin ho tro thiet hai cay trong do thien tai', who: 'rural' }, // s24
  { q: 'ho tro thiet hai cay trong thien tai', who: 'young' }, // s24
  { q: 'Nhà nước mở đường lấy đất vườn của tui mà đền bù có chút xíu, hổng bằng người ta, tui muốn làm đơn khiếu nại lên trên thì gửi ở đâu dzậy chú', who: 'elderly' }, // s26
  { q: 'den bu dat lam duong qua thap muon khieu nai thi nop don o dau', who: 'rural' }, // s26
  { q: 'khieu nai den bu dat', who: 'young' }, // s26
  { q: 'Tui hổng chồng hổng con, năm nay tám mươi bảy tuổi, ở một mình trong cái chòi, đau ốm hổng ai lo, tui muốn xin vô viện dưỡng lão của nhà nước được hông', who: 'elderly' }, // s29
  { q: 'ba cu o mot minh ko noi nuong tua xin vao trung tam bao tro xa hoi thi lam sao', who: 'rural' }, // s29
  { q: 'xin vao trung tam duong lao', who: 'young' }, // s29
  { q: 'Má tui năm nay tròn chín chục tuổi, nghe nói nhà nước có chúc thọ tặng quà cho người chín mươi, mà hổng thấy ai tới, tui phải đi báo ở đâu hen', who: 'elderly' }, // s36
  { q: 'ba noi 90 tuoi chua dc chuc tho mung tho thi dang ky o dau', who: 'rural' }, // s36
  { q: 'chuc tho nguoi cao tuoi 90 tuoi', who: 'young' }, // s36
  { q: 'Ba tui là cựu chiến binh, có huân chương kháng chiến, ổng mới mất tuần rồi, nghe nói người có công mất thì gia đình được tiền mai táng, tui làm giấy gì dzậy', who: 'elderly' }, // s38
  { q: 'ong em la nguoi co cong voi cach mang moi mat xin tro cap mai tang phi cho gia dinh', who: 'rural' }, // s38
  { q: 'mai tang phi nguoi co cong', who: 'young' }, // s38
];
