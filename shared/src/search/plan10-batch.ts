import type { CitizenQuery } from './dev-set';

/** Building permits for houses and works of grade III/IV: new (with temporary permits), repair/renovation, amendment, extension, reissue. */
const NEW = '1.013225';
const REPAIR = '1.013229';
const AMEND = ['1.013226', '1.013231'];
const EXTEND = ['1.013227', '1.013233'];
const REISSUE = ['1.013228', '1.013235'];
/** Planning information (where "chứng chỉ quy hoạch", planning maps and "is my plot in a zone" are answered). */
const PLAN_INFO = '1.014159';
/** A commune or province changes farmland to residential land. */
const LAND_USE = ['1.013949', '1.013823'];

/**
 * The three voices' round on urban and rural planning and construction (issue 17, helper session of 6 Dec 2026),
 * the two fields where citizens' words ("xem quy hoạch", "đất dính quy hoạch", "cơi nới", "nâng tầng", "hoàn công",
 * "xây tường rào") and the catalogue's names ("cung cấp thông tin quy hoạch đô thị và nông thôn", "giấy phép xây
 * dựng sửa chữa, cải tạo … công trình cấp III, cấp IV và nhà ở riêng lẻ") are furthest apart. 45 queries written in
 * one sitting at 10:43 UTC (docs/search-drafts/plan10-draft-20261206T1043Z.txt), before any procedure name was
 * grepped and before the engine was run: 15 elderly, 15 young, 15 rural.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (fields "Quy hoạch đô thị và nông
 * thôn", "Hoạt động xây dựng", "Quản lý chất lượng công trình xây dựng", "Đất đai"): every procedure a counter clerk
 * would accept. A house, a fence, a shed or a temporary permit is the grade III/IV "new" permit; cơi nới and nâng
 * tầng are renovation (a clerk also accepts a new permit for an added floor); hoàn công is the inspection of the
 * completion acceptance. Five have no answer here (demolition permits, the abolished planning permit and
 * architecture agreement, the start-of-works notice, fines for building beyond the permit): PLAN10_NO_ANSWER.
 * Split by alternation into PLAN10_TUNE (tuned on) and PLAN10_HELD.
 */
export const PLAN10_BATCH: readonly CitizenQuery[] = [
  { q: 'chau oi bac muon hoi xem manh dat cua bac co nam trong quy hoach khong thi lam the nao', expect: [PLAN_INFO], who: 'elderly' },
  { q: 'toi muon xin thong tin quy hoach cho thua dat nha toi', expect: [PLAN_INFO], who: 'elderly' },
  { q: 'co cho toi hoi dat nha toi bi dinh quy hoach thi phai lam giay to gi', expect: [PLAN_INFO], who: 'elderly' },
  { q: 'nha toi cu muon xay lai nha moi thi xin giay phep xay dung o dau', expect: [NEW], who: 'elderly' },
  { q: 'ba muon sua lai cai nha cap bon bi dot co can xin phep khong', expect: [REPAIR], who: 'elderly' },
  { q: 'toi muon noi them mot tang len tren nha thi phai xin phep gi', expect: [REPAIR, NEW], who: 'elderly' },
  { q: 'con trai toi muon xay tuong rao quanh nha co phai xin giay phep khong', expect: [NEW], who: 'elderly' },
  { q: 'xin cap giay phep xay dung nha o rieng le', expect: [NEW], who: 'elderly' },
  { q: 'nha toi xay xong roi gio muon lam hoan cong thi lam sao', expect: ['1.009794'], who: 'elderly' },
  { q: 'giay phep xay dung cua toi het han roi muon gia han them', expect: EXTEND, who: 'elderly' },
  { q: 'toi muon pha do cai nha cu de xay lai thi xin phep the nao', expect: [NEW], who: 'elderly' },
  { q: 'xin chung chi quy hoach', expect: [PLAN_INFO], who: 'elderly' },
  { q: 'toi muon xem ban do quy hoach cua phuong', expect: [PLAN_INFO], who: 'elderly' },
  { q: 'nha toi o trong hem nho muon xay nha co duoc cap phep khong', expect: [NEW], who: 'elderly' },
  { q: 'xin giay phep xay dung tam vi dat nam trong quy hoach', expect: [NEW], who: 'elderly' },
  { q: 'xem quy hoach dat online', expect: [PLAN_INFO], who: 'young' },
  { q: 'tra cuu thong tin quy hoach thua dat', expect: [PLAN_INFO], who: 'young' },
  { q: 'cap giay phep xay dung nha o', expect: [NEW], who: 'young' },
  { q: 'dieu chinh giay phep xay dung', expect: AMEND, who: 'young' },
  { q: 'gia han giay phep xay dung', expect: EXTEND, who: 'young' },
  { q: 'gpxd tam', expect: [NEW], who: 'young' },
  { q: 'xin phep sua chua cai tao nha', expect: [REPAIR], who: 'young' },
  { q: 'thu tuc hoan cong nha o', expect: ['1.009794'], who: 'young' },
  { q: 'dieu chinh quy hoach chi tiet 1/500', expect: ['1.014157', '1.014158', '1.014155', '1.014156'], who: 'young' },
  { q: 'phe duyet nhiem vu quy hoach', expect: ['1.014156', '1.014155', '5.003809'], who: 'young' },
  { q: 'cap lai giay phep xay dung bi mat', expect: REISSUE, who: 'young' },
  { q: 'dat nha em co dinh quy hoach ko, hoi o dau a', expect: [PLAN_INFO], who: 'rural' },
  { q: 'xin giay xay nha o que', expect: [NEW], who: 'rural' },
  { q: 'nha o nong thon co can xin phep xay dung khong', expect: [NEW], who: 'rural' },
  { q: 'lam nha moi o xa co phai xin phep khong', expect: [NEW], who: 'rural' },
  { q: 'coi noi them cai chai sau nha', expect: [REPAIR], who: 'rural' },
  { q: 'nang tang nha xin phep', expect: [REPAIR, NEW], who: 'rural' },
  { q: 'xay cai chuong bo voi cai nha kho co xin phep ko', expect: [NEW], who: 'rural' },
  { q: 'xin phep xay hang rao', expect: [NEW], who: 'rural' },
  { q: 'sua nha bi lun xin phep o xa', expect: [REPAIR], who: 'rural' },
  { q: 'giay phep xay nha bi mat xin lai', expect: REISSUE, who: 'rural' },
  { q: 'xin cap phep xay nha tam tren dat quy hoach', expect: [NEW], who: 'rural' },
  { q: 'muon biet dat minh quy hoach gi thi len huyen hoi ai', expect: [PLAN_INFO], who: 'rural' },
  { q: 'lam nha tren dat nong nghiep duoc khong', expect: LAND_USE, who: 'rural' },
  { q: 'chuyen dat vuon sang dat o de lam nha', expect: LAND_USE, who: 'rural' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const PLAN10_TUNE: readonly CitizenQuery[] = PLAN10_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const PLAN10_HELD: readonly CitizenQuery[] = PLAN10_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (demolition, abolished planning permits, start notice, fines). */
export const PLAN10_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'giay phep pha do cong trinh', who: 'young' },
  { q: 'cap giay phep quy hoach', who: 'young' },
  { q: 'thoa thuan quy hoach kien truc', who: 'young' },
  { q: 'thong bao khoi cong xay dung', who: 'young' },
  { q: 'nha xay lo vuot phep bi phat gio lam sao', who: 'rural' },
];
