import type { CitizenQuery } from './dev-set';

/** Batch elderly85 (issue 17): old people (65 to 95) anywhere in Vietnam living alone or raising grandchildren while their children work in the cities or abroad, at the commune counter themselves or phoning a child who types for them, on every errand such a person has: the grandchildren's papers, their own pension or allowance, the house and land, a late spouse's affairs, a child abroad, illness, debts, animals and fields, the family grave. Voices: elderly (the old person or a plain adult, with diacritics, long, the story first and the paper named late or wrongly), rural (phone typing mostly without diacritics, typos, abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/elderly85-draft-20261207T1637Z.txt, sha256 cff6464a1e4200c62fa9c020f2dca4a63a4e692cacff4865687f8c5375d06b41; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 87 (elderly 29, rural 29, young 29), no answer 33. */
// The birth register still exists, so a copy of the birth record (trích lục), not a re-registration.
const BAN_SAO_TRICH_LUC = ['2.000635'];
// Putting grandchildren on the grandparents' household now that the paper book is gone is permanent-residence registration.
const THUONG_TRU = ['1.004222'];
// Moving the place where a monthly pension is paid to another province.
const CHUYEN_NOI_HUONG = ['1.001742'];
// Death at home, registered at the commune by the surviving spouse.
const KHAI_TU = ['1.000656'];
// Registering the change of a land certificate by inheritance (its name lists thừa kế).
const BIEN_DONG_THUA_KE = ['1.013831'];
// A land certificate burned or lost is re-issued as lost.
const CAP_LAI_GCN_MAT = ['1.012786'];
// Giving land to a son: the gift contract certified at the commune, then the registration of the change.
const TANG_CHO = ['2.001035', '1.013831'];
// Criminal-record certificate for a citizen living in Vietnam (provincial); 3.000330 is only for those with no known residence.
const LY_LICH_TU_PHAP = ['3.000333'];
// An authorisation for land papers: a giấy ủy quyền (signature certification) or a contract about land (transaction certification).
const UY_QUYEN = ['2.000884', '2.001035'];
// Certified copies from the originals at the commune.
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Re-issuing a lost health-insurance card through social insurance; 1.001294 is the police-sector card.
const CAP_LAI_BHYT = ['1.002759'];
// A grandmother becoming guardian of an orphaned grandchild.
const GIAM_HO = ['1.004837'];
// Poor-household recognition during the year or at the yearly review; the citizen cannot tell them apart.
const HO_NGHEO = ['1.011607', '1.011606'];
// Support for a farm whose animals died in an epidemic (commune).
const DICH_BENH_DONG_VAT = ['1.013997'];
// Switching a rice field to fruit trees is the change of crop structure on rice land (commune).
const CHUYEN_DOI_CAY_TRONG = ['1.008004'];
// A boundary quarrel taken to the commune: mediation first, or the commune chairman's settlement.
const TRANH_CHAP_DAT = ['1.012812', '1.013967'];
// Permit to repair or renovate a grade III/IV building or a detached house (its name says nhà ở riêng lẻ).
const GPXD_SUA_CHUA = ['1.013229'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// Leaving the whole estate to one son: an estate-division agreement, or the others renouncing their share.
const PHAN_CHIA_DI_SAN = ['2.001406', '2.001016'];
// Recording in the Vietnamese register a marriage already registered abroad.
const GHI_CHU_KET_HON = ['2.002189'];
// An old ID card to a chip căn cước: a first căn cước card or an exchange; the citizen cannot tell which.
const CAN_CUOC = ['1.014061', '1.014063'];
// Declaring a family member's temporary absence.
const TAM_VANG = ['1.003677'];
// Authorising someone to collect a pension each month.
const UY_QUYEN_LINH_THAY = ['1.001601'];
// Correcting a wrong birth year or middle name in a birth record.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Survivors' benefit and funeral grant after a pensioner dies.
const TU_TUAT = ['2.000821'];
// Marriage registration, also for a widower remarrying late in life.
const KET_HON = ['1.000894'];
// Grandparents adopting a grandchild is domestic adoption at the commune.
const NUOI_CON_NUOI = ['2.001263'];
// Exemption or reduction of the non-agricultural land tax.
const THUE_DAT = ['1.007695'];
// Confirmation of residence information (the proof-of-life part has no procedure).
const XAC_NHAN_CU_TRU = ['1.010041'];

const ELDERLY85_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Dạ thưa cô, thằng cháu nội tui năm nay vô lớp một, nhà trường đòi cái giấy khai sinh mà cái bản chính bữa trước nước lụt ngấm rách hết rồi, ba má nó thì làm trên Bình Dương chưa về được, giờ tui muốn xin lại cái tờ khai sinh của nó thì làm sao cô?',
    expect: BAN_SAO_TRICH_LUC,
    who: 'elderly',
  }, // s01
  { q: 'giay khai sinh cua chau bi rach mat xin lai ban sao o xa dc ko', expect: BAN_SAO_TRICH_LUC, who: 'rural' }, // s01
  { q: 'xin trich luc khai sinh', expect: BAN_SAO_TRICH_LUC, who: 'young' }, // s01
  {
    q: 'Con ơi, hai đứa cháu ngoại bà từ Sài Gòn về ở với bà luôn để đi học, cô giáo nói phải nhập hộ khẩu cho tụi nhỏ vô nhà bà thì mới được học trường xã, mà giờ nghe nói bỏ sổ hộ khẩu rồi, vậy bà phải làm cái giấy gì?',
    expect: THUONG_TRU,
    who: 'elderly',
  }, // s02
  { q: 'nhap khau cho chau ve o voi ong ba de di hoc lam ntn', expect: THUONG_TRU, who: 'rural' }, // s02
  { q: 'dang ky thuong tru cho chau', expect: THUONG_TRU, who: 'young' }, // s02
  {
    q: 'Tui về hưu ở Hà Nội, lãnh lương hưu ngoài đó, giờ già rồi về quê ở Nghệ An với mấy đứa cháu, tháng nào cũng phải nhờ người ra lãnh cực quá, tui muốn chuyển cái lương hưu về quê lãnh cho tiện thì giấy tờ làm sao?',
    expect: CHUYEN_NOI_HUONG,
    who: 'elderly',
  }, // s03
  { q: 'chuyen noi nhan luong huu tu tinh khac ve que thu tuc j', expect: CHUYEN_NOI_HUONG, who: 'rural' }, // s03
  { q: 'chuyển nơi hưởng lương hưu', expect: CHUYEN_NOI_HUONG, who: 'young' }, // s03
  {
    q: 'Bà nhà tôi mất ở nhà hôm mười rằm, đám xong xuôi rồi, giờ con trai tôi ở bên Hàn Quốc nhắn về bảo phải đi báo tử cho mẹ nó, tôi ra đây thì làm cái giấy gì, có cần mang theo căn cước của bà không?',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s06
  { q: 'khai tu cho vo moi mat can mang giay to j', expect: KHAI_TU, who: 'rural' }, // s06
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s06
  {
    q: 'Cái sổ đỏ đất nhà tui là đứng tên ông nhà tui, ổng mất ba năm nay rồi, mấy đứa con đều đi làm xa không ai tranh giành gì, giờ tui muốn sang tên cái đất qua tên tui để sau này còn cho lại tụi nhỏ, thì làm sao đây cô?',
    expect: BIEN_DONG_THUA_KE,
    who: 'elderly',
  }, // s07
  { q: 'so do dung ten chong da mat sang ten cho vo thua ke lam o dau', expect: BIEN_DONG_THUA_KE, who: 'rural' }, // s07
  { q: 'sang tên sổ đỏ thừa kế', expect: BIEN_DONG_THUA_KE, who: 'young' }, // s07
  {
    q: 'Nhà tui bị cháy cái chái bếp hồi tết, cái hộp thiếc đựng giấy tờ cháy luôn, trong đó có cái giấy đỏ chủ quyền miếng vườn, giờ tui già rồi sợ mai mốt con cháu không có giấy tờ, xin làm lại cái giấy đó được không cô?',
    expect: CAP_LAI_GCN_MAT,
    who: 'elderly',
  }, // s08
  { q: 'mat so do do chay nha xin cap lai gcn qsdd', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s08
  { q: 'cấp lại sổ đỏ bị mất', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s08
  {
    q: 'Tui có hai sào đất ruộng với miếng đất ở, tui tính cắt cho thằng út một phần để nó cất nhà, nó đi làm trên Hà Nội cuối năm về, giờ tui muốn làm giấy cho nó đứng tên luôn cho chắc, phải ra xã ký hay lên huyện?',
    expect: TANG_CHO,
    who: 'elderly',
  }, // s09
  { q: 'cho con dat lam giay tang cho qsdd ky o xa dc k', expect: TANG_CHO, who: 'rural' }, // s09
  { q: 'tang cho dat cho con', expect: TANG_CHO, who: 'young' }, // s09
  {
    q: 'Thằng cháu nội tui nó đi xuất khẩu lao động qua Nhật, công ty bắt nộp cái giấy chứng nhận không có tiền án tiền sự gì đó, nó đang học tiếng ở Hà Nội không về được, ông nội xin giùm nó được không?',
    expect: LY_LICH_TU_PHAP,
    who: 'elderly',
  }, // s10
  { q: 'xin ly lich tu phap cho chau di xkld nhat nguoi nha xin ho dc ko', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s10
  { q: 'phiếu lý lịch tư pháp', expect: LY_LICH_TU_PHAP, who: 'young' }, // s10
  {
    q: 'Tui già yếu rồi đi đâu cũng không nổi, con gái tui ở ngoài thành phố muốn thay tui lo giấy tờ đất với lãnh tiền, tui phải làm cái giấy ủy thác gì đó cho nó, ký ở đâu cho có giá trị hả chú?',
    expect: UY_QUYEN,
    who: 'elderly',
  }, // s11
  { q: 'lam giay uy quyen cho con lo giay to dat chung thuc o xa', expect: UY_QUYEN, who: 'rural' }, // s11
  { q: 'chứng thực hợp đồng ủy quyền', expect: UY_QUYEN, who: 'young' }, // s11
  {
    q: 'Dạ cô ơi, tui cần mấy bản sao cái giấy khai sinh với cái sổ đỏ để nộp hồ sơ cho thằng cháu vay tiền đi học, người ta nói phải có mộc đỏ của xã đóng vô mới được, tui đem bản chính theo đây rồi.',
    expect: CHUNG_THUC_BAN_SAO,
    who: 'elderly',
  }, // s12
  { q: 'photo cong chung giay to o ubnd xa mat bao nhieu', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s12
  { q: 'chung thuc ban sao', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s12
  {
    q: 'Tui làm mất cái thẻ bảo hiểm y tế hồi đi chợ rồi, giờ đau chân phải đi bệnh viện tỉnh mà không có thẻ người ta thu tiền hết, tui là người già trên tám mươi được nhà nước cấp thẻ, làm lại sao hả con?',
    expect: CAP_LAI_BHYT,
    who: 'elderly',
  }, // s13
  { q: 'mat the bhyt nguoi gia xin cap lai o dau', expect: CAP_LAI_BHYT, who: 'rural' }, // s13
  { q: 'cấp lại thẻ bhyt', expect: CAP_LAI_BHYT, who: 'young' }, // s13
  {
    q: 'Con trai tui với con dâu tui bị tai nạn mất hết rồi, để lại thằng nhỏ mới sáu tuổi, tui là bà nội nuôi nó, người ta nói phải làm giấy cho tui làm người đỡ đầu nó thì mới lo giấy tờ cho nó được, thủ tục có khó không?',
    expect: GIAM_HO,
    who: 'elderly',
  }, // s15
  { q: 'ba noi lam giam ho cho chau mo coi dang ky o xa', expect: GIAM_HO, who: 'rural' }, // s15
  { q: 'đăng ký giám hộ', expect: GIAM_HO, who: 'young' }, // s15
  {
    q: 'Nhà tui có hai ông bà già với ba đứa cháu nhỏ, con cái đi làm ăn xa có gửi về được bao nhiêu đâu, năm nay mùa màng thất, tui muốn xin vô hộ nghèo cho mấy đứa nhỏ được đi học miễn tiền thì xin ở đâu?',
    expect: HO_NGHEO,
    who: 'elderly',
  }, // s17
  { q: 'xin xet ho ngheo ho can ngheo nam nay nop don o dau', expect: HO_NGHEO, who: 'rural' }, // s17
  { q: 'đăng ký hộ nghèo', expect: HO_NGHEO, who: 'young' }, // s17
  {
    q: 'Đàn heo nhà tui chết hết vì dịch tả châu Phi hồi tháng trước, có cán bộ thú y xuống coi rồi, tui nghe nói nhà nước có hỗ trợ tiền cho người nuôi bị dịch, tui già rồi nuôi mấy con heo kiếm tiền cho cháu ăn học, giờ làm đơn ở đâu?',
    expect: DICH_BENH_DONG_VAT,
    who: 'elderly',
  }, // s22
  { q: 'heo chet do dich ta chau phi xin ho tro thiet hai', expect: DICH_BENH_DONG_VAT, who: 'rural' }, // s22
  { q: 'hỗ trợ thiệt hại dịch bệnh gia súc', expect: DICH_BENH_DONG_VAT, who: 'young' }, // s22
  {
    q: 'Ruộng nhà tui cấy lúa không nổi nữa, con cái đi làm xa không ai làm, tui tính đổi qua trồng mít với bưởi cho đỡ cực, có cần xin phép xã không hay cứ trồng?',
    expect: CHUYEN_DOI_CAY_TRONG,
    who: 'elderly',
  }, // s24
  { q: 'dat lua chuyen sang trong cay an qua co phai dang ky k', expect: CHUYEN_DOI_CAY_TRONG, who: 'rural' }, // s24
  { q: 'chuyen doi cay trong tren dat lua', expect: CHUYEN_DOI_CAY_TRONG, who: 'young' }, // s24
  {
    q: 'Nhà hàng xóm xây cái hàng rào lấn qua đất nhà tui gần một thước, tui nói thì nó không nghe, con cái tui ở xa không ai đứng ra, tui muốn nhờ xã ra giải quyết thì làm đơn sao?',
    expect: TRANH_CHAP_DAT,
    who: 'elderly',
  }, // s25
  { q: 'hang xom lan dat lam don hoa giai tranh chap dat dai o xa', expect: TRANH_CHAP_DAT, who: 'rural' }, // s25
  { q: 'hòa giải tranh chấp đất đai', expect: TRANH_CHAP_DAT, who: 'young' }, // s25
  {
    q: 'Cái nhà ngói của tui dột hết rồi, con trai gửi tiền về để sửa lại mái với nâng nền, có người nói sửa nhà cũng phải xin giấy phép, tui ở nông thôn thì có phải xin không?',
    expect: GPXD_SUA_CHUA,
    who: 'elderly',
  }, // s26
  { q: 'sua nha o nong thon co can xin giay phep xay dung ko', expect: GPXD_SUA_CHUA, who: 'rural' }, // s26
  { q: 'giấy phép sửa chữa nhà', expect: GPXD_SUA_CHUA, who: 'young' }, // s26
  {
    q: 'Tui có căn nhà với mảnh vườn, năm đứa con thì ba đứa ở Sài Gòn một đứa ở Mỹ, tui muốn viết cái giấy để lại cho tụi nó chia cho đàng hoàng kẻo sau này anh em giành nhau, viết xong đem ra xã đóng dấu được không?',
    expect: DI_CHUC,
    who: 'elderly',
  }, // s27
  { q: 'lam di chuc chia dat cho con chung thuc o ubnd xa', expect: DI_CHUC, who: 'rural' }, // s27
  { q: 'chứng thực di chúc', expect: DI_CHUC, who: 'young' }, // s27
  {
    q: 'Ông nhà tui mất không có để lại giấy gì, giờ mấy mẹ con ngồi lại thống nhất với nhau là để hết nhà đất cho thằng út thờ cúng, mấy đứa kia đồng ý hết rồi, phải làm cái văn bản gì cho hợp pháp?',
    expect: PHAN_CHIA_DI_SAN,
    who: 'elderly',
  }, // s28
  { q: 'van ban thoa thuan phan chia di san thua ke chung thuc o xa', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s28
  { q: 'thỏa thuận phân chia di sản', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s28
  {
    q: 'Thằng con tui qua Đài Loan làm rồi cưới vợ bên đó, đăng ký ở bên đó rồi, giờ nó muốn về quê ghi vào giấy tờ ở Việt Nam cho vợ nó về ở, tui ra xã hỏi giùm nó làm sao?',
    expect: GHI_CHU_KET_HON,
    who: 'elderly',
  }, // s29
  { q: 'con ket hon o nuoc ngoai ve ghi chu ket hon o vn', expect: GHI_CHU_KET_HON, who: 'rural' }, // s29
  { q: 'ghi chú kết hôn nước ngoài', expect: GHI_CHU_KET_HON, who: 'young' }, // s29
  {
    q: 'Tui năm nay bảy mươi lăm, cái chứng minh thư cũ mờ hết chữ rồi, đi lãnh tiền người ta không chịu, nghe nói phải đi làm cái căn cước gắn chíp, tui đi không nổi lên huyện thì công an xuống nhà làm được không?',
    expect: CAN_CUOC,
    who: 'elderly',
  }, // s30
  { q: 'lam cccd cho nguoi gia yeu k di dc', expect: CAN_CUOC, who: 'rural' }, // s30
  { q: 'cấp đổi căn cước', expect: CAN_CUOC, who: 'young' }, // s30
  {
    q: 'Thằng con trai tui đi làm ở Hàn Quốc rồi, hộ khẩu nó vẫn còn ở nhà tui, công an khu vực nói phải khai báo gì đó khi nó đi lâu, tui có khai thay nó được không?',
    expect: TAM_VANG,
    who: 'elderly',
  }, // s31
  { q: 'khai bao tam vang cho con di lam nuoc ngoai', expect: TAM_VANG, who: 'rural' }, // s31
  { q: 'khai báo tạm vắng', expect: TAM_VANG, who: 'young' }, // s31
  { q: 'Tui nằm một chỗ rồi, không ra bưu điện lãnh lương hưu được nữa, tui muốn để con dâu nó lãnh thay mỗi tháng thì phải làm giấy tờ gì với bảo hiểm?', expect: UY_QUYEN_LINH_THAY, who: 'elderly' }, // s32
  { q: 'uy quyen cho nguoi nha nhan luong huu thay', expect: UY_QUYEN_LINH_THAY, who: 'rural' }, // s32
  { q: 'ủy quyền lĩnh lương hưu', expect: UY_QUYEN_LINH_THAY, who: 'young' }, // s32
  {
    q: 'Giấy khai sinh của tui hồi xưa ghi sai năm sinh, ghi sai cả tên lót, giờ lên làm căn cước người ta nói không khớp, tui muốn sửa lại cho đúng thì có được không, tui tám mươi mấy tuổi rồi?',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s33
  { q: 'giay khai sinh ghi sai nam sinh xin sua lai cai chinh', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s33
  { q: 'cải chính hộ tịch', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s33
  {
    q: 'Ông nhà tui là giáo viên về hưu, ổng mất rồi, tui nghe nói người nhà của người hưởng lương hưu chết thì được lãnh một khoản tiền tuất với tiền mai táng của bảo hiểm, tui phải nộp giấy ở đâu?',
    expect: TU_TUAT,
    who: 'elderly',
  }, // s34
  { q: 'chong huong luong huu da mat vo nhan tro cap tuat mot lan', expect: TU_TUAT, who: 'rural' }, // s34
  { q: 'trợ cấp tuất một lần', expect: TU_TUAT, who: 'young' }, // s34
  {
    q: 'Tui goá vợ mười năm rồi, giờ bảy mươi hai tuổi, có bà cũng goá trong xóm muốn về ở với nhau cho có bầu có bạn, con cái hai bên đồng ý, vậy có cần làm giấy hôn thú không, làm ở đâu?',
    expect: KET_HON,
    who: 'elderly',
  }, // s37
  { q: 'ong ba gia muon dang ky ket hon lai can giay to j', expect: KET_HON, who: 'rural' }, // s37
  { q: 'dang ky ket hon', expect: KET_HON, who: 'young' }, // s37
  {
    q: 'Con gái tui có đứa con rồi đi lấy chồng khác ở xa, để thằng nhỏ cho tui nuôi từ nhỏ, giờ tui muốn làm giấy nhận nó làm con nuôi cho nó được đứng tên sổ sách nhà tui, ông bà ngoại có nhận con nuôi được không?',
    expect: NUOI_CON_NUOI,
    who: 'elderly',
  }, // s38
  { q: 'ong ba nhan chau lam con nuoi thu tuc nhu the nao', expect: NUOI_CON_NUOI, who: 'rural' }, // s38
  { q: 'đăng ký nhận con nuôi', expect: NUOI_CON_NUOI, who: 'young' }, // s38
  { q: 'Năm nào tui cũng phải đóng thuế đất, mà tui là người già không có thu nhập, lại là vợ liệt sĩ, nghe nói được miễn thì phải làm đơn nộp cho ai?', expect: THUE_DAT, who: 'elderly' }, // s39
  { q: 'mien giam thue dat phi nong nghiep nguoi gia', expect: THUE_DAT, who: 'rural' }, // s39
  { q: 'miễn thuế sử dụng đất', expect: THUE_DAT, who: 'young' }, // s39
  {
    q: 'Con gái tui ở bên Đức muốn làm lại hộ chiếu, bên đó đòi giấy xác nhận chỗ ở của nó ở quê, tiện thể tui muốn xin luôn giấy xác nhận tui còn sống để nó làm hồ sơ bảo lãnh, cô giúp tui làm hai cái giấy đó được không?',
    expect: XAC_NHAN_CU_TRU,
    who: 'elderly',
  }, // s40
  { q: 'xac nhan thong tin cu tru cho con o nuoc ngoai', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s40
  { q: 'xác nhận cư trú', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s40
];

export const ELDERLY85_TUNE: readonly CitizenQuery[] = ELDERLY85_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY85_HELD: readonly CitizenQuery[] = ELDERLY85_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the monthly social allowance for the over-80s and for orphans, the funeral grant for a social-allowance recipient and a state care home place (social protection is missing); disability assessment; the survivors' allowance of a deceased war invalid and moving a martyr's remains (only police-sector people-of-merit procedures are catalogued); reburying an ordinary family grave; writing off a dead borrower's policy-bank loan; flood support for a lost rice crop; school-fee reduction for a near-poor grandchild. */
export const ELDERLY85_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Dạ, mẹ tui năm nay tròn tám mươi rồi, nghe bà con trong xóm nói người đủ tám mươi tuổi là được nhà nước cho tiền hàng tháng, mà tới giờ chưa ai nói gì với bả hết, tui đưa bả lên hỏi coi phải làm đơn sao cô?',
    who: 'elderly',
  }, // s04
  { q: 'ba noi du 80 tuoi k co luong huu xin tro cap hang thang o dau', who: 'rural' }, // s04
  { q: 'trợ cấp người trên 80 tuổi', who: 'young' }, // s04
  {
    q: 'Ông nhà tui mới mất hồi tháng rồi, ổng đang lãnh tiền trợ cấp người già của xã, nghe nói người nhà được lãnh thêm tiền mai táng, tui không biết chữ, cô chỉ giùm tui phải nộp những gì?',
    who: 'elderly',
  }, // s05
  { q: 'chong mat roi dang huong tro cap xa hoi xin tien mai tang phi', who: 'rural' }, // s05
  { q: 'hỗ trợ chi phí mai táng', who: 'young' }, // s05
  {
    q: 'Con bé cháu ngoại tui nó bị chậm nói, đi đứng cũng không vững, ba nó bỏ đi mẹ nó làm công ty ở Đồng Nai, bà con nói phải đi xin giấy khuyết tật cho nó thì mới được tiền hỗ trợ, bà ngoại nuôi thì xin được không?',
    who: 'elderly',
  }, // s14
  { q: 'chau bi khuyet tat xin giay xac nhan muc do khuyet tat lam ntn', who: 'rural' }, // s14
  { q: 'xác định mức độ khuyết tật', who: 'young' }, // s14
  { q: 'Hai đứa cháu tui mồ côi cả cha lẫn mẹ, giờ ông bà già nuôi, lương hưu không có, ruộng thì ít, xã mình có tiền trợ cấp cho trẻ mồ côi không, nếu có thì tui phải làm sao?', who: 'elderly' }, // s16
  { q: 'chau mo coi ca cha me ong ba nuoi co dc tro cap hang thang ko', who: 'rural' }, // s16
  { q: 'tro cap tre mo coi', who: 'young' }, // s16
  {
    q: 'Ông nhà tui hồi trước đi bộ đội bị thương, có lãnh tiền thương binh hàng tháng, giờ ông mất rồi, người ta nói vợ thương binh được hưởng tiền tuất, tui bảy mươi tám tuổi rồi, làm giấy sao hả cô?',
    who: 'elderly',
  }, // s18
  { q: 'chong la thuong binh da mat vo co dc huong tuat hang thang khong', who: 'rural' }, // s18
  { q: 'trợ cấp tuất thương binh', who: 'young' }, // s18
  {
    q: 'Anh ruột tui là liệt sĩ, mộ nằm trong nghĩa trang tận Quảng Trị, giờ anh em tui già hết rồi, muốn đưa hài cốt anh về nghĩa trang quê cho con cháu tiện nhang khói, phải xin phép ai?',
    who: 'elderly',
  }, // s19
  { q: 'di chuyen hai cot liet si ve que thu tuc the nao', who: 'rural' }, // s19
  { q: 'di chuyen hai cot liet si', who: 'young' }, // s19
  { q: 'Mộ ông bà nội tui chôn ngoài ruộng từ hồi xưa, giờ con cháu muốn bốc mộ đưa vô nghĩa trang của xã cho đàng hoàng, có phải xin phép xã không hay cứ coi ngày rồi làm?', who: 'elderly' }, // s20
  { q: 'boc mo dua vao nghia trang xa co can xin phep k', who: 'rural' }, // s20
  { q: 'xin phép cải táng mộ', who: 'young' }, // s20
  {
    q: 'Hồi trước ông nhà tui có vay tiền ngân hàng chính sách để nuôi bò, giờ ổng mất rồi, bò cũng chết, tui không có tiền trả, nghe nói người vay mất thì được xóa nợ, tui phải làm đơn gửi ai?',
    who: 'elderly',
  }, // s21
  { q: 'nguoi vay von ngan hang chinh sach da chet xin xoa no', who: 'rural' }, // s21
  { q: 'xoa no vay ngan hang chinh sach', who: 'young' }, // s21
  { q: 'Trận lũ vừa rồi ruộng lúa nhà tui ngập trắng, mất trắng cả vụ, nghe bà con nói nhà nước có tiền hỗ trợ giống cho người bị thiên tai, tui phải kê khai ra sao cô?', who: 'elderly' }, // s23
  { q: 'lua bi ngap lut mat trang xin ho tro thien tai', who: 'rural' }, // s23
  { q: 'hỗ trợ thiệt hại thiên tai cây trồng', who: 'young' }, // s23
  { q: 'Tui không có con cái gì hết, một mình ở căn chòi, giờ chân yếu bệnh tật không tự nấu ăn được nữa, xã có cho tui vô trại dưỡng lão của nhà nước ở không, phải làm đơn gì?', who: 'elderly' }, // s35
  { q: 'nguoi gia neo don xin vao trung tam bao tro xa hoi', who: 'rural' }, // s35
  { q: 'vao co so bao tro xa hoi', who: 'young' }, // s35
  { q: 'Thằng cháu tui học cấp hai, nhà thuộc hộ cận nghèo, nghe nói được giảm tiền học mà trường đòi đơn có xác nhận, tui làm đơn ra sao?', who: 'elderly' }, // s36
  { q: 'xin mien giam hoc phi cho chau ho can ngheo', who: 'rural' }, // s36
  { q: 'miễn giảm học phí', who: 'young' }, // s36
];
