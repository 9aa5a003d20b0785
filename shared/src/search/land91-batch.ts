import type { CitizenQuery } from './dev-set';

/** Batch land91 (issue 17): old farmers (60 to 90) and their grown children in villages of every region, about land and houses — a first land-use certificate for land held since long ago or bought on a handwritten paper, a plot split to give the children, gifts and sales between relatives, inheritance with or without a will, rice or garden land changed to residential land, a boundary quarrel, a bank mortgage taken or paid off, a house built on the land, land recovered for a road, an old certificate worn out, lost or with wrong details. Voices: elderly (the old person or a plain adult, with diacritics, telling what happened before what they want, village words: sổ đỏ, sổ hồng, giấy tay, trích lục), rural (phone typing mostly without diacritics, abbreviations), young (a short search-box query). Written before any procedure name in the catalogue was read: draft docs/search-drafts/land91-draft-20261207T1717Z.txt, sha256 5af72d7e724d22b135679b31128e527d8cdff2f3bc4b894b2bfa37c5c57bfb1b; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 105 (elderly 35, rural 35, young 35), no answer 15. */
// First registration and certificate for households, individuals and residential communities (a clan is one), commune; 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// Splitting a plot (the same procedure also merges plots).
const TACH_THUA = ['1.012784'];
// Merging plots is the same procedure as splitting.
const HOP_THUA = ['1.012784'];
// Gift or sale between relatives: registering the change (its name lists transfer, inheritance, gift) and certifying the contract at the commune.
const TANG_CHO_CHUYEN_NHUONG = ['1.013831', '2.001035'];
// Registering a change by inheritance, gift, transfer or swap of farm land (its name lists all of these).
const BIEN_DONG_THUA_KE = ['1.013831'];
// Heirs without a will: certifying their division paper at the commune, then registering the change.
const THUA_KE_PHAN_CHIA = ['2.001406', '1.013831'];
// A spouse died: the survivor takes the other half by inheritance (registration) after the heirs divide it (certified division paper).
const THUA_KE_VO_CHONG = ['1.013831', '2.001406'];
// A household certificate after the parents died: inheritance registration and splitting the plot into one per child.
const CHIA_SO_HO = ['1.013831', '1.012784'];
// Permission to change land use (rice or garden land to residential) for individuals, commune; the province version 1.013823 is for organisations.
const CHUYEN_MUC_DICH = ['1.013949'];
// Mediation of a land dispute at the commune.
const HOA_GIAI = ['1.012812'];
// Dispute between individuals decided by the commune chairman; the province version 1.012805 is for disputes involving organisations.
const TRANH_CHAP = ['1.013967'];
// Deleting the mortgage registration on land after the loan is repaid.
const XOA_THE_CHAP = ['1.011443'];
// Registering a mortgage over land, commune or province.
const THE_CHAP = ['1.011441'];
// Registering a house built on a plot that already has a certificate.
const TAI_SAN_GAN_LIEN = ['1.013995'];
// Building permit for a new detached house (nhà ở riêng lẻ), commune.
const GPXD_NHA_O = ['1.013225'];
// Exchange of a worn or old certificate.
const CAP_DOI_GCN = ['1.012783'];
// Reissue of a lost certificate.
const CAP_LAI_GCN_MAT = ['1.012786'];
// Correcting a wrong name or birth year on a certificate: province version, and the commune one for a first certificate; the citizen cannot tell them apart.
const DINH_CHINH_GCN = ['1.012790', '1.012796'];
// Change of the user's details (new ID number) on the certificate.
const THAY_DOI_THONG_TIN = ['1.013833'];
// Area differs from the certificate: re-measurement with the boundary unchanged is done by exchange (its text says so); a larger area from a changed boundary has its own procedure; the citizen cannot tell which.
const DIEN_TICH = ['1.012783', '1.012781'];
// Certifying a gift or sale contract for land or a house at the commune.
const CHUNG_THUC_GIAO_DICH = ['2.001035'];
// Certifying the heirs' division paper for land or a house at the commune.
const PHAN_CHIA_DI_SAN = ['2.001406'];
// Change by agreement of husband and wife (adding the spouse to the certificate).
const THEM_TEN_VO = ['1.013980'];
// Providing urban and rural planning information about a lot, commune or province.
const THONG_TIN_QUY_HOACH = ['1.014159'];
// Confirmation of continued use of farm land when its term ends (individuals farming directly).
const TIEP_TUC_SU_DUNG_DAT_NN = ['1.013947'];
// Certifying a refusal of inheritance at the commune.
const TU_CHOI_DI_SAN = ['2.001016'];
// Certifying a will at the commune.
const DI_CHUC = ['2.001019'];
// Land transferred before 1 Aug 2024 whose seller has a certificate but the transfer was never registered.
const GCN_GIAY_TAY = ['1.012785'];
// Declaring and exemption/reduction of non-agricultural (residential) land-use tax.
const THUE_DAT_O = ['1.007695'];

const LAND91_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ thưa cô, nhà tui ở miếng đất này từ hồi trước giải phóng, ông bà để lại, mà tới giờ chưa có cái sổ đỏ nào hết, giờ tui muốn làm sổ thì làm sao cô?', expect: GCN_LAN_DAU, who: 'elderly' }, // s01
  { q: 'dat o tu nam 1975 chua co so do gio muon lam so lan dau thi lam ntn', expect: GCN_LAN_DAU, who: 'rural' }, // s01
  { q: 'cấp sổ đỏ lần đầu', expect: GCN_LAN_DAU, who: 'young' }, // s01
  {
    q: 'Bác mua miếng đất của ông hàng xóm từ năm chín mấy, chỉ có tờ giấy tay viết tay hai bên ký với nhau thôi, giờ ông ấy mất rồi, bác muốn xin cấp giấy chứng nhận thì có được không cháu?',
    expect: GCN_LAN_DAU,
    who: 'elderly',
  }, // s02
  { q: 'mua dat giay tay tu nam 1995 gio xin cap gcn dc ko', expect: GCN_LAN_DAU, who: 'rural' }, // s02
  { q: 'dat giay tay lam so do', expect: GCN_LAN_DAU, who: 'young' }, // s02
  { q: 'Tôi có mảnh đất hơn năm trăm mét, giờ già rồi muốn cắt ra chia cho ba đứa con mỗi đứa một phần, mỗi đứa có sổ riêng, thì phải làm thủ tục gì anh?', expect: TACH_THUA, who: 'elderly' }, // s03
  { q: 'tach thua dat de chia cho con thu tuc ntn', expect: TACH_THUA, who: 'rural' }, // s03
  { q: 'tách thửa đất', expect: TACH_THUA, who: 'young' }, // s03
  {
    q: 'Hai vợ chồng tui già rồi, muốn cho thằng con trai út cái nền nhà với miếng vườn phía sau, sang tên sổ đỏ qua cho nó luôn, thì làm giấy tờ ra sao vậy chú?',
    expect: TANG_CHO_CHUYEN_NHUONG,
    who: 'elderly',
  }, // s04
  { q: 'bo me cho con dat muon sang ten so do cho con lam ntn', expect: TANG_CHO_CHUYEN_NHUONG, who: 'rural' }, // s04
  { q: 'tặng cho đất cho con', expect: TANG_CHO_CHUYEN_NHUONG, who: 'young' }, // s04
  {
    q: 'Dạ, em bán lại cho thằng cháu gọi bằng chú một khoảnh đất ruộng, tiền bạc xong xuôi rồi, giờ muốn làm giấy sang tên cho nó đứng tên đàng hoàng thì ra đâu làm ạ?',
    expect: TANG_CHO_CHUYEN_NHUONG,
    who: 'elderly',
  }, // s05
  { q: 'ban dat cho chau ruot sang ten can giay to j', expect: TANG_CHO_CHUYEN_NHUONG, who: 'rural' }, // s05
  { q: 'sang tên chuyển nhượng đất', expect: TANG_CHO_CHUYEN_NHUONG, who: 'young' }, // s05
  { q: 'Ba tôi mất năm ngoái, có để lại tờ di chúc cho tôi hưởng căn nhà với đất, giờ tôi muốn đứng tên trên sổ hồng thì phải làm những gì hả cô?', expect: BIEN_DONG_THUA_KE, who: 'elderly' }, // s06
  { q: 'bo mat co di chuc de lai dat cho minh gio sang ten so thi lam sao', expect: BIEN_DONG_THUA_KE, who: 'rural' }, // s06
  { q: 'nhận thừa kế đất theo di chúc', expect: BIEN_DONG_THUA_KE, who: 'young' }, // s06
  {
    q: 'Ông bà mất hết rồi mà không có để lại di chúc gì hết, anh em trong nhà năm đứa đã ngồi lại thống nhất chia đất rồi, giờ muốn làm giấy cho hợp pháp thì làm sao con?',
    expect: THUA_KE_PHAN_CHIA,
    who: 'elderly',
  }, // s07
  { q: 'cha me mat ko de lai di chuc anh em thoa thuan chia dat thu tuc the nao', expect: THUA_KE_PHAN_CHIA, who: 'rural' }, // s07
  { q: 'thỏa thuận phân chia di sản', expect: THUA_KE_PHAN_CHIA, who: 'young' }, // s07
  { q: 'Nhà tui có sào ruộng lúa sát đường, giờ muốn lên thổ cư để cất nhà cho con, không biết có được chuyển không, đóng tiền bao nhiêu, làm ở đâu?', expect: CHUYEN_MUC_DICH, who: 'elderly' }, // s08
  { q: 'chuyen dat lua len tho cu de xay nha can lam gi', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s08
  { q: 'chuyển đất lúa sang đất ở', expect: CHUYEN_MUC_DICH, who: 'young' }, // s08
  { q: 'Đất vườn của bác nằm chung thửa với đất ở, giờ bác muốn chuyển thêm một trăm mét vườn thành đất ở để cho con gái làm nhà, thủ tục thế nào cháu?', expect: CHUYEN_MUC_DICH, who: 'elderly' }, // s09
  { q: 'chuyen muc dich dat vuon sang dat o ho so gom nhung j', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s09
  { q: 'chuyen dat vuon len tho cu', expect: CHUYEN_MUC_DICH, who: 'young' }, // s09
  { q: 'Nhà hàng xóm nó lấn qua ranh đất nhà tôi gần một mét, nói hoài không nghe, tôi muốn nhờ xã đứng ra hòa giải thì làm đơn gửi ai?', expect: HOA_GIAI, who: 'elderly' }, // s10
  { q: 'hang xom lan ranh dat muon xa hoa giai lam don the nao', expect: HOA_GIAI, who: 'rural' }, // s10
  { q: 'hòa giải tranh chấp đất đai', expect: HOA_GIAI, who: 'young' }, // s10
  { q: 'Xã hòa giải rồi mà bên kia không chịu, vẫn tranh cái bờ ranh với nhà tôi, giờ tôi muốn đưa lên trên giải quyết tranh chấp thì nộp đơn ở đâu hả chú?', expect: TRANH_CHAP, who: 'elderly' }, // s11
  { q: 'hoa giai o xa ko thanh tranh chap dat gio nop don o dau giai quyet', expect: TRANH_CHAP, who: 'rural' }, // s11
  { q: 'giải quyết tranh chấp đất đai', expect: TRANH_CHAP, who: 'young' }, // s11
  {
    q: 'Hồi trước tôi thế chấp cái sổ đỏ vay ngân hàng nông nghiệp, giờ trả hết nợ rồi, ngân hàng trả sổ lại, mà trên sổ vẫn còn ghi thế chấp, muốn xóa đi thì làm sao?',
    expect: XOA_THE_CHAP,
    who: 'elderly',
  }, // s12
  { q: 'tra het no ngan hang roi muon xoa the chap tren so do', expect: XOA_THE_CHAP, who: 'rural' }, // s12
  { q: 'xoa dang ky the chap', expect: XOA_THE_CHAP, who: 'young' }, // s12
  { q: 'Tôi muốn đem sổ đỏ miếng đất ruộng ra ngân hàng chính sách vay ít vốn nuôi heo, ngân hàng bảo phải đi đăng ký thế chấp, đăng ký ở chỗ nào vậy cô?', expect: THE_CHAP, who: 'elderly' }, // s13
  { q: 'dang ky the chap so do vay ngan hang o dau', expect: THE_CHAP, who: 'rural' }, // s13
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: THE_CHAP, who: 'young' }, // s13
  { q: 'Con trai tui mới cất cái nhà hai tầng trên đất đã có sổ đỏ, mà sổ chỉ ghi đất thôi không có ghi nhà, giờ muốn ghi thêm căn nhà vô sổ thì làm sao?', expect: TAI_SAN_GAN_LIEN, who: 'elderly' }, // s14
  { q: 'xay nha xong muon bo sung nha vao so do thi lam the nao', expect: TAI_SAN_GAN_LIEN, who: 'rural' }, // s14
  { q: 'dang ky tai san gan lien voi dat', expect: TAI_SAN_GAN_LIEN, who: 'young' }, // s14
  { q: 'Tôi định dỡ căn nhà cũ lợp ngói xây lại nhà mái bằng cho con cháu ở, ở quê mình có phải xin giấy phép xây dựng không, xin ở đâu?', expect: GPXD_NHA_O, who: 'elderly' }, // s15
  { q: 'xin giay phep xay nha o nong thon can nhung gi', expect: GPXD_NHA_O, who: 'rural' }, // s15
  { q: 'giấy phép xây dựng nhà ở', expect: GPXD_NHA_O, who: 'young' }, // s15
  { q: 'Cái sổ đỏ nhà tôi cấp từ năm chín mấy, để lâu bị mối ăn rách mấy chỗ, chữ mờ hết rồi, giờ muốn đổi cái sổ mới thì làm sao hả cháu?', expect: CAP_DOI_GCN, who: 'elderly' }, // s17
  { q: 'so do cu bi rach mo chu muon doi so moi', expect: CAP_DOI_GCN, who: 'rural' }, // s17
  { q: 'cap doi so do bi rach', expect: CAP_DOI_GCN, who: 'young' }, // s17
  { q: 'Đợt lũ năm rồi nước vô ngập nhà, trôi mất cái sổ đỏ của ông bà rồi, tìm không ra, giờ xin cấp lại cái khác được không cô?', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s18
  { q: 'mat so do xin cap lai the nao', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s18
  { q: 'cấp lại sổ đỏ bị mất', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s18
  { q: 'Trên sổ đỏ ghi sai tên bà nhà tôi, tên Thị Lành mà ghi thành Thị Lanh, năm sinh cũng sai luôn, giờ muốn sửa lại cho đúng thì làm thủ tục gì?', expect: DINH_CHINH_GCN, who: 'elderly' }, // s19
  { q: 'so do ghi sai ten sai nam sinh muon sua lai', expect: DINH_CHINH_GCN, who: 'rural' }, // s19
  { q: 'đính chính sổ đỏ sai tên', expect: DINH_CHINH_GCN, who: 'young' }, // s19
  { q: 'Sổ đỏ nhà tôi ghi số chứng minh nhân dân cũ, giờ đổi qua căn cước công dân rồi, ngân hàng bảo phải cập nhật lại trên sổ, thì làm ở đâu vậy?', expect: THAY_DOI_THONG_TIN, who: 'elderly' }, // s20
  { q: 'doi cccd moi co phai cap nhat tren so do ko', expect: THAY_DOI_THONG_TIN, who: 'rural' }, // s20
  { q: 'thay đổi thông tin trên sổ đỏ', expect: THAY_DOI_THONG_TIN, who: 'young' }, // s20
  { q: 'Đo lại đất thì thấy thực tế rộng hơn trên sổ cả chục mét, hồi xưa đo bằng thước dây sai, giờ muốn điều chỉnh lại diện tích trên sổ cho đúng thì sao?', expect: DIEN_TICH, who: 'elderly' }, // s21
  { q: 'dien tich thuc te khac so do muon dieu chinh lai dien tich', expect: DIEN_TICH, who: 'rural' }, // s21
  { q: 'dieu chinh dien tich so do', expect: DIEN_TICH, who: 'young' }, // s21
  { q: 'Tôi có hai miếng đất liền nhau, một miếng của tôi, một miếng mua thêm của người em, giờ muốn gộp lại làm một sổ cho gọn thì có được không?', expect: HOP_THUA, who: 'elderly' }, // s22
  { q: 'gop 2 so do thanh 1 so lam ntn', expect: HOP_THUA, who: 'rural' }, // s22
  { q: 'hợp thửa đất', expect: HOP_THUA, who: 'young' }, // s22
  { q: 'Tôi với con trai đã viết hợp đồng cho đất rồi, người ta nói phải ra xã chứng thực hợp đồng hay đi phòng công chứng, ở xã làm được không anh?', expect: CHUNG_THUC_GIAO_DICH, who: 'elderly' }, // s23
  { q: 'chung thuc hop dong tang cho dat o ubnd xa dc ko', expect: CHUNG_THUC_GIAO_DICH, who: 'rural' }, // s23
  { q: 'chứng thực hợp đồng tặng cho', expect: CHUNG_THUC_GIAO_DICH, who: 'young' }, // s23
  { q: 'Mấy anh em tui làm tờ phân chia đất của ba má để lại, ai cũng ký rồi, giờ cần xã chứng thực vô cho có giá trị thì làm sao?', expect: PHAN_CHIA_DI_SAN, who: 'elderly' }, // s24
  { q: 'chung thuc van ban phan chia di san thua ke o xa', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s24
  { q: 'chứng thực văn bản thừa kế', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s24
  { q: 'Ông nhà tôi mất rồi, sổ đỏ đứng tên hai vợ chồng, giờ tôi muốn đứng tên một mình để sau này cho lại con cháu, thì phải làm giấy gì?', expect: THUA_KE_VO_CHONG, who: 'elderly' }, // s25
  { q: 'chong mat so do dung ten 2 vo chong gio sang ten lai cho vo', expect: THUA_KE_VO_CHONG, who: 'rural' }, // s25
  { q: 'vợ chồng đứng tên sổ đỏ chồng mất', expect: THUA_KE_VO_CHONG, who: 'young' }, // s25
  { q: 'Sổ đỏ hồi đó chỉ ghi tên một mình tôi, mà đất là tài sản chung của hai vợ chồng, giờ muốn ghi thêm tên bà xã vô sổ thì làm sao?', expect: THEM_TEN_VO, who: 'elderly' }, // s26
  { q: 'them ten vo vao so do thu tuc', expect: THEM_TEN_VO, who: 'rural' }, // s26
  { q: 'bổ sung tên vợ vào sổ đỏ', expect: THEM_TEN_VO, who: 'young' }, // s26
  { q: 'Thằng cháu ở thành phố muốn mua miếng đất gần nhà tôi, tôi muốn hỏi coi đất đó có dính quy hoạch làm đường hay không thì hỏi ở đâu?', expect: THONG_TIN_QUY_HOACH, who: 'elderly' }, // s28
  { q: 'kiem tra dat co dinh quy hoach ko', expect: THONG_TIN_QUY_HOACH, who: 'rural' }, // s28
  { q: 'tra cứu quy hoạch thửa đất', expect: THONG_TIN_QUY_HOACH, who: 'young' }, // s28
  {
    q: 'Ruộng được chia hồi năm chín ba, sổ ghi thời hạn sử dụng tới năm hai không bốn ba, nghe nói sắp hết hạn, tôi muốn xin gia hạn tiếp để làm ruộng thì làm sao?',
    expect: TIEP_TUC_SU_DUNG_DAT_NN,
    who: 'elderly',
  }, // s29
  { q: 'dat nong nghiep het han su dung xin gia han', expect: TIEP_TUC_SU_DUNG_DAT_NN, who: 'rural' }, // s29
  { q: 'gia hạn thời hạn sử dụng đất', expect: TIEP_TUC_SU_DUNG_DAT_NN, who: 'young' }, // s29
  { q: 'Tôi là con gái đã đi lấy chồng xa, đất của ba má tôi không lấy phần, để cho anh Hai hết, thì tôi phải làm giấy từ chối nhận di sản ở đâu?', expect: TU_CHOI_DI_SAN, who: 'elderly' }, // s32
  { q: 'lam van ban tu choi nhan di san thua ke', expect: TU_CHOI_DI_SAN, who: 'rural' }, // s32
  { q: 'từ chối nhận di sản', expect: TU_CHOI_DI_SAN, who: 'young' }, // s32
  { q: 'Tôi năm nay tám mươi mấy rồi, muốn lập di chúc để lại đất cho mấy đứa con cho rõ ràng sau này khỏi tranh giành, ra xã làm được không cháu?', expect: DI_CHUC, who: 'elderly' }, // s33
  { q: 'lap di chuc chia dat cho con o xa co chung thuc dc ko', expect: DI_CHUC, who: 'rural' }, // s33
  { q: 'chứng thực di chúc', expect: DI_CHUC, who: 'young' }, // s33
  { q: 'Dòng họ nhà tôi có cái nhà thờ họ với khu mộ tổ từ mấy đời, chưa có giấy tờ gì, giờ cả họ muốn làm sổ đỏ cho đất nhà thờ họ thì ai đứng tên, làm ở đâu?', expect: GCN_LAN_DAU, who: 'elderly' }, // s35
  { q: 'lam so do dat nha tho ho dong ho', expect: GCN_LAN_DAU, who: 'rural' }, // s35
  { q: 'cấp sổ đất nhà thờ họ', expect: GCN_LAN_DAU, who: 'young' }, // s35
  { q: 'Sổ đỏ cấp cho hộ ông Nguyễn Văn Tư là ba tôi, giờ ba má mất hết, mấy anh em muốn chia ra mỗi người một phần đứng tên riêng thì phải làm thế nào?', expect: CHIA_SO_HO, who: 'elderly' }, // s36
  { q: 'so do cap cho ho gia dinh bo me mat anh em chia tach so', expect: CHIA_SO_HO, who: 'rural' }, // s36
  { q: 'chia so do ho gia dinh', expect: CHIA_SO_HO, who: 'young' }, // s36
  { q: 'Tôi với ông hàng xóm muốn đổi ruộng cho nhau, ruộng tôi gần nhà ổng, ruộng ổng gần nhà tôi, cho tiện cày cấy, đổi vậy có phải làm giấy tờ không?', expect: BIEN_DONG_THUA_KE, who: 'elderly' }, // s37
  { q: 'doi ruong cho nhau giua 2 ho co can lam giay to ko', expect: BIEN_DONG_THUA_KE, who: 'rural' }, // s37
  { q: 'chuyển đổi ruộng đất nông nghiệp', expect: BIEN_DONG_THUA_KE, who: 'young' }, // s37
  { q: 'Tôi già rồi, muốn bán căn nhà với miếng đất để lên thành phố ở với con, người mua là người ngoài, hợp đồng mua bán phải làm chứng thực ở đâu?', expect: CHUNG_THUC_GIAO_DICH, who: 'elderly' }, // s38
  { q: 'chung thuc hop dong mua ban nha dat o xa', expect: CHUNG_THUC_GIAO_DICH, who: 'rural' }, // s38
  { q: 'chứng thực hợp đồng chuyển nhượng đất', expect: CHUNG_THUC_GIAO_DICH, who: 'young' }, // s38
  {
    q: 'Miếng đất tôi mua của người ta từ năm hai ngàn lẻ mấy, đất đã có sổ đỏ đứng tên người bán, hai bên chỉ làm giấy tay chứ chưa sang tên, giờ người bán đi mất không tìm được, tôi muốn sang tên thì làm sao?',
    expect: GCN_GIAY_TAY,
    who: 'elderly',
  }, // s39
  { q: 'mua dat giay tay chua sang ten nguoi ban di mat roi lam sao sang ten', expect: GCN_GIAY_TAY, who: 'rural' }, // s39
  { q: 'sang ten so do mua giay tay', expect: GCN_GIAY_TAY, who: 'young' }, // s39
  { q: 'Năm nào xã cũng gửi giấy báo đóng thuế đất ở, tôi già rồi hơn tám mươi tuổi không làm ra tiền, có được miễn thuế đất không hả cô?', expect: THUE_DAT_O, who: 'elderly' }, // s40
  { q: 'nguoi gia co dc mien thue dat o ko', expect: THUE_DAT_O, who: 'rural' }, // s40
  { q: 'mien thue su dung dat phi nong nghiep', expect: THUE_DAT_O, who: 'young' }, // s40
];

export const LAND91_TUNE: readonly CitizenQuery[] = LAND91_BATCH.filter((_, i) => i % 2 === 0);
export const LAND91_HELD: readonly CitizenQuery[] = LAND91_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: a complaint about compensation when land is recovered for a road (only police-sector and legal-aid complaints are catalogued), asking for resettlement land after clearance (only the resettlement debt and deduction of costs are), a cadastral map extract or land-record look-up (only survey and mapping products are), exemption or reduction of the land-use fee (tiền sử dụng đất) for a poor or war-invalid household, and recording that fee as a debt on a certificate outside resettlement. */
export const LAND91_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Nhà nước làm đường lấy mất gần nửa mảnh vườn của tôi, mà tiền đền bù tính rẻ quá, cây cối không tính, tôi muốn khiếu nại thì làm đơn gửi ai?', who: 'elderly' }, // s16
  { q: 'bi thu hoi dat lam duong den bu thap muon khieu nai', who: 'rural' }, // s16
  { q: 'khiếu nại bồi thường thu hồi đất', who: 'young' }, // s16
  { q: 'Tôi cần xin cái trích lục bản đồ thửa đất nhà mình để coi ranh giới với hàng xóm cho chắc, xin ở đâu, có mất tiền không?', who: 'elderly' }, // s27
  { q: 'xin trich luc ban do dia chinh thua dat o dau', who: 'rural' }, // s27
  { q: 'trích lục thửa đất', who: 'young' }, // s27
  { q: 'Nhà tôi thuộc hộ nghèo, tôi là thương binh, giờ chuyển đất làm nhà phải đóng tiền sử dụng đất nhiều quá, có được miễn giảm gì không cô?', who: 'elderly' }, // s30
  { q: 'ho ngheo co dc mien giam tien su dung dat ko', who: 'rural' }, // s30
  { q: 'miễn giảm tiền sử dụng đất', who: 'young' }, // s30
  { q: 'Làm sổ xong người ta tính tiền sử dụng đất mấy chục triệu, nhà tôi chưa có tiền đóng liền, có cho ghi nợ trên sổ để sau này trả không?', who: 'elderly' }, // s31
  { q: 'ghi no tien su dung dat tren so do', who: 'rural' }, // s31
  { q: 'ghi nợ tiền sử dụng đất', who: 'young' }, // s31
  { q: 'Nhà nước giải tỏa lấy hết đất ở của tôi làm quốc lộ, giờ không còn chỗ ở, tôi xin một lô đất tái định cư thì làm đơn ở đâu?', who: 'elderly' }, // s34
  { q: 'bi giai toa het dat o xin dat tai dinh cu', who: 'rural' }, // s34
  { q: 'đất tái định cư giải tỏa', who: 'young' }, // s34
];
