import type { CitizenQuery } from './dev-set';

/** Batch city83 (issue 17): city dwellers of Hà Nội, Hải Phòng, Đà Nẵng, Hồ Chí Minh City and Cần Thơ at a ward centre or the city centre — apartment buyers wanting the pink book, tenants and migrant workers registering residence, retirees moving a pension, small shop owners opening or closing a household business, parents of schoolchildren, car and motorbike owners, people going abroad or returning, people in debt or land and neighbour disputes, plus civil status, certification, ID cards, building permits and health insurance. Three voices (elderly, rural, young) with Northern, Central and Southern words. Written before any procedure name in the catalogue was read: draft docs/search-drafts/city83-draft-20261207T1619Z.txt, sha256 5fc45ea89ff00e0e99ed9ed0077a42389133ebf52814ec6a1df23bc89bfbf7ca; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 99 (elderly 33, rural 33, young 33), no answer 21. */
// An apartment bought from a developer: the pink book for a buyer of a house in a real-estate project (provincial land registry).
const GCN_CHUNG_CU_DU_AN = ['1.012787'];
// Temporary residence registration at the ward police, for tenants and migrants.
const TAM_TRU = ['1.004194'];
// Permanent residence registration, what "chuyển/nhập hộ khẩu" now means.
const THUONG_TRU = ['1.004222'];
// Moving payment of a pension or monthly BHXH allowance to another locality.
const CHUYEN_LUONG_HUU = ['1.001742'];
// Registering a household business, the "giấy phép kinh doanh hộ cá thể".
const DANG_KY_HKD = ['1.001612'];
// Change of vehicle owner (sang tên) for cars and motorbikes, at the police.
const SANG_TEN_XE = ['1.013076'];
// Exchange of a driving licence; a licence already expired is re-issued (cấp lại), and the citizen cannot tell which applies.
const DOI_GPLX = ['3.000347', '3.000348'];
// Ordinary passport issued in the country, provincial immigration office or the central one.
const HO_CHIEU = ['1.001456', '1.001471'];
// Recording in the Vietnamese register a marriage registered abroad.
const GHI_CHU_KET_HON = ['2.002189'];
// Land dispute mediation at the commune/ward, the required first step.
const HOA_GIAI_DAT = ['1.012812'];
// Certified copy from the original ("photo công chứng", "sao y").
const BAN_SAO_CHUNG_THUC = ['2.000815'];
// Signature certification, e.g. on a giấy ủy quyền.
const CHU_KY = ['2.000884'];
// Birth registration; for a newborn the ward also uses the joined-up variants (with health-insurance card, with residence), which the parent cannot tell apart.
const KHAI_SINH = ['1.001193', '2.001023', '2.000986'];
// Marriage registration between two Vietnamese citizens.
const KET_HON = ['1.000894'];
// Certificate of marital status, what people call "giấy xác nhận độc thân".
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Death registration.
const KHAI_TU = ['1.000656'];
// Criminal record certificate requested by the citizen, at the provincial police.
const LY_LICH_TU_PHAP = ['3.000333'];
// Building permit for new construction; its name covers nhà ở riêng lẻ (a rebuilt townhouse is new construction).
const GPXD_NHA_O = ['1.013225'];
// Re-issue of a lost citizen ID card, ward or provincial police.
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// Tử tuất covers the funeral allowance (trợ cấp mai táng) for a deceased pensioner.
const TU_TUAT = ['2.000821'];
// Closing down a household business.
const CHAM_DUT_HKD = ['1.001266'];
// Certifying a contract about a house at the commune, a lease included.
const CHUNG_THUC_GIAO_DICH = ['2.001035'];
// Inheritance without a will: certifying the division agreement at the ward, then registering the change on the pink book.
const THUA_KE_NHA_DAT = ['2.001406', '1.013831'];
// Registering a transfer (purchase) of land so the pink book carries the buyer's name.
const BIEN_DONG_CHUYEN_NHUONG = ['1.013831'];
// Filing a lawsuit petition with the court (the online filing service), e.g. to recover a debt.
const KHOI_KIEN = ['3.000163'];
// Re-issue of a lost land-use certificate.
const CAP_LAI_GCN_MAT = ['1.012786'];
// Registering and paying for a health-insurance card for people insured only for health, household members included.
const BHYT_HO_GIA_DINH = ['1.001939'];
// Changing or correcting civil-status information, a birth certificate included.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Copy of a civil-status extract, a birth certificate copy included.
const BAN_SAO_TRICH_LUC = ['2.000635'];
// First registration and plate of a new vehicle, at the counter or fully online for a domestically assembled bike.
const DANG_KY_XE_LAN_DAU = ['1.013067', '1.012575'];
// Temporary use of part of the roadway or sidewalk for another purpose.
const VIA_HE = ['1.013274'];
// Confirmation of residence information (the CT07 paper).
const XAC_NHAN_CU_TRU = ['1.010041'];
// Guardianship registration at the commune.
const GIAM_HO = ['1.004837'];

const CITY83_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Dạ cháu chào cô, nhà cháu mua căn chung cư ở bên Hoàng Mai từ năm ngoái, chủ đầu tư bàn giao rồi mà đến giờ vẫn chưa có sổ hồng, giờ cháu muốn tự đi làm sổ hồng thì làm ở đâu ạ',
    expect: GCN_CHUNG_CU_DU_AN,
    who: 'elderly',
  }, // s01
  { q: 'mua chung cu da nhan nha ma chua co so hong lam sao de dc cap so', expect: GCN_CHUNG_CU_DU_AN, who: 'rural' }, // s01
  { q: 'làm sổ hồng chung cư lần đầu', expect: GCN_CHUNG_CU_DU_AN, who: 'young' }, // s01
  { q: 'Tui ở dưới quê lên thuê phòng trọ ở Bình Thạnh, chủ nhà nói phải đi khai báo tạm trú, hông biết giờ lên phường khai thì cần giấy tờ gì vậy cô', expect: TAM_TRU, who: 'elderly' }, // s02
  { q: 'thue tro o quan 7 dang ky tam tru can giay to j a', expect: TAM_TRU, who: 'rural' }, // s02
  { q: 'dang ky tam tru phong tro', expect: TAM_TRU, who: 'young' }, // s02
  { q: 'Vợ chồng tôi mua được căn nhà nhỏ ở Cần Thơ rồi, giờ muốn chuyển hộ khẩu từ dưới Sóc Trăng lên đây cho con đi học thì phải làm thủ tục gì ạ', expect: THUONG_TRU, who: 'elderly' }, // s03
  { q: 'chuyen ho khau tu que len tp da mua nha roi thi lam ntn', expect: THUONG_TRU, who: 'rural' }, // s03
  { q: 'nhập hộ khẩu thường trú', expect: THUONG_TRU, who: 'young' }, // s03
  { q: 'Bác nghỉ hưu ở Hải Phòng, nay bác vào Sài Gòn ở với con trai luôn, muốn chuyển chỗ nhận lương hưu vào trong này thì bác phải làm đơn gì cháu', expect: CHUYEN_LUONG_HUU, who: 'elderly' }, // s04
  { q: 'chuyen noi nhan luong huu sang tinh khac lam the nao', expect: CHUYEN_LUONG_HUU, who: 'rural' }, // s04
  { q: 'chuyển nơi hưởng lương hưu', expect: CHUYEN_LUONG_HUU, who: 'young' }, // s04
  { q: 'Chị định mở cái tiệm tạp hóa nhỏ ở mặt tiền nhà mình, nghe nói phải có giấy phép kinh doanh hộ cá thể, em chỉ chị đăng ký ở đâu với', expect: DANG_KY_HKD, who: 'elderly' }, // s05
  { q: 'mo tiem tap hoa can dang ky giay phep kinh doanh ho ca the ko', expect: DANG_KY_HKD, who: 'rural' }, // s05
  { q: 'dang ky ho kinh doanh', expect: DANG_KY_HKD, who: 'young' }, // s05
  { q: 'Anh mua lại chiếc xe ô tô cũ của người quen, giấy tờ xe vẫn đứng tên họ, giờ muốn sang tên qua cho anh thì đi đâu làm, mất bao lâu em', expect: SANG_TEN_XE, who: 'elderly' }, // s07
  { q: 'mua xe oto cu sang ten doi chu lam o dau mat bao nhieu tien', expect: SANG_TEN_XE, who: 'rural' }, // s07
  { q: 'sang tên xe ô tô cũ', expect: SANG_TEN_XE, who: 'young' }, // s07
  { q: 'Cái bằng lái xe ô tô của tôi sắp hết hạn rồi, mà tôi cũng lớn tuổi, không biết đổi bằng lái thì phải khám sức khỏe rồi nộp ở đâu hả cháu', expect: DOI_GPLX, who: 'elderly' }, // s08
  { q: 'bang lai b2 sap het han doi bang lai can giay j', expect: DOI_GPLX, who: 'rural' }, // s08
  { q: 'doi bang lai xe het han', expect: DOI_GPLX, who: 'young' }, // s08
  { q: 'Tháng sau tôi định sang Úc thăm con gái, mà tôi chưa có hộ chiếu bao giờ, cho tôi hỏi làm hộ chiếu ở đâu, bao lâu thì lấy được ạ', expect: HO_CHIEU, who: 'elderly' }, // s09
  { q: 'lam ho chieu lan dau o dau bao lau thi co', expect: HO_CHIEU, who: 'rural' }, // s09
  { q: 'làm passport', expect: HO_CHIEU, who: 'young' }, // s09
  { q: 'Con gái tôi lấy chồng bên Hàn Quốc, đăng ký kết hôn bên đó rồi, giờ về nước muốn ghi vào sổ hộ tịch ở Việt Nam thì làm sao hả chị', expect: GHI_CHU_KET_HON, who: 'elderly' }, // s10
  { q: 'ket hon o nuoc ngoai roi ve vn ghi chu ket hon the nao', expect: GHI_CHU_KET_HON, who: 'rural' }, // s10
  { q: 'ghi chú kết hôn nước ngoài', expect: GHI_CHU_KET_HON, who: 'young' }, // s10
  {
    q: 'Nhà tôi với nhà bên cạnh cãi nhau về cái ranh đất mấy chục năm nay, giờ hàng xóm xây lấn qua, tôi muốn làm đơn lên phường nhờ hòa giải tranh chấp đất được không',
    expect: HOA_GIAI_DAT,
    who: 'elderly',
  }, // s11
  { q: 'hang xom xay lan dat nha minh lam don hoa giai tranh chap dat dai o phuong', expect: HOA_GIAI_DAT, who: 'rural' }, // s11
  { q: 'hòa giải tranh chấp đất đai', expect: HOA_GIAI_DAT, who: 'young' }, // s11
  { q: 'Cháu ơi, bác cần mấy bản sao cái sổ hưu với căn cước có đóng dấu đỏ để nộp hồ sơ, thì ra phường photo công chứng được không cháu', expect: BAN_SAO_CHUNG_THUC, who: 'elderly' }, // s12
  { q: 'photo cong chung cccd o phuong co dc ko', expect: BAN_SAO_CHUNG_THUC, who: 'rural' }, // s12
  { q: 'sao y bản chính', expect: BAN_SAO_CHUNG_THUC, who: 'young' }, // s12
  { q: 'Tôi có cái giấy ủy quyền cho con tôi đi nhận tiền thay, người ta bảo phải ra phường chứng thực chữ ký của tôi, thì làm sao hả cô', expect: CHU_KY, who: 'elderly' }, // s13
  { q: 'chung thuc chu ky giay uy quyen o ubnd phuong', expect: CHU_KY, who: 'rural' }, // s13
  { q: 'chứng thực chữ ký', expect: CHU_KY, who: 'young' }, // s13
  { q: 'Con dâu tôi mới sinh cháu ở bệnh viện Từ Dũ được tuần nay, giờ tôi đi làm giấy khai sinh cho cháu nội thì mang theo những gì nhen', expect: KHAI_SINH, who: 'elderly' }, // s14
  { q: 'lam giay khai sinh cho be moi sinh can nhung giay to gi', expect: KHAI_SINH, who: 'rural' }, // s14
  { q: 'khai sinh cho con', expect: KHAI_SINH, who: 'young' }, // s14
  { q: 'Dạ hai đứa con sắp cưới, đứa gái hộ khẩu ở Đà Nẵng, đứa trai ở Quảng Nam, chừ đi đăng ký kết hôn thì làm ở mô, có phải về quê không ạ', expect: KET_HON, who: 'elderly' }, // s15
  { q: 'dang ky ket hon khac tinh lam o dau', expect: KET_HON, who: 'rural' }, // s15
  { q: 'đăng ký kết hôn', expect: KET_HON, who: 'young' }, // s15
  { q: 'Tôi đang làm thủ tục mua nhà, ngân hàng đòi giấy xác nhận độc thân, mà tôi ly hôn rồi, vậy xin giấy đó ở phường nào ạ', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s16
  { q: 'xin giay xac nhan doc than de mua nha lam o dau', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s16
  { q: 'xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s16
  { q: 'Ông nhà tôi vừa mất hôm tuần trước, lo đám xong xuôi rồi, giờ con cháu bảo phải đi khai tử cho ông, làm ở đâu vậy chú', expect: KHAI_TU, who: 'elderly' }, // s17
  { q: 'bo moi mat lam giay khai tu o dau can gi', expect: KHAI_TU, who: 'rural' }, // s17
  { q: 'khai tử', expect: KHAI_TU, who: 'young' }, // s17
  { q: 'Thằng con tôi sắp đi xuất khẩu lao động Nhật, công ty bảo phải có lý lịch tư pháp, cái đó xin ở đâu, có lâu không ạ', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s18
  { q: 'xin ly lich tu phap so 1 di xkld nhat o dau', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s18
  { q: 'phiếu lý lịch tư pháp', expect: LY_LICH_TU_PHAP, who: 'young' }, // s18
  { q: 'Nhà tôi trong hẻm ở Gò Vấp cũ quá rồi, tính đập ra xây lại ba tầng, nghe nói phải xin giấy phép xây dựng, mất bao lâu, xin ở quận hay ở phường vậy con', expect: GPXD_NHA_O, who: 'elderly' }, // s19
  { q: 'xin giay phep xay dung nha o rieng le 3 tang', expect: GPXD_NHA_O, who: 'rural' }, // s19
  { q: 'giấy phép xây nhà', expect: GPXD_NHA_O, who: 'young' }, // s19
  { q: 'Hôm qua đi chợ tôi bị móc túi mất cái ví, trong đó có cái căn cước công dân, giờ làm lại ở đâu hả cháu, có mất tiền không', expect: CAP_LAI_CAN_CUOC, who: 'elderly' }, // s20
  { q: 'bi mat cccd lam lai o dau het bao nhieu tien', expect: CAP_LAI_CAN_CUOC, who: 'rural' }, // s20
  { q: 'cap lai can cuoc bi mat', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s20
  { q: 'Mẹ tôi là cán bộ hưu trí, bà mới mất, nghe nói gia đình được lãnh tiền mai táng phí, vậy tôi phải làm hồ sơ ở đâu', expect: TU_TUAT, who: 'elderly' }, // s21
  { q: 'me huong luong huu moi mat nhan tien mai tang phi ntn', expect: TU_TUAT, who: 'rural' }, // s21
  { q: 'trợ cấp mai táng', expect: TU_TUAT, who: 'young' }, // s21
  { q: 'Quán cơm của tôi buôn bán ế quá, tôi tính dẹp luôn, không bán nữa, giờ phải báo lên phường hay lên quận để trả giấy phép kinh doanh vậy', expect: CHAM_DUT_HKD, who: 'elderly' }, // s24
  { q: 'dong cua quan khong kinh doanh nua tra giay phep ho kinh doanh', expect: CHAM_DUT_HKD, who: 'rural' }, // s24
  { q: 'cham dut ho kinh doanh', expect: CHAM_DUT_HKD, who: 'young' }, // s24
  {
    q: 'Tôi cho một gia đình thuê căn nhà, hai bên viết hợp đồng thuê nhà rồi, giờ muốn ra phường đóng dấu xác nhận hợp đồng cho chắc thì có được không',
    expect: CHUNG_THUC_GIAO_DICH,
    who: 'elderly',
  }, // s26
  { q: 'chung thuc hop dong thue nha o ubnd phuong', expect: CHUNG_THUC_GIAO_DICH, who: 'rural' }, // s26
  { q: 'công chứng hợp đồng thuê nhà', expect: CHUNG_THUC_GIAO_DICH, who: 'young' }, // s26
  { q: 'Ba má tôi mất rồi không để lại di chúc, căn nhà đứng tên ba má, anh em tôi thống nhất chia nhau rồi, giờ làm giấy tờ khai nhận thừa kế ra sao', expect: THUA_KE_NHA_DAT, who: 'elderly' }, // s27
  { q: 'bo me mat k co di chuc lam thu tuc thua ke nha dat', expect: THUA_KE_NHA_DAT, who: 'rural' }, // s27
  { q: 'khai nhận di sản thừa kế', expect: THUA_KE_NHA_DAT, who: 'young' }, // s27
  { q: 'Tôi mua mảnh đất ở Hòa Vang, đã ra công chứng hợp đồng mua bán xong rồi, giờ muốn sang tên sổ đỏ qua tên tôi thì nộp hồ sơ chỗ nào ạ', expect: BIEN_DONG_CHUYEN_NHUONG, who: 'elderly' }, // s28
  { q: 'mua dat da cong chung roi sang ten so do mat bao lau', expect: BIEN_DONG_CHUYEN_NHUONG, who: 'rural' }, // s28
  { q: 'sang ten so do', expect: BIEN_DONG_CHUYEN_NHUONG, who: 'young' }, // s28
  { q: 'Tôi cho người quen mượn hai trăm triệu có giấy viết tay hẳn hoi, giờ họ trốn nợ không trả, tôi muốn nộp đơn kiện đòi nợ thì nộp ở đâu', expect: KHOI_KIEN, who: 'elderly' }, // s30
  { q: 'cho vay tien ko tra khoi kien doi no nop don o dau', expect: KHOI_KIEN, who: 'rural' }, // s30
  { q: 'nộp đơn kiện đòi nợ', expect: KHOI_KIEN, who: 'young' }, // s30
  { q: 'Hồi nước ngập năm rồi cái sổ đỏ nhà tôi bị trôi mất, kiếm hoài không thấy, giờ xin cấp lại sổ đỏ thì phải làm những gì vậy cô', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s31
  { q: 'mat so do xin cap lai gcn quyen su dung dat', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s31
  { q: 'cấp lại sổ đỏ bị mất', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s31
  { q: 'Nhà tôi buôn bán tự do không ai đóng bảo hiểm, giờ muốn mua bảo hiểm y tế hộ gia đình cho cả nhà thì đăng ký ở đâu hả em', expect: BHYT_HO_GIA_DINH, who: 'elderly' }, // s33
  { q: 'mua bhyt ho gia dinh o dau gia bao nhieu', expect: BHYT_HO_GIA_DINH, who: 'rural' }, // s33
  { q: 'the bhyt ho gia dinh', expect: BHYT_HO_GIA_DINH, who: 'young' }, // s33
  { q: 'Giấy khai sinh của con tôi hồi xưa ghi sai năm sinh của mẹ nó, giờ đi làm giấy tờ không khớp, muốn sửa lại cho đúng thì làm sao ạ', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s34
  { q: 'giay khai sinh ghi sai ten muon sua lai cai chinh ho tich', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s34
  { q: 'sửa sai giấy khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s34
  { q: 'Bác làm mất giấy khai sinh gốc lâu rồi, giờ làm hồ sơ cần bản sao khai sinh, bác xin lại ở cái phường hồi xưa bác đăng ký được không', expect: BAN_SAO_TRICH_LUC, who: 'elderly' }, // s35
  { q: 'mat giay khai sinh xin ban sao trich luc khai sinh', expect: BAN_SAO_TRICH_LUC, who: 'rural' }, // s35
  { q: 'trích lục khai sinh bản sao', expect: BAN_SAO_TRICH_LUC, who: 'young' }, // s35
  { q: 'Tôi mới mua chiếc xe máy mới cho thằng con đi học, cửa hàng đưa hóa đơn rồi, giờ đăng ký biển số thì ra công an phường hay lên quận ạ', expect: DANG_KY_XE_LAN_DAU, who: 'elderly' }, // s36
  { q: 'mua xe may moi dang ky bien so o cong an xa dc ko', expect: DANG_KY_XE_LAN_DAU, who: 'rural' }, // s36
  { q: 'đăng ký xe máy mới', expect: DANG_KY_XE_LAN_DAU, who: 'young' }, // s36
  { q: 'Tôi bán cà phê trước nhà, phường nhắc hoài vụ lấn chiếm vỉa hè, nghe nói giờ được đăng ký thuê một phần vỉa hè để buôn bán, vậy xin phép ở đâu', expect: VIA_HE, who: 'elderly' }, // s37
  { q: 'xin phep su dung tam thoi via he de buon ban', expect: VIA_HE, who: 'rural' }, // s37
  { q: 'thuê vỉa hè kinh doanh', expect: VIA_HE, who: 'young' }, // s37
  { q: 'Giờ không còn sổ hộ khẩu nữa, mà con tôi nộp hồ sơ xin học, trường đòi giấy xác nhận cư trú, tôi xin cái đó ở công an phường được không', expect: XAC_NHAN_CU_TRU, who: 'elderly' }, // s39
  { q: 'xin giay xac nhan cu tru ct07 o dau', expect: XAC_NHAN_CU_TRU, who: 'rural' }, // s39
  { q: 'xác nhận thông tin cư trú', expect: XAC_NHAN_CU_TRU, who: 'young' }, // s39
  { q: 'Má tôi lẫn rồi, không tự lo được giấy tờ, anh em tôi muốn đăng ký để một người đứng ra làm giám hộ cho má thì làm ở phường được không', expect: GIAM_HO, who: 'elderly' }, // s40
  { q: 'me bi lan muon dang ky giam ho cho me lam o dau', expect: GIAM_HO, who: 'rural' }, // s40
  { q: 'đăng ký giám hộ người già', expect: GIAM_HO, who: 'young' }, // s40
];

export const CITY83_TUNE: readonly CitizenQuery[] = CITY83_BATCH.filter((_, i) => i % 2 === 0);
export const CITY83_HELD: readonly CitizenQuery[] = CITY83_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: moving a pupil to a school in another city (no education procedures at all), the monthly social allowance for the over-80s and the disability assessment (no social-protection procedures), unemployment benefit (only authorising someone to collect it), a food-safety certificate for a small eatery (only the one for farm, forest and fishery food businesses), a noise complaint about a neighbour's karaoke, and registering a self-signed contract to work abroad (no overseas-labour procedures). */
export const CITY83_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi mới chuyển nhà từ Nam Định ra Hà Nội, thằng cháu đang học lớp ba ở quê, giờ muốn xin chuyển trường cho cháu ra học gần nhà thì làm thế nào ạ', who: 'elderly' }, // s06
  { q: 'xin chuyen truong cho con lop 3 tu tinh khac ve ha noi thu tuc ntn', who: 'rural' }, // s06
  { q: 'chuyển trường tiểu học', who: 'young' }, // s06
  { q: 'Bà nội tôi năm nay tám mươi mốt tuổi rồi, không có lương hưu gì, nghe nói người trên tám mươi được nhà nước cho tiền hàng tháng, làm sao để bà được hưởng ạ', who: 'elderly' }, // s22
  { q: 'nguoi gia tren 80 tuoi k co luong huu dc tro cap hang thang ko', who: 'rural' }, // s22
  { q: 'tro cap nguoi cao tuoi', who: 'young' }, // s22
  { q: 'Tôi làm công nhân ở khu công nghiệp, công ty cắt giảm cho nghỉ việc rồi, tôi có đóng bảo hiểm mấy năm, giờ muốn lãnh bảo hiểm thất nghiệp thì nộp ở đâu', who: 'elderly' }, // s23
  { q: 'bi cho nghi viec lam ho so huong tro cap that nghiep o dau', who: 'rural' }, // s23
  { q: 'hưởng trợ cấp thất nghiệp', who: 'young' }, // s23
  { q: 'Tôi mở quán bún bò ở đường Lê Duẩn, đoàn kiểm tra tới nói phải có giấy chứng nhận an toàn thực phẩm, giờ xin giấy đó chỗ mô rứa', who: 'elderly' }, // s25
  { q: 'quan an nho xin giay chung nhan ve sinh an toan thuc pham', who: 'rural' }, // s25
  { q: 'giấy an toàn thực phẩm quán ăn', who: 'young' }, // s25
  { q: 'Nhà bên cạnh đêm nào cũng hát karaoke tới mười hai giờ khuya, ồn quá ông bà già không ngủ được, tôi muốn làm đơn phản ánh lên phường thì làm sao', who: 'elderly' }, // s29
  { q: 'hang xom hat karaoke on ao ban dem phan anh o dau', who: 'rural' }, // s29
  { q: 'khiếu nại tiếng ồn karaoke', who: 'young' }, // s29
  { q: 'Thằng cháu ngoại tôi bị bại não từ nhỏ, người ta nói làm giấy xác nhận khuyết tật thì được hưởng trợ cấp, vậy xin giấy đó ở phường phải không chị', who: 'elderly' }, // s32
  { q: 'con bi khuyet tat xin giay xac nhan muc do khuyet tat', who: 'rural' }, // s32
  { q: 'giấy xác nhận khuyết tật', who: 'young' }, // s32
  { q: 'Em tự tìm được chỗ làm bên Đài Loan, tự ký hợp đồng với chủ bên đó không qua công ty, vậy em có phải đăng ký hợp đồng với sở lao động không chị', who: 'elderly' }, // s38
  { q: 'tu ky hop dong di lam viec o nuoc ngoai dang ky o so lao dong', who: 'rural' }, // s38
  { q: 'đăng ký hợp đồng lao động nước ngoài', who: 'young' }, // s38
];
