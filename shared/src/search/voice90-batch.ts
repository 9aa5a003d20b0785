import type { CitizenQuery } from './dev-set';

/** Batch voice90 (issue 17): old people and farmers of any region dictating to a phone's voice typing, or having a grandchild type exactly what they say, at a commune/ward counter — no punctuation, run-on sentences, fillers (à, ừ, thì, là, cái, ấy, nhé, đấy), numbers in words, speech-recogniser homophone slips (khai xinh, chợ cấp, thường chú, tạm chú, chứng thật, mai tán, khiếu lại) and regional words written as heard (tui, hông, dzợ, mần, mô, răng, rứa, biểu, hắn, heo, hẻm), on civil status, certification, residence and ID, land, allowances, insurance, people of merit, a household shop, disaster and livestock losses, military service, complaints and driving licences. Voices: elderly (spoken, with diacritics), rural (hurried phone keyboard without diacritics, abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/voice90-draft-20261207T1707Z.txt, sha256 5ea333ee610aa18630e8b60cca16ce9079e791f0d40ee30d4e93b0a63e21e5eb; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 93 (elderly 31, rural 31, young 31), no answer 27. */
// A newborn: plain birth registration, or the joint birth + health-insurance card (+ residence) filing the commune does for children under 6.
const KHAI_SINH_TRE = ['1.001193', '2.001023', '2.000986'];
// Death registration at the commune within the normal course (the death was never registered).
const KHAI_TU = ['1.000656'];
// Marriage registration between two Vietnamese citizens, at the commune of either party.
const KET_HON = ['1.000894'];
// The "not married / single" paper is the certificate of marital status.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// What people call "công chứng bản photo" at the commune is certifying a copy from the original.
const BAN_SAO_CHUNG_THUC = ['2.000815'];
// Certifying a signature (or fingerprint, for someone who cannot sign) on an application or paper.
const CHU_KY = ['2.000884'];
// "Nhập khẩu" into a child's house is registering permanent residence there.
const THUONG_TRU = ['1.004222'];
// A renting worker registers temporary residence.
const TAM_TRU = ['1.004194'];
// Reissue of a lost ID card, commune or province version.
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// First land certificate for households and individuals (commune); 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// Inheriting land without a will: the certified inheritance division agreement, then registering the change (its name lists thừa kế).
const THUA_KE_DAT = ['2.001406', '1.013831'];
// Giving land to a child: the certified gift contract at the commune, then registering the change (its name lists tặng cho).
const TANG_CHO = ['2.001035', '1.013831'];
// Splitting a plot.
const TACH_THUA = ['1.012784'];
// Reissue of a land certificate that was lost.
const CAP_LAI_GCN_MAT = ['1.012786'];
// Land dispute mediation at the commune — the first step for an encroaching neighbour.
const HOA_GIAI_DAT = ['1.012812'];
// New building permit for grade III/IV works and detached houses (nhà ở riêng lẻ), at the commune.
const GPXD_NHA_O = ['1.013225'];
// Poor-household recognition during the year when circumstances change, and the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];
// A health insurance card for a newborn under 6 is issued through the joint birth-registration filing (only police-sector cards are otherwise catalogued).
const KHAI_SINH_BHYT = ['2.001023', '2.000986'];
// One-time social insurance withdrawal.
const BHXH_MOT_LAN = ['1.001613'];
// Registering a household business.
const HO_KINH_DOANH = ['1.001612'];
// A wrong birth year or date in the birth record is corrected (cải chính) by this procedure.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Registered once long ago but the birth paper and record are lost.
const DANG_KY_LAI_KHAI_SINH = ['1.004884'];
// A copy (trích lục) of the birth record.
const TRICH_LUC_HO_TICH = ['2.000635'];
// The birth is already registered without a father, so recognition of paternity (not the combined birth + recognition).
const NHAN_CHA_CON = ['1.001022'];
// Registering a guardian for an orphaned grandchild.
const GIAM_HO = ['1.004837'];
// Domestic adoption registration at the commune.
const CON_NUOI = ['2.001263'];
// Authorising a child to collect a pension (ủy quyền lĩnh thay), or a plain paper authorisation certified by signature.
const UY_QUYEN_LINH = ['1.001601', '2.000884'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// Support for producers whose livestock died in an animal epidemic (commune).
const DICH_BENH_DONG_VAT = ['1.013997'];
// Exchanging a driving licence (old paper licence to the card); only the ministry-level entry is catalogued.
const DOI_GPLX = ['3.000347'];
// Residence confirmation, the paper that replaces the old household book.
const XAC_NHAN_CU_TRU = ['1.010041'];

const VOICE90_BATCH: readonly CitizenQuery[] = [
  {
    q: 'à cái thằng cháu nội tôi nó mới đẻ được hai tuần thì bố nó đi làm xa chưa về thì bây giờ bà muốn đi làm giấy khai xinh cho nó thì cần mang những cái gì ấy nhỉ',
    expect: KHAI_SINH_TRE,
    who: 'elderly',
  }, // s01
  { q: 'chau moi sinh dc 2 tuan lam giay khai sinh o xa can nhung gi', expect: KHAI_SINH_TRE, who: 'rural' }, // s01
  { q: 'dang ky khai sinh cho con', expect: KHAI_SINH_TRE, who: 'young' }, // s01
  { q: 'ông nhà tôi mất hôm mười hai tháng trước rồi thì giờ người ta bảo phải đi khai tử thì tôi phải ra xã làm thế nào cháu ơi', expect: KHAI_TU, who: 'elderly' }, // s02
  { q: 'bo moi mat can lam giay chung tu o dau thu tuc ntn', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'khai tu cho nguoi mat', expect: KHAI_TU, who: 'young' }, // s02
  { q: 'thằng út nhà tui nó sắp cưới dzợ người xã bên thì hai đứa phải lên xã đăng ký kết hôn hả cần giấy gì thì chỉ giùm tui với', expect: KET_HON, who: 'elderly' }, // s05
  { q: 'dang ky ket hon can giay to j vo o xa khac', expect: KET_HON, who: 'rural' }, // s05
  { q: 'dang ky ket hon', expect: KET_HON, who: 'young' }, // s05
  { q: 'con gái tôi nó bảo cần cái giấy xác nhận là chưa có chồng ấy để đi làm hồ sơ thì xin ở đâu hả chú', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s06
  { q: 'xin giay xac nhan tinh trang hon nhan de lam ho so vay von', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s06
  { q: 'xac nhan doc than', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s06
  { q: 'tôi muốn đi công chứng mấy cái bản phô tô sổ hộ khẩu với cái căn cước để nộp cho cháu nó đi học thì ra xã có làm được không', expect: BAN_SAO_CHUNG_THUC, who: 'elderly' }, // s07
  { q: 'cong chung ban photo cccd o ubnd xa mat bao nhieu tien', expect: BAN_SAO_CHUNG_THUC, who: 'rural' }, // s07
  { q: 'chung thuc ban sao', expect: BAN_SAO_CHUNG_THUC, who: 'young' }, // s07
  { q: 'cái đơn này tôi ký rồi mà người ta bảo phải ra xã xác nhận chữ ký thì làm thế nào cô ơi tôi không biết chữ nhiều', expect: CHU_KY, who: 'elderly' }, // s08
  { q: 'xac nhan chu ky tren don o xa dc k', expect: CHU_KY, who: 'rural' }, // s08
  { q: 'chung thuc chu ky', expect: CHU_KY, who: 'young' }, // s08
  { q: 'tôi ở quê lên ở với con trai ngoài thị xã được nửa năm rồi giờ muốn nhập khẩu vào nhà nó luôn thì làm cái thường chú thế nào', expect: THUONG_TRU, who: 'elderly' }, // s09
  { q: 'chuyen ho khau ve nha con trai lam thuong tru can gi', expect: THUONG_TRU, who: 'rural' }, // s09
  { q: 'dang ky thuong tru', expect: THUONG_TRU, who: 'young' }, // s09
  { q: 'con cháu tui nó ra thành phố thuê nhà đi làm công nhân thì chủ nhà biểu phải khai tạm chú thì mần ở mô rứa', expect: TAM_TRU, who: 'elderly' }, // s10
  { q: 'dang ky tam tru cho nguoi thue tro lam the nao', expect: TAM_TRU, who: 'rural' }, // s10
  { q: 'khai bao tam tru', expect: TAM_TRU, who: 'young' }, // s10
  { q: 'hôm đi chợ tôi bị mất cái ví mất luôn cái thẻ căn cước gắn chíp rồi thì giờ làm lại ở đâu có phải lên huyện không', expect: CAP_LAI_CAN_CUOC, who: 'elderly' }, // s11
  { q: 'mat can cuoc cong dan lam lai o dau mat bao lau', expect: CAP_LAI_CAN_CUOC, who: 'rural' }, // s11
  { q: 'cap lai cccd bi mat', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s11
  { q: 'mảnh đất vườn nhà tôi ông bà để lại từ hồi xưa đến giờ chưa có sổ đỏ thì bây giờ muốn làm sổ đỏ lần đầu thì bắt đầu từ đâu', expect: GCN_LAN_DAU, who: 'elderly' }, // s12
  { q: 'dat ong ba de lai chua co so do lam gcn lan dau ntn', expect: GCN_LAN_DAU, who: 'rural' }, // s12
  { q: 'lam so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s12
  { q: 'bố tôi mất không để lại di chúc gì mà sổ đỏ đứng tên bố thì mấy anh em muốn sang tên cho mẹ tôi thì phải làm cái giấy thỏa thuận chia thừa kế à', expect: THUA_KE_DAT, who: 'elderly' }, // s13
  { q: 'bo mat k co di chuc sang ten so do cho me thu tuc the nao', expect: THUA_KE_DAT, who: 'rural' }, // s13
  { q: 'khai nhan thua ke dat', expect: THUA_KE_DAT, who: 'young' }, // s13
  { q: 'tôi già rồi muốn cho thằng con cả cái mảnh đất ở đầu làng thì làm giấy cho tặng ra xã chứng thật được không hay phải ra phòng công chứng', expect: TANG_CHO, who: 'elderly' }, // s14
  { q: 'bo me tang cho dat cho con lam hop dong tang cho o dau', expect: TANG_CHO, who: 'rural' }, // s14
  { q: 'tang cho quyen su dung dat', expect: TANG_CHO, who: 'young' }, // s14
  { q: 'nhà có cái thửa đất to muốn tách ra làm hai cho hai đứa con mỗi đứa một cái sổ thì làm tách thửa thế nào', expect: TACH_THUA, who: 'elderly' }, // s15
  { q: 'tach thua dat chia cho 2 con can dieu kien gi', expect: TACH_THUA, who: 'rural' }, // s15
  { q: 'thu tuc tach thua', expect: TACH_THUA, who: 'young' }, // s15
  { q: 'nhà tui bị lũ cuốn mất cái sổ đỏ rồi cháu ơi giờ xin cấp lại được hông răng', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s16
  { q: 'so do bi mat do lu xin cap lai gcn ntn', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s16
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s16
  { q: 'nhà bên cạnh nó xây cái tường lấn sang đất nhà tôi mấy gang tay ấy nói mãi không được thì tôi làm đơn lên xã hòa giải thế nào', expect: HOA_GIAI_DAT, who: 'elderly' }, // s17
  { q: 'hang xom lan dat lam don hoa giai tranh chap dat dai o xa', expect: HOA_GIAI_DAT, who: 'rural' }, // s17
  { q: 'hoa giai tranh chap dat dai', expect: HOA_GIAI_DAT, who: 'young' }, // s17
  { q: 'tôi định dỡ cái nhà cấp bốn cũ đi xây lại hai tầng cho con cháu ở thì có phải xin giấy phép xây dựng không hay cứ thế mà làm', expect: GPXD_NHA_O, who: 'elderly' }, // s18
  { q: 'xay nha 2 tang o nong thon co can xin giay phep xay dung k', expect: GPXD_NHA_O, who: 'rural' }, // s18
  { q: 'giay phep xay dung nha o', expect: GPXD_NHA_O, who: 'young' }, // s18
  { q: 'nhà tôi năm nay mất mùa chồng thì ốm liệt giường muốn xin vào hộ nghèo thì làm đơn gửi ai', expect: HO_NGHEO, who: 'elderly' }, // s20
  { q: 'xin xet ho ngheo lam don the nao', expect: HO_NGHEO, who: 'rural' }, // s20
  { q: 'cong nhan ho ngheo', expect: HO_NGHEO, who: 'young' }, // s20
  { q: 'đứa chắt nhà tôi mới sinh thì cái thẻ bảo hiểm y tế cho nó thì làm ở đâu có mất tiền không', expect: KHAI_SINH_BHYT, who: 'elderly' }, // s21
  { q: 'lam the bhyt cho tre duoi 6 tuoi o dau', expect: KHAI_SINH_BHYT, who: 'rural' }, // s21
  { q: 'the bhyt tre em', expect: KHAI_SINH_BHYT, who: 'young' }, // s21
  { q: 'con dâu tui nó nghỉ làm công ty được hơn một năm rồi muốn rút cái bảo hiểm xã hội một lần thì mần hồ sơ ở đâu', expect: BHXH_MOT_LAN, who: 'elderly' }, // s22
  { q: 'rut bhxh 1 lan can giay to gi', expect: BHXH_MOT_LAN, who: 'rural' }, // s22
  { q: 'huong bhxh mot lan', expect: BHXH_MOT_LAN, who: 'young' }, // s22
  { q: 'tui muốn mở cái quán tạp hóa nhỏ đầu hẻm bán thì có phải đăng ký kinh doanh hông đăng ký ở đâu dzậy', expect: HO_KINH_DOANH, who: 'elderly' }, // s26
  { q: 'mo quan tap hoa dang ky ho kinh doanh can gi', expect: HO_KINH_DOANH, who: 'rural' }, // s26
  { q: 'dang ky ho kinh doanh', expect: HO_KINH_DOANH, who: 'young' }, // s26
  { q: 'cái giấy khai sinh của tôi ngày xưa ghi sai năm sinh mất hai năm giờ muốn sửa lại cho đúng thì có được không', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s27
  { q: 'giay khai sinh ghi sai ngay sinh cai chinh o dau', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s27
  { q: 'cai chinh ho tich', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s27
  { q: 'tôi sinh năm bốn mươi lăm hồi đó chiến tranh giấy khai sinh mất hết rồi giờ làm lại khai sinh được không', expect: DANG_KY_LAI_KHAI_SINH, who: 'elderly' }, // s28
  { q: 'mat giay khai sinh tu nam xua dang ky lai khai sinh dc k', expect: DANG_KY_LAI_KHAI_SINH, who: 'rural' }, // s28
  { q: 'dang ky lai khai sinh', expect: DANG_KY_LAI_KHAI_SINH, who: 'young' }, // s28
  { q: 'cháu nó cần bản sao giấy khai sinh để nộp hồ sơ đi học mà bản gốc thì rách rồi thì xin bản trích lục ở xã được không', expect: TRICH_LUC_HO_TICH, who: 'elderly' }, // s29
  { q: 'xin ban sao giay khai sinh o xa', expect: TRICH_LUC_HO_TICH, who: 'rural' }, // s29
  { q: 'trich luc khai sinh', expect: TRICH_LUC_HO_TICH, who: 'young' }, // s29
  { q: 'con gái tôi nó đẻ con mà lúc đó chưa cưới nên giấy khai sinh bỏ trống tên bố giờ thằng bố nó muốn nhận con thì làm sao', expect: NHAN_CHA_CON, who: 'elderly' }, // s30
  { q: 'nhan cha cho con khi chua dang ky ket hon', expect: NHAN_CHA_CON, who: 'rural' }, // s30
  { q: 'dang ky nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s30
  { q: 'hai vợ chồng hắn mất cả rồi để lại đứa con nhỏ tui là bà nội nuôi hắn thì có phải làm giấy giám hộ không', expect: GIAM_HO, who: 'elderly' }, // s31
  { q: 'ba noi nuoi chau mo coi dang ky giam ho ntn', expect: GIAM_HO, who: 'rural' }, // s31
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s31
  { q: 'vợ chồng thằng em tôi hiếm muộn muốn xin con nuôi đứa bé họ hàng thì làm thủ tục nhận con nuôi ở xã à', expect: CON_NUOI, who: 'elderly' }, // s32
  { q: 'nhan con nuoi trong nuoc thu tuc gi', expect: CON_NUOI, who: 'rural' }, // s32
  { q: 'dang ky nhan con nuoi', expect: CON_NUOI, who: 'young' }, // s32
  { q: 'tôi già yếu đi lại không được muốn làm cái giấy ủy quyền cho con gái đi lĩnh lương hưu hộ thì xác nhận ở đâu', expect: UY_QUYEN_LINH, who: 'elderly' }, // s33
  { q: 'lam giay uy quyen cho con di lam thay o xa dc k', expect: UY_QUYEN_LINH, who: 'rural' }, // s33
  { q: 'chung thuc hop dong uy quyen', expect: UY_QUYEN_LINH, who: 'young' }, // s33
  { q: 'tôi muốn làm cái di chúc để lại nhà đất cho các con kẻo sau này chúng nó tranh nhau thì ra xã chứng thực di chúc được không', expect: DI_CHUC, who: 'elderly' }, // s34
  { q: 'lam di chuc chung thuc o ubnd xa', expect: DI_CHUC, who: 'rural' }, // s34
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s34
  { q: 'bầy heo nhà tui bị dịch chết hết mười mấy con rồi thì nhà nước có hỗ trợ gì hông', expect: DICH_BENH_DONG_VAT, who: 'elderly' }, // s36
  { q: 'heo bi dich ta chau phi chet xin ho tro o dau', expect: DICH_BENH_DONG_VAT, who: 'rural' }, // s36
  { q: 'ho tro dich benh chan nuoi', expect: DICH_BENH_DONG_VAT, who: 'young' }, // s36
  { q: 'bằng lái xe máy của tui là loại giấy bìa cũ hồi chín mươi mấy giờ đổi qua thẻ nhựa thì mần ở đâu', expect: DOI_GPLX, who: 'elderly' }, // s39
  { q: 'doi bang lai xe may giay sang the pet', expect: DOI_GPLX, who: 'rural' }, // s39
  { q: 'doi giay phep lai xe', expect: DOI_GPLX, who: 'young' }, // s39
  { q: 'người ta bảo nộp cái giấy xác nhận cư trú thay cho sổ hộ khẩu vì bây giờ không dùng sổ nữa thì xin cái giấy đấy ở đâu', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s40
  { q: 'xin giay xac nhan cu tru thay so ho khau', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s40
  { q: 'xac nhan thong tin cu tru', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s40
];

export const VOICE90_TUNE: readonly CitizenQuery[] = VOICE90_BATCH.filter((_, i) => i % 2 === 0);
export const VOICE90_HELD: readonly CitizenQuery[] = VOICE90_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: social-protection allowances (monthly allowance for people over 80, funeral support for a deceased allowance recipient, disability-level certification), unemployment benefit, Agent Orange benefits for an army veteran and the funeral allowance for a deceased war invalid (only police-sector versions or a Hà Tĩnh youth-volunteer listing are catalogued), support for house and crop losses after a storm, first military service registration, and complaints against a commune land recovery decision (only complaints against the police are catalogued). */
export const VOICE90_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'bà cụ nhà tôi đang hưởng cái tiền già tám mươi tuổi hàng tháng ấy giờ bà mất rồi thì nghe nói nhà nước có hỗ trợ tiền mai tán thì làm đơn thế nào', who: 'elderly' }, // s03
  { q: 'me dang huong tro cap nguoi cao tuoi moi mat dc ho tro tien mai tang k', who: 'rural' }, // s03
  { q: 'ho tro chi phi mai tang', who: 'young' }, // s03
  { q: 'ừ tôi năm nay tám mươi mốt tuổi rồi không có lương hưu gì cả thì cái tiền chợ cấp người già ấy tôi làm đơn ở đâu để được nhận hàng tháng', who: 'elderly' }, // s04
  { q: 'ong 80 tuoi k co luong huu lam sao de dc huong tro cap hang thang', who: 'rural' }, // s04
  { q: 'tro cap nguoi cao tuoi 80 tuoi', who: 'young' }, // s04
  { q: 'thằng cháu tôi nó bị câm điếc từ bé giờ muốn xin cái giấy xác nhận khuyết tật để được hưởng tiền trợ cấp thì làm thế nào', who: 'elderly' }, // s19
  { q: 'con bi khuyet tat xin giay xac nhan muc do khuyet tat o dau', who: 'rural' }, // s19
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s19
  { q: 'thằng con tôi bị công ty cho nghỉ việc nó bảo có tiền thất nghiệp gì đấy thì phải đi đâu mà đăng ký', who: 'elderly' }, // s23
  { q: 'bi cho nghi viec lam tro cap that nghiep o dau', who: 'rural' }, // s23
  { q: 'tro cap that nghiep', who: 'young' }, // s23
  { q: 'ông nhà tôi hồi trước đi bộ đội ở chiến trường bị nhiễm chất độc da cam mà chưa được hưởng chế độ gì thì làm hồ sơ thế nào', who: 'elderly' }, // s24
  { q: 'bo di bo doi nhiem chat doc da cam lam ho so huong che do', who: 'rural' }, // s24
  { q: 'che do chat doc da cam', who: 'young' }, // s24
  { q: 'bố tôi là thương binh mới mất tuần trước thì cái tiền mai táng phí cho người có công ấy nhà tôi xin ở đâu', who: 'elderly' }, // s25
  { q: 'thuong binh mat gia dinh dc huong mai tang phi k', who: 'rural' }, // s25
  { q: 'mai tang phi nguoi co cong', who: 'young' }, // s25
  { q: 'trận bão vừa rồi nó làm đổ hết cái nhà với cả ruộng lúa mất trắng thì nhà nước có hỗ trợ gì không làm đơn thế nào', who: 'elderly' }, // s35
  { q: 'lua bi mat trang do bao xin ho tro thiet hai', who: 'rural' }, // s35
  { q: 'ho tro thiet hai thien tai', who: 'young' }, // s35
  { q: 'thằng cháu nội tôi năm nay đủ mười bảy tuổi thì nghe loa xã gọi đi đăng ký nghĩa vụ quân sự thì đưa nó đi đâu', who: 'elderly' }, // s37
  { q: 'du 17 tuoi dang ky nghia vu quan su lan dau o dau', who: 'rural' }, // s37
  { q: 'dang ky nvqs lan dau', who: 'young' }, // s37
  { q: 'cái quyết định thu hồi đất của xã tôi thấy không đúng thì tôi muốn làm đơn khiếu lại thì gửi ở đâu', who: 'elderly' }, // s38
  { q: 'lam don khieu nai quyet dinh thu hoi dat', who: 'rural' }, // s38
  { q: 'giai quyet khieu nai', who: 'young' }, // s38
];
