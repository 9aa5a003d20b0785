import type { CitizenQuery } from './dev-set';

const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const CARD_FIX = [...CARD_CHANGE, '1.012564', '1.014060'];
const KS_AGAIN = '1.004884';
const COPY = '2.000635';
const CHANGE = '1.004859';
const RECOGNISE = '1.001022';
const KH_AGAIN = '1.004746';
const KT = '1.000656';
const SINGLE = '1.004873';
const SO_GOC = '2.000908';
const TRANSFER = '1.013831';
const CONTRACT = '2.001035';
const SALE_GIFT = [TRANSFER, CONTRACT];
const INHERIT = ['2.001406', TRANSFER];
const SPLIT_MERGE = '1.012784';
const CHANGE_USE = ['1.013949', '1.013823', '1.013992'];
const LEASE_TERM = ['1.013952', '1.013826', '1.013947'];
const LOST = '1.012786';
const EXCHANGE = '1.012783';
const CORRECT = ['1.012790', '1.012796'];
const CHANGE_INFO = '1.013833';
const PERMIT_NEW = '1.013225';
const PERMIT_EXTEND = '1.013227';
const PERMIT_REPAIR = '1.013229';
const TACH_HO = '1.010038';
const THUONG_TRU = '1.004222';
const XAC_NHAN_CU_TRU = '1.010041';
const PENSION_MOVE = '1.001742';
const TU_TUAT = '2.000821';
const BHXH_BOOK = '1.002759';
const LICENCE_CHANGE = '3.000347';
const LICENCE_LOST = '3.000348';
const PASSPORT = ['1.001456', '1.001471'];
const HKD_CHANGE = '2.000720';
const HKD_REISSUE = '2.000575';
const HKD_PAUSE = '1.001570';
const HKD_END = '1.001266';

/**
 * Near-twins and verbs read by their object (issue 17, helper session of 6 Dec 2026): 62 queries written in one
 * sitting at 17:14 UTC (docs/search-drafts/sense25-draft-20261206T1714Z.txt), before any procedure name was grepped
 * and before the engine was run on them, voices interleaved: 20 elderly (polite stories: the card dropped at the
 * market, the grandson teased for his name, the pension moved south to a son), 21 rural (no diacritics, "hong",
 * "rui", "tui", "cat nha") and 21 young (short, "cccd", "sổ hồng", "cấp 3"). Each turns on a verb whose procedure
 * depends on what it is said of: "làm lại" (a lost card, a torn birth certificate, a burnt marriage record), "đổi"
 * (a broken card, a name, a licence, rice fields, a shop's address), "sửa" (a birth entry, a certificate, a house),
 * "tách"/"gộp"/"nhập" (a plot, a household), "cho"/"bán"/"sang tên" (land), "chuyển" (land use, a household
 * registration, a pension, a school), "mất" (a death or a lost paper), "xin" (a permit, a confirmation, an allowance).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, with the conventions of resid14, hotich12, land24, biz17 and welfare23 for
 * the same situations: a card's loss or wear accepts the commune, province and central variants; a wrong birth date
 * on the card also the population-database correction; a torn birth certificate a copy of the extract or
 * re-registration, but only re-registration once the commune's register is gone too; a father added to a birth
 * entry the recognition or the change of civil status; a sale, gift or exchange of rice fields the registration of
 * the change and the contract's attestation; a split to give to children the split and the gift's registration; an
 * expired car licence the swap or the reissue; a death's funeral money the survivors' allowance. Seven have no
 * procedure in this catalogue (school transfers, diplomas corrected, the old-age allowance, unemployment benefit and
 * its transfer, a war invalid's file moved): SENSE25_NO_ANSWER. Split by alternation into SENSE25_TUNE and
 * SENSE25_HELD.
 */
export const SENSE25_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Tôi đi chợ bị rơi mất cái thẻ căn cước rồi, giờ muốn làm lại thì phải làm sao',
    expect: CARD_LOST,
    who: 'elderly',
  },
  { q: 'mất cccd làm lại ở đâu', expect: CARD_LOST, who: 'young' },
  { q: 'the can cuoc bi gay doi cai moi dc ko', expect: CARD_CHANGE, who: 'rural' },
  {
    q: 'Thẻ căn cước của tôi in sai ngày sinh, tôi muốn đổi thẻ khác cho đúng',
    expect: CARD_FIX,
    who: 'elderly',
  },
  { q: 'giay khai sinh cua thang nho bi chuot can rach het lam lai sao', expect: [KS_AGAIN, COPY], who: 'rural' },
  { q: 'khai sinh ghi sai tên đệm của mình muốn sửa lại', expect: [CHANGE], who: 'young' },
  { q: 'Cháu tôi muốn đổi tên vì tên xấu bị bạn bè trêu, xin hỏi thủ tục', expect: [CHANGE], who: 'elderly' },
  { q: 'giay khai sinh bo trong ten cha gio muon them vo', expect: [RECOGNISE, CHANGE], who: 'rural' },
  { q: 'khai sinh thiếu quê quán bổ sung thế nào', expect: [CHANGE], who: 'young' },
  {
    q: 'Con tôi khai sinh theo dân tộc Kinh của bố, giờ muốn đổi sang dân tộc Tày theo mẹ',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'muon tach mieng dat ra lam hai de chia cho hai dua con', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'gộp 2 sổ đỏ liền kề thành 1', expect: [SPLIT_MERGE], who: 'young' },
  {
    q: 'Nhà tôi có hai mảnh vườn sát nhau, muốn nhập lại làm một sổ cho dễ',
    expect: [SPLIT_MERGE],
    who: 'elderly',
  },
  { q: 'con trai cuoi vo rui muon tach ho ra rieng', expect: [TACH_HO], who: 'rural' },
  { q: 'tách khẩu ra khỏi hộ bố mẹ để đứng tên chủ hộ', expect: [TACH_HO], who: 'young' },
  {
    q: 'Tôi già rồi muốn cho đứa con gái mảnh đất, làm giấy tờ sang tên cho nó thế nào',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'ban dat cho hang xom roi gio sang ten so do', expect: SALE_GIFT, who: 'rural' },
  { q: 'mua đất rồi thì sang tên sổ hồng làm thủ tục gì', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Ông nhà tôi mất rồi, để lại mảnh đất, nay các con muốn đứng tên thì làm sao',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'ba tui mat de lai dat cho may anh em chia sao', expect: INHERIT, who: 'rural' },
  { q: 'chuyển đất vườn lên thổ cư', expect: CHANGE_USE, who: 'young' },
  { q: 'xin len dat o tren ruong nha minh de cat nha', expect: CHANGE_USE, who: 'rural' },
  {
    q: 'Tôi đang lĩnh lương hưu ở Nghệ An, nay về ở với con trong Sài Gòn, muốn chuyển về đây lĩnh cho tiện',
    expect: [PENSION_MOVE],
    who: 'elderly',
  },
  { q: 'chuyen cho lanh luong huu ve tinh khac', expect: [PENSION_MOVE], who: 'rural' },
  { q: 'ong ba noi moi mat hom qua khai tu o dau', expect: [KT], who: 'rural' },
  { q: 'người nhà mất cần làm giấy báo tử', expect: [KT], who: 'young' },
  {
    q: 'Bà cụ nhà tôi mới qua đời, nghe nói có tiền hỗ trợ ma chay, xin hỏi làm thế nào',
    expect: [TU_TUAT],
    who: 'elderly',
  },
  { q: 'lam mat so bao hiem xa hoi roi lam lai duoc hong', expect: [BHXH_BOOK], who: 'rural' },
  { q: 'xin giấy phép xây nhà ở', expect: [PERMIT_NEW], who: 'young' },
  {
    q: 'Giấy phép xây nhà của tôi sắp hết hạn mà nhà chưa làm xong, xin thêm thời gian được không',
    expect: [PERMIT_EXTEND],
    who: 'elderly',
  },
  { q: 'sua lai nha cu co can xin phep khong', expect: [PERMIT_REPAIR], who: 'rural' },
  { q: 'xin giấy xác nhận độc thân để đăng ký kết hôn', expect: [SINGLE], who: 'young' },
  { q: 'bang lai xe may bi mat lam lai sao', expect: [LICENCE_LOST], who: 'rural' },
  { q: 'đổi bằng lái ô tô hết hạn', expect: [LICENCE_CHANGE, LICENCE_LOST], who: 'young' },
  {
    q: 'Giấy phép lái xe của tôi là loại bìa giấy cũ, tôi muốn đổi sang thẻ nhựa',
    expect: [LICENCE_CHANGE],
    who: 'elderly',
  },
  { q: 'hộ chiếu hết hạn làm lại', expect: PASSPORT, who: 'young' },
  {
    q: 'Giấy đăng ký kết hôn của vợ chồng tôi bị cháy mất cùng ngôi nhà, ở xã cũng không còn sổ lưu, làm lại thế nào',
    expect: [KH_AGAIN],
    who: 'elderly',
  },
  { q: 'xin ban sao giay ket hon de lam ho so vay von', expect: [COPY], who: 'rural' },
  { q: 'xin bản sao giấy khai sinh', expect: [COPY], who: 'young' },
  { q: 'quan tap hoa doi qua dia chi moi can doi giay phep kinh doanh hong', expect: [HKD_CHANGE], who: 'rural' },
  { q: 'mất giấy đăng ký hộ kinh doanh làm lại', expect: [HKD_REISSUE], who: 'young' },
  {
    q: 'Tôi bán quán nước, nay ốm phải nghỉ vài tháng, có cần báo cho nhà nước không',
    expect: [HKD_PAUSE],
    who: 'elderly',
  },
  { q: 'dong cua tiem luon khong ban nua thi bao sao', expect: [HKD_END], who: 'rural' },
  {
    q: 'Sổ đỏ nhà tôi ghi sai tên vợ tôi, một chữ bị viết nhầm, muốn sửa lại',
    expect: [...CORRECT, CHANGE_INFO],
    who: 'elderly',
  },
  { q: 'so do cu nat het roi doi so moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'mất sổ đỏ làm lại thế nào', expect: [LOST], who: 'young' },
  { q: 'chuyển hộ khẩu về nhà chồng', expect: [THUONG_TRU], who: 'young' },
  {
    q: 'Tôi chuyển về ở với con ở phường khác, hộ khẩu chuyển theo thế nào',
    expect: [THUONG_TRU],
    who: 'elderly',
  },
  { q: 'dat ruong het han 50 nam roi co phai xin gia han hong', expect: LEASE_TERM, who: 'rural' },
  { q: 'doi ruong cho nha ben canh cho gan nha', expect: SALE_GIFT, who: 'rural' },
  {
    q: 'Tôi làm mất bằng tốt nghiệp đại học, giờ xin cấp lại bản sao được không',
    expect: [SO_GOC],
    who: 'elderly',
  },
  {
    q: 'Mẹ tôi mất đã lâu mà chưa khai tử, nay cần giấy tờ để chia đất',
    expect: [KT],
    who: 'elderly',
  },
  { q: 'mất giấy khai sinh gốc mà xã cũng không còn sổ lưu', expect: [KS_AGAIN], who: 'young' },
  { q: 'xin xac nhan cho o de nop ho so', expect: [XAC_NHAN_CU_TRU], who: 'rural' },
  { q: 'đổi tên trên sổ đỏ sau khi đã đổi tên khai sinh', expect: [CHANGE_INFO], who: 'young' },
];

export const SENSE25_TUNE = SENSE25_BATCH.filter((_, i) => i % 2 === 0);
export const SENSE25_HELD = SENSE25_BATCH.filter((_, i) => i % 2 === 1);

export const SENSE25_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Cháu tôi đang học lớp 7 ở quê, nay theo bố mẹ ra thành phố, muốn chuyển trường cho cháu',
    who: 'elderly',
  },
  { q: 'chuyển trường cấp 3 sang tỉnh khác', who: 'young' },
  {
    q: 'Tôi năm nay 82 tuổi, không có lương hưu, muốn xin tiền trợ cấp hàng tháng của nhà nước',
    who: 'elderly',
  },
  { q: 'bằng tốt nghiệp cấp 3 ghi sai tên muốn chỉnh sửa', who: 'young' },
  { q: 'nghỉ việc rồi xin tiền thất nghiệp', who: 'young' },
  { q: 'dang huong tro cap that nghiep ma chuyen ve que thi chuyen sao', who: 'rural' },
  {
    q: 'Tôi là thương binh, chuyển nhà sang tỉnh khác, muốn chuyển hồ sơ để tiếp tục nhận trợ cấp',
    who: 'elderly',
  },
];
