import type { CitizenQuery } from './dev-set';

/** Batch short76 (issue 17): short kiosk queries of 1 to 6 words, typed the way people really type on a kiosk keyboard — no or half diacritics, colloquial and old names of papers (sổ đỏ, sổ hồng, hộ khẩu, cmnd, bằng lái), abbreviations (dk, cccd, gpkd, hkd, gpxd, gplx, bhyt, bhxh, llpt, tncn), typos, shuffled word order and trailing question words — across civil status, certification, residence, ID cards, land, building, household business, social protection, vehicles, justice, taxes and farming. Voices are mostly rural and young, with some elderly typing short. All queries were written before any procedure name in the catalogue was read, in docs/search-drafts/short76-draft-20261207T1342Z.txt (sha256 c32392daf02f894915081838a7e26c5e4d06da0a8aded2c124d43adce5943238), and are kept byte for byte. Counts: labelled 100 (elderly 16, rural 37, young 47), no answer 10. */

// Civil status (hộ tịch). Newborn birth registration also answers through the two liên thông procedures for children under 6.
const KHAI_SINH = ['1.001193', '2.000986', '2.001023'];
// Lost birth paper: a copy from the register; đăng ký lại khai sinh when the register entry is lost too.
const MAT_KHAI_SINH = ['2.000635', '1.004884'];
const BAN_SAO_KHAI_SINH = ['2.000635'];
const KET_HON = ['1.000894'];
const XN_HON_NHAN = ['1.004873'];
const KHAI_TU = ['1.000656'];
const CAI_CHINH_HO_TICH = ['1.004859'];
// Recognising a child: the plain procedure, or combined with birth registration when the child has none yet.
const NHAN_CHA_CON = ['1.001022', '1.000689'];
const GIAM_HO = ['1.004837'];
const GHI_CHU_LY_HON = ['2.000554'];

// Certification (chứng thực) at the commune: what people call "công chứng" there.
const CT_BAN_SAO = ['2.000815'];
const CT_CHU_KY = ['2.000884'];
const CT_HOP_DONG_DAT = ['2.001035'];

// Residence.
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const XOA_THUONG_TRU = ['1.003197'];
// Household books are gone; the paper that replaces them is the confirmation of residence information.
const XN_CU_TRU = ['1.010041'];

// ID cards: commune and province versions; the central (Cấp bộ) ones are not what a local counter handles.
const CCCD_CAP_14 = ['1.014061', '2.000200'];
const CCCD_CAP = ['1.014061', '2.000200', '1.014062', '1.012549'];
const CCCD_CAP_LAI = ['1.014064', '2.001194'];
const DINH_DANH_2 = ['3.000228'];
// "Activate VNeID": level 2 at the commune, or the level 1 account.
const KICH_HOAT_VNEID = ['3.000228', '1.011410'];

// Land. First certificate for households and individuals (1.012753 is for organisations, excluded).
const SO_DO_LAN_DAU = ['1.013978'];
const SANG_TEN_DAT = ['1.013831'];
// "chuyen nhuong dat" can mean the certified contract or the registration of the transfer.
const CHUYEN_NHUONG_DAT = ['1.013831', '2.001035'];
const THUA_KE_DAT = ['1.013831', '2.001406'];
const TACH_THUA = ['1.012784'];
// Splitting off part of a plot for a child: the split and the registration of the gift.
const TACH_THUA_CHO_CON = ['1.012784', '1.013831'];
const MAT_SO_DO = ['1.012786'];
// Change of use for individuals is decided at the commune (1.013823, same name, is for businesses and organisations).
const CHUYEN_MDSD = ['1.013949'];
const TRANH_CHAP_DAT = ['1.012812', '1.013967'];

// Building: new permit for level III/IV works and individual houses.
const GPXD_NHA = ['1.013225'];

// Household business and companies.
const HKD_DANG_KY = ['1.001612'];
const HKD_CHAM_DUT = ['1.001266'];
const HKD_TAM_NGUNG = ['1.001570'];
const HKD_THAY_DOI = ['2.000720'];
const THANH_LAP_CTY = ['2.001583', '2.001199', '2.002043', '2.002042'];
const CTY_TNHH = ['2.001583', '2.001199'];

// Social protection and insurance. BHYT card procedures under the police "Chính sách" field are for police families, excluded.
const HO_NGHEO = ['1.011607', '1.011606'];
const BHYT_CAP_LAI = ['1.002759'];
// Health insurance for a child: household-only participation, or the under-6 liên thông with birth registration.
const BHYT_CHO_CON = ['1.001939', '2.001023', '2.000986'];
const BHXH_MOT_LAN = ['1.001613'];

// Vehicles. Driving licence procedures are listed at ministry level only; they are still the answer.
const DOI_GPLX = ['3.000347'];
const CAP_LAI_GPLX = ['3.000348'];
const DK_XE_MOI = ['1.013067', '1.012575', '1.013066'];
const SANG_TEN_XE = ['1.013076'];
// A bare "plate" query: first registration, re-issue or exchange of the registration and plate.
const BIEN_SO_XE = ['1.013067', '1.012575', '1.013066', '1.013079', '1.013080', '1.013082'];

// Justice.
const LY_LICH_TU_PHAP = ['3.000333'];
const TRO_GIUP_PHAP_LY = ['2.000829'];

// Taxes.
const MST_CA_NHAN = ['1.008498'];
const QUYET_TOAN_TNCN = ['2.002233'];
const THUE_DAT = ['1.007695'];

// Farming.
const KIEM_DICH_DONG_VAT = ['1.002338'];
const BUON_BAN_BVTV = ['1.004363'];

const SHORT76_BATCH: readonly CitizenQuery[] = [
  { q: 'dk khai sinh cho con', expect: KHAI_SINH, who: 'young' }, // s01
  { q: 'lam khai sanh be moi de', expect: KHAI_SINH, who: 'rural' }, // s01
  { q: 'làm giấy khai sinh cho cháu', expect: KHAI_SINH, who: 'elderly' }, // s01
  { q: 'mat giay khai sihn', expect: MAT_KHAI_SINH, who: 'rural' }, // s02
  { q: 'trich luc khai sinh', expect: BAN_SAO_KHAI_SINH, who: 'young' }, // s02
  { q: 'bản sao khai sinh ở đâu', expect: BAN_SAO_KHAI_SINH, who: 'elderly' }, // s02
  { q: 'dk ket hon', expect: KET_HON, who: 'young' }, // s03
  { q: 'dang ki ket hon can gi', expect: KET_HON, who: 'rural' }, // s03
  { q: 'đăng ký kết hôn', expect: KET_HON, who: 'elderly' }, // s03
  { q: 'xac nhan doc than', expect: XN_HON_NHAN, who: 'young' }, // s04
  { q: 'xac nhan tinh trang hon nhan', expect: XN_HON_NHAN, who: 'rural' }, // s04
  { q: 'xn tthn o dau', expect: XN_HON_NHAN, who: 'young' }, // s04
  { q: 'khai tu cho ba', expect: KHAI_TU, who: 'rural' }, // s05
  { q: 'báo tử cho ông nhà', expect: KHAI_TU, who: 'elderly' }, // s05
  { q: 'khai tử dk', expect: KHAI_TU, who: 'young' }, // s05
  { q: 'doi ten khai sinh', expect: CAI_CHINH_HO_TICH, who: 'young' }, // s06
  { q: 'sua sai ten giay khai sinh', expect: CAI_CHINH_HO_TICH, who: 'rural' }, // s06
  { q: 'sửa năm sinh trong khai sinh', expect: CAI_CHINH_HO_TICH, who: 'elderly' }, // s06
  { q: 'nhan con ngoai gia thu', expect: NHAN_CHA_CON, who: 'rural' }, // s07
  { q: 'dk nhan cha con', expect: NHAN_CHA_CON, who: 'young' }, // s07
  { q: 'cong chung photo', expect: CT_BAN_SAO, who: 'young' }, // s08
  { q: 'chung thuc ban sao', expect: CT_BAN_SAO, who: 'rural' }, // s08
  { q: 'công chứng giấy tờ ở xã', expect: CT_BAN_SAO, who: 'elderly' }, // s08
  { q: 'chung thuc chu ky', expect: CT_CHU_KY, who: 'young' }, // s09
  { q: 'xac nhan chu ki', expect: CT_CHU_KY, who: 'rural' }, // s09
  { q: 'chung thuc hop dong ban dat', expect: CT_HOP_DONG_DAT, who: 'rural' }, // s10
  { q: 'cong chung hd tang cho', expect: CT_HOP_DONG_DAT, who: 'young' }, // s10
  { q: 'nhap ho khau cho vo', expect: THUONG_TRU, who: 'rural' }, // s11
  { q: 'dk thuong tru', expect: THUONG_TRU, who: 'young' }, // s11
  { q: 'nhập khẩu cho con dâu', expect: THUONG_TRU, who: 'elderly' }, // s11
  { q: 'dk tam tru', expect: TAM_TRU, who: 'young' }, // s12
  { q: 'khai bao tam tru nha tro', expect: TAM_TRU, who: 'rural' }, // s12
  { q: 'tam tru sv can gi', expect: TAM_TRU, who: 'young' }, // s12
  { q: 'cat khau chuyen di', expect: XOA_THUONG_TRU, who: 'rural' }, // s13
  { q: 'xoa thuong chu', expect: XOA_THUONG_TRU, who: 'young' }, // s13
  { q: 'xac nhan cu tru', expect: XN_CU_TRU, who: 'young' }, // s14
  { q: 'mất sổ hộ khẩu làm sao', expect: XN_CU_TRU, who: 'elderly' }, // s14
  { q: 'giay xac nhan cu tru', expect: XN_CU_TRU, who: 'rural' }, // s14
  { q: 'lam cccd', expect: CCCD_CAP, who: 'young' }, // s15
  { q: 'doi cmnd sang can cuoc', expect: CCCD_CAP_14, who: 'rural' }, // s15
  { q: 'làm căn cước cho cháu', expect: CCCD_CAP, who: 'elderly' }, // s15
  { q: 'mat cccd', expect: CCCD_CAP_LAI, who: 'young' }, // s16
  { q: 'mat can cuoc lam lai', expect: CCCD_CAP_LAI, who: 'rural' }, // s16
  { q: 'cap lai cccđ bao lau', expect: CCCD_CAP_LAI, who: 'young' }, // s16
  { q: 'dinh danh muc 2', expect: DINH_DANH_2, who: 'young' }, // s17
  { q: 'kich hoat vneid', expect: KICH_HOAT_VNEID, who: 'young' }, // s17
  { q: 'lam so do lan dau', expect: SO_DO_LAN_DAU, who: 'rural' }, // s18
  { q: 'xin cấp sổ đỏ', expect: SO_DO_LAN_DAU, who: 'elderly' }, // s18
  { q: 'cap gcn qsdd', expect: SO_DO_LAN_DAU, who: 'young' }, // s18
  { q: 'sang ten so do', expect: SANG_TEN_DAT, who: 'rural' }, // s19
  { q: 'chuyen nhuong dat', expect: CHUYEN_NHUONG_DAT, who: 'young' }, // s19
  { q: 'mua đất sang tên thế nào', expect: SANG_TEN_DAT, who: 'elderly' }, // s19
  { q: 'dat cha me de lai', expect: THUA_KE_DAT, who: 'rural' }, // s20
  { q: 'thừa kế đất của bố', expect: THUA_KE_DAT, who: 'elderly' }, // s20
  { q: 'tach thưa dat', expect: TACH_THUA, who: 'rural' }, // s21
  { q: 'tach so do cho con', expect: TACH_THUA_CHO_CON, who: 'young' }, // s21
  { q: 'mat so do', expect: MAT_SO_DO, who: 'rural' }, // s22
  { q: 'so hong mat cap lai', expect: MAT_SO_DO, who: 'young' }, // s22
  { q: 'len tho cu', expect: CHUYEN_MDSD, who: 'rural' }, // s23
  { q: 'chuyen muc dich su dung dat', expect: CHUYEN_MDSD, who: 'young' }, // s23
  { q: 'chuyen dat ruong sang dat o', expect: CHUYEN_MDSD, who: 'rural' }, // s23
  { q: 'xin gpxd', expect: GPXD_NHA, who: 'young' }, // s24
  { q: 'xin phep xay nha', expect: GPXD_NHA, who: 'rural' }, // s24
  { q: 'xây nhà có phải xin phép', expect: GPXD_NHA, who: 'elderly' }, // s24
  { q: 'dk hkd', expect: HKD_DANG_KY, who: 'young' }, // s25
  { q: 'dang ky ho kinh doanh', expect: HKD_DANG_KY, who: 'rural' }, // s25
  { q: 'lam gpkd tap hoa', expect: HKD_DANG_KY, who: 'young' }, // s25
  { q: 'dong hkd', expect: HKD_CHAM_DUT, who: 'young' }, // s26
  { q: 'tam nghi kinh doanh', expect: HKD_TAM_NGUNG, who: 'rural' }, // s26
  { q: 'thay doi gpkd', expect: HKD_THAY_DOI, who: 'young' }, // s26
  { q: 'thanh lap cty', expect: THANH_LAP_CTY, who: 'young' }, // s27
  { q: 'dk dn tnhh', expect: CTY_TNHH, who: 'young' }, // s27
  { q: 'xin ho ngheo', expect: HO_NGHEO, who: 'rural' }, // s30
  { q: 'xac nhan ho can ngheo', expect: HO_NGHEO, who: 'young' }, // s30
  { q: 'cap lai the bhyt', expect: BHYT_CAP_LAI, who: 'young' }, // s31
  { q: 'bao hiem y te cho con', expect: BHYT_CHO_CON, who: 'rural' }, // s31
  { q: 'rut bhxh 1 lan', expect: BHXH_MOT_LAN, who: 'young' }, // s32
  { q: 'lanh bao hiem mot lan', expect: BHXH_MOT_LAN, who: 'rural' }, // s32
  { q: 'doi gplx', expect: DOI_GPLX, who: 'young' }, // s34
  { q: 'mat bang lai xe', expect: CAP_LAI_GPLX, who: 'rural' }, // s34
  { q: 'đổi bằng lái xe', expect: DOI_GPLX, who: 'elderly' }, // s34
  { q: 'dk xe may moi', expect: DK_XE_MOI, who: 'young' }, // s35
  { q: 'sang ten xe may', expect: SANG_TEN_XE, who: 'rural' }, // s35
  { q: 'bien so xe', expect: BIEN_SO_XE, who: 'young' }, // s35
  { q: 'ly lich tu phap', expect: LY_LICH_TU_PHAP, who: 'young' }, // s36
  { q: 'lam lý lịch tư phap', expect: LY_LICH_TU_PHAP, who: 'rural' }, // s36
  { q: 'llpt bao lau', expect: LY_LICH_TU_PHAP, who: 'young' }, // s36
  { q: 'ma so thue ca nhan', expect: MST_CA_NHAN, who: 'young' }, // s37
  { q: 'quyet toan thue tncn', expect: QUYET_TOAN_TNCN, who: 'young' }, // s37
  { q: 'nop thue dat o dau', expect: THUE_DAT, who: 'rural' }, // s37
  { q: 'kiem dich heo', expect: KIEM_DICH_DONG_VAT, who: 'rural' }, // s39
  { q: 'kiem dich van chuyen ga', expect: KIEM_DICH_DONG_VAT, who: 'young' }, // s39
  { q: 'tranh chap dat hang xom', expect: TRANH_CHAP_DAT, who: 'rural' }, // s40
  { q: 'hàng xóm lấn đất', expect: TRANH_CHAP_DAT, who: 'elderly' }, // s40
  { q: 'dk giam ho', expect: GIAM_HO, who: 'young' }, // s41
  { q: 'lam giam ho cho chau', expect: GIAM_HO, who: 'rural' }, // s41
  { q: 'tro giup phap ly', expect: TRO_GIUP_PHAP_LY, who: 'rural' }, // s42
  { q: 'nhờ luật sư miễn phí', expect: TRO_GIUP_PHAP_LY, who: 'elderly' }, // s42
  { q: 'ghi chu ly hon', expect: GHI_CHU_LY_HON, who: 'young' }, // s43
  { q: 'giay phep ban thuoc bvtv', expect: BUON_BAN_BVTV, who: 'young' }, // s44
];

export const SHORT76_TUNE: readonly CitizenQuery[] = SHORT76_BATCH.filter((_, i) => i % 2 === 0);
export const SHORT76_HELD: readonly CitizenQuery[] = SHORT76_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue has no procedure for. */
export const SHORT76_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'tien gia 80 tuoi', who: 'rural' }, // s28 old-age social allowance: social protection is missing
  { q: 'trợ cấp tuổi già', who: 'elderly' }, // s28
  { q: 'giay xac nhan khuyet tat', who: 'rural' }, // s29 disability certification: missing
  { q: 'tro cap khuyet tat', who: 'young' }, // s29
  { q: 'tro cap that nghiep', who: 'young' }, // s33 unemployment benefit: labour is missing
  { q: 'huong tn o dau', who: 'young' }, // s33
  { q: 'ho tro lua bi lu', who: 'rural' }, // s38 crop loss from disasters: no support procedure for crops
  { q: 'lua mat mua xin ho tro', who: 'rural' }, // s38
  { q: 'ly hon lam o dau', who: 'rural' }, // s43 divorce is decided by a court, not in the catalogue
  { q: 'mo cua hang phan bon', who: 'rural' }, // s44 no certificate for selling fertiliser
];
