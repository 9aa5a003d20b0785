import type { CitizenQuery } from './dev-set';

/** Batch family75 (issue 17): a death or a grave illness in the family and what follows at the counter — registering the death (also late, also abroad), funeral allowance, survivors' pension, inheritance of land, a house, savings, a vehicle, a shop or an enterprise, guardianship of the children left behind, the household head changed, residence struck off, certified copies. Three voices (elderly, rural, young) from the Mekong delta and the central provinces. The queries were written before any procedure name in the catalogue was read, in docs/search-drafts/family75-draft-20261207T1342Z.txt (sha256 50d3029580f0e493f34f3346d79e96473ced46cbb546641b2b1dd968d750f542), and labelled afterwards against server/seed/tthc/national-crawl.jsonl.gz. Counts: labelled 96 (elderly 32, rural 32, young 32), no answer 24. */
// Death registration; a death never registered, however late, is still a first registration (đăng ký lại khai tử is only for one registered before whose record is lost).
const KHAI_TU = ['1.000656'];
// Recording in the Vietnamese register a death already registered abroad (the name lists khai tử).
const GHI_CHU_KHAI_TU = ['2.000547'];
const BAN_SAO_TRICH_LUC = ['2.000635'];
const CAI_CHINH_HO_TICH = ['1.004859'];
// Translator signature certified at the commune, translator a collaborator or not; 2.000975/2.000988 are for missions abroad.
const CHUNG_THUC_BAN_DICH = ['2.000992', '2.001008'];
// Tử tuất covers both the funeral allowance (trợ cấp mai táng) and the survivors pension.
const TU_TUAT = ['2.000821'];
// Inheritance division/declaration at the commune; also the paper banks ask for to release savings.
const PHAN_CHIA_DI_SAN = ['2.001406'];
// Registering the change of land or house by inheritance or gift.
const BIEN_DONG_THUA_KE = ['1.013831'];
const SANG_TEN_XE = ['1.013076'];
// Its text names the change of household-business head when the head dies.
const THAY_DOI_HKD = ['2.000720'];
// Names the change of owner of a private enterprise when the owner dies.
const THAY_DOI_CHU_DNTN = ['2.002011'];
const TU_CHOI_DI_SAN = ['2.001016'];
const DI_CHUC = ['2.001019'];
// Signature certification, also for a giấy ủy quyền to file or collect papers and for someone who cannot sign.
const CHU_KY = ['2.000884'];
// A bare "hợp đồng ủy quyền": a paper authorisation (signature) or a contract over land/house (transaction).
const UY_QUYEN_HD = ['2.000884', '2.001035'];
// Certifying a sale or gift contract for land, a house or a movable.
const GIAO_DICH = ['2.001035'];
// Making over land to children: the gift contract, then the registration of the change.
const TANG_CHO = ['2.001035', '1.013831'];
const TACH_THUA = ['1.012784'];
const CAP_LAI_GCN_MAT = ['1.012786'];
// First registration for households and individuals (commune); 1.012753 is for organisations.
const GCN_LAN_DAU = ['1.013978'];
// A new owner registers the boat; the forms cover a change of ownership (sale, gift, transfer papers).
const DANG_KY_TAU_CA = ['1.003650'];
const GIAM_HO = ['1.004837'];
// A change of guardian is registered as the end of one guardianship and the registration of the next.
const THAY_DOI_GIAM_HO = ['1.004845', '1.004837'];
// Changing the household head is done through adjusting residence information (its text says so).
const CHU_HO = ['1.010039'];
const XOA_THUONG_TRU = ['1.003197'];
const BAN_SAO_CHUNG_THUC = ['2.000815'];
const TINH_TRANG_HON_NHAN = ['1.004873'];
// Recognition during the year when circumstances change, and the yearly review.
const HO_NGHEO = ['1.011607', '1.011606'];

const FAMILY75_BATCH: readonly CitizenQuery[] = [
  { q: 'Cho tôi hỏi ba tôi mới mất tuần trước thì làm giấy chứng tử ở đâu ạ', expect: KHAI_TU, who: 'elderly' }, // s01
  { q: 'tia toi moi mat lam giay khai tu o dau', expect: KHAI_TU, who: 'rural' }, // s01
  { q: 'dk khai tu cho ba', expect: KHAI_TU, who: 'young' }, // s01
  { q: 'Bà nội tôi mất từ năm 2009 mà chưa làm giấy khai tử, bây giờ làm lại có được không ạ', expect: KHAI_TU, who: 'elderly' }, // s02
  { q: 'ba noi mat lau roi chua khai tu gio khai tre duoc hong', expect: KHAI_TU, who: 'rural' }, // s02
  { q: 'khai tu qua han', expect: KHAI_TU, who: 'young' }, // s02
  { q: 'Con trai tôi đi xuất khẩu lao động bên Hàn Quốc mất bên đó, bên đó đã cấp giấy chứng tử, về đây phải ghi vào sổ như thế nào', expect: GHI_CHU_KHAI_TU, who: 'elderly' }, // s03
  { q: 'con chet ben dai loan co giay bên do roi ve que ghi vao so ho tich sao', expect: GHI_CHU_KHAI_TU, who: 'rural' }, // s03
  { q: 'ghi chu khai tu o nuoc ngoai', expect: GHI_CHU_KHAI_TU, who: 'young' }, // s03
  { q: 'Tôi cần xin thêm bản sao giấy chứng tử của chồng tôi để làm giấy tờ đất', expect: BAN_SAO_TRICH_LUC, who: 'elderly' }, // s04
  { q: 'xin them ban sao giay khai tu cua ma', expect: BAN_SAO_TRICH_LUC, who: 'rural' }, // s04
  { q: 'trich luc khai tu ban sao', expect: BAN_SAO_TRICH_LUC, who: 'young' }, // s04
  { q: 'Giấy chứng tử của mẹ tôi ghi sai năm sinh, xin sửa lại thì làm thủ tục gì ạ', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s05
  { q: 'giay khai tu cua me ghi sai nam sinh sua rang', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s05
  { q: 'sua sai thong tin giay khai tu', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s05
  { q: 'Tôi cần dịch giấy chứng tử tiếng Hàn sang tiếng Việt và chứng thực bản dịch', expect: CHUNG_THUC_BAN_DICH, who: 'elderly' }, // s07
  { q: 'dich giay chung tu tieng nhat ra tieng viet roi dong dau o dau', expect: CHUNG_THUC_BAN_DICH, who: 'rural' }, // s07
  { q: 'chung thuc ban dich', expect: CHUNG_THUC_BAN_DICH, who: 'young' }, // s07
  { q: 'Ông nhà tôi là cán bộ hưu trí mới qua đời, cho hỏi lãnh tiền mai táng phí ở đâu ạ', expect: TU_TUAT, who: 'elderly' }, // s08
  { q: 'chong toi an luong huu mat roi lanh tien mai tang', expect: TU_TUAT, who: 'rural' }, // s08
  { q: 'tro cap mai tang bhxh', expect: TU_TUAT, who: 'young' }, // s08
  { q: 'Chồng tôi đang đóng bảo hiểm xã hội thì mất, con nhỏ có được hưởng tiền tuất hằng tháng không ạ', expect: TU_TUAT, who: 'elderly' }, // s11
  { q: 'lanh tien tuat hang thang cho con', expect: TU_TUAT, who: 'rural' }, // s11
  { q: 'che do tu tuat', expect: TU_TUAT, who: 'young' }, // s11
  { q: 'Ba má mất không để lại di chúc, anh em trong nhà thỏa thuận chia đất thì chứng thực văn bản ở đâu ạ', expect: PHAN_CHIA_DI_SAN, who: 'elderly' }, // s12
  { q: 'anh em chia dat cua tia ma de lai lam giay to o xa duoc hong', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s12
  { q: 'van ban thoa thuan phan chia di san', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s12
  { q: 'Tôi được thừa kế miếng đất của cha, muốn sang tên sổ đỏ qua tên tôi thì làm sao', expect: BIEN_DONG_THUA_KE, who: 'elderly' }, // s13
  { q: 'sang ten so do dat thua ke cua ong gia', expect: BIEN_DONG_THUA_KE, who: 'rural' }, // s13
  { q: 'dang ky bien dong dat thua ke', expect: BIEN_DONG_THUA_KE, who: 'young' }, // s13
  { q: 'Nhà đứng tên chồng tôi, ổng mất rồi, giờ sang tên căn nhà cho tôi phải làm giấy tờ gì ạ', expect: BIEN_DONG_THUA_KE, who: 'elderly' }, // s14
  { q: 'chong chet sang ten nha qua ten vo', expect: BIEN_DONG_THUA_KE, who: 'rural' }, // s14
  { q: 'sang ten nha thua ke', expect: BIEN_DONG_THUA_KE, who: 'young' }, // s14
  { q: 'Cha tôi có sổ tiết kiệm ở ngân hàng, ngân hàng bảo phải có văn bản khai nhận di sản mới rút được, làm ở đâu ạ', expect: PHAN_CHIA_DI_SAN, who: 'elderly' }, // s15
  { q: 'rut so tiet kiem cua ma da mat can giay gi', expect: PHAN_CHIA_DI_SAN, who: 'rural' }, // s15
  { q: 'khai nhan di san so tiet kiem', expect: PHAN_CHIA_DI_SAN, who: 'young' }, // s15
  { q: 'Xe gắn máy của ông nhà tôi để lại, bây giờ sang tên cho con trai thì làm ở đâu ạ', expect: SANG_TEN_XE, who: 'elderly' }, // s16
  { q: 'sang ten xe honda cua ba chet de lai', expect: SANG_TEN_XE, who: 'rural' }, // s16
  { q: 'sang ten xe may thua ke', expect: SANG_TEN_XE, who: 'young' }, // s16
  { q: 'Chồng tôi đứng tên giấy phép kinh doanh tiệm tạp hóa, nay ổng mất, tôi muốn đổi qua tên tôi để bán tiếp', expect: THAY_DOI_HKD, who: 'elderly' }, // s17
  { q: 'doi ten giay phep kinh doanh tiem cua chong da chet', expect: THAY_DOI_HKD, who: 'rural' }, // s17
  { q: 'doi chu ho kinh doanh do chet', expect: THAY_DOI_HKD, who: 'young' }, // s17
  { q: 'Cha tôi làm chủ doanh nghiệp tư nhân, nay ông mất, con được thừa kế thì đăng ký thay đổi chủ doanh nghiệp thế nào', expect: THAY_DOI_CHU_DNTN, who: 'elderly' }, // s18
  { q: 'doanh nghiep tu nhan chu chet con lam chu thay', expect: THAY_DOI_CHU_DNTN, who: 'rural' }, // s18
  { q: 'thay doi chu dntn thua ke', expect: THAY_DOI_CHU_DNTN, who: 'young' }, // s18
  { q: 'Tôi có chồng ở xa, không muốn nhận phần đất cha mẹ để lại, muốn làm giấy từ chối nhận di sản', expect: TU_CHOI_DI_SAN, who: 'elderly' }, // s19
  { q: 'ko nhan phan thua ke nhuong cho anh hai lam giay gi', expect: TU_CHOI_DI_SAN, who: 'rural' }, // s19
  { q: 'tu choi nhan di san', expect: TU_CHOI_DI_SAN, who: 'young' }, // s19
  { q: 'Ba tôi bệnh nặng muốn lập di chúc để lại đất cho các con, nhờ xã chứng thực được không ạ', expect: DI_CHUC, who: 'elderly' }, // s20
  { q: 'ong gia benh nang muon lam di chuc', expect: DI_CHUC, who: 'rural' }, // s20
  { q: 'chung thuc di chuc', expect: DI_CHUC, who: 'young' }, // s20
  { q: 'Ông nhà tôi nằm liệt giường, muốn làm giấy ủy quyền cho con đi làm giấy tờ thay thì thế nào ạ', expect: CHU_KY, who: 'elderly' }, // s21
  { q: 'ba nam mot cho lam giay uy quyen cho con', expect: CHU_KY, who: 'rural' }, // s21
  { q: 'hop dong uy quyen', expect: UY_QUYEN_HD, who: 'young' }, // s21
  { q: 'Vợ chồng tôi già yếu rồi, muốn làm giấy cho đất mấy đứa con trước khi mất', expect: TANG_CHO, who: 'elderly' }, // s22
  { q: 'cho dat con trai lam giay to tang cho', expect: TANG_CHO, who: 'rural' }, // s22
  { q: 'hop dong tang cho dat', expect: GIAO_DICH, who: 'young' }, // s22
  { q: 'Mẹ tôi nằm viện lâu ngày, nhà phải bán bớt miếng đất để trả tiền viện phí, làm hợp đồng mua bán ở đâu ạ', expect: GIAO_DICH, who: 'elderly' }, // s23
  { q: 'ban dat lay tien chua benh cho chong cong chung o xa', expect: GIAO_DICH, who: 'rural' }, // s23
  { q: 'chung thuc hd chuyen nhuong dat', expect: GIAO_DICH, who: 'young' }, // s23
  { q: 'Anh em chúng tôi được chia đất của cha mẹ, muốn tách thửa ra mỗi người một sổ đỏ riêng', expect: TACH_THUA, who: 'elderly' }, // s24
  { q: 'tach thua dat chia cho anh em', expect: TACH_THUA, who: 'rural' }, // s24
  { q: 'tach so do', expect: TACH_THUA, who: 'young' }, // s24
  { q: 'Ba tôi mất mà cái sổ đỏ kiếm hoài không thấy, giờ xin cấp lại như thế nào ạ', expect: CAP_LAI_GCN_MAT, who: 'elderly' }, // s25
  { q: 'mat so do cua ong gia xin lai o mo', expect: CAP_LAI_GCN_MAT, who: 'rural' }, // s25
  { q: 'cap lai so do bi mat', expect: CAP_LAI_GCN_MAT, who: 'young' }, // s25
  { q: 'Miếng đất vườn ông bà để lại chưa có giấy đỏ, con cháu muốn làm sổ lần đầu thì hồ sơ ra sao', expect: GCN_LAN_DAU, who: 'elderly' }, // s26
  { q: 'dat ong ba de lai chua co so lam so moi', expect: GCN_LAN_DAU, who: 'rural' }, // s26
  { q: 'cap so do lan dau', expect: GCN_LAN_DAU, who: 'young' }, // s26
  { q: 'Chồng tôi đi biển mất, chiếc ghe đánh cá đứng tên ổng, giờ sang tên cho tôi thì làm ở đâu', expect: DANG_KY_TAU_CA, who: 'elderly' }, // s27
  { q: 'sang ten ghe danh ca cua chong chet', expect: DANG_KY_TAU_CA, who: 'rural' }, // s27
  { q: 'dang ky tau ca doi chu', expect: DANG_KY_TAU_CA, who: 'young' }, // s27
  { q: 'Con trai con dâu tôi mất hết rồi, tôi nuôi hai đứa cháu nội, muốn làm giấy giám hộ cho tụi nhỏ', expect: GIAM_HO, who: 'elderly' }, // s28
  { q: 'nhan giam ho cho chau mo coi', expect: GIAM_HO, who: 'rural' }, // s28
  { q: 'dk giam ho', expect: GIAM_HO, who: 'young' }, // s28
  { q: 'Tôi già yếu rồi không nuôi nổi cháu nữa, muốn chuyển giám hộ qua cho chú nó', expect: THAY_DOI_GIAM_HO, who: 'elderly' }, // s29
  { q: 'doi nguoi giam ho cho chau', expect: THAY_DOI_GIAM_HO, who: 'rural' }, // s29
  { q: 'thay doi giam ho', expect: THAY_DOI_GIAM_HO, who: 'young' }, // s29
  { q: 'Chủ hộ trong sổ hộ khẩu là chồng tôi đã mất, giờ đổi chủ hộ sang tên tôi thì làm sao ạ', expect: CHU_HO, who: 'elderly' }, // s31
  { q: 'chu ho chet roi doi chu ho', expect: CHU_HO, who: 'rural' }, // s31
  { q: 'thay doi chu ho', expect: CHU_HO, who: 'young' }, // s31
  { q: 'Mẹ tôi qua đời rồi, có phải làm thủ tục xóa tên bà trong hộ khẩu không ạ', expect: XOA_THUONG_TRU, who: 'elderly' }, // s32
  { q: 'cat khau nguoi chet', expect: XOA_THUONG_TRU, who: 'rural' }, // s32
  { q: 'xoa thuong tru nguoi mat', expect: XOA_THUONG_TRU, who: 'young' }, // s32
  { q: 'Tôi cần sao y bản chính giấy chứng tử, sổ hộ khẩu với chứng minh nhân dân để nộp hồ sơ thừa kế', expect: BAN_SAO_CHUNG_THUC, who: 'elderly' }, // s33
  { q: 'sao y giay to o mo lay lien', expect: BAN_SAO_CHUNG_THUC, who: 'rural' }, // s33
  { q: 'chung thuc ban sao', expect: BAN_SAO_CHUNG_THUC, who: 'young' }, // s33
  { q: 'Giấy cam kết trong hồ sơ thừa kế phải chứng thực chữ ký, làm ở ủy ban xã được không ạ', expect: CHU_KY, who: 'elderly' }, // s34
  { q: 'thi thuc chu ky o dau', expect: CHU_KY, who: 'rural' }, // s34
  { q: 'chung thuc chu ky', expect: CHU_KY, who: 'young' }, // s34
  { q: 'Chồng tôi mất đã mấy năm, nay tôi đi bước nữa thì xin giấy xác nhận độc thân ở đâu ạ', expect: TINH_TRANG_HON_NHAN, who: 'elderly' }, // s35
  { q: 'vo chet roi xin giay doc than de cuoi vo', expect: TINH_TRANG_HON_NHAN, who: 'rural' }, // s35
  { q: 'xac nhan tinh trang hon nhan', expect: TINH_TRANG_HON_NHAN, who: 'young' }, // s35
  { q: 'Chồng tôi mất rồi, nhà chỉ còn mẹ con làm thuê, xin xét hộ nghèo thì làm sao ạ', expect: HO_NGHEO, who: 'elderly' }, // s40
  { q: 'chong chet nha ngheo xin ho ngheo', expect: HO_NGHEO, who: 'rural' }, // s40
  { q: 'dk ho can ngheo', expect: HO_NGHEO, who: 'young' }, // s40
];

export const FAMILY75_TUNE: readonly CitizenQuery[] = FAMILY75_BATCH.filter((_, i) => i % 2 === 0);
export const FAMILY75_HELD: readonly CitizenQuery[] = FAMILY75_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for: legalising a foreign death certificate (foreign affairs), social-protection funeral support and orphan allowance, allowances for the family of a deceased veteran, bringing remains home, health insurance cards (only police-sector ones are catalogued), cemetery plots, land-record look-ups. */
export const FAMILY75_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Giấy chứng tử bên Mỹ gửi về thì có phải hợp pháp hóa lãnh sự không, làm ở đâu', who: 'elderly' }, // s06
  { q: 'giay chung tu nuoc ngoai gui ve can hop phap hoa ko', who: 'rural' }, // s06
  { q: 'hop phap hoa lanh su giay chung tu', who: 'young' }, // s06
  { q: 'Mẹ tôi đang hưởng tiền trợ cấp người già trên 80 tuổi, nay mất thì gia đình có được hỗ trợ chi phí mai táng không', who: 'elderly' }, // s09
  { q: 'ba ngoai dang lanh tien nguoi gia mat roi co tien chon cat ko', who: 'rural' }, // s09
  { q: 'ho tro mai tang phi bao tro xa hoi', who: 'young' }, // s09
  { q: 'Cha tôi là người có công với cách mạng, đã từ trần, thân nhân làm hồ sơ hưởng trợ cấp một lần thế nào ạ', who: 'elderly' }, // s10
  { q: 'ba toi thuong binh mat roi gia dinh lanh tro cap sao', who: 'rural' }, // s10
  { q: 'tro cap nguoi co cong tu tran', who: 'young' }, // s10
  { q: 'Cháu tôi mồ côi cả cha lẫn mẹ, nhà nước có trợ cấp hằng tháng cho cháu không ạ', who: 'elderly' }, // s30
  { q: 'chau mo coi co tien tro cap chi ko', who: 'rural' }, // s30
  { q: 'tro cap mo coi', who: 'young' }, // s30
  { q: 'Con tôi mất bên Đài Loan, gia đình muốn đưa tro cốt về quê thì làm thủ tục gì ạ', who: 'elderly' }, // s36
  { q: 'dua thi the ve tu nuoc ngoai', who: 'rural' }, // s36
  { q: 'dua tro cot ve vn', who: 'young' }, // s36
  { q: 'Mẹ tôi bệnh nặng phải đi viện mà thẻ bảo hiểm y tế bị mất, xin cấp lại ở đâu ạ', who: 'elderly' }, // s37
  { q: 'the bhyt cua ma bi mat lam lai', who: 'rural' }, // s37
  { q: 'cap lai the bhyt', who: 'young' }, // s37
  { q: 'Cho tôi hỏi xin đất chôn cất ở nghĩa trang của xã thì làm đơn ở đâu', who: 'elderly' }, // s38
  { q: 'xin dat choon ma o nghia dia', who: 'rural' }, // s38
  { q: 'dk an tang nghia trang', who: 'young' }, // s38
  { q: 'Cha tôi mất không biết còn mấy thửa đất đứng tên, muốn xin trích lục hồ sơ địa chính để biết', who: 'elderly' }, // s39
  { q: 'xin thong tin dat cua ba da mat', who: 'rural' }, // s39
  { q: 'trich luc ban do dia chinh', who: 'young' }, // s39
];
