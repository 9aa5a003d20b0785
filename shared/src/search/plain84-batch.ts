import type { CitizenQuery } from './dev-set';

/** Batch plain84 (issue 17): ordinary adults of every region (north, centre, south, highlands) at a commune or provincial counter, asking about the
 * procedures handled most — civil status, certification, residence, land, construction, household business, social protection, people of merit,
 * labour and social insurance, justice, transport, agriculture, natural resources, culture — in their own words, regional ones and common wrong
 * names of papers included. Voices: elderly (an old person or plain adult speaking, with diacritics, telling the story first), rural (phone typing
 * mostly without diacritics, with abbreviations, typos and Telex leftovers), young (a short search-box query).
 * Written before any procedure name in the catalogue was read: draft docs/search-drafts/plain84-draft-20261207T1619Z.txt, sha256 82f68f2352019a4b40a2e6003aa879d875309fd8c7ad35b6667f2f356ddd1166;
 * then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 93 (elderly 31, rural 31, young 31), no answer 27. */
// Civil status (hộ tịch), commune.
// A newborn: plain birth registration, or the joint filings (birth + health-insurance card, + residence) the commune does for children under 6.
const KHAI_SINH_TRE = ['1.001193', '2.001023', '2.000986'];
const KET_HON = ['1.000894'];
// The "giấy độc thân" people ask for.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Death just occurred: ordinary death registration ("giấy báo tử / chứng tử").
const KHAI_TU = ['1.000656'];
// A copy of a birth record whose original paper is lost but whose register still exists.
const TRICH_LUC_HO_TICH = ['2.000635'];
// The child's birth is already registered, so recognition of paternity alone (not the combined birth + recognition).
const NHAN_CHA_CON = ['1.001022'];
// Wrong birth year or middle name in the birth record.
const CAI_CHINH_HO_TICH = ['1.004859'];
const GIAM_HO = ['1.004837'];
// Adopting a relative's child, both parties in Vietnam.
const CON_NUOI = ['2.001263'];

// Certification (chứng thực), commune.
// What people call "công chứng photo" is certifying copies from originals.
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Signature on a giấy ủy quyền.
const CHUNG_THUC_CHU_KY = ['2.000884'];
// Authorising a son to collect the pension: the signature on the authorisation, and the insurance agency's own "ủy quyền lĩnh thay".
const UY_QUYEN_LUONG_HUU = ['2.000884', '1.001601'];

// Residence (cư trú), commune police.
const TAM_TRU = ['1.004194'];
// "Nhập hộ khẩu" is now permanent-residence registration.
const THUONG_TRU = ['1.004222'];
// The paper a school asks for now that household books are gone.
const XAC_NHAN_CU_TRU = ['1.010041'];

// Land (đất đai).
// First title for households and individuals (commune); 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// Heirs agree who takes the land (the commune certifies the division paper), then the change is registered.
const THUA_KE_DAT = ['1.013831', '2.001406'];
const CAP_LAI_GCN_MAT = ['1.012786'];
const TACH_THUA = ['1.012784'];
// Change of use (rice land to residential) for individuals is decided at the commune; 1.013823 is the province version for organisations.
const CHUYEN_MUC_DICH = ['1.013949'];
// Commune mediation of a land dispute, the step before any court or higher-level ruling.
const HOA_GIAI_DAT = ['1.012812'];

// Construction: the commune permit for grade III/IV works names "nhà ở riêng lẻ".
const GPXD_NHA_O = ['1.013225'];

// Household business registration at the commune.
const HO_KINH_DOANH = ['1.001612'];

// Poverty: recognition during the year when circumstances change, and the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];

// Social insurance (BHXH).
const BHXH_MOT_LAN = ['1.001613'];
// Re-issue or exchange of an ordinary health-insurance card (lost or torn) by the insurance agency; 1.001294/1.002438 are the police-sector cards.
const THE_BHYT = ['1.002759'];

// Justice.
const LY_LICH_TU_PHAP = ['3.000333'];
const TRO_GIUP_PHAP_LY = ['2.000829'];

// Transport, police.
// A licence about to expire is exchanged.
const DOI_GPLX = ['3.000347'];
// Once expired the person cannot tell exchange from re-issue.
const GPLX_HET_HAN = ['3.000347', '3.000348'];
// Change of owner of a vehicle (sang tên), done at the commune police too.
const SANG_TEN_XE = ['1.013076'];

// Agriculture and natural resources.
const DANG_KY_TAU_CA = ['1.003650'];
// A farm well: small abstraction is registered at the commune, larger needs the provincial permit; the farmer cannot tell which.
const NUOC_DUOI_DAT = ['1.001662', '1.004223'];

const PLAIN84_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ cô ơi, con dâu tui mới sanh thằng cháu nội được hai tuần, giờ muốn làm cái giấy khai sinh cho nó thì mần răng, cần đem theo chi hả cô?', expect: KHAI_SINH_TRE, who: 'elderly' }, // s01
  { q: 'vo con moi sinh dc 10 ngay lam giay khai sinh can nhug giay to j a', expect: KHAI_SINH_TRE, who: 'rural' }, // s01
  { q: 'lam giay khai sinh cho con', expect: KHAI_SINH_TRE, who: 'young' }, // s01
  { q: 'Bác hỏi chút, thằng con trai bác với con bé người yêu nó tính cưới cuối năm, giờ hai đứa phải lên xã đăng ký kết hôn thì cần giấy tờ gì hả cháu?', expect: KET_HON, who: 'elderly' }, // s02
  { q: 'dnag ky ket hon o xa can mang theo j, 2 dua khac tinh co dc k', expect: KET_HON, who: 'rural' }, // s02
  { q: 'thu tuc dang ky ket hon', expect: KET_HON, who: 'young' }, // s02
  {
    q: 'Dạ chú ơi, con gái tui nó đi làm trong Sài Gòn, giờ nó muốn làm giấy chứng nhận độc thân để đi lấy chồng thì xin ở đâu, xã mình có cấp hông chú?',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s03
  { q: 'xin giay xac nhan doc than de lam hso ket hon lam o dau', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s03
  { q: 'giay xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s03
  { q: 'Ông nhà tôi mới mất hôm tuần trước, giờ con cháu bảo phải đi báo tử, làm giấy chứng tử cho ông, thế thì ra xã làm thế nào hả các cháu?', expect: KHAI_TU, who: 'elderly' }, // s04
  { q: 'bo moi mat lam giay bao tu o dau, tgian bao lau', expect: KHAI_TU, who: 'rural' }, // s04
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s04
  { q: 'Cái giấy khai sinh của tui hồi xưa bị chuột gặm mất rồi, giờ đi làm giấy tờ người ta đòi bản sao khai sinh, tui xin lại ở đâu được hông con?', expect: TRICH_LUC_HO_TICH, who: 'elderly' }, // s05
  { q: 'mat giay khai sinh ban goc xin lai ban sao trich luc ntn', expect: TRICH_LUC_HO_TICH, who: 'rural' }, // s05
  { q: 'trich luc khai sinh ban sao', expect: TRICH_LUC_HO_TICH, who: 'young' }, // s05
  {
    q: 'Dạ, con gái tôi có đứa con với anh kia mà chưa cưới xin gì, giờ anh ấy muốn nhận con cho đàng hoàng, để cháu có tên bố trong giấy khai sinh thì làm sao ạ?',
    expect: NHAN_CHA_CON,
    who: 'elderly',
  }, // s06
  { q: 'chua dky ket hon ma muon nhan con de ghi ten cha vao giay khai sinh', expect: NHAN_CHA_CON, who: 'rural' }, // s06
  { q: 'thu tuc nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s06
  { q: 'Hồi xưa cán bộ ghi sai năm sinh của tui trong giấy khai sinh, lệch với chứng minh, giờ muốn sửa lại cho khớp thì có được không cô?', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s07
  { q: 'giay khai sinh ghi sai ten dem muon sua lai cho dung voi cccd', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s07
  { q: 'cai chinh ho tich sai ten', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s07
  { q: 'Cháu ơi, bác cần đi công chứng mấy cái bằng với sổ hộ khẩu photo ra để nộp hồ sơ cho thằng cháu đi học, ở xã có làm không cháu?', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s08
  { q: 'cong chung giay to photo o ubnd xa dc k, bn tien 1 ban', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s08
  { q: 'chung thuc ban sao', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s08
  {
    q: 'Tui đau chân đi không nổi, muốn làm cái giấy ủy quyền cho thằng con đi nhận lương hưu giùm, cái giấy đó có cần xã ký xác nhận chữ ký không mấy chú?',
    expect: UY_QUYEN_LUONG_HUU,
    who: 'elderly',
  }, // s09
  { q: 'lam giay uy quyen cho con di rut tien can chung thuc chu kyy o xa ko', expect: CHUNG_THUC_CHU_KY, who: 'rural' }, // s09
  { q: 'chung thuc giay uy quyen', expect: CHUNG_THUC_CHU_KY, who: 'young' }, // s09
  { q: 'Dạ, em ở quê lên thành phố thuê trọ làm công nhân, chủ nhà trọ nói phải khai báo tạm trú, vậy em phải làm ở đâu, có mất tiền không ạ?', expect: TAM_TRU, who: 'elderly' }, // s10
  { q: 'thue tro o kcn dang ky tam tru can j, chu nha ko o cung thi sao', expect: TAM_TRU, who: 'rural' }, // s10
  { q: 'dang ky tam tru', expect: TAM_TRU, who: 'young' }, // s10
  { q: 'Tui về ở với con trai ở xã này được mấy tháng rồi, giờ muốn chuyển hộ khẩu về đây luôn, nhập khẩu vô nhà nó thì phải làm giấy tờ gì?', expect: THUONG_TRU, who: 'elderly' }, // s11
  { q: 'nhapj ho khau ve nha chong sau khi cuoi lam the nao', expect: THUONG_TRU, who: 'rural' }, // s11
  { q: 'nhap khau ve nha chong', expect: THUONG_TRU, who: 'young' }, // s11
  { q: 'Đất ông bà để lại nhà tôi ở từ năm tám mấy đến giờ, chưa có sổ đỏ gì cả, bây giờ muốn làm sổ đỏ lần đầu thì phải nộp ở đâu hả cán bộ?', expect: GCN_LAN_DAU, who: 'elderly' }, // s12
  { q: 'dat o tu lau chua co so do gio lam lan ddaauf can nhung j', expect: GCN_LAN_DAU, who: 'rural' }, // s12
  { q: 'cap so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s12
  { q: 'Ba tui mất không để lại di chúc, mấy anh em thống nhất để miếng đất cho tui đứng tên, giờ sang tên sổ đỏ thừa kế thì phải làm sao?', expect: THUA_KE_DAT, who: 'elderly' }, // s13
  { q: 'bo me mat sang ten so do cho con thua ke thu tuc ntn', expect: THUA_KE_DAT, who: 'rural' }, // s13
  { q: 'sang ten so do thua ke', expect: THUA_KE_DAT, who: 'young' }, // s13
  { q: 'Nhà tôi bị lũ cuốn trôi hết đồ đạc, cái sổ đỏ cũng mất luôn rồi, giờ có xin cấp lại được không, làm ở đâu hả chị?', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s14
  { q: 'bi mat so do xin cap lai nhu the nao ak', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s14
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s14
  { q: 'Tui có mảnh vườn muốn cắt ra một phần cho đứa con gái út cất nhà, giờ muốn tách sổ riêng cho nó thì thủ tục như thế nào?', expect: TACH_THUA, who: 'elderly' }, // s15
  { q: 'tach thua dat cho con lam so rieng mat bao lau', expect: TACH_THUA, who: 'rural' }, // s15
  { q: 'tach thua dat', expect: TACH_THUA, who: 'young' }, // s15
  { q: 'Tui tính cất lại cái nhà tường hai tầng trên đất nhà mình ở quê, có phải xin giấy phép xây dựng không chú, xin ở huyện hay xã?', expect: GPXD_NHA_O, who: 'elderly' }, // s16
  { q: 'xay nha o nong thon co can xin giay phep xay dungg ko', expect: GPXD_NHA_O, who: 'rural' }, // s16
  { q: 'xin giay phep xay nha', expect: GPXD_NHA_O, who: 'young' }, // s16
  { q: 'Chị tính mở cái tiệm tạp hóa nhỏ trước nhà bán lặt vặt, người ta nói phải đăng ký giấy phép kinh doanh, vậy chị đăng ký ở đâu em?', expect: HO_KINH_DOANH, who: 'elderly' }, // s17
  { q: 'mo quan tap hoa can dki kinh doanh ho ca the o dau', expect: HO_KINH_DOANH, who: 'rural' }, // s17
  { q: 'dang ky ho kinh doanh', expect: HO_KINH_DOANH, who: 'young' }, // s17
  { q: 'Nhà tôi chồng bệnh nằm một chỗ, tôi làm thuê không đủ ăn, muốn xin vô hộ nghèo để con đi học được miễn giảm, phải làm đơn gửi ai?', expect: HO_NGHEO, who: 'elderly' }, // s21
  { q: 'xin xet ho ngheo ho can ngheo can lam j', expect: HO_NGHEO, who: 'rural' }, // s21
  { q: 'dang ky ho ngheo', expect: HO_NGHEO, who: 'young' }, // s21
  { q: 'Tui nghỉ làm ở xí nghiệp lâu rồi, sổ bảo hiểm có đóng được mấy năm, giờ muốn rút bảo hiểm xã hội một lần ra xài thì có được không con?', expect: BHXH_MOT_LAN, who: 'elderly' }, // s24
  { q: 'rut bhxh 1 lan can giay to j, nghi viec hon 1 nam', expect: BHXH_MOT_LAN, who: 'rural' }, // s24
  { q: 'rut bao hiem xa hoi 1 lan', expect: BHXH_MOT_LAN, who: 'young' }, // s24
  { q: 'Cái thẻ bảo hiểm y tế của ông nhà tôi bị rách nát đi khám người ta không nhận, giờ xin đổi thẻ mới thì làm ở đâu ạ?', expect: THE_BHYT, who: 'elderly' }, // s25
  { q: 'the bhyt bi mat xin cap lai o dau', expect: THE_BHYT, who: 'rural' }, // s25
  { q: 'cap lai the bhyt', expect: THE_BHYT, who: 'young' }, // s25
  { q: 'Con gái tui đi xuất khẩu lao động Nhật, công ty kêu phải có phiếu lý lịch tư pháp, cái đó xin ở đâu, ủy ban xã có làm không?', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s26
  { q: 'xin ly lich tu phap so 1 de di xkld lam o dau', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s26
  { q: 'phieu ly lich tu phap', expect: LY_LICH_TU_PHAP, who: 'young' }, // s26
  { q: 'Tui là người dân tộc, nhà nghèo, bị người ta kiện tranh chấp đất mà không có tiền thuê luật sư, có chỗ nào nhà nước giúp cho không cháu?', expect: TRO_GIUP_PHAP_LY, who: 'elderly' }, // s27
  { q: 'nha ngheo bi kien can luat su mien phi tro giup phap ly', expect: TRO_GIUP_PHAP_LY, who: 'rural' }, // s27
  { q: 'tro giup phap ly mien phi', expect: TRO_GIUP_PHAP_LY, who: 'young' }, // s27
  { q: 'Cái bằng lái xe ô tô của tui sắp hết hạn rồi, tui già rồi mà còn lái, giờ đi đổi bằng lái thì làm ở đâu, có phải thi lại không?', expect: DOI_GPLX, who: 'elderly' }, // s28
  { q: 'bang lai xe b2 het han doi lai o dau co can kham suc khoe', expect: GPLX_HET_HAN, who: 'rural' }, // s28
  { q: 'doi giay phep lai xe', expect: DOI_GPLX, who: 'young' }, // s28
  { q: 'Tui mới mua chiếc xe Honda cũ của người hàng xóm, giờ muốn sang tên đăng ký xe cho đúng tên tui thì ra công an xã hay lên huyện?', expect: SANG_TEN_XE, who: 'elderly' }, // s29
  { q: 'mua xe may cu sang ten dang ky xe o cong an xa dc ko', expect: SANG_TEN_XE, who: 'rural' }, // s29
  { q: 'sang ten xe may', expect: SANG_TEN_XE, who: 'young' }, // s29
  { q: 'Ông nhà tôi mới đóng chiếc ghe đánh cá mới, giờ muốn đăng ký tàu cá để ra khơi cho đàng hoàng thì làm giấy tờ ở đâu hả chú?', expect: DANG_KY_TAU_CA, who: 'elderly' }, // s31
  { q: 'dong tau ca moi dang ky so tau o dau', expect: DANG_KY_TAU_CA, who: 'rural' }, // s31
  { q: 'dang ky tau ca', expect: DANG_KY_TAU_CA, who: 'young' }, // s31
  { q: 'Nhà tui làm trang trại nuôi heo muốn khoan giếng lấy nước, nghe nói khoan giếng lớn phải xin giấy phép, có đúng không, xin ở đâu?', expect: NUOC_DUOI_DAT, who: 'elderly' }, // s32
  { q: 'khoan gieng lay nuoc ngam cho trang trai co can xin phep ko', expect: NUOC_DUOI_DAT, who: 'rural' }, // s32
  { q: 'giay phep khai thac nuoc ngam', expect: NUOC_DUOI_DAT, who: 'young' }, // s32
  { q: 'Nhà tui với nhà bên cạnh tranh chấp cái hàng rào lấn sang đất mấy tấc, nói hoài hổng xong, giờ muốn nhờ xã hòa giải thì làm đơn sao?', expect: HOA_GIAI_DAT, who: 'elderly' }, // s35
  { q: 'hang xom lan dat lam don hoa giai tranh chap dat o xa', expect: HOA_GIAI_DAT, who: 'rural' }, // s35
  { q: 'hoa giai tranh chap dat dai', expect: HOA_GIAI_DAT, who: 'young' }, // s35
  { q: 'Bố mẹ thằng cháu tôi mất cả rồi, cháu mới mười tuổi, tôi là bà nội nuôi nó, người ta bảo phải đăng ký giám hộ, vậy thủ tục thế nào hả cô?', expect: GIAM_HO, who: 'elderly' }, // s37
  { q: 'ba noi nuoi chau mo coi dang ky giam ho nhu the nao', expect: GIAM_HO, who: 'rural' }, // s37
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s37
  { q: 'Tui có mấy sào ruộng lúa sát đường, giờ muốn chuyển lên đất thổ cư để cất nhà cho con, phải xin phép ở đâu, đóng tiền bao nhiêu?', expect: CHUYEN_MUC_DICH, who: 'elderly' }, // s38
  { q: 'chuyen dat nong nghiep len tho cu can thu tuc j', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s38
  { q: 'chuyen muc dich su dung dat', expect: CHUYEN_MUC_DICH, who: 'young' }, // s38
  { q: 'Vợ chồng tui hiếm muộn, muốn nhận đứa cháu bên vợ về làm con nuôi cho đàng hoàng có giấy tờ, thì phải đăng ký ở đâu hả cô?', expect: CON_NUOI, who: 'elderly' }, // s39
  { q: 'nhan con nuoi trong nuoc lam thu tuc o dau', expect: CON_NUOI, who: 'rural' }, // s39
  { q: 'dang ky nhan con nuoi', expect: CON_NUOI, who: 'young' }, // s39
  { q: 'Nhà trường kêu nộp giấy xác nhận cư trú cho con tui nhập học, mà giờ không còn sổ hộ khẩu nữa, vậy xin cái giấy đó ở đâu chú?', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s40
  { q: 'xin giay xac nhan cu tru cho con di hoc lam o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s40
  { q: 'xac nhan thong tin cu tru', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s40
];

export const PLAIN84_TUNE: readonly CitizenQuery[] = PLAIN84_BATCH.filter((_, i) => i % 2 === 0);
export const PLAIN84_HELD: readonly CitizenQuery[] = PLAIN84_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the monthly social allowance for the over-80s, disability determination and the funeral grant for a
 * social-assistance beneficiary (social protection); martyrs' worship allowance and Agent Orange benefits for an army veteran (only the police version
 * is catalogued); unemployment benefit (only collecting it by proxy is); support for crops lost to floods; a karaoke business licence and the
 * "cultured family" title (culture). */
export const PLAIN84_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tui năm nay tám mươi mốt tuổi rồi, nghe nói người già trên tám mươi được nhà nước cho tiền hàng tháng, tui chưa được nhận, phải làm đơn sao con?', who: 'elderly' }, // s18
  { q: 'ong noi tren 80 tuoi chua dc huong tro cap nguoi gia, lam don o dau', who: 'rural' }, // s18
  { q: 'tro cap nguoi cao tuoi', who: 'young' }, // s18
  { q: 'Thằng cháu tui bị bại não từ nhỏ, đi đứng không được, người ta nói làm giấy xác nhận khuyết tật thì được hưởng tiền trợ cấp, tui phải làm thủ tục chi?', who: 'elderly' }, // s19
  { q: 'con bi tu ky xin giay xac nhan khuyeet tat lam sao', who: 'rural' }, // s19
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s19
  { q: 'Mẹ tôi đang hưởng trợ cấp người cao tuổi thì mất, nghe nói được hỗ trợ tiền mai táng, tôi phải làm hồ sơ gì để nhận hả cô?', who: 'elderly' }, // s20
  { q: 'ba noi dang huong tro cap xa hoi moi mat co dc ho tro tien ma chay ko', who: 'rural' }, // s20
  { q: 'ho tro chi phi mai tang', who: 'young' }, // s20
  { q: 'Bác ruột tui là liệt sĩ hy sinh hồi chống Mỹ, ông bà nội mất hết rồi, giờ tui là cháu đứng ra thờ cúng thì có được nhận tiền thờ cúng liệt sĩ không?', who: 'elderly' }, // s22
  { q: 'nhan tien thof cung liet si khi bo me liet si mat het', who: 'rural' }, // s22
  { q: 'tro cap tho cung liet si', who: 'young' }, // s22
  { q: 'Em làm công ty giày được năm năm thì bị cho nghỉ việc, nghe nói có đóng bảo hiểm thì được lãnh tiền thất nghiệp, em nộp hồ sơ ở đâu chị?', who: 'elderly' }, // s23
  { q: 'nghi viec cty lam hs huowngr tro cap that nghiep o dau', who: 'rural' }, // s23
  { q: 'huong tro cap that nghiep', who: 'young' }, // s23
  { q: 'Năm nay bão lũ làm ruộng lúa nhà tui ngập hết, mất trắng, nghe nói nhà nước có hỗ trợ giống với tiền cho nông dân bị thiệt hại, tui khai ở đâu?', who: 'elderly' }, // s30
  { q: 'lua bi ngap ung mat trang xin ho tro thien tai o dau', who: 'rural' }, // s30
  { q: 'ho tro thiet hai thien tai cay trong', who: 'young' }, // s30
  { q: 'Vợ chồng tui tính mở quán hát karaoke ở thị trấn, nghe nói phải xin giấy phép riêng, không phải đăng ký kinh doanh thường là xong, đúng không?', who: 'elderly' }, // s33
  { q: 'mo quan karaoke xin giay phep kd o dau', who: 'rural' }, // s33
  { q: 'giay phep kinh doanh karaoke', who: 'young' }, // s33
  { q: 'Năm nào nhà tui cũng được khen gia đình văn hóa, mà năm nay hổng thấy ai đưa giấy khen, muốn hỏi thủ tục xét gia đình văn hóa ra sao?', who: 'elderly' }, // s34
  { q: 'xet danh hieu gia dinh van hoa can nhung tieu chuan j', who: 'rural' }, // s34
  { q: 'danh hieu gia dinh van hoa', who: 'young' }, // s34
  { q: 'Ông nhà tôi đi bộ đội ở chiến trường miền Nam, về sau các con sinh ra bị dị tật, nghe nói là do nhiễm chất độc da cam, có được hưởng chế độ gì không?', who: 'elderly' }, // s36
  { q: 'bo di bo doi bi nhiem chat doc da cam xin che do o dau', who: 'rural' }, // s36
  { q: 'che do nhiem chat doc da cam', who: 'young' }, // s36
];
