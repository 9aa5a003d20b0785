import type { CitizenQuery } from './dev-set';

/** Batch province96 (issue 17): adults at a provincial public service centre (Trung tâm Phục vụ hành chính công tỉnh) — passports, driving licences, company and cooperative registration, construction permits, land for a project, work permits and residence for foreigners, judicial records, notarisation and certified copies, investment, transport and trade licences, environment and water permits, healthcare and education practice licences. Voices: elderly (an old person or plain adult speaking, with diacritics, telling the story first), rural (phone typing without diacritics, typos and abbreviations, small-business owners), young (a short search-box query, often the official short name). Written before any procedure name in the catalogue was read: draft docs/search-drafts/province96-draft-20261207T1742Z.txt, sha256 d98fd3427135a8e4dbbc17a4311ea64a5fe18450378b4469637b6a4157e04d52; then labelled against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 81 (elderly 27, rural 27, young 27), no answer 39. */
// Passports (immigration police, province level).
const HO_CHIEU = ['1.001456'];
// A lost passport: report the loss (province or commune police), then a new passport is issued.
const MAT_HO_CHIEU = ['1.001456', '1.001445', '1.010386'];
// Driving licences: renewal, reissue of a lost one, and exchange of a foreign licence (its subjects include Vietnamese citizens).
const DOI_GPLX = ['3.000347'];
const CAP_LAI_GPLX = ['3.000348'];
const DOI_GPLX_NUOC_NGOAI = ['3.000351'];
// Several partners in a limited company: TNHH with two members or more.
const TNHH_2TV = ['2.001199'];
// A bare "register a company": any of the founding procedures, the citizen cannot tell them apart.
const THANH_LAP_DN = ['2.001199', '2.001583', '2.002043', '2.001610'];
// Head-office address change; the change of legal representative is a separate procedure.
const DOI_TRU_SO = ['2.002041'];
const THAY_DOI_DKDN = ['2.002041', '2.002011'];
const CHI_NHANH = ['2.002069'];
const TAM_NGUNG_DN = ['2.002029'];
const GIAI_THE_DN = ['2.002023'];
const LAP_HTX = ['1.005280'];
// New construction, names nhà ở riêng lẻ (commune).
const GPXD_NHA_O = ['1.013225'];
// A factory: grade I–II at the province, grade III–IV at the commune; the citizen cannot tell the grade.
const GPXD_CONG_TRINH = ['1.013236', '1.013225'];
// Lease of state land: province for organisations, commune for households and individuals.
const THUE_DAT = ['1.013823', '1.013949'];
// Change of land use for a household (commune); the province version is for organisations.
const CHUYEN_MDSD_HO = ['1.013949'];
const CHUYEN_MDSD = ['1.013949', '1.013823'];
const THE_TAM_TRU_NNN = ['1.003460'];
// "Gia hạn visa": extension of temporary stay or a new visa issued in Vietnam, both at the province immigration office.
const GIA_HAN_TAM_TRU_NNN = ['1.001146', '1.001194'];
const LY_LICH_TU_PHAP = ['3.000333'];
// The commune certifies sale contracts for land and houses, the catalogued alternative to a notary (notarial acts themselves are not catalogued).
const CHUNG_THUC_GIAO_DICH = ['2.001035'];
const BAN_SAO_CHUNG_THUC = ['2.000815'];
const GCN_DANG_KY_DAU_TU = ['1.009664'];
// A provincial project outside industrial zones: approval by the provincial chairman.
const CHU_TRUONG_DAU_TU = ['1.009645'];
const GP_KD_VAN_TAI = ['1.000703'];
const PHU_HIEU_XE = ['2.002288'];
const GP_MOI_TRUONG = ['1.010727'];
// A workshop well: a licence below 5,000 m3/day (province), or only a registration for a small one (commune).
const NUOC_DUOI_DAT = ['1.004223', '1.001662'];
// Copy from the original register, done by the body holding it (also a school for a diploma).
const BAN_SAO_SO_GOC = ['2.000908'];

const PROVINCE96_BATCH: readonly CitizenQuery[] = [
  { q: 'Dạ cho tôi hỏi, con gái tôi nó lấy chồng bên Hàn, giờ tôi muốn sang thăm mà chưa có hộ chiếu bao giờ, làm hộ chiếu thì làm ở đâu ạ', expect: HO_CHIEU, who: 'elderly' }, // s01
  { q: 'lam ho chieu lan dau can giay to j', expect: HO_CHIEU, who: 'rural' }, // s01
  { q: 'cap ho chieu pho thong', expect: HO_CHIEU, who: 'young' }, // s01
  { q: 'Chú ơi, thằng cháu tôi đi xe khách bị móc mất cái ba lô, trong đó có cái hộ chiếu, giờ phải trình báo rồi xin làm lại hộ chiếu thế nào hả chú', expect: MAT_HO_CHIEU, who: 'elderly' }, // s02
  { q: 'mat ho chieu lam lai o dau a', expect: MAT_HO_CHIEU, who: 'rural' }, // s02
  { q: 'bao mat ho chieu', expect: MAT_HO_CHIEU, who: 'young' }, // s02
  { q: 'Bằng lái ô tô của tôi hạng B2 sắp hết hạn rồi, tôi lái xe dịch vụ cho công ty, giờ muốn đổi bằng mới thì nộp ở đây được không cô', expect: DOI_GPLX, who: 'elderly' }, // s03
  { q: 'bang lai b2 sap het han doi the nao', expect: DOI_GPLX, who: 'rural' }, // s03
  { q: 'doi giay phep lai xe', expect: DOI_GPLX, who: 'young' }, // s03
  { q: 'Hôm trước đi chợ tôi đánh rơi cái ví, mất luôn cái bằng lái xe máy với căn cước, giờ bằng lái thì xin cấp lại ở đâu hả cháu', expect: CAP_LAI_GPLX, who: 'elderly' }, // s04
  { q: 'mat bang lai xe may xin cap lai dc ko', expect: CAP_LAI_GPLX, who: 'rural' }, // s04
  { q: 'cap lai bang lai xe bi mat', expect: CAP_LAI_GPLX, who: 'young' }, // s04
  {
    q: 'Dạ tôi đi xuất khẩu lao động bên Nhật về, có cái bằng lái xe của Nhật, giờ về quê muốn đổi sang bằng lái Việt Nam để chạy xe thì có đổi được không ạ',
    expect: DOI_GPLX_NUOC_NGOAI,
    who: 'elderly',
  }, // s05
  { q: 'doi bang lai nuoc ngoai sang vn', expect: DOI_GPLX_NUOC_NGOAI, who: 'rural' }, // s05
  { q: 'doi gplx nuoc ngoai', expect: DOI_GPLX_NUOC_NGOAI, who: 'young' }, // s05
  { q: 'Tôi với mấy anh em góp vốn định mở một công ty nhỏ làm vật liệu xây dựng, trách nhiệm hữu hạn ấy, thì đăng ký thành lập công ty ở đâu, cần những gì ạ', expect: TNHH_2TV, who: 'elderly' }, // s06
  { q: 'thanh lap cty tnhh 2 thanh vien can nhung j', expect: TNHH_2TV, who: 'rural' }, // s06
  { q: 'dang ky thanh lap doanh nghiep', expect: THANH_LAP_DN, who: 'young' }, // s06
  {
    q: 'Công ty tôi mới chuyển trụ sở sang chỗ khác, với lại đổi người đại diện theo pháp luật là con trai tôi, giờ phải khai báo thay đổi với nhà nước thế nào',
    expect: THAY_DOI_DKDN,
    who: 'elderly',
  }, // s07
  { q: 'doi dia chi tru so cty thi lam thu tuc j', expect: DOI_TRU_SO, who: 'rural' }, // s07
  { q: 'thay doi noi dung dang ky doanh nghiep', expect: THAY_DOI_DKDN, who: 'young' }, // s07
  { q: 'Công ty tôi ở ngoài Hà Nội, giờ muốn mở thêm một chi nhánh ở tỉnh mình để bán hàng, thì phải đăng ký chi nhánh ra sao ạ', expect: CHI_NHANH, who: 'elderly' }, // s08
  { q: 'mo chi nhanh cong ty o tinh khac', expect: CHI_NHANH, who: 'rural' }, // s08
  { q: 'dang ky hoat dong chi nhanh', expect: CHI_NHANH, who: 'young' }, // s08
  { q: 'Dạo này buôn bán ế ẩm quá, công ty tôi muốn tạm nghỉ kinh doanh chừng một năm, có phải báo cho ai không, làm giấy gì hả em', expect: TAM_NGUNG_DN, who: 'elderly' }, // s09
  { q: 'cty muon tam ngung kinh doanh 1 nam', expect: TAM_NGUNG_DN, who: 'rural' }, // s09
  { q: 'thong bao tam ngung kinh doanh', expect: TAM_NGUNG_DN, who: 'young' }, // s09
  { q: 'Công ty của ông nhà tôi làm ăn thua lỗ, giờ ông mất rồi, nhà tôi muốn giải thể công ty luôn cho xong, thủ tục làm sao ạ', expect: GIAI_THE_DN, who: 'elderly' }, // s10
  { q: 'giai the cty tnhh mot thanh vien', expect: GIAI_THE_DN, who: 'rural' }, // s10
  { q: 'giai the doanh nghiep', expect: GIAI_THE_DN, who: 'young' }, // s10
  { q: 'Bà con trong thôn chúng tôi muốn lập hợp tác xã trồng rau sạch, mấy chục hộ góp vốn, thì đăng ký hợp tác xã làm ở đâu thưa anh', expect: LAP_HTX, who: 'elderly' }, // s11
  { q: 'lap hop tac xa nong nghiep can ho so j', expect: LAP_HTX, who: 'rural' }, // s11
  { q: 'dang ky thanh lap hop tac xa', expect: LAP_HTX, who: 'young' }, // s11
  { q: 'Nhà tôi cũ quá rồi, tôi muốn phá đi xây lại cái nhà ba tầng trên đất của mình ở phường, thì có phải xin giấy phép xây dựng không, xin ở đâu', expect: GPXD_NHA_O, who: 'elderly' }, // s12
  { q: 'xin giay phep xay nha 3 tang o phuong', expect: GPXD_NHA_O, who: 'rural' }, // s12
  { q: 'giay phep xay dung nha o rieng le', expect: GPXD_NHA_O, who: 'young' }, // s12
  { q: 'Công ty tôi được giao đất trong cụm công nghiệp, giờ muốn xây nhà xưởng thì xin giấy phép xây dựng công trình ở sở nào ạ', expect: GPXD_CONG_TRINH, who: 'elderly' }, // s13
  { q: 'xin gp xay dung nha xuong cty', expect: GPXD_CONG_TRINH, who: 'rural' }, // s13
  { q: 'cap giay phep xay dung cong trinh', expect: GPXD_CONG_TRINH, who: 'young' }, // s13
  { q: 'Tôi có dự án làm trang trại chăn nuôi, muốn thuê đất của nhà nước mấy héc ta ở xã bên, thì thủ tục thuê đất làm dự án thế nào ạ', expect: THUE_DAT, who: 'elderly' }, // s14
  { q: 'thue dat nha nuoc lam du an can thu tuc j', expect: THUE_DAT, who: 'rural' }, // s14
  { q: 'cho thue dat thuc hien du an', expect: THUE_DAT, who: 'young' }, // s14
  { q: 'Nhà tôi có mảnh đất vườn, đất nông nghiệp, giờ muốn chuyển sang đất ở hoặc đất kinh doanh để mở xưởng thì phải xin phép chuyển mục đích thế nào', expect: CHUYEN_MDSD_HO, who: 'elderly' }, // s15
  { q: 'chuyen dat nong nghiep sang dat o lam the nao', expect: CHUYEN_MDSD_HO, who: 'rural' }, // s15
  { q: 'chuyen muc dich su dung dat', expect: CHUYEN_MDSD, who: 'young' }, // s15
  { q: 'Con rể tôi là người Úc, sang đây ở với vợ con lâu dài, giờ muốn làm cái thẻ tạm trú cho khỏi phải ra vào gia hạn thị thực hoài, làm ở đâu vậy', expect: THE_TAM_TRU_NNN, who: 'elderly' }, // s18
  { q: 'lam the tam tru cho chong nguoi nuoc ngoai', expect: THE_TAM_TRU_NNN, who: 'rural' }, // s18
  { q: 'the tam tru nguoi nuoc ngoai', expect: THE_TAM_TRU_NNN, who: 'young' }, // s18
  { q: 'Có ông khách người Đức ở nhà nghỉ của tôi, thị thực sắp hết hạn mà ông ấy muốn ở thêm, thì gia hạn visa cho ông ấy ở đâu hả anh', expect: GIA_HAN_TAM_TRU_NNN, who: 'elderly' }, // s19
  { q: 'gia han visa cho khach nuoc ngoai', expect: GIA_HAN_TAM_TRU_NNN, who: 'rural' }, // s19
  { q: 'gia han thi thuc', expect: GIA_HAN_TAM_TRU_NNN, who: 'young' }, // s19
  { q: 'Con tôi đi xin việc, người ta đòi cái phiếu lý lịch tư pháp, mà tôi không biết xin ở đâu, tôi xin thay cho cháu được không', expect: LY_LICH_TU_PHAP, who: 'elderly' }, // s20
  { q: 'xin phieu ly lich tu phap so 1 o dau', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s20
  { q: 'cap phieu ly lich tu phap', expect: LY_LICH_TU_PHAP, who: 'young' }, // s20
  { q: 'Tôi bán căn nhà cho người cháu, hai bên thỏa thuận xong rồi, giờ phải ra công chứng hợp đồng mua bán, công chứng ở đâu ạ', expect: CHUNG_THUC_GIAO_DICH, who: 'elderly' }, // s21
  { q: 'cong chung hop dong mua ban nha dat', expect: CHUNG_THUC_GIAO_DICH, who: 'rural' }, // s21
  { q: 'cong chung hop dong chuyen nhuong', expect: CHUNG_THUC_GIAO_DICH, who: 'young' }, // s21
  { q: 'Cô ơi tôi cần mấy bản sao giấy tờ có đóng dấu chứng thực để nộp hồ sơ cho con đi học, chứng thực bản sao làm ở đâu', expect: BAN_SAO_CHUNG_THUC, who: 'elderly' }, // s22
  { q: 'photo cong chung giay to o dau', expect: BAN_SAO_CHUNG_THUC, who: 'rural' }, // s22
  { q: 'chung thuc ban sao tu ban chinh', expect: BAN_SAO_CHUNG_THUC, who: 'young' }, // s22
  { q: 'Có người bạn Hàn Quốc muốn sang tỉnh mình đầu tư mở xưởng may, anh ấy cần giấy chứng nhận đăng ký đầu tư, thì lên sở nào làm ạ', expect: GCN_DANG_KY_DAU_TU, who: 'elderly' }, // s23
  { q: 'nha dau tu nuoc ngoai xin giay chung nhan dau tu', expect: GCN_DANG_KY_DAU_TU, who: 'rural' }, // s23
  { q: 'cap giay chung nhan dang ky dau tu', expect: GCN_DANG_KY_DAU_TU, who: 'young' }, // s23
  { q: 'Công ty tôi định làm dự án khu du lịch sinh thái ven sông, người ta bảo phải xin chấp thuận chủ trương đầu tư của tỉnh trước, hồ sơ thế nào ạ', expect: CHU_TRUONG_DAU_TU, who: 'elderly' }, // s24
  { q: 'xin chu truong dau tu du an', expect: CHU_TRUONG_DAU_TU, who: 'rural' }, // s24
  { q: 'chap thuan chu truong dau tu', expect: CHU_TRUONG_DAU_TU, who: 'young' }, // s24
  { q: 'Tôi có ba cái xe khách, muốn đăng ký thành lập nhà xe chạy tuyến cố định, người ta bảo phải có giấy phép kinh doanh vận tải, xin ở đâu ạ', expect: GP_KD_VAN_TAI, who: 'elderly' }, // s25
  { q: 'xin giay phep kinh doanh van tai xe khach', expect: GP_KD_VAN_TAI, who: 'rural' }, // s25
  { q: 'giay phep kinh doanh van tai oto', expect: GP_KD_VAN_TAI, who: 'young' }, // s25
  { q: 'Tôi mua thêm cái xe tải chở hàng thuê, giờ muốn làm phù hiệu xe để chạy cho đúng luật thì đi đâu làm hả cô', expect: PHU_HIEU_XE, who: 'elderly' }, // s26
  { q: 'cap phu hieu xe tai cho hang', expect: PHU_HIEU_XE, who: 'rural' }, // s26
  { q: 'cap phu hieu xe', expect: PHU_HIEU_XE, who: 'young' }, // s26
  { q: 'Nhà máy chế biến gỗ của tôi sắp đi vào hoạt động, người ta bảo phải có giấy phép môi trường, xin ở sở tài nguyên phải không ạ', expect: GP_MOI_TRUONG, who: 'elderly' }, // s30
  { q: 'xin giay phep moi truong cho xuong', expect: GP_MOI_TRUONG, who: 'rural' }, // s30
  { q: 'cap giay phep moi truong', expect: GP_MOI_TRUONG, who: 'young' }, // s30
  { q: 'Xưởng tôi cần khoan giếng lấy nước ngầm để dùng sản xuất, nghe nói khai thác nước dưới đất phải xin phép, làm sao ạ', expect: NUOC_DUOI_DAT, who: 'elderly' }, // s31
  { q: 'xin phep khoan gieng lay nuoc ngam cho xuong', expect: NUOC_DUOI_DAT, who: 'rural' }, // s31
  { q: 'giay phep khai thac nuoc duoi dat', expect: NUOC_DUOI_DAT, who: 'young' }, // s31
  { q: 'Tôi làm mất cái bằng tốt nghiệp cấp ba từ lâu rồi, giờ đi làm người ta đòi, xin lại bản sao bằng tốt nghiệp thì hỏi ở đâu ạ', expect: BAN_SAO_SO_GOC, who: 'elderly' }, // s40
  { q: 'mat bang tot nghiep thpt xin ban sao', expect: BAN_SAO_SO_GOC, who: 'rural' }, // s40
  { q: 'cap ban sao van bang', expect: BAN_SAO_SO_GOC, who: 'young' }, // s40
];

export const PROVINCE96_TUNE: readonly CitizenQuery[] = PROVINCE96_BATCH.filter((_, i) => i % 2 === 0);
export const PROVINCE96_HELD: readonly CitizenQuery[] = PROVINCE96_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: work permits and work-permit exemptions for foreign workers (the labour field is not catalogued), retail licences for alcohol and tobacco and the petrol-station certificate (trade), practice certificates for doctors and pharmacists, clinic operating licences and pharmacy eligibility (health), private kindergartens and foreign-language centres (education), food safety for restaurants (only agro-forestry-fishery establishments are catalogued), and travel agency licences (tourism). */
export const PROVINCE96_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Xưởng tôi thuê một ông kỹ sư người Trung Quốc sang làm, người ta bảo phải xin giấy phép lao động cho ông ấy, xin ở đâu hả cháu', who: 'elderly' }, // s16
  { q: 'xin giay phep lao dong cho nguoi nuoc ngoai', who: 'rural' }, // s16
  { q: 'cap giay phep lao dong', who: 'young' }, // s16
  { q: 'Cậu giám đốc người Hàn góp vốn vào công ty tôi, nghe nói chủ sở hữu thì không phải xin giấy phép lao động, nhưng phải có giấy xác nhận, làm thế nào ạ', who: 'elderly' }, // s17
  { q: 'xac nhan ko thuoc dien cap gp lao dong', who: 'rural' }, // s17
  { q: 'mien giay phep lao dong', who: 'young' }, // s17
  { q: 'Tôi mở tiệm tạp hóa, có bán thêm rượu chai, rượu đóng chai, giờ người ta kiểm tra bảo phải có giấy phép bán rượu, xin thế nào', who: 'elderly' }, // s27
  { q: 'giay phep ban le ruou cho tiem tap hoa', who: 'rural' }, // s27
  { q: 'giay phep ban le ruou', who: 'young' }, // s27
  { q: 'Quán nước của tôi bán thuốc lá, người ta bảo phải có giấy phép bán lẻ thuốc lá, vậy xin giấy ấy ở đâu hả chú', who: 'elderly' }, // s28
  { q: 'xin giay phep ban thuoc la', who: 'rural' }, // s28
  { q: 'giay phep ban le san pham thuoc la', who: 'young' }, // s28
  { q: 'Nhà tôi có mặt bằng ngoài quốc lộ, muốn mở cây xăng, thì giấy chứng nhận cửa hàng đủ điều kiện bán xăng dầu xin ở đâu ạ', who: 'elderly' }, // s29
  { q: 'mo cay xang can giay phep j', who: 'rural' }, // s29
  { q: 'cua hang du dieu kien ban le xang dau', who: 'young' }, // s29
  { q: 'Con gái tôi học bác sĩ ra trường, thực hành xong rồi, giờ muốn xin chứng chỉ hành nghề khám chữa bệnh để đi làm, xin ở sở y tế phải không', who: 'elderly' }, // s32
  { q: 'xin chung chi hanh nghe bac si', who: 'rural' }, // s32
  { q: 'giay phep hanh nghe kham chua benh', who: 'young' }, // s32
  { q: 'Tôi là dược sĩ, muốn mở quầy thuốc ở chợ, người ta đòi chứng chỉ hành nghề dược, vậy tôi nộp hồ sơ xin ở đâu ạ', who: 'elderly' }, // s33
  { q: 'chung chi hanh nghe duoc mo quay thuoc', who: 'rural' }, // s33
  { q: 'cap chung chi hanh nghe duoc', who: 'young' }, // s33
  { q: 'Tôi làm bác sĩ về hưu, muốn mở phòng khám tư ở nhà khám cho bà con, thì giấy phép hoạt động phòng khám xin như thế nào', who: 'elderly' }, // s34
  { q: 'mo phong kham tu nhan can giay phep j', who: 'rural' }, // s34
  { q: 'giay phep hoat dong phong kham', who: 'young' }, // s34
  { q: 'Tôi có chứng chỉ rồi, giờ mở nhà thuốc thì còn phải xin cái giấy chứng nhận đủ điều kiện kinh doanh dược nữa phải không cô', who: 'elderly' }, // s35
  { q: 'giay chung nhan du dk kinh doanh duoc nha thuoc', who: 'rural' }, // s35
  { q: 'du dieu kien kinh doanh duoc', who: 'young' }, // s35
  { q: 'Tôi là giáo viên mầm non nghỉ hưu, muốn mở nhóm trẻ tư thục ở nhà trông mấy cháu nhỏ trong xóm, có phải xin phép không ạ', who: 'elderly' }, // s36
  { q: 'mo nhom tre tu thuc tai nha can thu tuc j', who: 'rural' }, // s36
  { q: 'thanh lap truong mam non tu thuc', who: 'young' }, // s36
  { q: 'Con trai tôi đi du học về, muốn mở trung tâm dạy tiếng Anh cho trẻ con ở thị xã, người ta bảo phải xin phép sở giáo dục, thủ tục ra sao', who: 'elderly' }, // s37
  { q: 'mo trung tam tieng anh can giay phep ko', who: 'rural' }, // s37
  { q: 'thanh lap trung tam ngoai ngu', who: 'young' }, // s37
  { q: 'Tôi mở quán cơm phục vụ công nhân mấy trăm suất một ngày, bên y tế đòi giấy chứng nhận an toàn thực phẩm, xin ở đâu hả em', who: 'elderly' }, // s38
  { q: 'xin giay chung nhan atvstp cho quan an', who: 'rural' }, // s38
  { q: 'chung nhan co so du dieu kien an toan thuc pham', who: 'young' }, // s38
  { q: 'Tôi với mấy người bạn muốn mở công ty du lịch đưa khách đi tour trong nước, nghe nói phải có giấy phép lữ hành, xin ở đâu ạ', who: 'elderly' }, // s39
  { q: 'giay phep kinh doanh lu hanh noi dia', who: 'rural' }, // s39
  { q: 'cap giay phep lu hanh', who: 'young' }, // s39
];
