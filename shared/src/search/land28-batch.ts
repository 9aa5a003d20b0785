import type { CitizenQuery } from './dev-set';
import {
  AREA,
  CHANGE_INFO,
  CHANGE_USE,
  CONTRACT,
  CORRECT,
  DISPUTE,
  EXCHANGE,
  FIRST,
  INHERIT,
  LOST,
  MORTGAGE,
  PERMIT_NEW,
  PERMIT_REPAIR,
  PROJECT_HOUSE,
  RELEASE,
  SALE_GIFT,
  SPLIT_MERGE,
  STATE_LEASE,
  TRANSFER,
} from './land-codes';

const TRANSFERRED_BEFORE_2024 = '1.012785';
const REFUSE_ESTATE = '2.001016';
const COUPLE = '1.013980';
const HOUSE_ADDED = '1.013995';
const FARM_TERM = '1.013947';
const PLAN_INFO = '1.014159';
const MAP_DATA = '1.011671';
const PROPERTY_TAX = '1.007674';
const REGISTRATION_FEE = '1.007277';
const LAND_TAX = '1.007695';

/**
 * Land, housing, building and inheritance as a commune centre hears them (issue 17, helper session of 6 Dec 2026):
 * 60 queries written in one sitting at 17:45 UTC (docs/search-drafts/land28-draft-20261206T1745Z.txt), before any
 * procedure name was grepped and before the engine was run on them, a third per voice: elderly (polite stories: the
 * grandparents' land with no papers, the mice, the bank loan paid off, the old bằng khoán, the landslide), rural
 * (southern "tui", "mún", "ổng bả", "cất nhà", "đám ruộng", "giấy tay", some without diacritics) and young (no
 * diacritics, "gpxd", "tncn", "bds", "cccd", "check ... online"). About forty needs: first certificate, sale, gift,
 * inheritance and its refusal, split and merge, change of use, loss, a worn, old or wrong certificate, an area lost
 * to a landslide, mortgage and release, disputes, planning, permits, the taxes and fees, leases, farm-land terms.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels land13 and land24 gave the same situations: every procedure a counter clerk would accept. A sale or gift
 * accepts the registration of the change and the contract's attestation; an inheritance the estate-division
 * attestation and the registration (and the split, when brothers divide the plot); a split for the children the split
 * and the transfer; land bought on a handwritten paper the first certificate, the late-registered transfer and the
 * transfer; adding a wife's name the spouses' agreement registration and its attestation; an area lost to a landslide
 * the change-of-information registration whose name says so; a cadastral map extract the provision of survey and map
 * data; a farm term that ran out the confirmation of continued farm use; asking the commune to confirm stable use,
 * with no dispute, the first certificate (the commune confirms it there). Three have no procedure (compensation for
 * recovered land, a complaint against the recovery, planting boundary markers): LAND28_NO_ANSWER. Split by alternation
 * into LAND28_TUNE and LAND28_HELD.
 */
export const LAND28_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Tôi có mảnh đất ông bà để lại từ xưa chưa có giấy tờ gì, giờ muốn làm sổ đỏ thì làm thế nào',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'bố mẹ tôi mất không để lại di chúc, anh em chúng tôi muốn chia đất thì làm thủ tục gì',
    expect: [...INHERIT, SPLIT_MERGE],
    who: 'elderly',
  },
  { q: 'tôi muốn cho con trai mảnh đất, làm giấy tặng cho ở đâu', expect: SALE_GIFT, who: 'elderly' },
  { q: 'sổ đỏ nhà tôi bị chuột gặm rách hết rồi xin cấp lại', expect: [EXCHANGE], who: 'elderly' },
  { q: 'tên tôi trên giấy chứng nhận bị viết sai dấu, muốn sửa lại', expect: CORRECT, who: 'elderly' },
  {
    q: 'tôi đã trả hết nợ ngân hàng, giờ muốn rút sổ đỏ về thì phải xóa thế chấp ở đâu',
    expect: [RELEASE],
    who: 'elderly',
  },
  { q: 'hàng xóm lấn sang đất nhà tôi hơn một mét, muốn nhờ xã hòa giải', expect: DISPUTE, who: 'elderly' },
  {
    q: 'tôi muốn xây lại căn nhà cấp bốn đã dột nát có phải xin phép không',
    expect: [PERMIT_NEW, PERMIT_REPAIR],
    who: 'elderly',
  },
  {
    q: 'muốn biết mảnh đất nhà mình có nằm trong quy hoạch làm đường không',
    expect: [PLAN_INFO],
    who: 'elderly',
  },
  { q: 'bán nhà thì phải nộp thuế thu nhập cá nhân ở đâu', expect: [PROPERTY_TAX], who: 'elderly' },
  { q: 'tôi muốn chuyển đất vườn sang đất ở để cho con cháu làm nhà', expect: CHANGE_USE, who: 'elderly' },
  {
    q: 'mảnh đất bị sạt lở mất một phần, diện tích trên sổ không còn đúng nữa',
    expect: [CHANGE_INFO, EXCHANGE],
    who: 'elderly',
  },
  {
    q: 'giấy tờ đất của tôi là bằng khoán cũ thời trước, giờ có đổi sang sổ mới được không',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'tôi mất sổ đỏ khi chuyển nhà, giờ làm sao xin lại', expect: [LOST], who: 'elderly' },
  { q: 'tôi muốn thuê đất của xã để trồng rau nuôi cá', expect: STATE_LEASE, who: 'elderly' },
  {
    q: 'bà tôi mất để lại di chúc, giờ các cháu làm khai nhận di sản thừa kế như thế nào',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'vợ chồng tôi muốn thêm tên vợ vào sổ đỏ', expect: [COUPLE, CONTRACT], who: 'elderly' },
  { q: 'cần trích lục bản đồ thửa đất để làm giấy tờ', expect: [MAP_DATA], who: 'elderly' },
  {
    q: 'tôi muốn đăng ký thế chấp sổ đỏ để vay vốn ngân hàng cho con đi học',
    expect: [MORTGAGE],
    who: 'elderly',
  },
  {
    q: 'miếng đất nhà tui mua giấy tay hồi trước giờ mún sang tên',
    expect: [FIRST, TRANSFERRED_BEFORE_2024, TRANSFER],
    who: 'rural',
  },
  { q: 'tach thua dat cho may dua con ra rieng', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'hai thửa ruộng nằm sát nhau muốn gộp lại một sổ', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'lên thổ cư đất vườn tốn bao nhiêu tiền sử dụng đất', expect: CHANGE_USE, who: 'rural' },
  { q: 'đám ruộng của ổng bả để lại tụi tui muốn đứng tên', expect: INHERIT, who: 'rural' },
  { q: 'xin giấy phép cất nhà mới ở quê', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'hàng xóm tranh chấp ranh đất lên xã thưa', expect: DISPUTE, who: 'rural' },
  { q: 'sổ đỏ bị ướt mục nát hết chữ đi làm lại', expect: [EXCHANGE], who: 'rural' },
  { q: 'đất lúa muốn đổi cho nhà bên cạnh cho liền bờ', expect: SALE_GIFT, who: 'rural' },
  { q: 'đo lại đất nhà vì thấy thiếu so với sổ', expect: AREA, who: 'rural' },
  { q: 'thế chấp đất vay quỹ tín dụng', expect: [MORTGAGE], who: 'rural' },
  { q: 'tra quy hoạch đất ruộng có lên đất ở được không', expect: [PLAN_INFO, ...CHANGE_USE], who: 'rural' },
  { q: 'dat nha tui chua co so, xin cap giay lan dau', expect: [FIRST], who: 'rural' },
  { q: 'sua nha lop lai mai ton co can xin phep khong', expect: [PERMIT_REPAIR], who: 'rural' },
  { q: 'đóng thuế đất hằng năm ở đâu', expect: [LAND_TAX], who: 'rural' },
  {
    q: 'cha mẹ cho đất mà chưa sang tên, giờ cha mất rồi làm sao',
    expect: [...INHERIT, TRANSFERRED_BEFORE_2024],
    who: 'rural',
  },
  { q: 'hết hạn sử dụng đất nông nghiệp muốn xin gia hạn', expect: [FARM_TERM], who: 'rural' },
  { q: 'nhờ xã xác nhận đất sử dụng ổn định không tranh chấp', expect: [FIRST], who: 'rural' },
  { q: 'sổ đỏ ghi sai số thửa với diện tích, xin đính chính', expect: CORRECT, who: 'rural' },
  { q: 'sang ten so do sau khi mua dat', expect: SALE_GIFT, who: 'young' },
  { q: 'thu tuc tang cho nha dat bo me cho con', expect: SALE_GIFT, who: 'young' },
  { q: 'lam so hong chung cu lan dau', expect: [PROJECT_HOUSE], who: 'young' },
  { q: 'gpxd nha o rieng le', expect: [PERMIT_NEW], who: 'young' },
  { q: 'mat so do lam lai', expect: [LOST], who: 'young' },
  { q: 'xoa the chap so hong', expect: [RELEASE], who: 'young' },
  { q: 'thue tncn chuyen nhuong bds', expect: [PROPERTY_TAX], who: 'young' },
  { q: 'le phi truoc ba nha dat', expect: [REGISTRATION_FEE], who: 'young' },
  { q: 'chuyen muc dich su dung dat trong cay sang dat o', expect: CHANGE_USE, who: 'young' },
  { q: 'tach so cho 2 anh em', expect: [SPLIT_MERGE, TRANSFER], who: 'young' },
  { q: 'tranh chap dat dai giai quyet o dau', expect: [...DISPUTE, '1.012805'], who: 'young' },
  { q: 'check quy hoach thua dat online', expect: [PLAN_INFO], who: 'young' },
  { q: 'bo sung nha vao so do sau khi xay xong', expect: [HOUSE_ADDED], who: 'young' },
  { q: 'doi so do cu sang mau moi', expect: [EXCHANGE], who: 'young' },
  { q: 'khai nhan di san la can ho cua bo me', expect: INHERIT, who: 'young' },
  { q: 'tu choi nhan di san thua ke', expect: [REFUSE_ESTATE], who: 'young' },
  { q: 'cong chung hop dong mua ban dat', expect: [CONTRACT], who: 'young' },
  { q: 'thue dat lam nha xuong', expect: STATE_LEASE, who: 'young' },
  { q: 'doi thong tin cccd tren so do', expect: [CHANGE_INFO], who: 'young' },
];

export const LAND28_TUNE = LAND28_BATCH.filter((_, i) => i % 2 === 0);
export const LAND28_HELD = LAND28_BATCH.filter((_, i) => i % 2 === 1);

export const LAND28_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'nhà nước thu hồi đất làm đường, tôi hỏi về tiền bồi thường', who: 'elderly' },
  { q: 'xin cắm mốc ranh giới đất', who: 'rural' },
  { q: 'khieu nai quyet dinh thu hoi dat', who: 'young' },
];
