import type { CitizenQuery } from './dev-set';

/**
 * Social and health insurance, pensions, people with merit, poor households and household businesses in the three
 * voices (issue 17, helper session of 6 Dec 2026): 57 queries written in one sitting at 18:10 UTC
 * (docs/search-drafts/social31-draft-20261206T1810Z.txt), before any procedure name was grepped and before the engine
 * was run on them, 19 in each voice: elderly (polite stories with spouses, in-laws, grandchildren, wars and places),
 * rural (no diacritics, "lanh", "tiem", "con nho") and young (short, bhxh, bhyt, "online", "1 lần"). Each need is told
 * by its situation: a soaked book, two books from two employers, a shop moving down the street, a fire.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept, following social15 and welfare23: a book or card lost, torn, merged, wrongly
 * written or moved to another clinic accepts the one BHXH procedure for both (not the police's own cards); a
 * household's card or its renewal accepts "người chỉ tham gia BHYT"; a newborn's card accepts the birth liên thông
 * too; a death benefit from insurance accepts tử tuất; of the merit procedures only the police's recognitions of
 * thương binh, liệt sĩ (with its thân nhân allowances) and da cam are accepted. The catalogue has no social assistance
 * (tiền già, burial of a lonely elder), no unemployment benefit, no general pension award, and no merit graves,
 * reissued certificates, re-examinations, schooling or burial allowances: those 12 queries are in SOCIAL31_NO_ANSWER.
 * Split by alternation into SOCIAL31_TUNE and SOCIAL31_HELD.
 */
const SO_THE = ['1.002759'];
const BHYT_ONLY = ['1.001939'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const BHXH_ONCE = ['1.001613'];
const MATERNITY = ['2.000693'];
const TU_TUAT = ['2.000821'];
const POOR = ['1.011607', '1.011606'];
const HKD_NEW = ['1.001612'];
const HKD_CHANGE = ['2.000720'];
const HKD_PAUSE = ['1.001570'];
const HKD_STOP = ['1.001266'];
const HKD_REISSUE = ['2.000575'];

export const SOCIAL31_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Nhà tôi bị dột nước, cuốn sổ bảo hiểm xã hội ngày xưa đi làm ở nhà máy bị ướt nát hết, giờ xin làm lại cuốn khác thì làm sao ạ',
    expect: SO_THE,
    who: 'elderly',
  },
  { q: 'so bhxh bi mat roi xin cap lai o dau', expect: SO_THE, who: 'rural' },
  { q: 'sổ bhxh ghi sai ngày sinh so với căn cước, sửa thế nào', expect: SO_THE, who: 'young' },
  {
    q: 'Tôi đi làm ở hai công ty, mỗi nơi cho một cuốn sổ bảo hiểm, nay muốn dồn lại làm một cho dễ tính lương hưu thì làm thủ tục gì',
    expect: SO_THE,
    who: 'elderly',
  },
  { q: 'toi nghi lam o cong ty roi muon rut tien bao hiem xa hoi mot lan', expect: BHXH_ONCE, who: 'rural' },
  { q: 'rút bhxh 1 lần cần giấy tờ gì', expect: BHXH_ONCE, who: 'young' },
  {
    q: 'Con dâu tôi mới sinh cháu, nó có đóng bảo hiểm ở công ty may, nhà muốn hỏi tiền chế độ sinh con lãnh ở đâu',
    expect: MATERNITY,
    who: 'elderly',
  },
  { q: 'vo sinh con ma chong co dong bao hiem thi chong co duoc tien khong', expect: MATERNITY, who: 'rural' },
  { q: 'nghỉ ốm 5 ngày có giấy của bệnh viện thì được bhxh trả tiền không', expect: ['1.001667'], who: 'young' },
  {
    q: 'Tôi về hưu ở Hà Nội, nay về quê Nghệ An sống với con, muốn chuyển chỗ lĩnh lương hưu về quê thì làm thế nào',
    expect: ['1.001742'],
    who: 'elderly',
  },
  { q: 'ong nha toi lanh luong huu moi mat, ba muon xin tien tuat hang thang', expect: TU_TUAT, who: 'rural' },
  { q: 'bố mất, được nhận tiền mai táng từ bảo hiểm không', expect: TU_TUAT, who: 'young' },
  { q: 'nha ngheo khong co bao hiem y te, xin lam the cho ca nha', expect: BHYT_ONLY, who: 'rural' },
  { q: 'gia hạn thẻ bhyt hộ gia đình', expect: BHYT_ONLY, who: 'young' },
  {
    q: 'Tôi làm rơi đâu mất cái thẻ bảo hiểm y tế, tuần sau phải đi khám lại mắt, xin cấp lại ngay được không',
    expect: SO_THE,
    who: 'elderly',
  },
  { q: 'muon doi noi kham benh ban dau ve tram y te xa cho gan nha', expect: SO_THE, who: 'rural' },
  { q: 'đổi bệnh viện đăng ký khám trên thẻ bhyt', expect: SO_THE, who: 'young' },
  {
    q: 'Cháu ngoại tôi mới đầy tháng, bố mẹ nó chưa làm thẻ bảo hiểm cho cháu, ông bà đi làm giúp có được không',
    expect: BHYT_CHILD,
    who: 'elderly',
  },
  { q: 'lam the bhyt cho con nho moi de', expect: BHYT_CHILD, who: 'rural' },
  { q: 'thẻ bhyt sai tên, xin sửa lại', expect: SO_THE, who: 'young' },
  {
    q: 'Hồi đánh Mỹ tôi bị thương ở chân, mảnh đạn còn trong người mà chưa được công nhận thương binh, giờ làm hồ sơ thế nào',
    expect: ['1.004089'],
    who: 'elderly',
  },
  { q: 'thủ tục công nhận liệt sĩ cho ông đã hy sinh', expect: ['1.004163'], who: 'young' },
  {
    q: 'Mẹ tôi là vợ liệt sĩ, bà đã già yếu, nay xin thêm tiền trợ cấp người thờ cúng liệt sĩ cho tôi thì làm thế nào',
    expect: ['1.004163'],
    who: 'elderly',
  },
  {
    q: 'cha toi bi nhiem chat doc hoa hoc, con toi bi di tat co duoc huong tro cap khong',
    expect: ['1.004205'],
    who: 'rural',
  },
  {
    q: 'Nhà tôi hai ông bà già, không có lương hưu, ruộng cũng không còn, xin được xét vào hộ nghèo thì làm sao',
    expect: POOR,
    who: 'elderly',
  },
  { q: 'xin giay xac nhan ho can ngheo de con di hoc', expect: POOR, who: 'rural' },
  { q: 'thủ tục đăng ký hộ cận nghèo năm nay', expect: POOR, who: 'young' },
  {
    q: 'Con trai tôi muốn mở một cái quán tạp hóa nhỏ ngay trước nhà, có phải đi đăng ký kinh doanh không ạ',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'mo tiem sua xe muon lam giay phep kinh doanh ho ca the', expect: HKD_NEW, who: 'rural' },
  { q: 'đăng ký hộ kinh doanh online', expect: HKD_NEW, who: 'young' },
  {
    q: 'Quán cơm của tôi chuyển sang đường bên cạnh, giấy đăng ký kinh doanh ghi địa chỉ cũ thì phải sửa lại ở đâu',
    expect: HKD_CHANGE,
    who: 'elderly',
  },
  { q: 'ho kinh doanh muon them nganh nghe ban them gas', expect: HKD_CHANGE, who: 'rural' },
  { q: 'tạm ngừng hộ kinh doanh 3 tháng', expect: HKD_PAUSE, who: 'young' },
  {
    q: 'Tôi già rồi, cái tiệm bán thuốc lá nước ngọt không bán nữa, muốn trả lại giấy phép kinh doanh thì làm thế nào',
    expect: HKD_STOP,
    who: 'elderly',
  },
  { q: 'dong cua tiem khong ban nua thi bao nghi kinh doanh o dau', expect: HKD_STOP, who: 'rural' },
  { q: 'mất giấy chứng nhận đăng ký hộ kinh doanh', expect: HKD_REISSUE, who: 'young' },
  { q: 'đăng ký đóng bhxh tự nguyện để sau này có lương hưu', expect: ['1.002179'], who: 'young' },
  { q: 'đổi chủ hộ kinh doanh sang tên vợ', expect: HKD_CHANGE, who: 'young' },
  {
    q: 'Tôi lĩnh lương hưu mà chân yếu không đi được, muốn cho con gái đi nhận thay thì phải làm giấy gì',
    expect: ['1.001601'],
    who: 'elderly',
  },
  {
    q: 'nha minh thoat ngheo roi muon xin ra khoi danh sach ho ngheo',
    expect: ['1.011608', '1.011606'],
    who: 'rural',
  },
  { q: 'đổi thông tin trên sổ bhxh khi đổi tên', expect: SO_THE, who: 'young' },
  { q: 'thang con toi di lam bi tai nan lao dong, xin tien bao hiem', expect: ['1.001632'], who: 'rural' },
  { q: 'hưởng chế độ dưỡng sức sau sinh', expect: ['1.001598'], who: 'young' },
  { q: 'co giay chung nhan dang ky ho kinh doanh ma bi chay nha mat het', expect: HKD_REISSUE, who: 'rural' },
  { q: 'thẻ bhyt hết hạn của con dưới 6 tuổi', expect: [...BHYT_CHILD, ...SO_THE], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const SOCIAL31_TUNE: readonly CitizenQuery[] = SOCIAL31_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const SOCIAL31_HELD: readonly CitizenQuery[] = SOCIAL31_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: a war invalid's burial money, a re-examination of wounds, moving a
 * martyr's remains, visiting a grave, a reissued Tổ quốc ghi công or death notice, a merit child's school fees, tiền
 * già, unemployment benefit, a former volunteer's merit status, an abandoned elder's burial, a pension award.
 */
export const SOCIAL31_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Ông nhà tôi là thương binh vừa qua đời, con cháu muốn xin tiền làm ma chay của nhà nước thì làm giấy tờ gì',
    who: 'elderly',
  },
  { q: 'ba toi bi thuong hoi di bo doi, xin giam dinh lai ty le thuong tat', who: 'rural' },
  {
    q: 'Anh trai tôi hy sinh ở chiến trường Quảng Trị, gia đình muốn đi tìm và đưa hài cốt anh về nghĩa trang quê nhà',
    who: 'elderly',
  },
  { q: 'xin tien di tham mo liet si o nghia trang tinh khac', who: 'rural' },
  { q: 'mất bằng Tổ quốc ghi công, làm lại được không', who: 'young' },
  { q: 'con thương binh đi học đại học có được giảm học phí không', who: 'young' },
  {
    q: 'Tôi năm nay 81 tuổi, không có lương hưu, nghe nói người già được nhận tiền hàng tháng của nhà nước, xin hỏi làm ở đâu',
    who: 'elderly',
  },
  { q: 'toi bi mat viec, xin tien tro cap that nghiep', who: 'rural' },
  {
    q: 'Bố tôi trước đi thanh niên xung phong, nay muốn xin được hưởng chế độ người có công thì làm hồ sơ gì',
    who: 'elderly',
  },
  { q: 'nguoi gia co don chet, xa xin tien mai tang giup', who: 'rural' },
  {
    q: 'Tôi là con liệt sĩ, bố hy sinh năm 1972, giấy báo tử ngày xưa bị thất lạc, giờ muốn xin xác nhận lại thì làm sao',
    who: 'elderly',
  },
  {
    q: 'Tôi đóng bảo hiểm xã hội đủ hai mươi năm rồi, nay đủ tuổi nghỉ hưu thì nộp giấy tờ xin hưởng lương hưu ở đâu',
    who: 'elderly',
  },
];
