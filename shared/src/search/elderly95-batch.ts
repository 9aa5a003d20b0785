import type { CitizenQuery } from './dev-set';

/** Batch elderly95 (issue 17): old people (65 to 95) of every region — northern, central (mô, răng, rứa, chừ, mệ, mạ, o) and southern (tui, hông, tía má, ổng, bả, nghen) speech — each telling their own life situation at a commune or ward counter: widowed, ill or bedridden, raising orphaned grandchildren, veterans and a former prisoner, retired officials and teachers, farmers and traders, with the errand it brings (civil status, certification, residence and ID, land and inheritance, pensions, social and merit allowances, a household shop, disaster losses). Voices: elderly (the old person with diacritics, long, story before need), rural (phone typing mostly without diacritics, with typos and abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/elderly95-draft-20261207T1743Z.txt, sha256 ba8a244d9f03d78805ca751f00a40c63c9d5d67bcff6aa195860833e0776958e; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 78 (elderly 26, rural 26, young 26), no answer 42. */
// Survivors' benefit (tử tuất) for the widow of a retired official drawing a social-insurance pension.
const TU_TUAT = ['2.000821'];
// Death registration; a death never registered, however long ago, is still a first registration (đăng ký lại khai tử needs an earlier record).
const KHAI_TU = ['1.000656'];
// Giving land to a son: certifying the gift contract at the commune, then registering the change (its name lists tặng cho).
const TANG_CHO_DAT = ['2.001035', '1.013831'];
// Re-issuing a land certificate that was lost (here washed away by a flood).
const CAP_LAI_GCN_MAT = ['1.012786'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// Certifying the heirs' agreement dividing an estate of land and a house.
const PHAN_CHIA_DI_SAN = ['2.001406'];
// A copy of a birth record whose register is still kept at the commune.
const BAN_SAO_KHAI_SINH = ['2.000635'];
// An old person never registered at birth who has other papers; the plain birth registration also covers late registration.
const KHAI_SINH_NGUOI_GIA = ['1.004772', '1.001193'];
// Certified copies from originals at the commune (what people call "công chứng" copies).
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Re-issuing a lost health-insurance card (social-insurance agency; 1.001294 is the police-family card).
const CAP_LAI_THE_BHYT = ['1.002759'];
// The single-status paper a widower needs to marry in another province.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// A couple married by custom and never registered registers now (đăng ký lại kết hôn is only for a lost registration).
const KET_HON = ['1.000894'];
// Moving the place a pension is paid to another province.
const CHUYEN_NOI_HUONG_LUONG_HUU = ['1.001742'];
// Closing a registered household business.
const CHAM_DUT_HKD = ['1.001266'];
// Permanent residence registration at the son's home.
const THUONG_TRU = ['1.004222'];
// Poor-household recognition, during the year or at the yearly review; the citizen cannot tell them apart.
const HO_NGHEO = ['1.011607', '1.011606'];
// Seven identical crawl records with a garbled title ("Công bố Danh mục ... Sở Nội vụ ... Hà Tĩnh") whose forms and result are the youth-volunteer monthly / one-time allowance.
const THANH_NIEN_XUNG_PHONG = ['2.001428', '3.000226', '3.000243', '3.000244', '3.000246', '3.000283', '3.000331'];
// Correcting a misspelt name in a birth record.
const CAI_CHINH_HO_TICH = ['1.004859'];
// An old father acknowledging a son whose birth is already registered without a father.
const NHAN_CHA_CON = ['1.001022'];
// First land certificate for a household using land since 1980 (commune; 1.012753 is for organisations).
const GCN_LAN_DAU = ['1.013978'];
// A boundary dispute with a neighbour: commune mediation, then the commune chairman's decision.
const TRANH_CHAP_DAT = ['1.012812', '1.013967'];
// Requesting free legal aid from the state legal aid centre.
const TRO_GIUP_PHAP_LY = ['2.000829'];
// Converting rice land to residential land for an individual is decided by the commune chairman.
const CHUYEN_MUC_DICH = ['1.013949'];
// Splitting one plot into three with a certificate each.
const TACH_THUA = ['1.012784'];
// A chip ID card for a 92-year-old whose old card expired: renewal, or first card if the old one was the 9/12-digit ID (commune police).
const CAN_CUOC = ['1.014063', '1.014061'];

const ELDERLY95_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cháu ơi, ông nhà tôi nghỉ hưu ở ủy ban huyện, ông ấy vừa mất tháng trước, giờ tôi già rồi không có lương hưu gì cả, thì cái lương của ông ấy tôi có được hưởng tiếp phần nào không, phải làm giấy tờ gì hả cháu?',
    expect: TU_TUAT,
    who: 'elderly',
  }, // s01
  { q: 'chong toi nghi huu moi mat, vo gia k co luong thi dc huong tien tuat hang thang ko, lam ho so o dau', expect: TU_TUAT, who: 'rural' }, // s01
  { q: 'trợ cấp tuất hàng tháng vợ', expect: TU_TUAT, who: 'young' }, // s01
  {
    q: 'O ơi, ông nhà tui mới mất hôm kia ở nhà, đám xong rồi, bữa ni con cháu biểu tui lên xã làm cái giấy cho ổng, để mai mốt còn cắt sổ hộ khẩu với lo mấy việc khác, rứa chừ tui phải mang chi theo hè?',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s02
  { q: 'ba moi mat o nha can lam giay chung tu thi mang gi len xa', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'khai tu cho bo', expect: KHAI_TU, who: 'young' }, // s02
  {
    q: 'Tôi có mảnh đất thổ cư với hai sào ruộng, giờ già rồi, bảy mươi chín tuổi, muốn cho hẳn thằng con út nó đứng tên để sau này khỏi tranh giành, thì sang tên cho nó phải làm những gì, có mất nhiều tiền không?',
    expect: TANG_CHO_DAT,
    who: 'elderly',
  }, // s09
  { q: 'bo me cho dat con trai sang ten so do lam tu dau, thu tuc tang cho dat', expect: TANG_CHO_DAT, who: 'rural' }, // s09
  { q: 'sang ten so do cho con', expect: TANG_CHO_DAT, who: 'young' }, // s09
  {
    q: 'Năm ngoái lũ lớn, nước vô tận mái nhà, trôi hết đồ đạc, cái sổ đỏ đất nhà tui cũng trôi mất luôn, chừ con cháu muốn vay vốn mà không có giấy, tui muốn xin làm lại cái sổ đó.',
    expect: CAP_LAI_GCN_MAT,
    who: 'elderly',
  }, // s10
  { q: 'bi mat so do do lu cuon troi xin cap lai gcn quyen su dung dat', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s10
  { q: 'cấp lại sổ đỏ bị mất', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s10
  {
    q: 'Tui già rồi, tám mươi lăm, sợ mai mốt nhắm mắt tụi nhỏ giành nhau, nên tui muốn viết tờ di chúc để lại căn nhà cho đứa út, mà viết tay vậy có được hông, hay phải đem lên xã đóng mộc chứng cho nó chắc?',
    expect: DI_CHUC,
    who: 'elderly',
  }, // s11
  { q: 'ong noi muon lam di chuc de lai nha cho con lam o xa dc ko, chung thuc di chuc', expect: DI_CHUC, who: 'rural' }, // s11
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s11
  {
    q: 'Ông nhà tôi mất không để lại di chúc, có mảnh đất với cái nhà, giờ mấy anh em chúng nó đã bàn bạc thống nhất chia thế nào rồi, tôi cũng đồng ý, thì giấy thỏa thuận chia đó mang ra đâu làm cho nó hợp pháp ạ?',
    expect: PHAN_CHIA_DI_SAN,
    who: 'elderly',
  }, // s12
  { q: 'bo mat k co di chuc anh em thoa thuan chia dat thi chung thuc van ban phan chia di san o dau', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s12
  { q: 'thoa thuan phan chia di san', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s12
  {
    q: 'Cô ơi, tui cần cái giấy khai sinh để làm hồ sơ hưởng chế độ, mà bản chính hồi xưa bị mối ăn mất rồi, hồi đó tui đăng ký ở xã ni, chừ xin lại một bản sao thì được không cô?',
    expect: BAN_SAO_KHAI_SINH,
    who: 'elderly',
  }, // s13
  { q: 'giay khai sinh cu bi mat xin ban sao trich luc khai sinh o xa', expect: BAN_SAO_KHAI_SINH, who: 'rural' }, // s13
  { q: 'trich luc khai sinh', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s13
  {
    q: 'Hồi xưa sanh ở dưới ruộng, tía má hổng có làm giấy khai sinh gì hết, giờ tui bảy mươi sáu tuổi, làm hồ sơ gì người ta cũng đòi giấy khai sinh, vậy giờ già rồi còn làm khai sinh được hông con?',
    expect: KHAI_SINH_NGUOI_GIA,
    who: 'elderly',
  }, // s14
  { q: 'nguoi gia chua co giay khai sinh bao gio gio dang ky khai sinh dc k', expect: KHAI_SINH_NGUOI_GIA, who: 'rural' }, // s14
  { q: 'dang ky khai sinh nguoi lon tuoi', expect: KHAI_SINH_NGUOI_GIA, who: 'young' }, // s14
  {
    q: 'Tôi đang làm hồ sơ xin chế độ cho ông nhà, người ta bảo phải nộp bản sao có công chứng cái giấy báo tử, sổ hộ khẩu với quyết định nghỉ hưu, tôi mang bản gốc đây rồi, cô photo rồi đóng dấu cho tôi mấy bản được không?',
    expect: CHUNG_THUC_BAN_SAO,
    who: 'elderly',
  }, // s15
  { q: 'can cong chung ban sao giay to ho khau quyet dinh nghi huu lam o ubnd xa', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s15
  { q: 'chung thuc ban sao', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s15
  {
    q: 'Cái thẻ bảo hiểm y tế của tui bị rớt đâu mất rồi, tuần sau phải đi tái khám ở bệnh viện tỉnh, không có thẻ người ta tính tiền nhiều lắm, con làm ơn coi làm lại cho tui cái thẻ khác nghen.',
    expect: CAP_LAI_THE_BHYT,
    who: 'elderly',
  }, // s17
  { q: 'mat the bhyt nguoi cao tuoi xin cap lai the bao hiem y te o dau', expect: CAP_LAI_THE_BHYT, who: 'rural' }, // s17
  { q: 'cấp lại thẻ bhyt bị mất', expect: CAP_LAI_THE_BHYT, who: 'young' }, // s17
  {
    q: 'Bà nhà tui mất được năm năm rồi, giờ tui bảy mươi mốt, có quen một bà ở dưới Cần Thơ cũng góa chồng, hai đứa tính về ở với nhau cho có bạn, mà bển biểu tui phải xin giấy chứng nhận độc thân ở đây mang xuống.',
    expect: TINH_TRANG_HON_NHAN,
    who: 'elderly',
  }, // s20
  { q: 'vo mat lau roi gio muon lay vo khac xin giay xac nhan doc than o xa', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s20
  { q: 'xác nhận tình trạng hôn nhân', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s20
  {
    q: 'Hai ông bà tôi lấy nhau từ năm sáu mươi, cưới theo phong tục làng thôi, chưa bao giờ đăng ký, bây giờ con cháu bảo phải có giấy tờ hôn nhân thì mới làm được thừa kế với chế độ, vậy già rồi có đăng ký được không ạ?',
    expect: KET_HON,
    who: 'elderly',
  }, // s21
  { q: 'ong ba lay nhau tu xua k dang ky ket hon gio muon dang ky co dc k', expect: KET_HON, who: 'rural' }, // s21
  { q: 'dang ky ket hon nguoi gia', expect: KET_HON, who: 'young' }, // s21
  {
    q: 'Tui là giáo viên nghỉ hưu, lĩnh lương hưu ở Huế, nay già yếu rồi, con gái đón vô Sài Gòn ở với nó luôn, tháng mô cũng phải ra lại Huế lãnh lương thì không nổi, tui muốn chuyển chỗ lãnh lương vô trong ni.',
    expect: CHUYEN_NOI_HUONG_LUONG_HUU,
    who: 'elderly',
  }, // s22
  { q: 'chuyen noi nhan luong huu tu tinh nay sang tinh khac lam the nao', expect: CHUYEN_NOI_HUONG_LUONG_HUU, who: 'rural' }, // s22
  { q: 'chuyen noi huong luong huu', expect: CHUYEN_NOI_HUONG_LUONG_HUU, who: 'young' }, // s22
  {
    q: 'Tui bán tạp hóa ở chợ này ba chục năm rồi, có đăng ký hộ kinh doanh đàng hoàng, giờ già yếu, mắt mờ, con cái không đứa nào chịu nối nghiệp, tui tính dẹp tiệm luôn, thì phải báo với ai để khỏi đóng thuế nữa?',
    expect: CHAM_DUT_HKD,
    who: 'elderly',
  }, // s23
  { q: 'nghi ban hang tap hoa muon dong ho kinh doanh thi lam thu tuc gi', expect: CHAM_DUT_HKD, who: 'rural' }, // s23
  { q: 'cham dut ho kinh doanh', expect: CHAM_DUT_HKD, who: 'young' }, // s23
  {
    q: 'Tôi ở quê một mình, năm nay tám mươi hai, thằng con trai nó đón lên Hà Nội ở cùng để tiện chăm sóc, nó bảo phải làm cho tôi nhập hộ khẩu vào nhà nó thì mới khám bệnh được, vậy cần giấy tờ gì ạ?',
    expect: THUONG_TRU,
    who: 'elderly',
  }, // s24
  { q: 'me gia len o voi con tren thanh pho nhap ho khau dang ky thuong tru can gi', expect: THUONG_TRU, who: 'rural' }, // s24
  { q: 'đăng ký thường trú cho mẹ', expect: THUONG_TRU, who: 'young' }, // s24
  {
    q: 'Nhà tui có hai ông bà già, ông thì đau ốm liên miên, tui thì không làm được chi, ruộng cho thuê hết, năm ni thu nhập không đủ ăn, mà xã chưa đưa vô danh sách hộ nghèo, tui muốn làm đơn xin được xét.',
    expect: HO_NGHEO,
    who: 'elderly',
  }, // s25
  { q: 'gia dinh kho khan xin xet ho ngheo lam don nop o dau', expect: HO_NGHEO, who: 'rural' }, // s25
  { q: 'đăng ký hộ nghèo', expect: HO_NGHEO, who: 'young' }, // s25
  {
    q: 'Hồi chống Mỹ tôi đi thanh niên xung phong mở đường ở Quảng Bình ba năm, về quê làm ruộng, chưa được hưởng chế độ gì, nghe bảo bây giờ có chính sách cho thanh niên xung phong, tôi muốn làm hồ sơ.',
    expect: THANH_NIEN_XUNG_PHONG,
    who: 'elderly',
  }, // s26
  { q: 'me di tnxp thoi chong my chua huong che do gi muon lam ho so tro cap', expect: THANH_NIEN_XUNG_PHONG, who: 'rural' }, // s26
  { q: 'che do thanh nien xung phong', expect: THANH_NIEN_XUNG_PHONG, who: 'young' }, // s26
  {
    q: 'Giấy khai sinh của tui hồi đó ghi sai tên, tên tui là Nguyễn Thị Lựu mà họ ghi thành Lự, giờ làm căn cước thì không khớp, ngân hàng cũng không cho rút tiền, tui muốn sửa lại cho đúng.',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s30
  { q: 'giay khai sinh ghi sai ten muon sua lai cai chinh ho tich lam sao', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s30
  { q: 'cai chinh ho tich sai ten', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s30
  {
    q: 'Hồi trẻ tui có một đứa con trai với người ta, không cưới, giấy khai sinh của hắn bỏ trống tên cha, chừ tui bảy mươi tư tuổi rồi, muốn nhận hắn là con tui cho đàng hoàng trước khi nhắm mắt.',
    expect: NHAN_CHA_CON,
    who: 'elderly',
  }, // s31
  { q: 'muon nhan con ruot ngoai gia thu, dang ky nhan cha con o xa can gi', expect: NHAN_CHA_CON, who: 'rural' }, // s31
  { q: 'đăng ký nhận cha con', expect: NHAN_CHA_CON, who: 'young' }, // s31
  {
    q: 'Bố tôi mất từ năm tám lăm, hồi ấy làng quê không ai đi khai tử cả, bây giờ anh em chia đất thì người ta đòi giấy chứng tử của cụ, giờ muốn làm lại cái giấy ấy thì có được không ạ?',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s32
  { q: 'bo mat lau roi chua khai tu gio can giay chung tu de chia dat lam sao', expect: KHAI_TU, who: 'rural' }, // s32
  { q: 'khai tu qua han', expect: KHAI_TU, who: 'young' }, // s32
  {
    q: 'Miếng đất này tui khai hoang ở từ năm tám mươi, cất nhà ở tới giờ, đóng thuế đàng hoàng mà chưa bao giờ có sổ đỏ, hàng xóm ai cũng xác nhận hết, giờ tui muốn làm sổ để sau này để lại cho con.',
    expect: GCN_LAN_DAU,
    who: 'elderly',
  }, // s33
  { q: 'dat o tu nam 1980 chua co so do lam giay chung nhan lan dau can giay to gi', expect: GCN_LAN_DAU, who: 'rural' }, // s33
  { q: 'cap so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s33
  {
    q: 'Nhà bên cạnh xây tường lấn qua đất tui gần một mét, tui nói mà hắn không nghe, còn chửi tui già lẩm cẩm, tui muốn xã xuống đo đạc lại, phân xử cho hai nhà kẻo rồi lại đánh nhau.',
    expect: TRANH_CHAP_DAT,
    who: 'elderly',
  }, // s34
  { q: 'hang xom xay lan dat nha minh lam don hoa giai tranh chap dat dai o xa', expect: TRANH_CHAP_DAT, who: 'rural' }, // s34
  { q: 'hoa giai tranh chap dat', expect: TRANH_CHAP_DAT, who: 'young' }, // s34
  {
    q: 'Tôi già cả, nghèo, con trai vay nợ rồi bỏ đi, giờ người ta kiện đòi lấy nhà, tôi không biết luật pháp gì, cũng không có tiền thuê luật sư, nghe bảo nhà nước có người giúp miễn phí cho người già nghèo, tôi xin với ạ.',
    expect: TRO_GIUP_PHAP_LY,
    who: 'elderly',
  }, // s35
  { q: 'nguoi gia ngheo bi kien k co tien thue luat su xin tro giup phap ly mien phi', expect: TRO_GIUP_PHAP_LY, who: 'rural' }, // s35
  { q: 'trợ giúp pháp lý miễn phí', expect: TRO_GIUP_PHAP_LY, who: 'young' }, // s35
  {
    q: 'Tui có miếng ruộng sát lộ, giờ làm lúa không nổi nữa, tính cắt cho thằng cháu nội một khúc cất nhà ở, mà đất ruộng thì nghe nói phải xin lên thổ cư mới được xây, vậy làm sao con?',
    expect: CHUYEN_MUC_DICH,
    who: 'elderly',
  }, // s37
  { q: 'muon chuyen dat lua sang dat o de xay nha cho con thi xin o dau', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s37
  { q: 'chuyen muc dich su dung dat', expect: CHUYEN_MUC_DICH, who: 'young' }, // s37
  {
    q: 'Tôi có một thửa đất vườn khá rộng đã có sổ đỏ, bây giờ muốn chia ra làm ba phần cho ba đứa con mỗi đứa một sổ riêng, để sau này tôi đi rồi chúng nó khỏi cãi nhau, thì thủ tục thế nào ạ?',
    expect: TACH_THUA,
    who: 'elderly',
  }, // s38
  { q: 'tach thua dat chia cho 3 con moi dua 1 so rieng lam ntn', expect: TACH_THUA, who: 'rural' }, // s38
  { q: 'thủ tục tách thửa', expect: TACH_THUA, who: 'young' }, // s38
  {
    q: 'Mệ tui chín mươi hai tuổi, nằm một chỗ không đi được, mà chừ giấy tờ chi cũng đòi căn cước gắn chíp, thẻ cũ của mệ hết hạn rồi, cô chú có xuống tận nhà làm cho người già được không?',
    expect: CAN_CUOC,
    who: 'elderly',
  }, // s39
  { q: 'ba gia 90 tuoi nam mot cho lam cccd tai nha dc ko', expect: CAN_CUOC, who: 'rural' }, // s39
  { q: 'lam can cuoc cho nguoi gia', expect: CAN_CUOC, who: 'young' }, // s39
];

export const ELDERLY95_TUNE: readonly CitizenQuery[] = ELDERLY95_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY95_HELD: readonly CitizenQuery[] = ELDERLY95_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: social protection at the commune — the monthly allowance for the over-80s, admission to a state care home, the orphan allowance, disability certification, the carer's allowance and the funeral grant for a social pensioner; emergency housing support after a storm and support for crops lost to a flood; army veterans' merit claims — Agent Orange, re-assessment of a war wound, moving a martyr's remains, a former prisoner of the enemy, the one-time allowance for service in Cambodia (only police-sector versions are catalogued); and the President's longevity gift at 100. */
export const ELDERLY95_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Con ơi, má năm nay tám mươi mốt tuổi rồi, hồi đó làm ruộng hông có lương hưu gì hết, nghe bà con nói người già tới tuổi thì nhà nước có cho tiền hàng tháng, vậy má phải làm đơn sao con?',
    who: 'elderly',
  }, // s03
  { q: 'ba noi 80 tuoi k co luong huu lam sao nhan tien tro cap nguoi gia hang thang', who: 'rural' }, // s03
  { q: 'tro cap nguoi cao tuoi 80', who: 'young' }, // s03
  {
    q: 'Tôi năm nay tám mươi bảy, chồng mất sớm, không có con cái gì, nhà thì dột, chân tay yếu lắm rồi không tự nấu ăn được nữa, các anh chị xem có chỗ nào của nhà nước nuôi người già không nơi nương tựa thì cho tôi vào với ạ.',
    who: 'elderly',
  }, // s04
  { q: 'ba gia k con chau k ai cham soc muon xin vao trung tam bao tro xa hoi thi lam the nao', who: 'rural' }, // s04
  { q: 'xin vao vien duong lao nha nuoc', who: 'young' }, // s04
  {
    q: 'Con trai với con dâu tui bị tai nạn mất hết năm ngoái, để lại hai đứa nhỏ, tui bảy mươi tám tuổi một mình nuôi cháu, gạo không đủ ăn, cô coi nhà nước có cho tụi nhỏ đồng trợ cấp chi hàng tháng không hè?',
    who: 'elderly',
  }, // s05
  { q: 'chau mo coi ca cha lan me ba noi nuoi co dc nhan tro cap k, thu tuc ntn', who: 'rural' }, // s05
  { q: 'tro cap tre mo coi', who: 'young' }, // s05
  {
    q: 'Tôi đi bộ đội ở chiến trường B từ năm sáu tám, đóng quân ở Trường Sơn, về sau có hai đứa con sinh ra đều bị dị tật, bây giờ tuổi già bệnh tật nhiều, tôi muốn được nhà nước công nhận là bị nhiễm chất độc da cam thì làm thế nào hả anh?',
    who: 'elderly',
  }, // s06
  { q: 'bo toi di bo doi truong son bi nhiem chat doc da cam con bi di tat lam ho so huong che do ntn', who: 'rural' }, // s06
  { q: 'ho so chat doc da cam', who: 'young' }, // s06
  {
    q: 'Tui là thương binh, hồi đánh Mỹ bị mảnh đạn trong đầu, mấy năm nay vết thương tái phát, đau đầu hoài, chóng mặt, bác sĩ nói mảnh đạn di chuyển, tui muốn được khám giám định lại coi có được nâng tỉ lệ không.',
    who: 'elderly',
  }, // s07
  { q: 'thuong binh vet thuong tai phat muon giam dinh lai ty le thuong tat thi nop don o dau', who: 'rural' }, // s07
  { q: 'giám định lại thương tật', who: 'young' }, // s07
  {
    q: 'Thằng con trai đầu của mệ hy sinh ở Quảng Trị năm bảy hai, chừ tìm được mộ rồi, nằm ở nghĩa trang trong nớ, mệ già rồi, chỉ muốn đưa hắn về nằm gần nhà cho mệ đi thắp hương, rứa thì phải xin phép chỗ mô?',
    who: 'elderly',
  }, // s08
  { q: 'muon boc mo liet si ve que nha lam thu tuc di chuyen hai cot nhu the nao', who: 'rural' }, // s08
  { q: 'di chuyển hài cốt liệt sĩ', who: 'young' }, // s08
  {
    q: 'Ông nhà tui bị tai biến từ năm ngoái, liệt nửa người, nằm một chỗ, ăn uống đều phải có người bón, nghe nói người tàn tật thì được xét cấp giấy để hưởng trợ cấp, rứa tui phải làm đơn gửi ai?',
    who: 'elderly',
  }, // s16
  { q: 'ong bi tai bien liet nua nguoi lam giay xac nhan khuyet tat de huong tro cap the nao', who: 'rural' }, // s16
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s16
  {
    q: 'Bà cụ nhà tôi đang hưởng tiền trợ cấp người cao tuổi hàng tháng ở xã, cụ vừa mất hôm rằm, nghe nói nhà nước có hỗ trợ tiền ma chay, tôi là con trưởng thì làm đơn xin khoản tiền đó thế nào ạ?',
    who: 'elderly',
  }, // s18
  { q: 'me dang huong tro cap xa hoi moi mat, xin ho tro chi phi mai tang lam ho so gi', who: 'rural' }, // s18
  { q: 'hỗ trợ mai táng phí', who: 'young' }, // s18
  {
    q: 'Trận bão vừa rồi tốc hết mái nhà tui, tường cũng nứt, hai ông bà già ngoài tám mươi, con cái đi làm xa, không có tiền sửa, chừ ở nhờ nhà hàng xóm, xã có hỗ trợ tiền làm lại nhà cho người già không cô?',
    who: 'elderly',
  }, // s19
  { q: 'bao lam sap nha ong ba gia k co tien sua xin ho tro lam nha o dau', who: 'rural' }, // s19
  { q: 'ho tro nha o sau bao', who: 'young' }, // s19
  {
    q: 'Hồi năm sáu tám tui bị lính Mỹ bắt, giam ở Côn Đảo gần bốn năm, sau giải phóng về làm ruộng, tới giờ chưa ai làm giấy tờ chế độ gì cho tui, nghe nói người bị tù đày có được hưởng, tui muốn làm hồ sơ.',
    who: 'elderly',
  }, // s27
  { q: 'ong bi dich bat tu day o con dao chua duoc huong che do lam ho so o dau', who: 'rural' }, // s27
  { q: 'chế độ người bị tù đày', who: 'young' }, // s27
  {
    q: 'Tui đi bộ đội qua Campuchia năm bảy chín, đánh Pôn Pốt mấy năm rồi phục viên về, không có lương hưu, nghe nói có chế độ một lần cho người đi làm nhiệm vụ quốc tế, rứa tui nộp giấy tờ ở mô?',
    who: 'elderly',
  }, // s28
  { q: 'bo di bo doi campuchia phuc vien ve k co luong, huong tro cap 1 lan theo qd 62 ntn', who: 'rural' }, // s28
  { q: 'tro cap 1 lan qd62', who: 'young' }, // s28
  {
    q: 'Năm nay mẹ tôi tròn một trăm tuổi rồi, cụ vẫn minh mẫn lắm, tôi nghe nói người thọ trăm tuổi thì được Chủ tịch nước gửi thư chúc thọ với quà, thì nhà mình phải đăng ký hay báo với ai ạ?',
    who: 'elderly',
  }, // s29
  { q: 'ba noi 100 tuoi muon dc nhan qua chuc tho cua chu tich nuoc bao voi ai', who: 'rural' }, // s29
  { q: 'qua mung tho 100 tuoi', who: 'young' }, // s29
  {
    q: 'Lũ tháng mười vừa rồi ngập hết ba sào lúa sắp gặt của nhà tui, mất trắng, hai ông bà già trông vào mấy sào ruộng đó mà sống, nghe nói nhà nước có hỗ trợ thiệt hại cho nông dân, tui muốn xin.',
    who: 'elderly',
  }, // s36
  { q: 'lua bi lu ngap mat trang xin ho tro thiet hai do thien tai o dau', who: 'rural' }, // s36
  { q: 'ho tro thiet hai lua do lu', who: 'young' }, // s36
  {
    q: 'Bà nhà tui bị khuyết tật đặc biệt nặng, mù hai mắt lại liệt, tui tám mươi tuổi một mình lo cho bả từ miếng ăn tới tắm rửa, nghe nói người trực tiếp chăm sóc cũng được nhà nước hỗ trợ tiền, tui muốn xin.',
    who: 'elderly',
  }, // s40
  { q: 'cham soc vo khuyet tat dac biet nang co dc ho tro kinh phi cham soc ko', who: 'rural' }, // s40
  { q: 'hỗ trợ người chăm sóc khuyết tật', who: 'young' }, // s40
];
