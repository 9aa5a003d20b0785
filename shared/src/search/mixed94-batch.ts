import type { CitizenQuery } from './dev-set';

/** Batch mixed94 (issue 17): any citizen of any age and region at a commune or ward public service centre with whatever brought them there that day, spread over the fields a commune handles — civil status, certification, land, social protection, people of merit, disaster relief, agriculture, culture and religion, schooling, health insurance, residence, a household business, a building permit, complaints, commendations, drug rehabilitation. Voices: elderly (an old person or plain adult, with diacritics, telling the story first), rural (phone typing without diacritics, typos and abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/mixed94-draft-20261207T1742Z.txt, sha256 585d83612033ba022bf3671998de754455954ca6bfed1278784bf6584269cb65; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 78 (elderly 26, rural 26, young 26), no answer 42. */
// A newborn: plain birth registration, or the joint birth + health-insurance card (+ residence) filing the commune does for children under 6.
const KHAI_SINH = ['1.001193', '2.000986', '2.001023'];
// Death registration at the commune.
const KHAI_TU = ['1.000656'];
// Marriage registration between two Vietnamese citizens, commune.
const KET_HON = ['1.000894'];
// The single-status certificate asked for by banks and for marrying elsewhere.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// The birth is already registered with the father blank, so plain recognition, not the combined birth + recognition.
const NHAN_CHA_CON = ['1.001022'];
// Correcting a wrong birth year or middle name and changing a child's name are the same procedure.
const CAI_CHINH_HO_TICH = ['1.004859'];
// Copy of a birth record whose register still exists.
const TRICH_LUC = ['2.000635'];
// An adult never registered at birth: with personal papers (old ID, household book) 1.004772, without any the ordinary late registration.
const KHAI_SINH_NGUOI_LON = ['1.004772', '1.001193'];
// Grandparent becoming guardian of an orphaned grandchild.
const GIAM_HO = ['1.004837'];
// Domestic adoption registered at the commune.
const CON_NUOI = ['2.001263'];
// Certified copies from originals (what people call "công chứng" photocopies).
const BAN_SAO = ['2.000815'];
// Signature certification, also for a giấy ủy quyền.
const CHU_KY = ['2.000884'];
// Certifying a gift contract for land at the commune.
const GIAO_DICH_DAT = ['2.001035'];
// Certifying the heirs' agreement dividing an estate of land or house.
const PHAN_CHIA_DI_SAN = ['2.001406'];
// Commune mediation of a land dispute with a neighbour.
const HOA_GIAI_DAT = ['1.012812'];
// First land registration and certificate for households and individuals; 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// Recognition during the year when circumstances change, and the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];
// Registering a household business (a shop or small eatery).
const HO_KINH_DOANH = ['1.001612'];
// New construction permit; its name includes nhà ở riêng lẻ, issued by the commune.
const GPXD = ['1.013225'];
// Buying a health-insurance card for people who only join health insurance (household-based cover).
const BHYT_HGD = ['1.001939'];
// Permanent residence registration at the commune police.
const THUONG_TRU = ['1.004222'];
// Registering voluntary drug rehabilitation, including at home, at the commune.
const CAI_NGHIEN = ['3.000527'];
// Converting rice land to fruit trees or a fish pond is registered as a crop-structure change at the commune.
const CHUYEN_DOI_CAY_TRONG = ['1.008004'];
// Deleting the mortgage registered on a land certificate after the loan is repaid.
const XOA_THE_CHAP = ['1.011443'];
// Reissuing a land certificate that was lost (also burnt).
const CAP_LAI_GCN_MAT = ['1.012786'];

const MIXED94_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ thưa cô, con dâu tui mới sinh thằng cu được hơn chục ngày, giờ tui lên xã làm giấy khai sinh cho nó thì cần mang theo những giấy gì ạ', expect: KHAI_SINH, who: 'elderly' }, // s01
  { q: 'con moi sinh dc 2 tuan lam giay khai sinh can gi v a', expect: KHAI_SINH, who: 'rural' }, // s01
  { q: 'lam giay khai sinh cho con', expect: KHAI_SINH, who: 'young' }, // s01
  { q: 'Ông nhà tôi mới mất hôm rằm, giờ con cháu phải đi báo tử ở xã, không biết làm trong mấy ngày thì xong hả chú', expect: KHAI_TU, who: 'elderly' }, // s02
  { q: 'bo e moi mat h lam giay chung tu o dau, co mat phi k', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'khai tu cho bo', expect: KHAI_TU, who: 'young' }, // s02
  { q: 'Hai đứa nhỏ nhà tôi tính cưới vào tháng Chạp, bác muốn hỏi đăng ký kết hôn ở xã bên vợ hay bên chồng, có phải đi đủ cả hai đứa không', expect: KET_HON, who: 'elderly' }, // s03
  { q: 'dang ky ket hon can mang cccd j ko, lam 1 ngay co lay dc ko', expect: KET_HON, who: 'rural' }, // s03
  { q: 'thu tuc dang ky ket hon', expect: KET_HON, who: 'young' }, // s03
  { q: 'Tôi đi làm hồ sơ vay tiền mua nhà trả góp, ngân hàng bắt phải có giấy xác nhận là tôi còn độc thân, chưa vợ, thì xin ở đâu vậy em', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s04
  { q: 'xin giay xac nhan doc than de cuoi o tinh khac', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s04
  { q: 'xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s04
  { q: 'Con gái tôi có đứa con với anh kia mà chưa đăng ký kết hôn, giấy khai sinh của cháu bỏ trống tên cha, giờ anh ấy muốn nhận con thì làm làm sao ạ', expect: NHAN_CHA_CON, who: 'elderly' }, // s05
  { q: 'chua dang ky ket hon gio muon lam giay nhan con cho ba de ghi ten cha vao khai sinh', expect: NHAN_CHA_CON, who: 'rural' }, // s05
  { q: 'thu tuc nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s05
  {
    q: 'Hồi xưa cán bộ ghi sai năm sinh của tôi trong giấy khai sinh, tôi sinh năm bốn mốt mà ghi năm bốn ba, giờ làm lương hưu người ta không chịu, sửa lại được không cô',
    expect: CAI_CHINH_HO_TICH,
    who: 'elderly',
  }, // s06
  { q: 'giay khai sinh ghi sai ten dem cua con, sua lai thi lam o xa hay huyen', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s06
  { q: 'cai chinh ho tich sai nam sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s06
  { q: 'Cái giấy khai sinh bản gốc của tui bị chuột gặm mất rồi, giờ muốn xin lại một bản sao ở xã nơi ngày xưa đăng ký thì có được không', expect: TRICH_LUC, who: 'elderly' }, // s07
  { q: 'xin ban sao giay khai sinh mat bao nhieu tien 1 ban', expect: TRICH_LUC, who: 'rural' }, // s07
  { q: 'trich luc khai sinh ban sao', expect: TRICH_LUC, who: 'young' }, // s07
  { q: 'Má tui năm nay bảy mươi mấy rồi mà từ nhỏ tới giờ chưa từng có giấy khai sinh, giờ cần để làm giấy tờ đất, vậy giờ đăng ký có còn được không', expect: KHAI_SINH_NGUOI_LON, who: 'elderly' }, // s08
  { q: 'nguoi lon tuoi chua co khai sinh bao gio gio lam dc k', expect: KHAI_SINH_NGUOI_LON, who: 'rural' }, // s08
  { q: 'dang ky khai sinh qua han nguoi lon', expect: KHAI_SINH_NGUOI_LON, who: 'young' }, // s08
  { q: 'Thằng con trai tôi với con dâu mất trong vụ tai nạn, để lại đứa cháu nội sáu tuổi, giờ tôi đứng ra nuôi thì có phải làm giấy giám hộ ở xã không', expect: GIAM_HO, who: 'elderly' }, // s09
  { q: 'ong ba nuoi chau mo coi lam giam ho the nao', expect: GIAM_HO, who: 'rural' }, // s09
  { q: 'dang ky giam ho', expect: GIAM_HO, who: 'young' }, // s09
  { q: 'Vợ chồng tôi hiếm muộn, đứa cháu gọi bằng dì bên nhà ngoại hoàn cảnh khó khăn, giờ muốn xin nhận làm con nuôi cho đàng hoàng có giấy tờ thì làm ở đâu', expect: CON_NUOI, who: 'elderly' }, // s10
  { q: 'nhan con nuoi trong nuoc can nhung giay to j', expect: CON_NUOI, who: 'rural' }, // s10
  { q: 'xin con nuoi', expect: CON_NUOI, who: 'young' }, // s10
  { q: 'Cho tôi hỏi tôi cần công chứng mấy cái bằng tốt nghiệp với sổ hộ khẩu để nộp hồ sơ xin việc cho thằng út, làm ở xã mất bao nhiêu tiền một trang', expect: BAN_SAO, who: 'elderly' }, // s11
  { q: 'cong chung photo cccd o ubnd xa bn tien', expect: BAN_SAO, who: 'rural' }, // s11
  { q: 'chung thuc ban sao', expect: BAN_SAO, who: 'young' }, // s11
  { q: 'Tôi già rồi đi lại không nổi, muốn làm giấy ủy quyền cho thằng con đi lĩnh tiền giùm, thì ra xã ký xác nhận chữ ký được không vậy con', expect: CHU_KY, who: 'elderly' }, // s12
  { q: 'lam giay uy quyen ky ten xac nhan o xa dc ko', expect: CHU_KY, who: 'rural' }, // s12
  { q: 'chung thuc chu ky', expect: CHU_KY, who: 'young' }, // s12
  { q: 'Vợ chồng tôi có miếng đất vườn, giờ muốn sang tên cho thằng con trai cả, làm hợp đồng tặng cho ở xã có được không hay phải ra phòng công chứng', expect: GIAO_DICH_DAT, who: 'elderly' }, // s13
  { q: 'cho con dat lam hop dong tang cho chung thuc o xa mat bao lau', expect: GIAO_DICH_DAT, who: 'rural' }, // s13
  { q: 'chung thuc hop dong tang cho dat', expect: GIAO_DICH_DAT, who: 'young' }, // s13
  { q: 'Ba má tui mất không để lại di chúc, anh em trong nhà ngồi lại thỏa thuận chia miếng đất hương hỏa rồi, giờ cần làm giấy tờ ở xã cho có giá trị', expect: PHAN_CHIA_DI_SAN, who: 'elderly' }, // s14
  { q: 'bo me mat ko co di chuc anh em chia tai san thua ke lam giay o dau', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s14
  { q: 'van ban phan chia di san thua ke', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s14
  { q: 'Nhà bên cạnh xây tường lấn qua đất nhà tôi cả gang tay, nói mãi không nghe, giờ tôi muốn làm đơn nhờ xã đứng ra hòa giải thì nộp cho ai', expect: HOA_GIAI_DAT, who: 'elderly' }, // s15
  { q: 'hang xom lan dat lam don hoa giai tranh chap o xa the nao', expect: HOA_GIAI_DAT, who: 'rural' }, // s15
  { q: 'hoa giai tranh chap dat dai', expect: HOA_GIAI_DAT, who: 'young' }, // s15
  { q: 'Miếng đất ông bà để lại nhà tôi ở từ năm tám mươi mấy tới giờ mà chưa có sổ đỏ, giờ muốn làm sổ lần đầu thì bắt đầu từ đâu hả cháu', expect: GCN_LAN_DAU, who: 'elderly' }, // s16
  { q: 'dat o lau nam chua co so do lam gcn lan dau het bao nhieu tien', expect: GCN_LAN_DAU, who: 'rural' }, // s16
  { q: 'cap so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s16
  { q: 'Nhà tôi năm nay làm ăn thất bát, chồng đau ốm nằm một chỗ, tôi muốn xin xét vô hộ nghèo để các cháu được miễn học phí thì nộp đơn cho ai', expect: HO_NGHEO, who: 'elderly' }, // s20
  { q: 'xin xet ho ngheo can ngheo lam don o dau, khi nao xet', expect: HO_NGHEO, who: 'rural' }, // s20
  { q: 'dang ky ho can ngheo', expect: HO_NGHEO, who: 'young' }, // s20
  { q: 'Tôi muốn mở cái quán tạp hóa nhỏ trước nhà bán cho bà con trong xóm, có cần phải đăng ký giấy phép kinh doanh không, làm ở đâu', expect: HO_KINH_DOANH, who: 'elderly' }, // s24
  { q: 'mo quan an nho dang ky ho kinh doanh o dau, mat bao nhieu ngay', expect: HO_KINH_DOANH, who: 'rural' }, // s24
  { q: 'dang ky ho kinh doanh', expect: HO_KINH_DOANH, who: 'young' }, // s24
  { q: 'Nhà tôi cũ quá, dột tứ tung, tôi tính đập ra xây lại nhà hai tầng, vậy có phải xin phép xây dựng không, xin ở xã hay ở huyện', expect: GPXD, who: 'elderly' }, // s25
  { q: 'xay nha o nong thon co can xin giay phep xd ko', expect: GPXD, who: 'rural' }, // s25
  { q: 'giay phep xay dung nha o', expect: GPXD, who: 'young' }, // s25
  { q: 'Cả nhà tôi làm ruộng, không ai có bảo hiểm y tế, đi khám bệnh tốn quá, giờ muốn mua thẻ bảo hiểm theo hộ gia đình thì mua ở đâu, bao nhiêu tiền', expect: BHYT_HGD, who: 'elderly' }, // s30
  { q: 'mua bhyt ho gia dinh o dau gia bn 1 nguoi', expect: BHYT_HGD, who: 'rural' }, // s30
  { q: 'bhyt ho gia dinh', expect: BHYT_HGD, who: 'young' }, // s30
  { q: 'Tôi mới cưới vợ, về ở nhà bên vợ, giờ muốn nhập hộ khẩu vô nhà vợ thì lên công an xã làm hay ở đâu ạ', expect: THUONG_TRU, who: 'elderly' }, // s32
  { q: 'nhap ho khau ve nha chong can giay to j', expect: THUONG_TRU, who: 'rural' }, // s32
  { q: 'dang ky thuong tru', expect: THUONG_TRU, who: 'young' }, // s32
  { q: 'Thằng cháu nội tôi hồi đó cha nó đặt cái tên xấu quá, đi học bạn bè chọc hoài, giờ gia đình muốn đổi tên khác cho cháu thì có được không', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s33
  { q: 'doi ten cho con dc ko, thu tuc thay doi ho ten', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s33
  { q: 'thay doi ten cho con', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s33
  { q: 'Thằng con tôi nó dính vô ma túy, nó cũng muốn cai mà nhà không biết đăng ký cai nghiện ở đâu, gia đình có được tự cai tại nhà không', expect: CAI_NGHIEN, who: 'elderly' }, // s34
  { q: 'dang ky cai nghien tu nguyen tai gia dinh o xa', expect: CAI_NGHIEN, who: 'rural' }, // s34
  { q: 'cai nghien ma tuy tu nguyen', expect: CAI_NGHIEN, who: 'young' }, // s34
  { q: 'Ruộng lúa nhà tôi trồng lỗ hoài, tôi tính chuyển qua trồng cây ăn trái hay đào ao nuôi cá, vậy có phải đăng ký với xã không', expect: CHUYEN_DOI_CAY_TRONG, who: 'elderly' }, // s36
  { q: 'chuyen dat lua sang trong cay an qua co can dang ky k', expect: CHUYEN_DOI_CAY_TRONG, who: 'rural' }, // s36
  { q: 'chuyen doi cay trong tren dat lua', expect: CHUYEN_DOI_CAY_TRONG, who: 'young' }, // s36
  { q: 'Tôi trả hết nợ ngân hàng rồi, ngân hàng đã trả lại sổ đỏ, mà giờ trong sổ còn ghi đang thế chấp, muốn xóa cái đó đi thì làm ở đâu', expect: XOA_THE_CHAP, who: 'elderly' }, // s39
  { q: 'tra no xong roi xoa the chap so do lam o dau', expect: XOA_THE_CHAP, who: 'rural' }, // s39
  { q: 'xoa dang ky the chap', expect: XOA_THE_CHAP, who: 'young' }, // s39
  { q: 'Nhà tôi bị cháy, cái sổ đỏ cũng cháy luôn rồi, giờ muốn xin cấp lại sổ mới thì phải làm những gì, có phải đăng báo không', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s40
  { q: 'mat so do lam lai mat bao lau, co ton tien k', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s40
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s40
];

export const MIXED94_TUNE: readonly CitizenQuery[] = MIXED94_BATCH.filter((_, i) => i % 2 === 0);
export const MIXED94_HELD: readonly CitizenQuery[] = MIXED94_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: the monthly social allowance for the over-80s, disability-level assessment and the social-protection funeral grant (no social-protection field is catalogued); funeral benefits for an army veteran and support to visit a martyr's grave (only police-sector people-of-merit procedures are there); flood damage support for crops and emergency support to rebuild a collapsed house; registering a village festival and the "cultural family" title; school transfer and tuition-fee exemption; unemployment benefit (only the authorisation to collect it); a complaint against a commune decision (only complaints against the police); a commendation from the commune chairman. */
export const MIXED94_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Bà ngoại tôi năm nay tròn tám mươi tuổi, nghe nói được hưởng tiền trợ cấp người già hằng tháng, không có lương hưu gì hết, thì làm hồ sơ ở đâu', who: 'elderly' }, // s17
  { q: 'ba 80 tuoi dc huong tro cap ko, lam ho so o xa can j', who: 'rural' }, // s17
  { q: 'tro cap nguoi cao tuoi', who: 'young' }, // s17
  { q: 'Thằng cháu tôi bị bại não từ nhỏ, đi đứng không được, người ta bảo phải đi xác định mức độ khuyết tật trước thì mới được hưởng chế độ, làm sao vậy cô', who: 'elderly' }, // s18
  { q: 'con bi khuyet tat muon lam giay xac nhan khuyet tat de huong tro cap', who: 'rural' }, // s18
  { q: 'giay xac nhan khuyet tat', who: 'young' }, // s18
  { q: 'Bà cụ nhà tôi đang hưởng trợ cấp xã hội thì mới mất tuần trước, tôi nghe nói gia đình được nhận tiền hỗ trợ mai táng, vậy làm giấy tờ gì ạ', who: 'elderly' }, // s19
  { q: 'nguoi huong tro cap xh mat thi dc ho tro mai tang phi bn', who: 'rural' }, // s19
  { q: 'ho tro chi phi mai tang', who: 'young' }, // s19
  { q: 'Ông cụ nhà tôi là thương binh, đi bộ đội chống Mỹ, vừa mới mất, con cháu muốn làm hồ sơ để hưởng tiền mai táng phí với trợ cấp một lần theo chế độ người có công', who: 'elderly' }, // s21
  { q: 'bo la thuong binh moi mat lam mai tang phi nguoi co cong o dau', who: 'rural' }, // s21
  { q: 'mai tang phi thuong binh', who: 'young' }, // s21
  { q: 'Đợt lũ vừa rồi ngập trắng hết mấy sào lúa sắp gặt của nhà tôi, nghe xã nói có tiền hỗ trợ thiệt hại cho bà con, vậy tôi phải kê khai thế nào', who: 'elderly' }, // s22
  { q: 'lua bi ngap lut mat trang xin ho tro thiet hai o dau', who: 'rural' }, // s22
  { q: 'ho tro thiet hai thien tai cay trong', who: 'young' }, // s22
  { q: 'Cơn bão hôm rồi làm sập nguyên cái nhà tôn của tôi, giờ mẹ con tôi phải ở nhờ nhà hàng xóm, xã có hỗ trợ làm lại nhà không cô', who: 'elderly' }, // s23
  { q: 'nha bi bao lam sap mai co dc ho tro tien lam nha k', who: 'rural' }, // s23
  { q: 'ho tro nha bi sap do bao', who: 'young' }, // s23
  { q: 'Làng tôi năm nào cũng tổ chức lễ hội đình vào tháng giêng, năm nay ban khánh tiết hỏi phải đăng ký với xã ra sao cho đúng', who: 'elderly' }, // s26
  { q: 'to chuc le hoi dinh lang co phai xin phep xa ko', who: 'rural' }, // s26
  { q: 'dang ky le hoi truyen thong', who: 'young' }, // s26
  { q: 'Cuối năm thôn bình xét gia đình văn hóa, nhà tôi năm nào cũng được mà năm nay chưa thấy gì, muốn hỏi thủ tục công nhận gia đình văn hóa', who: 'elderly' }, // s27
  { q: 'cong nhan gia dinh van hoa xet ntn', who: 'rural' }, // s27
  { q: 'danh hieu gia dinh van hoa', who: 'young' }, // s27
  { q: 'Gia đình tôi chuyển từ ngoài Bắc vô Bình Dương làm ăn, đứa nhỏ đang học lớp ba, giờ muốn xin chuyển trường cho cháu vô học gần nhà thì làm sao', who: 'elderly' }, // s28
  { q: 'chuyen truong cho con tu tinh khac ve lam giay to gi', who: 'rural' }, // s28
  { q: 'chuyen truong tieu hoc', who: 'young' }, // s28
  { q: 'Hai đứa nhỏ nhà tôi thuộc hộ nghèo, nghe nói được miễn giảm tiền học, tôi phải làm đơn gửi trường hay gửi lên xã vậy chú', who: 'elderly' }, // s29
  { q: 'con ho ngheo dc mien hoc phi ko lam don ntn', who: 'rural' }, // s29
  { q: 'mien giam hoc phi', who: 'young' }, // s29
  { q: 'Công ty may tôi làm mười năm mới cho nghỉ việc, tôi có đóng bảo hiểm đầy đủ, giờ muốn lãnh tiền thất nghiệp thì phải đi đâu nộp hồ sơ', who: 'elderly' }, // s31
  { q: 'bi cong ty cho nghi viec lam tro cap that nghiep trong bao lau', who: 'rural' }, // s31
  { q: 'huong tro cap that nghiep', who: 'young' }, // s31
  { q: 'Tôi không đồng ý với cái quyết định của xã về việc thu hồi miếng đất của nhà, giờ tôi muốn làm đơn khiếu nại thì gửi ai, bao lâu thì được trả lời', who: 'elderly' }, // s35
  { q: 'lam don khieu nai gui ubnd xa bao lau dc tra loi', who: 'rural' }, // s35
  { q: 'gui don khieu nai', who: 'young' }, // s35
  { q: 'Đội thanh niên xóm tôi năm nay làm được con đường bê tông, tôi là trưởng xóm muốn đề nghị xã khen thưởng cho các cháu thì làm hồ sơ sao', who: 'elderly' }, // s37
  { q: 'de nghi chu tich xa tang giay khen cho ca nhan', who: 'rural' }, // s37
  { q: 'giay khen chu tich ubnd xa', who: 'young' }, // s37
  { q: 'Anh trai tôi là liệt sĩ, hy sinh ở chiến trường miền Nam, giờ anh em tôi muốn đi thăm mộ anh, nghe nói nhà nước có hỗ trợ tiền đi lại, làm giấy ở đâu', who: 'elderly' }, // s38
  { q: 'than nhan liet si di tham mo co dc ho tro tien xe k', who: 'rural' }, // s38
  { q: 'ho tro tham vieng mo liet si', who: 'young' }, // s38
];
