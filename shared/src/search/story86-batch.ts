import type { CitizenQuery } from './dev-set';

/** Batch story86 (issue 17): working-age adults (25 to 60) in villages and small towns of every region telling a life event or a problem rather than naming a procedure — a wedding, a birth, a divorce, a death, a move, a new or lost job, a fire or a flood, an accident, a quarrel with a neighbour over land, buying or selling land, a house or a vehicle, opening or closing a small shop, a child changing school or going abroad, illness and poverty. Voices: elderly (a plain adult speaking, with diacritics, long, story first, polite particles and regional words), rural (phone typing mostly without diacritics, typos and abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/story86-draft-20261207T1636Z.txt, sha256 be3f9cc17030bf36b6cdba04fdf53df694e272bb9eae086a66122865809f3eb2; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 90 (elderly 30, rural 30, young 30), no answer 30. */
// Marriage registration at the commune; nothing foreign in the story.
const KET_HON = ['1.000894'];
// A newborn: plain birth registration, or the joint birth + health card (+ residence) filing the commune offers for children under 6.
const KHAI_SINH_TRE = ['1.001193', '2.001023', '2.000986'];
// Reporting a death at the commune is death registration.
const KHAI_TU = ['1.000656'];
// Moving one's household to a bought house in another place is permanent residence registration.
const THUONG_TRU = ['1.004222'];
// A worker renting a room in town registers temporary residence at the ward police.
const TAM_TRU = ['1.004194'];
// The no-criminal-record paper for a citizen at the provincial Department of Justice (3.000330 is only for those without a known residence).
const LY_LICH_TU_PHAP = ['3.000333'];
// Re-issuing a lost vehicle registration certificate, at the counter/partly online or fully online.
const CAP_LAI_DK_XE = ['1.013082', '1.013080'];
// Boundary quarrel: the commune's land-dispute mediation, then the commune chairman's settlement if mediation fails.
const TRANH_CHAP_DAT = ['1.012812', '1.013967'];
// Registering the change of land use right after a sale (its name lists chuyển nhượng); 1.012787 is only for units in real-estate projects.
const SANG_TEN_DAT = ['1.013831'];
// Inheritance without a will: certifying the division of the estate at the commune, then registering the change by inheritance.
const THUA_KE_DAT = ['2.001406', '1.013831'];
// New construction permit for level III/IV works and detached family houses (nhà ở riêng lẻ), at the commune; pulling down and rebuilding is new construction.
const GIAY_PHEP_XAY_DUNG = ['1.013225'];
// Change of vehicle owner (sang tên xe) at the commune police.
const SANG_TEN_XE = ['1.013076'];
// A small shop in front of the house is registered as a household business.
const THANH_LAP_HKD = ['1.001612'];
// Closing the household business for good.
const CHAM_DUT_HKD = ['1.001266'];
// Certified copies (sao y) of diplomas and school records from the originals, at the commune.
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Health cards for people only in BHYT; its file list says those whose whole contribution the state pays (the poor) file through the commune.
const BHYT_NGAN_SACH = ['1.001939'];
// Being recognised as a poor household: during the year, or at the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];
// Re-issuing a lost ID card, at the commune police or the provincial police.
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// The "not married" paper asked for before a wedding is the marital status certificate.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Father acknowledging a child born outside marriage; combined with birth registration if the birth is not yet registered (the story does not say).
const NHAN_CHA_CON = ['1.001022', '1.000689'];
// Changing a child's given name is the change/correction of civil status information.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Domestic adoption registered at the commune.
const NUOI_CON_NUOI = ['2.001263'];
// Survivors' benefit for the family of an insured worker who died.
const TU_TUAT = ['2.000821'];
// Cutting a plot for a child: splitting the plot, and registering the gift of the new plot.
const TACH_THUA_TANG_CHO = ['1.012784', '1.013831'];
// Re-issuing a lost land certificate (sổ đỏ).
const CAP_LAI_GCN_MAT = ['1.012786'];
// A lost birth certificate: a copy from the register, or re-registration if the register too was lost in the war.
const BAN_SAO_KHAI_SINH = ['2.000635', '1.004884'];
// Maternity benefit; when the employer has closed, the worker files directly.
const THAI_SAN = ['2.000693'];
// First ordinary passport at the provincial immigration office.
const HO_CHIEU = ['1.001456'];
// Registering guardianship of a mentally ill adult relative at the commune.
const GIAM_HO = ['1.004837'];
// Work accident benefit, first accident.
const TNLD = ['1.001632'];

const STORY86_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ thưa cô, thằng con trai tui sắp cưới vợ, hai đứa nó muốn làm giấy tờ cho đàng hoàng ở xã, giờ phải đi mần chi ạ?', expect: KET_HON, who: 'elderly' }, // s01
  { q: '2 dua sap lam dam cuoi thi ra xa lam giay to gi vay', expect: KET_HON, who: 'rural' }, // s01
  { q: 'lam giay ket hon', expect: KET_HON, who: 'young' }, // s01
  { q: 'Con dâu tui mới sanh đứa cháu nội được hai tuần, giờ muốn làm giấy khai sinh cho nó thì tui đi thay được không cô?', expect: KHAI_SINH_TRE, who: 'elderly' }, // s02
  { q: 'vo moi sinh em be muon lam giay khai sinh can mang j', expect: KHAI_SINH_TRE, who: 'rural' }, // s02
  { q: 'khai sinh cho con moi de', expect: KHAI_SINH_TRE, who: 'young' }, // s02
  { q: 'Dạ, ông nhà tui mới mất hôm rằm, bà con nói phải ra xã báo cho cán bộ biết, giờ tui phải làm giấy chi ạ?', expect: KHAI_TU, who: 'elderly' }, // s03
  { q: 'bo toi moi mat can ra xa bao tu lam thu tuc j', expect: KHAI_TU, who: 'rural' }, // s03
  { q: 'bao tu nguoi than', expect: KHAI_TU, who: 'young' }, // s03
  { q: 'Tui ở dưới quê mới dọn lên ở với con gái trên thị trấn, mua được cái nhà rồi, giờ muốn chuyển hộ khẩu lên đây thì làm sao ạ?', expect: THUONG_TRU, who: 'elderly' }, // s05
  { q: 'chuyen ho khau ve nha moi mua o huyen khac thi lam ntn', expect: THUONG_TRU, who: 'rural' }, // s05
  { q: 'chuyen ho khau ve nha moi', expect: THUONG_TRU, who: 'young' }, // s05
  { q: 'Thằng cháu tui lên tỉnh làm công nhân, thuê phòng trọ ở, chủ trọ bảo phải đi khai báo với công an phường, vậy là làm cái gì ạ?', expect: TAM_TRU, who: 'elderly' }, // s06
  { q: 'thue tro di lam cong ty chu tro bao dki tam tru lam sao', expect: TAM_TRU, who: 'rural' }, // s06
  { q: 'dang ky tam tru phong tro', expect: TAM_TRU, who: 'young' }, // s06
  { q: 'Con gái tui sắp đi xuất khẩu lao động bên Nhật, công ty môi giới đòi giấy chứng minh là nó không có tiền án tiền sự, xin ở đâu ạ?', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s08
  { q: 'di xkld nhat can giay xac nhan ko tien an tien su xin o dau', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s08
  { q: 'xin ly lich tu phap', expect: LY_LICH_TU_PHAP, who: 'young' }, // s08
  { q: 'Tui đi rẫy về bị té xe xuống mương, xe hư nặng mà cái giấy đăng ký xe cũng rớt mất đâu rồi, giờ xin làm lại giấy xe sao ạ?', expect: CAP_LAI_DK_XE, who: 'elderly' }, // s11
  { q: 'bi tai nan mat cavet xe may xin cap lai', expect: CAP_LAI_DK_XE, who: 'rural' }, // s11
  { q: 'cap lai dang ky xe bi mat', expect: CAP_LAI_DK_XE, who: 'young' }, // s11
  { q: 'Nhà bên cạnh lấn qua ranh đất nhà tui gần một thước, nói hoài không nghe, tui muốn nhờ xã ra phân xử thì làm đơn sao ạ?', expect: TRANH_CHAP_DAT, who: 'elderly' }, // s12
  { q: 'hang xom lan ranh dat cai nhau muon xa hoa giai', expect: TRANH_CHAP_DAT, who: 'rural' }, // s12
  { q: 'tranh chap ranh dat hang xom', expect: TRANH_CHAP_DAT, who: 'young' }, // s12
  { q: 'Tui mới mua miếng đất của ông hàng xóm, đưa tiền đủ rồi, giờ muốn sang tên sổ đỏ qua tên tui thì phải làm những bước gì?', expect: SANG_TEN_DAT, who: 'elderly' }, // s13
  { q: 'mua dat roi muon sang ten so do lam o dau mat bao lau', expect: SANG_TEN_DAT, who: 'rural' }, // s13
  { q: 'sang ten so do', expect: SANG_TEN_DAT, who: 'young' }, // s13
  { q: 'Ba má tui mất không có để lại di chúc, còn miếng đất hương hỏa, anh em tui muốn chia ra đứng tên từng người thì làm sao cho đúng?', expect: THUA_KE_DAT, who: 'elderly' }, // s14
  { q: 'bo me mat k de lai di chuc anh em muon chia dat dung ten', expect: THUA_KE_DAT, who: 'rural' }, // s14
  { q: 'thua ke dat khong di chuc', expect: THUA_KE_DAT, who: 'young' }, // s14
  { q: 'Tui tính dỡ cái nhà cấp bốn cũ xây lại nhà hai tầng cho con cái ở, có phải xin phép ai không hay cứ xây?', expect: GIAY_PHEP_XAY_DUNG, who: 'elderly' }, // s15
  { q: 'xay nha 2 tang o que co can xin phep ko', expect: GIAY_PHEP_XAY_DUNG, who: 'rural' }, // s15
  { q: 'xin phep xay nha', expect: GIAY_PHEP_XAY_DUNG, who: 'young' }, // s15
  { q: 'Tui mua lại chiếc Honda cũ của người ta ở xã bên, giấy tờ còn đứng tên chủ cũ, giờ muốn đổi qua tên mình thì đi đâu?', expect: SANG_TEN_XE, who: 'elderly' }, // s16
  { q: 'mua xe may cu chua sang ten chu cu lam sao', expect: SANG_TEN_XE, who: 'rural' }, // s16
  { q: 'sang ten xe may cu', expect: SANG_TEN_XE, who: 'young' }, // s16
  { q: 'Vợ chồng tui tính mở cái quán tạp hóa nhỏ trước nhà bán cho bà con trong xóm, có cần đăng ký gì với nhà nước không?', expect: THANH_LAP_HKD, who: 'elderly' }, // s17
  { q: 'mo tiem tap hoa nho can dang ky kinh doanh ko', expect: THANH_LAP_HKD, who: 'rural' }, // s17
  { q: 'mo quan tap hoa', expect: THANH_LAP_HKD, who: 'young' }, // s17
  { q: 'Quán cơm của tui ế quá, tui muốn dẹp luôn không bán nữa, hồi đó có đăng ký với huyện, giờ đóng thì báo sao?', expect: CHAM_DUT_HKD, who: 'elderly' }, // s18
  { q: 'nghi ban k kinh doanh nua muon dong ho kinh doanh', expect: CHAM_DUT_HKD, who: 'rural' }, // s18
  { q: 'dong cua ho kinh doanh', expect: CHAM_DUT_HKD, who: 'young' }, // s18
  { q: 'Đứa con gái tui được học bổng đi du học bên Úc, người ta đòi bản sao học bạ, bằng cấp có đóng dấu, tui ra xã xin sao y được không?', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s20
  { q: 'sao y bang cap hoc ba cho con di du hoc lam o xa dc ko', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s20
  { q: 'cong chung ban sao bang', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s20
  { q: 'Tui bệnh tiểu đường, nhà nghèo, đi khám tốn tiền quá, nghe nói hộ nghèo được cấp thẻ bảo hiểm y tế miễn phí, làm sao để được ạ?', expect: BHYT_NGAN_SACH, who: 'elderly' }, // s21
  { q: 'nha ngheo muon dc cap the bhyt mien phi', expect: BHYT_NGAN_SACH, who: 'rural' }, // s21
  { q: 'the bao hiem y te ho ngheo', expect: BHYT_NGAN_SACH, who: 'young' }, // s21
  { q: 'Chồng tui mất rồi, một mình tui nuôi ba đứa nhỏ, làm thuê không đủ ăn, tui muốn xin được vô diện hộ nghèo thì làm đơn ra sao?', expect: HO_NGHEO, who: 'elderly' }, // s24
  { q: 'xin xet ho ngheo nam nay lam don nhu the nao', expect: HO_NGHEO, who: 'rural' }, // s24
  { q: 'dang ky ho ngheo', expect: HO_NGHEO, who: 'young' }, // s24
  { q: 'Hôm đi chợ tui bị móc túi mất cái căn cước rồi, giờ đi làm lại thì phải lên huyện hay ra xã ạ?', expect: CAP_LAI_CAN_CUOC, who: 'elderly' }, // s25
  { q: 'bi mat cccd lam lai o dau', expect: CAP_LAI_CAN_CUOC, who: 'rural' }, // s25
  { q: 'lam lai can cuoc bi mat', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s25
  { q: 'Cháu nó ở trong Nam về, tính cưới một cô ngoài này, bên đó đòi giấy chứng nhận nó chưa có vợ, vậy xin ở xã nào ạ?', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s26
  { q: 'xin giay xac nhan doc than de lam dam cuoi', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s26
  { q: 'giay xac nhan doc than', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s26
  { q: 'Con gái tui có con với một người mà chưa đăng ký kết hôn, giờ ổng muốn nhận con để đứa nhỏ có tên cha trong giấy tờ, làm sao ạ?', expect: NHAN_CHA_CON, who: 'elderly' }, // s27
  { q: 'chua ket hon co con gio muon them ten bo vao giay khai sinh', expect: NHAN_CHA_CON, who: 'rural' }, // s27
  { q: 'nhan cha cho con', expect: NHAN_CHA_CON, who: 'young' }, // s27
  { q: 'Hồi đó khai sinh tui đặt tên con theo ông thầy bói, giờ nó lớn bị bạn chọc hoài, tui muốn đổi tên cho nó có được không?', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s28
  { q: 'muon doi ten cho con 10 tuoi thu tuc ntn', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s28
  { q: 'doi ten cho con', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s28
  { q: 'Vợ chồng tui lớn tuổi không có con, muốn nhận đứa cháu mồ côi bên ngoại về nuôi cho có giấy tờ đàng hoàng thì làm sao?', expect: NUOI_CON_NUOI, who: 'elderly' }, // s29
  { q: 'muon nhan nuoi chau mo coi lam giay to ntn', expect: NUOI_CON_NUOI, who: 'rural' }, // s29
  { q: 'nhan con nuoi trong nuoc', expect: NUOI_CON_NUOI, who: 'young' }, // s29
  { q: 'Ông nhà tui làm công nhân cao su đóng bảo hiểm hai chục năm, mới mất tháng trước, tui nghe nói vợ được lãnh tiền tuất, hồ sơ làm sao?', expect: TU_TUAT, who: 'elderly' }, // s30
  { q: 'chong mat co dong bhxh vo dc huong tien tuat ko', expect: TU_TUAT, who: 'rural' }, // s30
  { q: 'huong tien tuat bhxh', expect: TU_TUAT, who: 'young' }, // s30
  { q: 'Tui có miếng đất ba công, muốn cắt ra một phần cho thằng con út cất nhà, thì phải làm giấy tờ sao cho nó đứng tên riêng?', expect: TACH_THUA_TANG_CHO, who: 'elderly' }, // s32
  { q: 'tach thua dat cho con lam so rieng', expect: TACH_THUA_TANG_CHO, who: 'rural' }, // s32
  { q: 'tach so do cho con', expect: TACH_THUA_TANG_CHO, who: 'young' }, // s32
  { q: 'Hồi lũ năm ngoái nước cuốn mất cái sổ đỏ của nhà tui rồi, giờ muốn xin cấp lại thì làm sao chú?', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s33
  { q: 'mat so do lu cuon muon cap lai gcn', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s33
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s33
  { q: 'Giấy khai sinh của tui mất từ hồi chiến tranh, giờ làm sổ hưu người ta đòi, tui xin lại bản khác ở đâu ạ?', expect: BAN_SAO_KHAI_SINH, who: 'elderly' }, // s34
  { q: 'mat giay khai sinh ban goc xin lai ban sao', expect: BAN_SAO_KHAI_SINH, who: 'rural' }, // s34
  { q: 'xin trich luc khai sinh', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s34
  { q: 'Con dâu tui nghỉ sanh mà công ty đóng cửa rồi, nó vẫn đóng bảo hiểm đủ, giờ muốn lãnh tiền thai sản thì tự nộp được không?', expect: THAI_SAN, who: 'elderly' }, // s37
  { q: 'cty dong cua muon lanh thai san tu nop bhxh dc ko', expect: THAI_SAN, who: 'rural' }, // s37
  { q: 'nhan tien thai san', expect: THAI_SAN, who: 'young' }, // s37
  { q: 'Thằng con tui sắp đi học bên Hàn Quốc, nó chưa có hộ chiếu, cho tui hỏi làm hộ chiếu ở đâu, mất bao lâu ạ?', expect: HO_CHIEU, who: 'elderly' }, // s38
  { q: 'lam ho chieu lan dau o dau cho con di hoc', expect: HO_CHIEU, who: 'rural' }, // s38
  { q: 'lam passport lan dau', expect: HO_CHIEU, who: 'young' }, // s38
  { q: 'Em trai tui bị tâm thần, cha mẹ mất hết rồi, tui muốn đứng ra làm người giám hộ cho nó để lo giấy tờ, thì đăng ký sao?', expect: GIAM_HO, who: 'elderly' }, // s39
  { q: 'dang ky giam ho cho em bi benh tam than', expect: GIAM_HO, who: 'rural' }, // s39
  { q: 'lam nguoi giam ho', expect: GIAM_HO, who: 'young' }, // s39
  { q: 'Tui làm thợ hồ bị té giàn giáo gãy chân, công ty có đóng bảo hiểm, giờ muốn được hưởng chế độ tai nạn thì phải làm gì ạ?', expect: TNLD, who: 'elderly' }, // s40
  { q: 'bi tnld gay chan muon huong che do bhxh', expect: TNLD, who: 'rural' }, // s40
  { q: 'che do tai nan lao dong', expect: TNLD, who: 'young' }, // s40
];

export const STORY86_TUNE: readonly CitizenQuery[] = STORY86_BATCH.filter((_, i) => i % 2 === 0);
export const STORY86_HELD: readonly CitizenQuery[] = STORY86_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: divorce by mutual consent (a court matter; the commune only records divorces granted abroad), unemployment benefit (only authorising someone to collect it is catalogued), state support after a house fire or for crops lost to a flood (only tax relief and support for militia or livestock-disease losses are), a child changing school (no education procedures), disability assessment and the monthly allowance for the over-80s (no social-protection procedures), the funeral allowance for a war invalid (only police-sector people-of-merit procedures are), a food-safety paper for a street food vendor (only the agriculture sector's certificate for farm, forest and fishery food businesses is), and an ordinary retirement pension (only the pension for former commune officials is). */
export const STORY86_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Vợ chồng tui sống không hạp nhau mấy năm rồi, giờ hai bên đồng ý bỏ nhau, muốn làm cho đúng luật thì nộp đơn ở đâu vậy chú?', who: 'elderly' }, // s04
  { q: 'vo chong thuan tinh ly hon nop don o dau', who: 'rural' }, // s04
  { q: 'ly hon thuan tinh', who: 'young' }, // s04
  { q: 'Công ty giày cho tui nghỉ việc từ tháng trước, tui đóng bảo hiểm được bảy năm rồi, nghe nói được lãnh tiền thất nghiệp, giờ tui phải nộp ở đâu?', who: 'elderly' }, // s07
  { q: 'bi cty cho nghi viec muon lanh tien that nghiep lam ho so o dau', who: 'rural' }, // s07
  { q: 'huong tro cap that nghiep', who: 'young' }, // s07
  { q: 'Nhà tui bị cháy rụi hết hồi tuần rồi, đồ đạc không còn gì, không biết nhà nước có hỗ trợ gì cho dân bị cháy nhà không cô?', who: 'elderly' }, // s09
  { q: 'nha bi chay het co dc ho tro j ko lam don o dau', who: 'rural' }, // s09
  { q: 'nha bi chay xin ho tro', who: 'young' }, // s09
  { q: 'Mùa lũ vừa rồi nước ngập trắng đồng, lúa má hư hết, mấy hộ trong xóm muốn xin hỗ trợ thiệt hại thì làm giấy tờ chi ạ?', who: 'elderly' }, // s10
  { q: 'lu lut mat trang lua muon xin ho tro thiet hai cay trong', who: 'rural' }, // s10
  { q: 'ho tro thiet hai lu lut', who: 'young' }, // s10
  { q: 'Nhà tui mới dọn về xã này, thằng nhỏ đang học lớp bảy ở trường dưới quê, giờ muốn xin cho nó vô học trường ở đây thì sao cô?', who: 'elderly' }, // s19
  { q: 'chuyen truong cho con lop 7 tu tinh khac ve', who: 'rural' }, // s19
  { q: 'xin chuyen truong cho con', who: 'young' }, // s19
  { q: 'Thằng con út tui bị bại não từ nhỏ, không tự đi đứng được, người ta nói phải đi xác định khuyết tật mới được trợ cấp, vậy làm sao ạ?', who: 'elderly' }, // s22
  { q: 'con bi bai nao muon lam giay chung nhan khuyet tat', who: 'rural' }, // s22
  { q: 'giay xac nhan khuyet tat', who: 'young' }, // s22
  { q: 'Má tui năm nay tám mươi mốt tuổi rồi, không có lương hưu gì hết, nghe nói người già được nhà nước cho tiền hàng tháng, đăng ký ở đâu ạ?', who: 'elderly' }, // s23
  { q: 'me toi tren 80 tuoi k co luong huu xin tro cap nguoi gia', who: 'rural' }, // s23
  { q: 'tro cap nguoi cao tuoi', who: 'young' }, // s23
  { q: 'Ba tui là thương binh mới qua đời, nghe nói nhà nước có tiền mai táng cho gia đình, tui phải nộp giấy chi ở xã?', who: 'elderly' }, // s31
  { q: 'bo la thuong binh moi mat xin tien mai tang phi', who: 'rural' }, // s31
  { q: 'mai tang phi thuong binh', who: 'young' }, // s31
  { q: 'Tui nấu xôi, bánh bao bán ở cổng trường, người ta nói phải có giấy vệ sinh an toàn thực phẩm, xin ở đâu vậy cô?', who: 'elderly' }, // s35
  { q: 'ban do an sang can giay attp xin o dau', who: 'rural' }, // s35
  { q: 'giay an toan thuc pham quan an', who: 'young' }, // s35
  { q: 'Tui làm trong công ty đủ hai mươi năm đóng bảo hiểm rồi, năm nay đủ tuổi về hưu, muốn làm hồ sơ lãnh lương hưu thì sao?', who: 'elderly' }, // s36
  { q: 'du tuoi nghi huu lam ho so huong luong huu o dau', who: 'rural' }, // s36
  { q: 'lam ho so luong huu', who: 'young' }, // s36
];
