import type { CitizenQuery } from './dev-set';

/**
 * The less common fields a commune or province centre still gets every week, in the three voices (issue 17, helper
 * session of 6 Dec 2026): 60 queries written in one sitting at 17:14 UTC (docs/search-drafts/fields27-draft-20261206T1714Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 20 elderly (polite stories of a
 * grocery son, a wooden ferry boat, a loan the court already judged, a niece taken in), 20 rural (no diacritics,
 * "heo", "ghe", "ong tay", "ko", "bvtv") and 20 young (bhtn, mst, tncn, attp, gpxd, "work permit").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. A fee on a bought motorbike accepts the other-assets trước bạ declaration
 * and the online sang tên that collects it; a household's or an online seller's tax is the household-business
 * declaration; a first boat registration accepts both "already" and "not yet" operating; a dock accepts the commune's
 * technical agreement and opening notice for either kind of landing; a salary earner's tax settlement accepts the
 * direct and the employer's one; food safety for a bakery or an eating place accepts the one certificate this
 * catalogue has (following social15, rural20); land-use money on credit accepts the only ghi nợ procedure.
 *
 * This catalogue has no labour ministry (unemployment benefit, foreign workers' permits, work rules), no culture,
 * sport and tourism (karaoke, festivals, homestay, races, guide cards, shop banners), no trade licences (alcohol,
 * tobacco, market stalls), no small-farm kê khai, seedling papers, environmental registration, demolition permits or
 * house numbers, and no education, health or social assistance: those 25 queries are in FIELDS27_NO_ANSWER.
 * Split by alternation into FIELDS27_TUNE and FIELDS27_HELD.
 */
const HOUSEHOLD_TAX = ['1.011022'];
const TAX_CODE = ['1.008498'];
const BUILD_NEW = ['1.013225'];
const INLAND_BOAT = ['1.004047', '1.004088'];
const LEGAL_AID = ['2.000829'];
const LAND_MEDIATION = ['1.012812'];
const ENFORCEMENT = ['1.003091'];
const ADOPTION = ['2.001263'];
const FOOD_SAFETY = ['2.001827'];
const REGISTRATION_FEE = '1.007700';

export const FIELDS27_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Con trai tôi mở quán bán tạp hoá ở nhà, bà con bảo phải đi đóng thuế khoán, xin hỏi thủ tục thế nào ạ',
    expect: HOUSEHOLD_TAX,
    who: 'elderly',
  },
  {
    q: 'Gia đình tôi được chia đất, giờ làm sổ đỏ phải nộp tiền sử dụng đất mà nhà khó khăn quá, có được ghi nợ lại không ạ',
    expect: ['1.012995'],
    who: 'elderly',
  },
  {
    q: 'Tôi mua lại chiếc xe máy cũ của hàng xóm, muốn sang tên thì phải nộp lệ phí trước bạ ở đâu ạ',
    expect: [REGISTRATION_FEE, '1.013076'],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn khoan một cái giếng sâu để lấy nước tưới vườn thì có phải xin phép không ạ',
    expect: ['1.001662'],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi ở quê đã cũ, dột nát, giờ muốn phá đi xây lại nhà hai tầng thì xin giấy phép xây dựng ở đâu',
    expect: BUILD_NEW,
    who: 'elderly',
  },
  {
    q: 'Tôi có chiếc thuyền gỗ chở khách qua sông, nghe nói phải đăng ký, xin hỏi thủ tục ạ',
    expect: INLAND_BOAT,
    who: 'elderly',
  },
  {
    q: 'Tôi già rồi, nghèo, bị người ta kiện chuyện đất đai, có chỗ nào giúp đỡ pháp luật miễn phí không ạ',
    expect: LEGAL_AID,
    who: 'elderly',
  },
  {
    q: 'Nhà tôi với nhà bên cạnh tranh chấp cái ranh giới đất, muốn nhờ xã hoà giải thì làm đơn thế nào',
    expect: LAND_MEDIATION,
    who: 'elderly',
  },
  {
    q: 'Tôi cho người ta vay tiền, toà đã xử rồi mà họ vẫn không trả, giờ tôi phải làm gì để họ trả tiền ạ',
    expect: ENFORCEMENT,
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi không có con, muốn nhận một đứa cháu bên ngoại về làm con nuôi thì thủ tục thế nào',
    expect: ADOPTION,
    who: 'elderly',
  },
  {
    q: 'Tôi muốn sửa lại cái mái nhà và làm thêm cái gác, có phải xin phép không ạ',
    expect: ['1.013229'],
    who: 'elderly',
  },
  { q: 'dang ky ma so thue ca nhan o dau vay', expect: TAX_CODE, who: 'rural' },
  { q: 'nop thue ho kinh doanh ban hang online', expect: HOUSEHOLD_TAX, who: 'rural' },
  { q: 'giay chung nhan an toan thuc pham cho lo lam banh', expect: FOOD_SAFETY, who: 'rural' },
  { q: 'dang ky tau ca di bien danh bat', expect: ['1.003650', '1.003586'], who: 'rural' },
  { q: 'xin giay phep khai thac thuy san cho ghe', expect: ['1.004359'], who: 'rural' },
  { q: 'mo cua hang ban thuoc tru sau thuoc bvtv can chung chi gi', expect: ['1.004363'], who: 'rural' },
  { q: 'khai thac go rung trong nha minh co phai xin phep ko', expect: ['1.011471'], who: 'rural' },
  { q: 'xa nuoc thai chuong heo ra muong co can giay phep khong', expect: ['1.010727'], who: 'rural' },
  { q: 'xin phep xay nha o nong thon', expect: BUILD_NEW, who: 'rural' },
  {
    q: 'lam ben do cho ghe chiec cap vao bo',
    expect: ['1.009452', '1.009453', '1.009454', '1.009455'],
    who: 'rural',
  },
  { q: 'van chuyen heo di tinh khac can kiem dich khong', expect: ['1.002338'], who: 'rural' },
  { q: 'xin tro giup phap ly mien phi cho nguoi ngheo', expect: LEGAL_AID, who: 'rural' },
  { q: 'tranh chap dat voi hang xom nho to hoa giai', expect: LAND_MEDIATION, who: 'rural' },
  { q: 'xin cap giay chung nhan ho ngheo', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'dang ky trang trai nuoi ga', expect: ['1.008128'], who: 'rural' },
  { q: 'mst cá nhân', expect: TAX_CODE, who: 'young' },
  { q: 'quyết toán thuế tncn', expect: ['2.002233', '1.008309'], who: 'young' },
  { q: 'lệ phí trước bạ ô tô', expect: [REGISTRATION_FEE], who: 'young' },
  { q: 'chứng nhận attp quán ăn', expect: FOOD_SAFETY, who: 'young' },
  { q: 'gpxd nhà ở riêng lẻ', expect: BUILD_NEW, who: 'young' },
  { q: 'đăng ký phương tiện thủy nội địa', expect: INLAND_BOAT, who: 'young' },
  { q: 'chứng chỉ hành nghề luật sư', expect: ['1.000828', '1.000688'], who: 'young' },
  { q: 'thi hành án dân sự', expect: ENFORCEMENT, who: 'young' },
  { q: 'nhận con nuôi', expect: ADOPTION, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const FIELDS27_TUNE: readonly CitizenQuery[] = FIELDS27_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const FIELDS27_HELD: readonly CitizenQuery[] = FIELDS27_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: unemployment benefit, foreign workers' permits and work rules (no
 * labour ministry); karaoke, festivals, homestay, a race, a guide card, a shop banner (no culture, sport and
 * tourism); alcohol, tobacco and a market stall (no trade licences); a small pig farm's kê khai, seedlings,
 * environmental registration, a demolition permit, a house number; a school transfer, a health certificate and a
 * monthly allowance for the old (no education, health or social assistance).
 */
export const FIELDS27_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Tôi mới bị công ty cho nghỉ việc, đóng bảo hiểm được mấy năm rồi, giờ muốn lĩnh tiền thất nghiệp thì nộp giấy ở đâu ạ',
    who: 'elderly',
  },
  {
    q: 'Ông bà muốn cho thuê mấy phòng trong nhà làm homestay đón khách du lịch thì có phải xin phép gì không',
    who: 'elderly',
  },
  { q: 'Tôi bán tạp hoá, muốn bán thêm rượu với thuốc lá thì phải xin giấy phép gì ạ', who: 'elderly' },
  {
    q: 'Nhà tôi nuôi mấy trăm con lợn, cán bộ xã bảo phải kê khai chăn nuôi, tôi không biết làm thế nào',
    who: 'elderly',
  },
  { q: 'Nhà tôi xây mới xong mà chưa có số nhà, xin hỏi làm sao để được cấp biển số nhà ạ', who: 'elderly' },
  {
    q: 'Cháu tôi đang học lớp 5 ở thành phố, giờ về quê ở với ông bà, xin chuyển trường cho cháu thì làm ở đâu ạ',
    who: 'elderly',
  },
  {
    q: 'Thôn tôi mỗi năm tổ chức lễ hội đình làng, năm nay muốn làm to hơn thì có phải báo cáo xin phép ai không',
    who: 'elderly',
  },
  { q: 'Tôi muốn mở quán hát karaoke nhỏ ở nhà thì xin giấy phép thế nào ạ', who: 'elderly' },
  {
    q: 'Tôi già yếu, không có lương hưu, con cái ở xa, xin hỏi có được trợ cấp hàng tháng gì không ạ',
    who: 'elderly',
  },
  { q: 'lanh tien that nghiep can giay to gi', who: 'rural' },
  { q: 'cty nuoc ngoai muon thue ong tay ve lam thi xin giay phep lao dong sao', who: 'rural' },
  { q: 'xin giay phep treo bang ron quang cao cho cua hang', who: 'rural' },
  { q: 'muon thue sap o cho xa de ban hang thi lam sao', who: 'rural' },
  { q: 'mua cay giong keo ve trong rung can giay gi', who: 'rural' },
  { q: 'hưởng bhtn', who: 'young' },
  { q: 'work permit người nước ngoài', who: 'young' },
  { q: 'đăng ký nội quy lao động công ty', who: 'young' },
  { q: 'giấy phép karaoke', who: 'young' },
  { q: 'đăng ký tổ chức giải chạy marathon', who: 'young' },
  { q: 'thẻ hướng dẫn viên du lịch', who: 'young' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  { q: 'giấy phép bán lẻ thuốc lá', who: 'young' },
  { q: 'đăng ký môi trường cho xưởng', who: 'young' },
  { q: 'giấy phép phá dỡ nhà', who: 'young' },
  { q: 'giấy khám sức khỏe đi làm', who: 'young' },
];
