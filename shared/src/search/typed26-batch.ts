import type { CitizenQuery } from './dev-set';

const KS = ['1.001193', '2.000986', '2.001023'];
const KS_LATE = ['1.001193', '1.004772'];
const KS_COPY = ['2.000635', '1.004884'];
const KT = ['1.000656'];
const KH = ['1.000894'];
const SINGLE = ['1.004873'];
const CHANGE = ['1.004859'];
const RECOGNISE = ['1.001022', '1.000689'];
const GUARDIAN = ['1.004837'];
const BAN_SAO = ['2.000815'];
const CHU_KY = ['2.000884'];
const CONTRACT = '2.001035';
const FIRST = ['1.013978'];
const TRANSFER = '1.013831';
const SALE_GIFT = [TRANSFER, CONTRACT];
const SPLIT_FOR_CHILD = ['1.012784', TRANSFER];
const CHANGE_USE = ['1.013949', '1.013823', '1.013992'];
const LAND_LOST = ['1.012786'];
const INHERIT = ['2.001406', TRANSFER];
const DISPUTE = ['1.012812', '1.013967'];
const THUONG_TRU = ['1.004222'];
const THUONG_TRU_CHILD = [...THUONG_TRU, '2.000986'];
const TAM_TRU = ['1.004194'];
const TAM_VANG = ['1.003677'];
const CCCD = ['1.014061', '2.000200', '1.001247'];
const CCCD_LOST = ['1.014064', '2.001194', '1.000757'];
const BHXH_ONCE = ['1.001613'];
const BHYT_ONLY = ['1.001939'];
const CARD_CHANGE = ['1.002759'];
const MATERNITY = ['2.000693'];
const TU_TUAT = ['2.000821'];
const POOR = ['1.011607', '1.011606'];
const XE_NEW = ['1.013067', '1.012575', '1.013066'];
const XE_SANG_TEN = ['1.013076'];
const LICENCE_EXPIRED = ['3.000347', '3.000348'];
const HKD_NEW = ['1.001612'];
const TAX_PERSON = ['1.008498'];
const HTX_NEW = ['1.005280'];
const PERMIT_NEW = ['1.013225'];
const PERMIT_REPAIR = ['1.013229'];
const LLTP = ['3.000333', '3.000330'];
const PASSPORT = ['1.001456', '1.001471'];

/**
 * How people type on a kiosk or a phone (issue 17, helper session of 6 Dec 2026): 61 queries written in one sitting
 * at 17:24 UTC (docs/search-drafts/typed26-draft-20261206T1724Z.txt), before any procedure name was grepped and
 * before the engine was run on them, weighted by a commune counter's volume (civil status, certification, land,
 * residence and identity, social insurance, vehicles, household business, building): 18 elderly (slow typing with
 * dropped or misplaced marks: "giây khai tư", "căng cước", "dấy phép", "trứng thực", "fô tô"), 20 rural (no
 * diacritics, Telex and VNI left in by an input method switched off: "sinhf", "ddawng kys tamj trus", "d9a8ng ky1",
 * "khai sanh", "dang ki", "fep", "mai tag", "dta") and 23 young (chat shorthand j, v, r, dc, k, ko, ntn, bn, ad;
 * cccd, gcn, qsdd, sdd, bhxh, bhyt, gplx, dkkd, hkd, mst, htx, lltp, xkld; run-together words "tachthua",
 * "thuongtru"; doubled spaces; shop, online, passport).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels hotich12, land24, resid14, welfare23 and biz17 gave the same situations: every procedure a counter
 * clerk would accept. A birth never registered ten years on accepts the registration for people with papers; a lost
 * birth certificate the copy of the extract and the re-registration; "công chứng" of a paper the commune's certified
 * copy and of a land sale the contract's attestation; a split to give to the children the split and the gift's
 * registration; a registration "cho con" the newborn link too; burial money the survivor's benefit; an expired
 * licence the exchange and the reissue. The catalogue has no unemployment benefit, no social assistance (tiền già,
 * disability allowance) and no food-safety certificate for an eatery (only farm, forest and fishery producers): those
 * 4 queries are in TYPED26_NO_ANSWER. Split by alternation into TYPED26_TUNE and TYPED26_HELD.
 */
export const TYPED26_BATCH: readonly CitizenQuery[] = [
  { q: 'lam giay khai sinhf cho con', expect: KS, who: 'rural' },
  { q: 'dk khai sinh cho be moi sinh can j v ad', expect: KS, who: 'young' },
  { q: 'đăng kí khài sanh cho cháu nội', expect: KS, who: 'elderly' },
  { q: 'con toi 10 tuoi chua lam khai sanh gio lam dc ko', expect: KS_LATE, who: 'rural' },
  { q: 'mat giay khai sinh r xin ban sao o dau', expect: KS_COPY, who: 'young' },
  { q: 'xin cấp lai bàn sao khai sinh', expect: KS_COPY, who: 'elderly' },
  { q: 'báo tử cho ba tôi mơi mât', expect: KT, who: 'elderly' },
  { q: 'làm giây khai tư cho chông', expect: KT, who: 'elderly' },
  { q: 'ddawng ky ket hon can nhung giay to gi', expect: KH, who: 'young' },
  { q: 'd9a8ng ky1 ke61t ho6n', expect: KH, who: 'rural' },
  { q: 'xin giay xac nhan doc than de lay chong', expect: SINGLE, who: 'young' },
  { q: 'xác nhân tinh trang hôn nhan', expect: SINGLE, who: 'elderly' },
  { q: 'sửa tên trong giây khai sinh bị sai', expect: CHANGE, who: 'elderly' },
  { q: 'khai sinh ghi sai ngay sinh sua ntn', expect: CHANGE, who: 'young' },
  { q: 'lam giay nhan cha cho con', expect: RECOGNISE, who: 'rural' },
  { q: 'đăng ký giam hô cho cháu mồ côi', expect: GUARDIAN, who: 'elderly' },
  { q: 'cong chung photo cccd o dau', expect: BAN_SAO, who: 'young' },
  { q: 'chung thucc ban sao bang tot nghiep', expect: BAN_SAO, who: 'rural' },
  { q: 'trứng thực giây tờ fô tô', expect: BAN_SAO, who: 'elderly' },
  { q: 'chung thuc chu ki', expect: CHU_KY, who: 'young' },
  { q: 'cong chung hop dong mua ban dta', expect: [CONTRACT], who: 'rural' },
  { q: 'lam so do lan dau het bn', expect: FIRST, who: 'rural' },
  { q: 'cap gcn qsdd lan dau', expect: FIRST, who: 'young' },
  { q: 'sang tên sô đỏ cho con trai', expect: SALE_GIFT, who: 'elderly' },
  { q: 'sang ten sdd mua dat cua hang xom', expect: SALE_GIFT, who: 'rural' },
  { q: 'tachthua dat chia cho con', expect: SPLIT_FOR_CHILD, who: 'young' },
  { q: 'chuyen dat ruong len tho cu', expect: CHANGE_USE, who: 'rural' },
  { q: 'mất sổ đo xin cấp lai', expect: LAND_LOST, who: 'elderly' },
  { q: 'thua ke dat cua bo me de lai', expect: INHERIT, who: 'rural' },
  { q: 'tranh chap dat voi nha ben canh giai quyet sao', expect: DISPUTE, who: 'young' },
  { q: 'nhâp hô khâu cho con dâu', expect: THUONG_TRU, who: 'elderly' },
  { q: 'dang ky thuongtru cho con', expect: THUONG_TRU_CHILD, who: 'young' },
  { q: 'ddawng kys tamj trus cho nguoi thue tro', expect: TAM_TRU, who: 'rural' },
  { q: 'dk tam tru online dc k', expect: TAM_TRU, who: 'young' },
  { q: 'lam cccd gan chip cho con 14t', expect: CCCD, who: 'young' },
  { q: 'mất căng cước công dân làm lai', expect: CCCD_LOST, who: 'elderly' },
  { q: 'khai bao tam vang di lam xa', expect: TAM_VANG, who: 'rural' },
  { q: 'rut bhxh 1 lan', expect: BHXH_ONCE, who: 'young' },
  { q: 'lanh bao hiem xa hoi mot lan', expect: BHXH_ONCE, who: 'rural' },
  { q: 'mua bhyt ho gia dinh', expect: BHYT_ONLY, who: 'rural' },
  { q: 'thẻ bảo hiêm y tê bi mât cấp lại', expect: CARD_CHANGE, who: 'elderly' },
  { q: 'nhan tien thai san khi sinh con', expect: MATERNITY, who: 'young' },
  { q: 'xin tien mai tag cho cha', expect: TU_TUAT, who: 'rural' },
  { q: 'xac nhan ho ngheo de vay von', expect: POOR, who: 'rural' },
  { q: 'dang  ky  bien so xe may moi mua', expect: XE_NEW, who: 'young' },
  { q: 'sang ten xe may mua lai', expect: XE_SANG_TEN, who: 'rural' },
  { q: 'doi gplx het han', expect: LICENCE_EXPIRED, who: 'young' },
  { q: 'đổi dấy phép lái xe hết hạng', expect: LICENCE_EXPIRED, who: 'elderly' },
  { q: 'mo shop ban hang can dkkd ho ca the ko', expect: HKD_NEW, who: 'young' },
  { q: 'dang ky hkd ban tap hoa', expect: HKD_NEW, who: 'rural' },
  { q: 'lam mst ca nhan mat bn tien', expect: TAX_PERSON, who: 'young' },
  { q: 'thanh lap htx nong nghiep', expect: HTX_NEW, who: 'rural' },
  { q: 'xin giay fep xay nha', expect: PERMIT_NEW, who: 'rural' },
  { q: 'xin phép sửa nhà', expect: PERMIT_REPAIR, who: 'elderly' },
  { q: 'xin lltp de di xkld', expect: LLTP, who: 'young' },
  { q: 'lý lich tư phap làm ở đâu', expect: LLTP, who: 'elderly' },
  { q: 'lam passport di nhat', expect: PASSPORT, who: 'young' },
];

/** The tune half (even positions): the only half whose misses are read. */
export const TYPED26_TUNE: readonly CitizenQuery[] = TYPED26_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const TYPED26_HELD: readonly CitizenQuery[] = TYPED26_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: unemployment benefit, tiền già and disability allowance (social
 * assistance), and the food-safety certificate of an eatery (the health sector's, not the farm producers' one).
 */
export const TYPED26_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'that nghiep lanh tro cap ntn', who: 'young' },
  { q: 'tiên giá người trên 80 tuôi', who: 'elderly' },
  { q: 'giay chung nhan vsattp quan an', who: 'young' },
  { q: 'trợ câp ngươi tàn tât', who: 'elderly' },
];
