import type { CitizenQuery } from './dev-set';

/**
 * The three voices' seventeenth round on businesses (issue 17, helper session of 6 Dec 2026): 80 queries written in one
 * sitting at 12:41 UTC (docs/search-drafts/biz17-draft-20261206T1241Z.txt), before any procedure name was grepped and
 * before the engine was run on them: 32 elderly (stories: a son opening a shop, a widow taking over her husband's shop
 * or company), 24 rural (no diacritics, regional words, typos), 24 young (dn, hkd, gpkd, đkkd, tnhh, mst, vpdd, htx).
 * Fields: household businesses, companies, cooperatives, investment projects, trade licences, signs, tax codes.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. A shop with no company behind it is a household business; "giấy phép kinh
 * doanh" lost or torn accepts the household or the company reissue; a change of owner, a sale or an heir accepts the
 * change of registration (and for a sale the closing and a new registration too). A gas shop needs the security-and-
 * order certificate. Ten have no answer: the alcohol, tobacco and petrol licences (the trade ministry's procedures
 * are not in this catalogue), a company seal (enterprises make their own since 2021; the police seal procedures are for
 * other organisations), a tax-code lookup (a search, not a procedure): BIZ17_NO_ANSWER. The rest split by alternation
 * into BIZ17_TUNE and BIZ17_HELD.
 */
const HKD_NEW = '1.001612';
const HKD_CHANGE = '2.000720';
const HKD_REISSUE = '2.000575';
const HKD_PAUSE = '1.001570';
const HKD_END = '1.001266';
const TNHH = ['2.001583', '2.001199'];
const CO_PHAN = '2.002043';
const DNTN = '2.001610';
const FOUND_COMPANY = [...TNHH, CO_PHAN, DNTN, '2.002042'];
const DN_CHANGE = '2.002041';
const DN_CAPITAL = '2.002009';
const DN_OWNER = '2.002011';
const DN_REISSUE = '2.002018';
const DN_DISSOLVE = '2.002023';
const DN_PAUSE = '2.002029';
const BRANCH = '2.002069';
const REISSUE = [HKD_REISSUE, DN_REISSUE];
const PAUSE = [HKD_PAUSE, DN_PAUSE, '2.002641'];
const HTX_NEW = '1.005280';
const THT_NEW = ['2.002637', '2.002226'];
const INVEST_NEW = '1.009664';
const INVEST_ADJUST = ['1.009647', '1.009646', '1.009628'];
const TAX_PERSON = '1.008498';
const SECURITY_NEW = ['2.001478', '1.003204'];
const ROAD_SIGN = '2.001921';

export const BIZ17_BATCH: readonly CitizenQuery[] = [
  { q: 'con trai tôi muốn mở tiệm tạp hóa thì đăng ký ở đâu', expect: [HKD_NEW], who: 'elderly' },
  { q: 'chồng tôi mất rồi giờ tôi muốn đứng tên cái quán của ổng', expect: [HKD_CHANGE, HKD_NEW], who: 'elderly' },
  { q: 'làm giấy phép kinh doanh cho quán ăn nhỏ', expect: [HKD_NEW], who: 'elderly' },
  { q: 'tôi muốn mở quán bán phở đầu hẻm cần giấy tờ gì', expect: [HKD_NEW], who: 'elderly' },
  { q: 'đăng ký hộ kinh doanh cá thể', expect: [HKD_NEW], who: 'elderly' },
  { q: 'tôi chuyển quán sang chỗ khác thì phải đổi giấy phép không', expect: [HKD_CHANGE], who: 'elderly' },
  { q: 'bán lại cái tiệm cho người khác thì làm thủ tục gì', expect: [HKD_CHANGE, HKD_END, HKD_NEW], who: 'elderly' },
  { q: 'tôi già rồi muốn nghỉ bán luôn, trả lại giấy phép', expect: [HKD_END], who: 'elderly' },
  { q: 'tạm nghỉ bán mấy tháng để đi chữa bệnh có phải báo không', expect: [HKD_PAUSE], who: 'elderly' },
  { q: 'bị mất giấy phép kinh doanh xin cấp lại', expect: REISSUE, who: 'elderly' },
  { q: 'giấy đăng ký kinh doanh bị rách xin làm lại', expect: REISSUE, who: 'elderly' },
  { q: 'con gái tôi muốn mở công ty trách nhiệm hữu hạn', expect: TNHH, who: 'elderly' },
  { q: 'thành lập công ty cổ phần cần mấy người', expect: [CO_PHAN], who: 'elderly' },
  { q: 'doanh nghiệp tư nhân đăng ký thế nào', expect: [DNTN], who: 'elderly' },
  { q: 'công ty của con tôi muốn đổi tên', expect: [DN_CHANGE], who: 'elderly' },
  { q: 'muốn tăng vốn điều lệ công ty', expect: [DN_CAPITAL], who: 'elderly' },
  { q: 'công ty muốn làm thêm ngành nghề mới', expect: [DN_CHANGE], who: 'elderly' },
  { q: 'đổi người đại diện theo pháp luật của công ty', expect: [DN_OWNER], who: 'elderly' },
  { q: 'công ty làm ăn thua lỗ muốn giải thể', expect: [DN_DISSOLVE], who: 'elderly' },
  { q: 'công ty tạm ngừng kinh doanh một năm', expect: [DN_PAUSE], who: 'elderly' },
  { q: 'mở chi nhánh công ty ở tỉnh khác', expect: [BRANCH], who: 'elderly' },
  { q: 'lập văn phòng đại diện', expect: [BRANCH], who: 'elderly' },
  { q: 'thành lập hợp tác xã nông nghiệp', expect: [HTX_NEW], who: 'elderly' },
  { q: 'tổ hợp tác trồng rau của xóm muốn đăng ký', expect: THT_NEW, who: 'elderly' },
  { q: 'đại lý bán bình ga cần giấy chứng nhận gì', expect: SECURITY_NEW, who: 'elderly' },
  { q: 'treo bảng hiệu quảng cáo trước nhà có phải xin phép', expect: [ROAD_SIGN], who: 'elderly' },
  { q: 'chồng tôi mất, công ty của ông ấy giờ tôi thừa kế thì làm sao', expect: [DN_OWNER], who: 'elderly' },
  { q: 'xin mã số thuế cho hộ kinh doanh', expect: [TAX_PERSON, HKD_NEW], who: 'elderly' },
  { q: 'dang ky kinh doanh quan an', expect: [HKD_NEW], who: 'rural' },
  { q: 'mo tiem tap hoa can giay to gi', expect: [HKD_NEW], who: 'rural' },
  { q: 'xin giay phep kinh doanh ho ca the', expect: [HKD_NEW], who: 'rural' },
  { q: 'doi dia chi kinh doanh', expect: [HKD_CHANGE, DN_CHANGE], who: 'rural' },
  { q: 'giay fep kinh doanh bi mat', expect: REISSUE, who: 'rural' },
  { q: 'thanh lap cong ty tnhh mot thanh vien', expect: ['2.001583'], who: 'rural' },
  { q: 'giai the cong ty', expect: [DN_DISSOLVE], who: 'rural' },
  { q: 'tam ngung kinh doanh', expect: PAUSE, who: 'rural' },
  { q: 'mở tiệm hớt tóc có cần đăng ký không', expect: [HKD_NEW], who: 'rural' },
  { q: 'xin phép mở quán nhậu', expect: [HKD_NEW], who: 'rural' },
  { q: 'lập hợp tác xã nuôi tôm', expect: [HTX_NEW], who: 'rural' },
  { q: 'dang ky ma so thue ca nhan kinh doanh', expect: [TAX_PERSON, HKD_NEW], who: 'rural' },
  { q: 'treo bang hieu quang cao', expect: [ROAD_SIGN], who: 'rural' },
  { q: 'đăng kí kinh doanh tiệm sửa xe', expect: [HKD_NEW], who: 'rural' },
  { q: 'thanh lap hop tac xa', expect: [HTX_NEW], who: 'rural' },
  { q: 'sang tên tiệm cho con', expect: [HKD_CHANGE, HKD_NEW], who: 'rural' },
  { q: 'xin giấy phép bán ga', expect: SECURITY_NEW, who: 'rural' },
  { q: 'thôi không buôn bán nữa đóng cửa tiệm', expect: [HKD_END], who: 'rural' },
  { q: 'dang ki thanh lap doanh nghiep', expect: FOUND_COMPANY, who: 'rural' },
  { q: 'xin giay chung nhan dau tu du an', expect: [INVEST_NEW], who: 'rural' },
  { q: 'đổi chủ hộ kinh doanh', expect: [HKD_CHANGE], who: 'rural' },
  { q: 'đăng ký hkd online', expect: [HKD_NEW], who: 'young' },
  { q: 'thủ tục thành lập dn', expect: FOUND_COMPANY, who: 'young' },
  { q: 'cấp lại gpkd bị mất', expect: REISSUE, who: 'young' },
  { q: 'thay đổi nội dung đkkd', expect: [HKD_CHANGE, DN_CHANGE, DN_CAPITAL, DN_OWNER], who: 'young' },
  { q: 'thành lập cty tnhh 2 thành viên', expect: ['2.001199'], who: 'young' },
  { q: 'đổi tên cty', expect: [DN_CHANGE], who: 'young' },
  { q: 'tăng vốn điều lệ cty cp', expect: [DN_CAPITAL], who: 'young' },
  { q: 'bổ sung ngành nghề kinh doanh', expect: [DN_CHANGE, HKD_CHANGE], who: 'young' },
  { q: 'thay đổi người đại diện pháp luật dn', expect: [DN_OWNER], who: 'young' },
  { q: 'giải thể dn', expect: [DN_DISSOLVE], who: 'young' },
  { q: 'tạm ngừng kd', expect: PAUSE, who: 'young' },
  { q: 'đăng ký thành lập chi nhánh', expect: [BRANCH, '2.002123'], who: 'young' },
  { q: 'thành lập vpdd', expect: [BRANCH], who: 'young' },
  { q: 'đăng ký mst lần đầu', expect: [TAX_PERSON, '2.002225'], who: 'young' },
  { q: 'sở kh&đt đăng ký doanh nghiệp', expect: FOUND_COMPANY, who: 'young' },
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: [HKD_END], who: 'young' },
  { q: 'cấp giấy chứng nhận đăng ký đầu tư', expect: [INVEST_NEW], who: 'young' },
  { q: 'điều chỉnh dự án đầu tư', expect: INVEST_ADJUST, who: 'young' },
  { q: 'đăng ký hoạt động quảng cáo biển hiệu', expect: [ROAD_SIGN], who: 'young' },
  { q: 'chuyển đổi hkd lên dn', expect: ['2.001999', ...FOUND_COMPANY], who: 'young' },
  { q: 'đăng ký htx', expect: [HTX_NEW], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const BIZ17_TUNE: readonly CitizenQuery[] = BIZ17_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const BIZ17_HELD: readonly CitizenQuery[] = BIZ17_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (trade-ministry licences, company seals, a tax-code lookup). */
export const BIZ17_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'khắc con dấu cho công ty', who: 'elderly' },
  { q: 'xin giấy phép bán rượu cho tiệm tạp hóa', who: 'elderly' },
  { q: 'bán thuốc lá lẻ có cần giấy phép không', who: 'elderly' },
  { q: 'mở cây xăng cần giấy phép gì', who: 'elderly' },
  { q: 'lam giay phep ban ruou', who: 'rural' },
  { q: 'xin giấy phép bán xăng dầu ở xã', who: 'rural' },
  { q: 'giấy phép kinh doanh thuốc lá bán lẻ', who: 'rural' },
  { q: 'tra cứu mst doanh nghiệp', who: 'young' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  { q: 'thông báo mẫu con dấu', who: 'young' },
];
