import type { CitizenQuery } from './dev-set';
import { FIRST, INHERIT, PERMIT_NEW, SALE_GIFT } from './land-codes';

/**
 * Spoken queries (issue 17, helper session of 6 Dec 2026): 60 queries written in one sitting at 20:37 UTC
 * (docs/search-drafts/spoken41-draft-20261206T2037Z.txt), before any procedure name was grepped and before the engine
 * was run on them: 20 errands as people SAY them to a phone's voice typing or to a relative typing for them, in three
 * voices, elderly (run-on, "dạ", "cho tôi hỏi", "hả cô", kinship, numbers as words, self-corrections "à không phải …
 * mà là …"), rural (no diacritics, "chi oi", "tui", "o dau") and young (short, "ừ", "à", "online", "cccd"). Some carry
 * voice-recognition slips between near-homophones: "khai xinh" for khai sinh, "tam trú" for tạm trú, "căn cứ" for căn
 * cước, "số đỏ" for sổ đỏ.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * codes earlier batches gave the same acts (land-codes.ts, civil29, resid30, social31, rural36): a newborn accepts the
 * birth liên thông procedures too; a lost card accepts the reissue at every level; a sale is SALE_GIFT as land24 and
 * land28 label it; an expired driving licence accepts the exchange and the reissue (the reissue covers a licence long
 * expired); a torn health-insurance card is the cấp đổi, a lost one the cấp lại, both with the social-insurance
 * agency's combined 1.002759. The catalogue has no unemployment benefit (1.001601 only authorises someone to collect
 * it), no old-age allowance and no disability assessment, as story37 found: those 9 queries are in
 * SPOKEN41_NO_ANSWER. Split by alternation into SPOKEN41_TUNE and SPOKEN41_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KH = ['1.000894'];
const KT = ['1.000656'];
const SINGLE = ['1.004873'];
const SAO_Y = ['2.000815'];
const TAM_TRU = ['1.004194'];
const THUONG_TRU = ['1.004222'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_EXPIRED = [...LICENCE_CHANGE, '3.000348'];
const BHYT_LOST = ['1.002759', '1.001294', '1.001327'];
const BHYT_TORN = ['1.002759', '1.002438', '1.001321'];
const HKD_NEW = ['1.001612'];
const LLTP = ['3.000333'];

export const SPOKEN41_BATCH: readonly CitizenQuery[] = [
  {
    q: 'dạ cho tôi hỏi cái thằng cháu nội tôi mới đẻ được hai tuần thì làm cái giấy khai xinh cho nó ở đâu ạ',
    expect: KS,
    who: 'elderly',
  },
  { q: 'chi oi con minh moi sinh thi lam giay khai xinh cho no o xa la can gi a', expect: KS, who: 'rural' },
  { q: 'ừ làm khai xinh cho em bé mới sinh online được không', expect: KS, who: 'young' },
  {
    q: 'dạ con gái tôi nó lấy chồng người bên huyện Đông Anh thì hai đứa nó đi đăng ký cái kết hôn ở đâu ạ',
    expect: KH,
    who: 'elderly',
  },
  {
    q: 'em oi tui voi ban gai muon lam giay dang ky ket hon thi phai di len xa hay len huyen',
    expect: KH,
    who: 'rural',
  },
  { q: 'à đăng ký kết hôn thì cần giấy tờ gì ạ', expect: KH, who: 'young' },
  {
    q: 'bà nhà tôi mất hôm mười hai tháng trước rồi thì giờ tôi phải đi khai tử cho bà ấy làm thế nào',
    expect: KT,
    who: 'elderly',
  },
  { q: 'ong noi moi mat thi lam giay khai tu o dau a', expect: KT, who: 'rural' },
  { q: 'ông em mất rồi làm giấy báo tử à không phải mà là đăng ký khai tử ấy', expect: KT, who: 'young' },
  {
    q: 'dạ cháu tôi nó cần cái giấy xác nhận là chưa có vợ để đi làm hồ sơ thì xin ở đâu ạ',
    expect: SINGLE,
    who: 'elderly',
  },
  { q: 'xin giay xac nhan doc than de lay chong thi lam sao chi', expect: SINGLE, who: 'rural' },
  { q: 'xin giấy xác nhận tình trạng hôn nhân để kết hôn với người nước ngoài', expect: SINGLE, who: 'young' },
  {
    q: 'cho tôi hỏi là tôi muốn công chứng à không phải chứng thực cái bản sao sổ hộ khẩu với cái bằng cấp ba thì làm ở đâu',
    expect: SAO_Y,
    who: 'elderly',
  },
  { q: 'di chung thuc ban sao giay to o xa thi mat bao nhieu tien', expect: SAO_Y, who: 'rural' },
  { q: 'chứng thực bản sao từ bản chính ở ubnd phường', expect: SAO_Y, who: 'young' },
  {
    q: 'dạ thằng con tôi nó lên Hà Nội đi làm thuê phòng trọ thì nó phải đăng ký tam trú ở đâu ạ',
    expect: TAM_TRU,
    who: 'elderly',
  },
  { q: 'em oi di lam cong ty o binh duong thi dang ky tam tru the nao', expect: TAM_TRU, who: 'rural' },
  { q: 'đăng ký tạm trú cho sinh viên thuê trọ ừ làm online được không', expect: TAM_TRU, who: 'young' },
  {
    q: 'tôi chuyển về ở với con trai ở quận Hai Bà Trưng thì cái hộ khẩu à nhập hộ khẩu thường trú cho tôi vào nhà nó thế nào',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  { q: 'chuyen ho khau ve nha chong thi lam sao', expect: THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thường trú nhập khẩu vào nhà người thân', expect: THUONG_TRU, who: 'young' },
  {
    q: 'dạ tôi bảy mươi hai tuổi rồi cái căn cứ công dân của tôi bị mất thì làm lại ở đâu ạ',
    expect: CARD_LOST,
    who: 'elderly',
  },
  { q: 'chi oi bi mat can cuoc thi lam lai o dau', expect: CARD_LOST, who: 'rural' },
  { q: 'mất thẻ căn cước làm lại thế nào ạ cấp lại cccd', expect: CARD_LOST, who: 'young' },
  {
    q: 'nhà tôi ở từ năm một chín tám mươi đến giờ mà chưa có số đỏ thì làm cái số đỏ lần đầu thế nào hả cô',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'dat ong ba de lai chua co so do gio muon lam so do lan dau', expect: [FIRST], who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu cho đất chưa có giấy tờ', expect: [FIRST], who: 'young' },
  {
    q: 'dạ tôi bán cái mảnh đất cho ông Hùng hàng xóm thì sang tên cái số đỏ cho ông ấy làm thế nào',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'mua dat roi muon sang ten so do thi lam o dau', expect: SALE_GIFT, who: 'rural' },
  { q: 'thủ tục sang tên sổ đỏ khi mua bán đất', expect: SALE_GIFT, who: 'young' },
  {
    q: 'bố tôi mất để lại mảnh đất cho mấy anh em thì giờ làm cái thừa kế à khai nhận di sản rồi đăng ký sang tên thế nào',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'dat cua ba me de lai cho con thi lam thua ke the nao', expect: INHERIT, who: 'rural' },
  { q: 'đăng ký biến động đất do thừa kế', expect: INHERIT, who: 'young' },
  {
    q: 'tôi muốn xây lại cái nhà hai tầng trên đất nhà mình thì có phải xin giấy phép xây dựng không hả chị',
    expect: [PERMIT_NEW],
    who: 'elderly',
  },
  { q: 'xay nha o que co can xin giay phep xay dung khong', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'xin giấy phép xây dựng nhà ở riêng lẻ', expect: [PERMIT_NEW], who: 'young' },
  {
    q: 'dạ con dâu tôi nó muốn mở cái quán bán tạp hóa ở đầu ngõ thì phải đăng ký kinh doanh cái hộ cá thể thế nào',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'mo quan an o cho thi dang ky ho kinh doanh o dau', expect: HKD_NEW, who: 'rural' },
  { q: 'đăng ký hộ kinh doanh mở shop', expect: HKD_NEW, who: 'young' },
  { q: 'thằng cháu tôi mới mua cái xe máy thì đi đăng ký biển số xe ở đâu hả con', expect: REG_FIRST, who: 'elderly' },
  { q: 'mua xe may moi thi dang ky xe o cong an xa duoc khong', expect: REG_FIRST, who: 'rural' },
  { q: 'đăng ký xe máy mới bấm biển online', expect: REG_FIRST, who: 'young' },
  {
    q: 'cái bằng lái ô tô của tôi sắp hết hạn rồi à không phải hết hạn mà là hết rồi thì đổi bằng lái ở đâu',
    expect: LICENCE_EXPIRED,
    who: 'elderly',
  },
  { q: 'doi bang lai xe het han o dau', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'đổi giấy phép lái xe hết hạn', expect: LICENCE_EXPIRED, who: 'young' },
  { q: 'dạ cái thẻ bảo hiểm y tế của tôi bị mất rồi thì xin cấp lại ở đâu ạ', expect: BHYT_LOST, who: 'elderly' },
  { q: 'the bao hiem y te bi rach thi doi lai o dau', expect: BHYT_TORN, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: BHYT_LOST, who: 'young' },
  {
    q: 'cho tôi hỏi thằng con tôi nó đi xuất khẩu lao động thì xin cái lý lịch tư pháp ở đâu ạ',
    expect: LLTP,
    who: 'elderly',
  },
  { q: 'xin ly lich tu phap de di lam nuoc ngoai', expect: LLTP, who: 'rural' },
  { q: 'cấp phiếu lý lịch tư pháp số một', expect: LLTP, who: 'young' },
];

/** Even indices: the half tuned on. */
export const SPOKEN41_TUNE: readonly CitizenQuery[] = SPOKEN41_BATCH.filter((_, i) => i % 2 === 0);

/** Odd indices: held out, never tuned on. */
export const SPOKEN41_HELD: readonly CitizenQuery[] = SPOKEN41_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the national catalogue has no procedure for (unemployment benefit, old-age allowance, disability). */
export const SPOKEN41_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'con tôi nó bị công ty cho nghỉ việc rồi thì đi làm cái bảo hiểm thất nghiệp à hưởng trợ cấp thất nghiệp ở đâu', who: 'elderly' },
  { q: 'nghi viec o cong ty thi lanh tien that nghiep the nao', who: 'rural' },
  { q: 'nộp hồ sơ hưởng trợ cấp thất nghiệp', who: 'young' },
  { q: 'dạ tôi năm nay tám mươi tuổi rồi thì có được hưởng cái tiền trợ cấp người già không làm ở đâu ạ', who: 'elderly' },
  { q: 'ba noi tam muoi tuoi roi thi lam tien tro cap nguoi gia o dau', who: 'rural' },
  { q: 'đăng ký trợ cấp xã hội cho người cao tuổi', who: 'young' },
  { q: 'thằng cháu tôi nó bị tật từ nhỏ không đi được thì làm cái giấy xác nhận khuyết tật ở đâu để được hưởng chế độ', who: 'elderly' },
  { q: 'con bi khuyet tat thi xin giay xac nhan khuyet tat o dau', who: 'rural' },
  { q: 'xác định mức độ khuyết tật cấp giấy xác nhận', who: 'young' },
];

/**
 * Slips a phone's voice typing or a relative typing by ear makes (docs/search-drafts/spoken41-slips-draft-20261206T2044Z.txt), written after this
 * batch was labelled and scored, so not blind to these errands' procedures: tr/ch ("trứng thực", "tạm chú"), s/x
 * ("sác nhận", "xổ đỏ", "sây dựng"), d/gi ("dấy phép"), hỏi/ngã ("bảo hiễm", "khai tữ"), final n/ng ("căng cước",
 * "bằn lái") and word swaps ("căn cứ", "khai tự"). Tuned on, all of it; labelled with the codes above.
 */
export const SPOKEN41_SLIPS: readonly CitizenQuery[] = [
  {
    q: 'dạ cho tôi hỏi làm cái giấy sác nhận tình trạng hôn nhân cho con gái tôi ở đâu ạ',
    expect: SINGLE,
    who: 'elderly',
  },
  { q: 'xin dấy xác nhận độc thân ở xã', expect: SINGLE, who: 'rural' },
  { q: 'ừ sác nhận độc thân để cưới', expect: SINGLE, who: 'young' },
  { q: 'tôi muốn trứng thực cái bản sao giấy tờ nhà thì ra đâu hả cô', expect: SAO_Y, who: 'elderly' },
  { q: 'chứng thực bảng sao ở xã', expect: SAO_Y, who: 'rural' },
  { q: 'trứng thực bản sao cccd', expect: SAO_Y, who: 'young' },
  { q: 'thằng con tôi nó thuê nhà ở Sài Gòn thì đăng ký tạm chú thế nào', expect: TAM_TRU, who: 'elderly' },
  { q: 'dang ky tam chu cho cong nhan', expect: TAM_TRU, who: 'rural' },
  { q: 'đăng kí tạm chú online', expect: TAM_TRU, who: 'young' },
  { q: 'tôi về ở với con thì nhập hộ khẫu thường chú thế nào ạ', expect: THUONG_TRU, who: 'elderly' },
  { q: 'nhap ho khau thuong chu ve nha vo', expect: THUONG_TRU, who: 'rural' },
  { q: 'đăng ký thường chú', expect: THUONG_TRU, who: 'young' },
  { q: 'cái căng cước của tôi bị rơi mất ngoài chợ rồi làm lại ở đâu', expect: CARD_LOST, who: 'elderly' },
  { q: 'mat căng cuoc lam lai', expect: CARD_LOST, who: 'rural' },
  { q: 'cấp lại căn cứ công dân bị mất', expect: CARD_LOST, who: 'young' },
  { q: 'làm cái xổ đỏ lần đầu cho mảnh đất ông bà để lại', expect: [FIRST], who: 'elderly' },
  { q: 'xang ten xo do khi mua dat', expect: SALE_GIFT, who: 'rural' },
  { q: 'xang tên sổ đỏ', expect: SALE_GIFT, who: 'young' },
  { q: 'dạ cái thẽ bảo hiễm y tế của tôi bị mất rồi xin lại ở đâu', expect: BHYT_LOST, who: 'elderly' },
  { q: 'the bao hiem y te bi mat xin cap lai o dau', expect: BHYT_LOST, who: 'rural' },
  { q: 'cấp lại thẻ bảo hiễm y tế', expect: BHYT_LOST, who: 'young' },
  { q: 'tôi đi khai tự cho ông nhà tôi mới mất thì làm ở đâu', expect: KT, who: 'elderly' },
  { q: 'lam giay khai tữ cho ba', expect: KT, who: 'rural' },
  { q: 'đăng ký khai tự', expect: KT, who: 'young' },
  { q: 'đổi cái bằn lái xe hết hạn rồi ở đâu hả con', expect: LICENCE_EXPIRED, who: 'elderly' },
  { q: 'doi bang lai se het han', expect: LICENCE_EXPIRED, who: 'rural' },
  { q: 'đổi dấy phép lái xe', expect: LICENCE_CHANGE, who: 'young' },
  { q: 'xin cái dấy phép xây dựng nhà ở thì làm thế nào ạ', expect: [PERMIT_NEW], who: 'elderly' },
  { q: 'xin giay phep sây dựng nha o', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'xin giấy phép sây dựng nhà riêng lẻ', expect: [PERMIT_NEW], who: 'young' },
];
