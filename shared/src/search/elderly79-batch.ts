import type { CitizenQuery } from './dev-set';

/** Batch elderly79 (issue 17): old people (70 to 95) and those who speak for them (a grandchild, a neighbour, a carer) at commune counters of the South Central Coast and the Mekong delta, telling what happened before what they want, in southern and central speech, on civil status, certified copies, residence and ID cards, land, inheritance, pensions and social insurance, allowances, people of merit, household businesses, fishing boats and farms. Three voices: elderly (the old person, with diacritics, polite, old names of papers), rural (a grandchild typing without diacritics, regional words), young (a short version with abbreviations). All queries were written before any procedure name in the catalogue was read, in docs/search-drafts/elderly79-draft-20261207T1420Z.txt (sha256 b1eee44bda30cf125bc1661a9095bd73ec4da84030da7dfd2eac7253d10cce62); then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 99 (elderly 33, rural 33, young 33), no answer 27. */
// Birth registration; a newborn may also go through the joint birth + residence + child health-card procedures, which include it.
const KHAI_SINH = ['1.001193', '2.000986', '2.001023'];
const KHAI_TU = ['1.000656'];
// Never registered, so first registration, not "đăng ký lại kết hôn" (that is for a lost record).
const KET_HON = ['1.000894'];
const BAN_SAO_KHAI_SINH = ['2.000635'];
const CAI_CHINH_HO_TICH = ['1.004859'];
const XAC_NHAN_HON_NHAN = ['1.004873'];
const CHUNG_THUC_BAN_SAO = ['2.000815'];
const CHUNG_THUC_CHU_KY = ['2.000884'];
// Holder of an old paper CMND gets a first căn cước card (cấp), commune and province versions; "cấp đổi" is for holders of a CCCD.
const CAN_CUOC_LAN_DAU = ['1.014061', '2.000200'];
const THUONG_TRU = ['1.004222'];
const XOA_THUONG_TRU = ['1.003197'];
const TAM_TRU = ['1.004194'];
const SO_DO_LAN_DAU = ['1.013978'];
const CAP_DOI_SO_DO = ['1.012783'];
const CAP_LAI_SO_DO_MAT = ['1.012786'];
// Gift of land to a child: the contract is certified at the commune, then the change is registered (sang tên).
const TANG_CHO_DAT = ['2.001035', '1.013831'];
const TACH_THUA = ['1.012784'];
const PHAN_CHIA_DI_SAN = ['2.001406'];
const DI_CHUC = ['2.001019'];
const TU_CHOI_DI_SAN = ['2.001016'];
const CHUYEN_NOI_HUONG_HUU = ['1.001742'];
const TU_TUAT = ['2.000821'];
// The social-insurance procedure; the police-sector health-card procedures (1.001294…) are only for police beneficiaries.
const CAP_LAI_BHYT = ['1.002759'];
const HKD_DANG_KY = ['1.001612'];
const HKD_CHAM_DUT = ['1.001266'];
// Handing the business to a child is a change of registered content (new owner).
const HKD_THAY_DOI = ['2.000720'];
const DANG_KY_TAU_CA = ['1.003650'];
const XOA_DANG_KY_TAU_CA = ['1.003681'];
const GIAY_PHEP_KHAI_THAC = ['1.004359'];
// Periodic and year-round recognition of poor households; either is the answer.
const HO_NGHEO = ['1.011606', '1.011607'];
const GIAM_HO = ['1.004837'];
const CON_NUOI = ['2.001263'];
const GPXD_NHA_O = ['1.013225'];

const ELDERLY79_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, con dâu tui đẻ đứa nhỏ ở nhà hồi nước lụt, giờ nó với thằng chồng đi làm trên Bình Dương hết, đứa nhỏ gần hai tháng rồi mà chưa có giấy khai sanh, bà nội như tui đi làm thế cho nó được hông cô?',
    expect: KHAI_SINH,
    who: 'elderly',
  }, // s01
  { q: 'chau noi de o nha chua lam khai sanh, ba me no di lam xa, ba noi di lam dum duoc hong', expect: KHAI_SINH, who: 'rural' }, // s01
  { q: 'dk khai sinh tre sinh tai nha qua han', expect: KHAI_SINH, who: 'young' }, // s01
  {
    q: 'Ổng nhà tui mới mất hôm tuần rồi, chết ở nhà chớ hổng phải ở nhà thương, giờ con cháu biểu phải đi khai tử cho ổng thì mới làm giấy tờ đất được, tui phải đem theo những giấy gì vậy chú?',
    expect: KHAI_TU,
    who: 'elderly',
  }, // s02
  { q: 'ong chong mat tai nha tuan roi, di khai tu can giay chi', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'lam giay chung tu cho ong', expect: KHAI_TU, who: 'young' }, // s02
  {
    q: 'Vợ chồng tui ăn ở với nhau từ năm bảy lăm, có đám cưới đàng hoàng mà hồi đó loạn lạc hổng có đi đăng ký, giờ con cái đòi giấy hôn thú để làm sổ đỏ đứng tên hai ông bà, giờ đi đăng ký kết hôn lại được không cô?',
    expect: KET_HON,
    who: 'elderly',
  }, // s03
  { q: 'ong ba o voi nhau tu 1975 chua co giay hon thu gio dang ky ket hon duoc hong', expect: KET_HON, who: 'rural' }, // s03
  { q: 'dk ket hon cho ong ba lon tuoi', expect: KET_HON, who: 'young' }, // s03
  {
    q: 'Cái nhà tui bị cháy hồi năm ngoái, giấy khai sanh bản chánh cháy rụi hết trơn, giờ bên bảo hiểm họ đòi bản sao khai sanh, tui muốn xin lại bản sao giấy khai sanh thì xin ở đâu?',
    expect: BAN_SAO_KHAI_SINH,
    who: 'elderly',
  }, // s04
  { q: 'mat giay khai sanh goc xin ban sao o dau', expect: BAN_SAO_KHAI_SINH, who: 'rural' }, // s04
  { q: 'xin trich luc khai sinh', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s04
  {
    q: 'Giấy khai sanh của tui hồi xưa ghi sai năm sanh, tui sanh năm ba mươi tám mà họ ghi bốn mươi tám, giờ làm căn cước họ nói không khớp, tui muốn sửa lại năm sanh cho đúng thì làm sao mấy cô?',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s05
  { q: 'giay khai sanh ghi sai nam sanh cua ba noi, sua lai lam sao', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s05
  { q: 'cai chinh nam sinh trong giay khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s05
  {
    q: 'Vợ tui mất được sáu năm rồi, giờ tui tính đi bước nữa với một bà ở xóm dưới, bên đó họ biểu phải có giấy xác nhận tui còn độc thân, tui xin giấy đó ở xã được không?',
    expect: XAC_NHAN_HON_NHAN,
    who: 'elderly',
  }, // s06
  { q: 'xin giay xac nhan doc than cho ong noi, ong muon cuoi vo', expect: XAC_NHAN_HON_NHAN, who: 'rural' }, // s06
  { q: 'xac nhan tinh trang hon nhan', expect: XAC_NHAN_HON_NHAN, who: 'young' }, // s06
  { q: 'Cho tui hỏi, tui cần mấy bản sao y cái sổ hộ khẩu với sổ đỏ để thằng con nó vay ngân hàng, sao y ở đây mất bao nhiêu tiền một tờ vậy cô?', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s07
  { q: 'sao y giay to o xa may tien 1 to', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s07
  { q: 'chung thuc ban sao', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s07
  {
    q: 'Tui già yếu đi hổng nổi nữa, muốn làm giấy ủy quyền cho thằng cháu nội nó đi lãnh giấy tờ thế tui, cái giấy đó phải có xã ký xác nhận chữ ký của tui, mần ở đâu?',
    expect: CHUNG_THUC_CHU_KY,
    who: 'elderly',
  }, // s08
  { q: 'ong noi lam giay uy quyen cho chau, xac nhan chu ky o xa', expect: CHUNG_THUC_CHU_KY, who: 'rural' }, // s08
  { q: 'chung thuc chu ky giay uy quyen', expect: CHUNG_THUC_CHU_KY, who: 'young' }, // s08
  {
    q: 'Bà tui tám mươi tám tuổi rồi, còn cái chứng minh nhân dân cũ mèm, nằm một chỗ hổng đi được, giờ làm căn cước gắn chíp thì mấy chú công an có xuống nhà làm cho bả được hông?',
    expect: CAN_CUOC_LAN_DAU,
    who: 'elderly',
  }, // s09
  { q: 'ba noi nam 1 cho doi cmnd sang can cuoc lam tai nha duoc hong', expect: CAN_CUOC_LAN_DAU, who: 'rural' }, // s09
  { q: 'doi cmnd sang cccd cho nguoi gia', expect: CAN_CUOC_LAN_DAU, who: 'young' }, // s09
  { q: 'Hai ông bà tui ở ngoài Phan Thiết, già rồi nên dọn dìa ở với thằng con út dưới này, giờ muốn nhập hộ khẩu dô nhà nó luôn thì phải làm giấy tờ chi?', expect: THUONG_TRU, who: 'elderly' }, // s10
  { q: 'ong ba dia o voi con muon nhap ho khau vo nha con', expect: THUONG_TRU, who: 'rural' }, // s10
  { q: 'dk thuong tru cho bo me vao nha con', expect: THUONG_TRU, who: 'young' }, // s10
  { q: 'Ông nhà tui mất rồi mà trong hộ khẩu còn tên ổng, tui muốn cắt hộ khẩu cho ổng thì phải làm sao, có cần đem giấy báo tử theo không?', expect: XOA_THUONG_TRU, who: 'elderly' }, // s11
  { q: 'cat ho khau nguoi da mat', expect: XOA_THUONG_TRU, who: 'rural' }, // s11
  { q: 'xoa thuong tru nguoi chet', expect: XOA_THUONG_TRU, who: 'young' }, // s11
  { q: 'Tui có mướn một đứa ở ngoài Quảng Ngãi dô ở trong nhà để chăm sóc tui, công an khu vực nói phải khai báo tạm trú cho nó, tui phải đi đâu làm?', expect: TAM_TRU, who: 'elderly' }, // s12
  { q: 'muon nguoi cham ba noi o chung nha, dang ky tam tru cho no', expect: TAM_TRU, who: 'rural' }, // s12
  { q: 'dk tam tru nguoi giup viec', expect: TAM_TRU, who: 'young' }, // s12
  {
    q: 'Miếng đất vườn này ông nội tui để lại từ hồi trước năm bảy lăm, cả nhà ở đó mấy chục năm mà chưa bao giờ có sổ đỏ, giờ tui muốn làm sổ lần đầu để mai mốt chia cho con thì bắt đầu từ đâu?',
    expect: SO_DO_LAN_DAU,
    who: 'elderly',
  }, // s13
  { q: 'dat ong ba de lai chua co so do, xin cap so lan dau', expect: SO_DO_LAN_DAU, who: 'rural' }, // s13
  { q: 'cap so do lan dau', expect: SO_DO_LAN_DAU, who: 'young' }, // s13
  { q: 'Cuốn sổ đỏ của tui cấp hồi năm chín mấy, bị nước ngập mấy lần giờ nó rách te tua, chữ mờ hết, tui muốn đổi cuốn mới được hông cô?', expect: CAP_DOI_SO_DO, who: 'elderly' }, // s14
  { q: 'so do cu rach nat doi so moi', expect: CAP_DOI_SO_DO, who: 'rural' }, // s14
  { q: 'cap doi so do bi rach', expect: CAP_DOI_SO_DO, who: 'young' }, // s14
  {
    q: 'Hồi dọn nhà tui làm mất cuốn sổ đỏ rồi, kiếm hoài hổng thấy, giờ tính xin cấp lại cuốn khác thì có phải đăng báo hay niêm yết gì hông, mất bao lâu?',
    expect: CAP_LAI_SO_DO_MAT,
    who: 'elderly',
  }, // s15
  { q: 'mat so do xin cap lai mat bao lau', expect: CAP_LAI_SO_DO_MAT, who: 'rural' }, // s15
  { q: 'cap lai so do bi mat', expect: CAP_LAI_SO_DO_MAT, who: 'young' }, // s15
  {
    q: 'Tui già rồi hổng biết sống được bao lâu, muốn làm giấy cho đứt miếng đất cho thằng út nó đứng tên luôn, giờ làm hợp đồng tặng cho ở xã được không, rồi sang tên ở đâu?',
    expect: TANG_CHO_DAT,
    who: 'elderly',
  }, // s16
  { q: 'ba me cho dat con ut, lam giay tang cho sang ten', expect: TANG_CHO_DAT, who: 'rural' }, // s16
  { q: 'sang ten so do cho con', expect: TANG_CHO_DAT, who: 'young' }, // s16
  { q: 'Tui có hai công đất ruộng, tính chia ra bốn phần cho bốn đứa con mỗi đứa một cuốn sổ riêng, làm tách thửa thì phải làm sao, có đo đạc lại không?', expect: TACH_THUA, who: 'elderly' }, // s17
  { q: 'tach thua dat chia cho 4 dua con', expect: TACH_THUA, who: 'rural' }, // s17
  { q: 'tach thua', expect: TACH_THUA, who: 'young' }, // s17
  {
    q: 'Ông nhà tui mất mà hổng có để lại di chúc, giờ mấy đứa con với tui thống nhất chia nhà đất rồi, mà phải làm văn bản thỏa thuận chia di sản có chứng thực thì mới sang tên được, làm ở xã được hông?',
    expect: PHAN_CHIA_DI_SAN,
    who: 'elderly',
  }, // s18
  { q: 'ong mat ko de di chuc, chia dat cho con lam giay thoa thuan o dau', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s18
  { q: 'van ban thoa thuan phan chia di san', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s18
  { q: 'Tui tính làm tờ di chúc để lại nhà với miếng vườn cho mấy đứa con, sợ mai mốt tụi nó giành nhau, cho tui hỏi làm di chúc ở xã có được chứng thực hông?', expect: DI_CHUC, who: 'elderly' }, // s19
  { q: 'ba noi muon lam di chuc chung thuc o xa', expect: DI_CHUC, who: 'rural' }, // s19
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s19
  { q: 'Thằng con lớn tui nó nói hổng lấy phần đất của ba nó để lại, nhường hết cho mấy em, vậy nó làm giấy từ chối nhận di sản thì ký ở đâu cho hợp lệ?', expect: TU_CHOI_DI_SAN, who: 'elderly' }, // s20
  { q: 'giay tu choi nhan phan dat thua ke', expect: TU_CHOI_DI_SAN, who: 'rural' }, // s20
  { q: 'tu choi nhan di san', expect: TU_CHOI_DI_SAN, who: 'young' }, // s20
  { q: 'Tui là giáo viên về hưu, lãnh lương hưu ngoài Tuy Hòa, giờ dìa Cần Thơ ở với con gái, muốn chuyển chỗ lãnh lương hưu dìa đây thì làm sao?', expect: CHUYEN_NOI_HUONG_HUU, who: 'elderly' }, // s21
  { q: 'chuyen noi lanh luong huu ve tinh khac', expect: CHUYEN_NOI_HUONG_HUU, who: 'rural' }, // s21
  { q: 'chuyen noi huong luong huu', expect: CHUYEN_NOI_HUONG_HUU, who: 'young' }, // s21
  { q: 'Ba tui là cán bộ hưu trí, mới mất tháng trước, nghe nói gia đình được lãnh tiền mai táng với tiền tử tuất bên bảo hiểm xã hội, giờ tui phải nộp giấy tờ gì?', expect: TU_TUAT, who: 'elderly' }, // s22
  { q: 'ba huu tri mat, lanh tien tu tuat mai tang', expect: TU_TUAT, who: 'rural' }, // s22
  { q: 'huong che do tu tuat bhxh', expect: TU_TUAT, who: 'young' }, // s22
  { q: 'Cái thẻ bảo hiểm y tế của tui bị mất rồi, tui già đi khám bệnh hoài, giờ xin cấp lại thẻ khác ở đâu, có mất tiền hông?', expect: CAP_LAI_BHYT, who: 'elderly' }, // s25
  { q: 'mat the bhyt cua ong xin cap lai', expect: CAP_LAI_BHYT, who: 'rural' }, // s25
  { q: 'cap lai the bhyt', expect: CAP_LAI_BHYT, who: 'young' }, // s25
  {
    q: 'Tui mở cái tiệm tạp hóa nhỏ trước nhà bán cho bà con trong xóm, cán bộ thuế nói phải đăng ký kinh doanh, tui già rồi làm giấy phép kinh doanh hộ gia đình ở đâu?',
    expect: HKD_DANG_KY,
    who: 'elderly',
  }, // s30
  { q: 'mo tiem tap hoa xin giay phep kinh doanh', expect: HKD_DANG_KY, who: 'rural' }, // s30
  { q: 'dk ho kinh doanh', expect: HKD_DANG_KY, who: 'young' }, // s30
  { q: 'Tui bán quán cà phê mấy chục năm rồi, giờ đau yếu hổng mần nổi nữa, muốn dẹp luôn, trả lại giấy phép kinh doanh thì làm sao cho khỏi bị thuế kêu?', expect: HKD_CHAM_DUT, who: 'elderly' }, // s31
  { q: 'dep quan tra giay phep kinh doanh', expect: HKD_CHAM_DUT, who: 'rural' }, // s31
  { q: 'cham dut ho kinh doanh', expect: HKD_CHAM_DUT, who: 'young' }, // s31
  {
    q: 'Cái tiệm may của tui đứng tên tui, giờ tui già quá rồi, muốn giao lại cho con gái đứng tên giấy phép kinh doanh, có đổi tên được hông hay phải làm lại từ đầu?',
    expect: HKD_THAY_DOI,
    who: 'elderly',
  }, // s32
  { q: 'doi ten chu ho kinh doanh qua con gai', expect: HKD_THAY_DOI, who: 'rural' }, // s32
  { q: 'thay doi chu ho kinh doanh', expect: HKD_THAY_DOI, who: 'young' }, // s32
  { q: 'Thằng con tui mới đóng chiếc ghe đánh cá mới, máy lớn, tui hỏi giùm nó là đăng ký tàu cá ở đâu, có cần đăng kiểm gì hông?', expect: DANG_KY_TAU_CA, who: 'elderly' }, // s33
  { q: 'dang ky ghe danh ca moi dong', expect: DANG_KY_TAU_CA, who: 'rural' }, // s33
  { q: 'dang ky tau ca', expect: DANG_KY_TAU_CA, who: 'young' }, // s33
  { q: 'Tui già rồi hổng đi biển nữa, bán chiếc tàu cá cho người ta ngoài Bình Định, giờ phải xóa đăng ký chiếc tàu đứng tên tui, mần ở đâu vậy?', expect: XOA_DANG_KY_TAU_CA, who: 'elderly' }, // s34
  { q: 'ban ghe roi xoa dang ky tau ca', expect: XOA_DANG_KY_TAU_CA, who: 'rural' }, // s34
  { q: 'xoa dang ky tau ca', expect: XOA_DANG_KY_TAU_CA, who: 'young' }, // s34
  { q: 'Giấy phép đánh bắt của chiếc tàu nhà tui hết hạn rồi, biên phòng nói phải gia hạn mới được ra khơi, giờ xin cấp lại giấy phép khai thác ở đâu?', expect: GIAY_PHEP_KHAI_THAC, who: 'elderly' }, // s35
  { q: 'giay phep danh bat ca het han xin lai', expect: GIAY_PHEP_KHAI_THAC, who: 'rural' }, // s35
  { q: 'gia han giay phep khai thac thuy san', expect: GIAY_PHEP_KHAI_THAC, who: 'young' }, // s35
  { q: 'Hai ông bà tui già cả, con cái đi xa hết, hổng có ruộng đất gì, sống nhờ bà con, tui muốn xin vô hộ nghèo thì làm đơn với ai?', expect: HO_NGHEO, who: 'elderly' }, // s38
  { q: 'ong ba gia xin xet ho ngheo', expect: HO_NGHEO, who: 'rural' }, // s38
  { q: 'xac nhan ho ngheo', expect: HO_NGHEO, who: 'young' }, // s38
  {
    q: 'Thằng con với con dâu tui bị tai nạn chết hết rồi, để lại đứa cháu nội mới bảy tuổi, tui là bà nội muốn làm giám hộ cho nó để lo giấy tờ đi học, phải làm sao?',
    expect: GIAM_HO,
    who: 'elderly',
  }, // s39
  { q: 'ba noi lam giam ho cho chau mo coi', expect: GIAM_HO, who: 'rural' }, // s39
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s39
  {
    q: 'Con nhỏ này tui nuôi từ hồi còn đỏ hỏn, cha mẹ nó bỏ đi mất biệt, giờ nó lớn đi học rồi, tui muốn làm giấy nhận nó làm con nuôi cho đàng hoàng, ở xã làm được hông?',
    expect: CON_NUOI,
    who: 'elderly',
  }, // s41
  { q: 'nhan nuoi con nho nuoi tu nho lam giay con nuoi', expect: CON_NUOI, who: 'rural' }, // s41
  { q: 'dk nhan con nuoi', expect: CON_NUOI, who: 'young' }, // s41
  {
    q: 'Căn nhà tui cất từ hồi chín mấy, giờ dột nát hết rồi, mấy đứa con góp tiền cất lại cái nhà mới trên nền cũ, ở dưới quê mình có phải xin giấy phép xây dựng hông mấy cô?',
    expect: GPXD_NHA_O,
    who: 'elderly',
  }, // s42
  { q: 'cat lai nha moi o que co can giay phep xay dung hong', expect: GPXD_NHA_O, who: 'rural' }, // s42
  { q: 'xin giay phep xay dung nha o', expect: GPXD_NHA_O, who: 'young' }, // s42
];

export const ELDERLY79_TUNE: readonly CitizenQuery[] = ELDERLY79_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY79_HELD: readonly CitizenQuery[] = ELDERLY79_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the old-age social allowance and funeral support for social-allowance recipients (s23, s24), people-of-merit benefits outside the police sector: martyr worship allowance, moving a martyr's remains, funeral and one-off allowance for a deceased merit person, Agent Orange recognition for an army veteran (s26-s29), crop damage support after a disaster (s36), farm-economy certificate (s37), disability-level assessment (s40). */
export const ELDERLY79_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tui năm nay tròn tám chục tuổi, hổng có lương hưu gì hết, nghe bà con nói người trên tám mươi được nhà nước cho tiền hàng tháng, tui phải làm đơn ở đâu vậy chú?', who: 'elderly' }, // s23
  { q: 'ba noi 80 tuoi xin tien tro cap hang thang', who: 'rural' }, // s23
  { q: 'tro cap nguoi cao tuoi tren 80', who: 'young' }, // s23
  {
    q: 'Ông già hàng xóm tui sống một mình, có lãnh tiền trợ cấp xã hội, mới mất hôm bữa, bà con trong xóm góp tiền chôn cất, nghe nói xã có hỗ trợ tiền mai táng, tui đi lãnh thế được hông?',
    who: 'elderly',
  }, // s24
  { q: 'ong gia dang lanh tro cap chet roi, xin tien mai tang', who: 'rural' }, // s24
  { q: 'ho tro chi phi mai tang', who: 'young' }, // s24
  { q: 'Anh ruột tui là liệt sĩ hy sinh hồi đánh Mỹ, ba má tui mất hết rồi, giờ tui là người thờ cúng ảnh, nghe nói được nhận tiền thờ cúng liệt sĩ, thủ tục làm sao?', who: 'elderly' }, // s26
  { q: 'tro cap tho cung liet si nguoi tho la em gai', who: 'rural' }, // s26
  { q: 'tro cap tho cung liet si', who: 'young' }, // s26
  { q: 'Gia đình tui mới tìm được mộ thằng anh liệt sĩ ở trên Gia Lai, má tui chín mươi mấy tuổi rồi muốn đem hài cốt ảnh dìa quê an táng gần nhà, giờ xin phép ở đâu?', who: 'elderly' }, // s27
  { q: 'boc mo liet si dem dia que', who: 'rural' }, // s27
  { q: 'di chuyen hai cot liet si', who: 'young' }, // s27
  { q: 'Ba tui có huân chương kháng chiến, là người có công, ổng mới mất, bên xã nói gia đình được lãnh tiền mai táng phí với trợ cấp một lần, tui phải làm hồ sơ chi?', who: 'elderly' }, // s28
  { q: 'nguoi co cong mat lanh tien mai tang', who: 'rural' }, // s28
  { q: 'mai tang phi nguoi co cong', who: 'young' }, // s28
  { q: 'Hồi đi bộ đội tui ở trong vùng bị rải chất độc da cam, giờ thằng cháu sanh ra bị dị tật, người ta nói tui được công nhận người nhiễm chất độc hóa học, làm hồ sơ ở đâu cô?', who: 'elderly' }, // s29
  { q: 'ong noi bi nhiem chat doc da cam xin che do', who: 'rural' }, // s29
  { q: 'che do chat doc da cam', who: 'young' }, // s29
  { q: 'Trận bão rồi nước lên ngập hết ruộng lúa với vườn sầu riêng của tui, chết sạch, nghe nói nhà nước có hỗ trợ thiệt hại cho nông dân, tui đăng ký ở đâu?', who: 'elderly' }, // s36
  { q: 'lua bi ngap chet het xin ho tro thien tai', who: 'rural' }, // s36
  { q: 'ho tro thiet hai thien tai cay trong', who: 'young' }, // s36
  { q: 'Nhà tui có vuông tôm với vườn cây trái mấy mẫu, thằng con nói làm giấy chứng nhận kinh tế trang trại thì vay vốn dễ hơn, mần ở xã hay ở huyện?', who: 'elderly' }, // s37
  { q: 'xin giay chung nhan trang trai', who: 'rural' }, // s37
  { q: 'chung nhan kinh te trang trai', who: 'young' }, // s37
  { q: 'Má tui bị tai biến nằm liệt một chỗ mấy năm nay, người ta nói làm giấy xác nhận khuyết tật thì được trợ cấp, tui phải đưa bả lên xã cho người ta coi hay họ xuống nhà?', who: 'elderly' }, // s40
  { q: 'ma bi tai bien liet xin giay xac nhan khuyet tat', who: 'rural' }, // s40
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s40
];
