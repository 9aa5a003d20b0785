import type { CitizenQuery } from './dev-set';

/** Batch hill87 (issue 17): people of the northern mountains and midlands and the Central Highlands (Thái Nguyên, Tuyên Quang, Lạng Sơn, Cao Bằng, Hà Giang,
 * Lào Cai, Sơn La, Điện Biên, Hòa Bình, Gia Lai, Đắk Lắk, Kon Tum), many of ethnic minorities (Tày, Nùng, Thái, Mông, Dao, Ê Đê, Gia Rai, Ba Na) speaking
 * simple Vietnamese, and the commune officials or children who type for them, on forest land and forest, upland fields, cattle and buffalo, civil status of
 * families married by custom, residence, ID, social support, schooling and the border. Voices: elderly (the old person or a plain adult, with diacritics,
 * story first, second-language word order), rural (phone typing without diacritics, typos, abbreviations), young (a short search-box query).
 * Written before any procedure name in the catalogue was read: draft docs/search-drafts/hill87-draft-20261207T1636Z.txt, sha256 5bdaa5c70e0683ea43e54584891ebeebca119b882cb6248619aa7dc8d9b635bf;
 * then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 81 (elderly 27, rural 27, young 27), no answer 39. */
// Plain marriage registration; a couple living together by custom and never registered makes a first registration (đăng ký lại kết hôn is only for a lost record).
const KET_HON = ['1.000894'];
// Birth registration, late ones included; the child has no other papers, so not 1.004772, and is over 6, so not the joint BHYT filings.
const KHAI_SINH = ['1.001193'];
// Birth registered together with the father's acknowledgement when the parents never registered their marriage.
const KHAI_SINH_NHAN_CHA = ['1.000689'];
// A death never registered, however late, is a first death registration.
const KHAI_TU = ['1.000656'];
// Acknowledgement of a child whose birth record lacks the father.
const NHAN_CHA_CON = ['1.001022'];
// Correcting a wrong name and re-determining ethnicity in the civil-status record.
const CAI_CHINH_DAN_TOC = ['1.004859'];
// The commune register still holds the record, so a copy of the birth certificate is issued (re-registration is only when the register is lost).
const BAN_SAO_KHAI_SINH = ['2.000635'];
// Certificate of marital status to marry in another commune.
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Marriage with a citizen of the neighbouring country living in the border area, registered at the border commune.
const KET_HON_BIEN_GIOI = ['1.000094'];
// Birth of a child whose mother is a citizen of the neighbouring country living in the border area.
const KHAI_SINH_BIEN_GIOI = ['1.000110'];
// Forest allocation to a household by the commune chairman: giao rừng when the land is already held, or giao đất và giao rừng together.
const GIAO_RUNG = ['1.014832', '1.013949'];
// First land registration and certificate for households and individuals (1.012753 is for organisations).
const GCN_LAN_DAU = ['1.013978'];
// Re-issue of a lost land certificate.
const CAP_LAI_GCN_MAT = ['1.012786'];
// Registering the change by inheritance, with the commune certification of the agreement dividing the estate that comes first when there is no will.
const THUA_KE_DAT = ['1.013831', '2.001406'];
// Commune mediation of a land dispute.
const HOA_GIAI_DAT = ['1.012812'];
// Support to a producer (household included) whose animals died in an epidemic.
const HO_TRO_DICH_BENH = ['1.013997'];
// Quarantine certificate for land animals taken out of the province.
const KIEM_DICH_VAN_CHUYEN = ['1.002338'];
// Temporary residence registration.
const TAM_TRU = ['1.004194'];
// Permanent residence registration at the husband's home.
const THUONG_TRU = ['1.004222'];
// First identity card for a person 14 or over, at the commune or the provincial police.
const CAN_CUOC_LAN_DAU = ['1.014061', '2.000200'];
// Re-issue of a lost identity card, commune or province.
const CAP_LAI_CAN_CUOC = ['1.014064', '2.001194'];
// Recognition as a poor household during the year, and the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];
// Domestic adoption registered at the commune.
const NUOI_CON_NUOI = ['2.001263'];
// Border pass for residents of border communes: to China, or to Laos (Sơn La, Điện Biên); the speaker does not say which.
const THONG_HANH_BIEN_GIOI = ['1.003133', '1.012680'];
// Border pass for residents of a commune on the China border.
const THONG_HANH_TRUNG_QUOC = ['1.003133'];
// Registering a mortgage of land use rights.
const THE_CHAP_DAT = ['1.011441'];
// Certified copy from the original.
const CHUNG_THUC_BAN_SAO = ['2.000815'];
// Permission to change land use (upland field to residential land) for an individual, at the commune.
const CHUYEN_MUC_DICH = ['1.013949'];

const HILL87_BATCH: readonly CitizenQuery[] = [
  { q: 'vợ chồng tôi lấy nhau theo phong tục bản từ lâu rồi, không có giấy gì cả, bây giờ muốn làm cái giấy kết hôn thì làm thế nào ạ', expect: KET_HON, who: 'elderly' }, // s01
  { q: 'vo chong cuoi theo phong tuc tu nam 1995 ko dang ky gio muon lam giay ket hon dc k', expect: KET_HON, who: 'rural' }, // s01
  { q: 'dang ky ket hon', expect: KET_HON, who: 'young' }, // s01
  { q: 'con tôi đẻ ở nhà trên nương, đến nay 7 tuổi rồi chưa có giấy khai sinh, đi học người ta đòi, tôi phải làm sao', expect: KHAI_SINH, who: 'elderly' }, // s02
  { q: 'con de o nha k co giay chung sinh nay 7 tuoi chua lam khai sinh lam ntn', expect: KHAI_SINH, who: 'rural' }, // s02
  { q: 'khai sinh qua han', expect: KHAI_SINH, who: 'young' }, // s02
  { q: 'chúng tôi ở với nhau chưa đăng ký, có con rồi, muốn làm khai sinh cho con có tên bố nó được không ạ', expect: KHAI_SINH_NHAN_CHA, who: 'elderly' }, // s03
  { q: 'chua dang ky ket hon co con lam khai sinh co ten bo dc ko', expect: KHAI_SINH_NHAN_CHA, who: 'rural' }, // s03
  { q: 'khai sinh nhan cha', expect: KHAI_SINH_NHAN_CHA, who: 'young' }, // s03
  { q: 'bố tôi chết ở nhà năm trước, bản làm ma xong rồi, chưa báo xã, bây giờ cần giấy chết để chia đất', expect: KHAI_TU, who: 'elderly' }, // s04
  { q: 'bo mat o nha tu nam 2019 chua lam giay bao tu gio lam lai dc k', expect: KHAI_TU, who: 'rural' }, // s04
  { q: 'dang ky khai tu', expect: KHAI_TU, who: 'young' }, // s04
  { q: 'thằng bé là con tôi, lúc đẻ giấy không có tên bố, bây giờ tôi muốn nhận nó là con ghi vào giấy', expect: NHAN_CHA_CON, who: 'elderly' }, // s05
  { q: 'muon nhan con de bo sung ten cha vao giay khai sinh thu tuc j', expect: NHAN_CHA_CON, who: 'rural' }, // s05
  { q: 'thu tuc nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s05
  { q: 'giấy khai sinh của tôi ngày xưa ông cán bộ viết sai tên, viết dân tộc Kinh, tôi là người Tày, muốn sửa lại cho đúng', expect: CAI_CHINH_DAN_TOC, who: 'elderly' }, // s06
  { q: 'giay khai sinh ghi sai dan toc la kinh ma minh la nung sua lai o dau', expect: CAI_CHINH_DAN_TOC, who: 'rural' }, // s06
  { q: 'cai chinh dan toc khai sinh', expect: CAI_CHINH_DAN_TOC, who: 'young' }, // s06
  { q: 'nhà tôi bị cháy, cái giấy khai sinh cũng cháy mất rồi, sổ ở xã vẫn còn, xin cấp lại cho tôi cái giấy', expect: BAN_SAO_KHAI_SINH, who: 'elderly' }, // s07
  { q: 'mat giay khai sinh ban goc xin cap ban sao trich luc khai sinh o xa', expect: BAN_SAO_KHAI_SINH, who: 'rural' }, // s07
  { q: 'cap lai giay khai sinh', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s07
  { q: 'con gái tôi sắp lấy chồng ở xã bên, người ta bảo phải có giấy chưa có chồng, xin ở đâu ạ', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s08
  { q: 'xin giay xac nhan doc than de di lay chong xa khac', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s08
  { q: 'xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s08
  { q: 'con trai tôi lấy vợ người bên Trung Quốc, ở ngay bên kia cửa khẩu, muốn đăng ký cho đúng luật thì làm ở đâu', expect: KET_HON_BIEN_GIOI, who: 'elderly' }, // s09
  { q: 'lay vo trung quoc o khu vuc bien gioi dang ky ket hon o xa dc ko', expect: KET_HON_BIEN_GIOI, who: 'rural' }, // s09
  { q: 'ket hon nguoi trung quoc bien gioi', expect: KET_HON_BIEN_GIOI, who: 'young' }, // s09
  { q: 'vợ tôi người Lào, đẻ con ở bản gần biên giới, cháu chưa có giấy khai sinh, vợ không có giấy tờ Việt Nam', expect: KHAI_SINH_BIEN_GIOI, who: 'elderly' }, // s10
  { q: 'me nguoi lao bo nguoi viet con de o xa bien gioi lam khai sinh can giay to j', expect: KHAI_SINH_BIEN_GIOI, who: 'rural' }, // s10
  { q: 'khai sinh me nguoi lao', expect: KHAI_SINH_BIEN_GIOI, who: 'young' }, // s10
  { q: 'bản tôi có khu rừng gần nhà, nhà tôi muốn nhận rừng về giữ, trồng cây, nhà nước có giao cho dân không', expect: GIAO_RUNG, who: 'elderly' }, // s11
  { q: 'ho gia dinh xin giao rung de bao ve trong cay lam o dau', expect: GIAO_RUNG, who: 'rural' }, // s11
  { q: 'giao rung cho ho gia dinh', expect: GIAO_RUNG, who: 'young' }, // s11
  { q: 'đất nương nhà tôi làm từ đời ông bà, chưa có sổ đỏ, bây giờ muốn làm sổ thì đi đâu ạ', expect: GCN_LAN_DAU, who: 'elderly' }, // s12
  { q: 'dat nuong lam tu xua chua co so do lam gcn lan dau can giay to gi', expect: GCN_LAN_DAU, who: 'rural' }, // s12
  { q: 'cap so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s12
  { q: 'lũ về cuốn mất cái sổ đỏ của nhà tôi rồi, xin làm lại cái sổ khác được không', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s13
  { q: 'so do bi troi mat do lu lam lai so moi ntn', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s13
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s13
  { q: 'bố tôi mất rồi, để lại ruộng với đất vườn cho anh em tôi, muốn sang tên sổ đỏ cho tôi', expect: THUA_KE_DAT, who: 'elderly' }, // s14
  { q: 'bo mat k de di chuc sang ten so do thua ke cho con lam sao', expect: THUA_KE_DAT, who: 'rural' }, // s14
  { q: 'sang ten so do thua ke', expect: THUA_KE_DAT, who: 'young' }, // s14
  { q: 'nhà bên cạnh lấn sang nương nhà tôi, hai nhà cãi nhau mãi, muốn xã xuống hòa giải cho', expect: HOA_GIAI_DAT, who: 'elderly' }, // s17
  { q: 'tranh chap ranh gioi dat nuong voi hang xom xa hoa giai k', expect: HOA_GIAI_DAT, who: 'rural' }, // s17
  { q: 'hoa giai tranh chap dat dai', expect: HOA_GIAI_DAT, who: 'young' }, // s17
  { q: 'trâu nhà tôi bị bệnh chết hai con, dịch lở mồm, nhà nghèo lắm, nhà nước có hỗ trợ gì không ạ', expect: HO_TRO_DICH_BENH, who: 'elderly' }, // s18
  { q: 'trau bo chet do dich benh co dc ho tro tien k lam ho so gi', expect: HO_TRO_DICH_BENH, who: 'rural' }, // s18
  { q: 'ho tro trau bo chet dich', expect: HO_TRO_DICH_BENH, who: 'young' }, // s18
  { q: 'tôi đưa bò xuống xuôi bán, đi qua tỉnh khác người ta hỏi giấy kiểm dịch, giấy đó xin ở đâu', expect: KIEM_DICH_VAN_CHUYEN, who: 'elderly' }, // s20
  { q: 'cho bo di ban tinh khac can giay kiem dich k xin o dau', expect: KIEM_DICH_VAN_CHUYEN, who: 'rural' }, // s20
  { q: 'kiem dich van chuyen bo', expect: KIEM_DICH_VAN_CHUYEN, who: 'young' }, // s20
  { q: 'con tôi xuống khu công nghiệp dưới xuôi làm thuê, ở nhà trọ, chủ trọ bảo phải đăng ký ở tạm', expect: TAM_TRU, who: 'elderly' }, // s23
  { q: 'di lam cong ty o tro can dang ky tam tru lam the nao', expect: TAM_TRU, who: 'rural' }, // s23
  { q: 'dang ky tam tru', expect: TAM_TRU, who: 'young' }, // s23
  { q: 'tôi về làm dâu bản khác, hộ khẩu vẫn ở nhà bố mẹ đẻ, bây giờ muốn chuyển về nhà chồng', expect: THUONG_TRU, who: 'elderly' }, // s24
  { q: 'lay chong xa khac chuyen ho khau ve nha chong lam ntn', expect: THUONG_TRU, who: 'rural' }, // s24
  { q: 'chuyen khau ve nha chong', expect: THUONG_TRU, who: 'young' }, // s24
  { q: 'bà già rồi, chưa có cái thẻ căn cước, giấy khai sinh cũng không có, đi lĩnh tiền người ta đòi thẻ, làm thế nào', expect: CAN_CUOC_LAN_DAU, who: 'elderly' }, // s25
  { q: 'ba cu 80 tuoi chua co cccd lam the can cuoc cho nguoi gia o dau', expect: CAN_CUOC_LAN_DAU, who: 'rural' }, // s25
  { q: 'lam can cuoc lan dau', expect: CAN_CUOC_LAN_DAU, who: 'young' }, // s25
  { q: 'tôi đi nương đánh rơi mất cái thẻ căn cước rồi, tìm mãi không thấy, xin làm lại', expect: CAP_LAI_CAN_CUOC, who: 'elderly' }, // s26
  { q: 'mat cccd lam lai mat bao lau phi bao nhieu', expect: CAP_LAI_CAN_CUOC, who: 'rural' }, // s26
  { q: 'cap lai can cuoc bi mat', expect: CAP_LAI_CAN_CUOC, who: 'young' }, // s26
  { q: 'nhà tôi nghèo lắm, ruộng ít, năm nay không được vào danh sách hộ nghèo, muốn xin xét lại', expect: HO_NGHEO, who: 'elderly' }, // s30
  { q: 'xin cong nhan ho ngheo de dc ho tro bhyt hoc phi', expect: HO_NGHEO, who: 'rural' }, // s30
  { q: 'dang ky ho ngheo', expect: HO_NGHEO, who: 'young' }, // s30
  { q: 'cháu họ tôi bố mẹ bỏ đi, vợ chồng tôi nuôi nó từ bé, muốn nhận làm con nuôi cho có giấy tờ', expect: NUOI_CON_NUOI, who: 'elderly' }, // s36
  { q: 'nhan chau lam con nuoi dang ky o ubnd xa can gi', expect: NUOI_CON_NUOI, who: 'rural' }, // s36
  { q: 'dang ky nhan con nuoi', expect: NUOI_CON_NUOI, who: 'young' }, // s36
  { q: 'họ hàng tôi ở bên kia biên giới, tôi muốn sang thăm, đi chợ bên đó, phải có giấy gì mới được sang', expect: THONG_HANH_BIEN_GIOI, who: 'elderly' }, // s37
  { q: 'lam giay thong hanh sang trung quoc tham ho hang o dau', expect: THONG_HANH_TRUNG_QUOC, who: 'rural' }, // s37
  { q: 'giay thong hanh bien gioi', expect: THONG_HANH_BIEN_GIOI, who: 'young' }, // s37
  { q: 'tôi muốn vay tiền ngân hàng mua bò giống, ngân hàng bảo mang sổ đỏ đi đăng ký thế chấp', expect: THE_CHAP_DAT, who: 'elderly' }, // s38
  { q: 'the chap so do vay von mua bo dang ky o dau', expect: THE_CHAP_DAT, who: 'rural' }, // s38
  { q: 'dang ky the chap so do', expect: THE_CHAP_DAT, who: 'young' }, // s38
  { q: 'cô giáo bảo nộp bản sao giấy khai sinh với sổ hộ nghèo có dấu đỏ, tôi mang giấy gốc ra xã làm được không', expect: CHUNG_THUC_BAN_SAO, who: 'elderly' }, // s39
  { q: 'chung thuc ban sao giay to o ubnd xa mat phi k', expect: CHUNG_THUC_BAN_SAO, who: 'rural' }, // s39
  { q: 'chung thuc ban sao', expect: CHUNG_THUC_BAN_SAO, who: 'young' }, // s39
  { q: 'đất nhà tôi là đất nương trồng ngô, muốn làm nhà cho con ở trên đó, cán bộ bảo phải chuyển sang đất ở', expect: CHUYEN_MUC_DICH, who: 'elderly' }, // s40
  { q: 'chuyen muc dich dat nuong sang dat o de lam nha', expect: CHUYEN_MUC_DICH, who: 'rural' }, // s40
  { q: 'chuyen muc dich su dung dat', expect: CHUYEN_MUC_DICH, who: 'young' }, // s40
];

export const HILL87_TUNE: readonly CitizenQuery[] = HILL87_BATCH.filter((_, i) => i % 2 === 0);
export const HILL87_HELD: readonly CitizenQuery[] = HILL87_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: harvesting a household's own planted acacia (no permit exists; the catalogued harvest plans and the timber-list confirmation are for state-owned forest, imported or confiscated timber) and timber from natural forest to build a house; support for livestock killed by cold or crops lost to floods and emergency housing after a landslide; social protection (old-age, disability, orphan and funeral allowances); ordinary health insurance cards (only police-sector ones are catalogued); schooling (boarding meal support, tuition exemption, school transfer). */
export const HILL87_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'nhà tôi trồng keo trên đồi được tám năm rồi, bây giờ muốn chặt bán, có phải xin phép xã không ạ', who: 'elderly' }, // s15
  { q: 'khai thac keo rung trong nha minh co phai xin phep k', who: 'rural' }, // s15
  { q: 'khai thac go rung trong', who: 'young' }, // s15
  { q: 'tôi muốn làm nhà sàn cho con trai, cần mấy cây gỗ trong rừng bản, xin thế nào cho khỏi bị phạt', who: 'elderly' }, // s16
  { q: 'xin khai thac go rung tu nhien lam nha o cho ho ngheo', who: 'rural' }, // s16
  { q: 'xin go lam nha san', who: 'young' }, // s16
  { q: 'rét quá, trâu bò nhà tôi chết rét mấy con, cán bộ bảo làm giấy xin hỗ trợ, làm thế nào', who: 'elderly' }, // s19
  { q: 'trau chet ret dam ret hai co dc nha nuoc ho tro k', who: 'rural' }, // s19
  { q: 'ho tro gia suc chet ret', who: 'young' }, // s19
  { q: 'lũ quét làm hỏng hết ngô lúa trên nương rồi, không còn gì ăn, xin nhà nước giúp giống với gạo', who: 'elderly' }, // s21
  { q: 'lu quet mat mua ngo lua xin ho tro thiet hai thien tai', who: 'rural' }, // s21
  { q: 'ho tro thiet hai lu quet', who: 'young' }, // s21
  { q: 'đất sạt lở đổ mất nhà tôi rồi, cả nhà đang ở nhờ nhà hàng xóm, xin hỗ trợ làm lại nhà', who: 'elderly' }, // s22
  { q: 'nha bi sat lo sap het xin ho tro lam nha khan cap', who: 'rural' }, // s22
  { q: 'ho tro nha sap do sat lo', who: 'young' }, // s22
  { q: 'mẹ tôi năm nay 81 tuổi rồi, không có lương hưu, nghe nói người già được nhà nước cho tiền hàng tháng', who: 'elderly' }, // s27
  { q: 'nguoi tren 80 tuoi k co luong huu xin tro cap hang thang', who: 'rural' }, // s27
  { q: 'tro cap nguoi cao tuoi', who: 'young' }, // s27
  { q: 'cháu nhà tôi câm điếc từ bé, người ta bảo đi làm giấy khuyết tật để được tiền, làm ở đâu ạ', who: 'elderly' }, // s28
  { q: 'con bi cam diec xin giay xac nhan khuyet tat de huong tro cap', who: 'rural' }, // s28
  { q: 'xac dinh muc do khuyet tat', who: 'young' }, // s28
  { q: 'bố mẹ nó chết cả rồi, hai đứa cháu ở với bà, bà già không nuôi nổi, xin nhà nước giúp cho cháu', who: 'elderly' }, // s29
  { q: 'tre mo coi ca cha me o voi ba xin tro cap xa hoi', who: 'rural' }, // s29
  { q: 'tro cap tre mo coi', who: 'young' }, // s29
  { q: 'ông tôi đang hưởng tiền người già thì mất rồi, nghe nói được nhà nước cho tiền làm ma', who: 'elderly' }, // s31
  { q: 'nguoi huong tro cap xa hoi mat gia dinh xin tien mai tang', who: 'rural' }, // s31
  { q: 'ho tro chi phi mai tang', who: 'young' }, // s31
  { q: 'cái thẻ bảo hiểm đi khám bệnh của tôi bị mất, người dân tộc vùng khó được cấp không tiền, xin làm lại', who: 'elderly' }, // s32
  { q: 'mat the bhyt nguoi dan toc thieu so cap lai o dau', who: 'rural' }, // s32
  { q: 'cap lai the bhyt', who: 'young' }, // s32
  { q: 'con tôi đi học xa, nhà cách trường hơn chục cây số, phải ở lại trường, nghe nói được hỗ trợ tiền ăn với gạo', who: 'elderly' }, // s33
  { q: 'hoc sinh ban tru nha xa truong xin ho tro tien an gao', who: 'rural' }, // s33
  { q: 'ho tro hoc sinh ban tru', who: 'young' }, // s33
  { q: 'nhà tôi hộ nghèo, người dân tộc, con học cấp ba, có được miễn tiền học không ạ', who: 'elderly' }, // s34
  { q: 'con ho ngheo dan toc thieu so mien giam hoc phi can giay gi', who: 'rural' }, // s34
  { q: 'mien giam hoc phi', who: 'young' }, // s34
  { q: 'nhà tôi chuyển xuống thị trấn ở, con đang học lớp bốn trên bản, muốn cho nó học trường dưới này', who: 'elderly' }, // s35
  { q: 'chuyen truong cho con tu truong ban xuong truong thi tran thu tuc j', who: 'rural' }, // s35
  { q: 'chuyen truong tieu hoc', who: 'young' }, // s35
];
