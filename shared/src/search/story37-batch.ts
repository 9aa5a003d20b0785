import type { CitizenQuery } from './dev-set';
import { EXCHANGE, PERMIT_NEW, PERMIT_REPAIR, TRANSFER } from './land-codes';

/**
 * Needs implied by a life event and never named (issue 17, helper session of 6 Dec 2026): 60 queries written in one
 * sitting at 19:55 UTC (docs/search-drafts/story37-draft-20261206T1955Z.txt), before any procedure name was grepped
 * and before the engine was run on them: 20 situations told in three voices, elderly (polite stories: a daughter-in-law
 * moving in, a grandson leaving for Japan, a wallet picked at the market, a flood), rural (no diacritics, "ổng", "z",
 * "wa", "hong", "cavet") and young (short, "layoff", "ntn", "HĐ", "CCCD"). The citizen tells what happened; the clerk
 * knows which procedure follows (a bride moving in: permanent residence; a parent dead at home: death registration).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * codes earlier batches gave the same acts (land-codes.ts, resid30, civil29, social31): a newborn accepts the
 * birth liên thông procedures too; a lost card accepts the reissue at every level; a soaked land certificate is an
 * exchange (cấp đổi), as land24 labels a torn one; an added storey accepts the new and the repair permit; a bought
 * used motorbike is the sang tên registration only; a widower or divorcee asked for proof he is single is the marital
 * status certificate. The catalogue has no unemployment benefit, no pension award for a factory worker, no tiền già,
 * no support for a crop lost to a storm and no disability assessment: those 15 queries are in STORY37_NO_ANSWER. The
 * eatery has no food-safety answer either (the catalogue's food certificates are for farm produce), so it is the
 * household business registration alone. Split by alternation into STORY37_TUNE and STORY37_HELD.
 */
const THUONG_TRU = ['1.004222'];
const KT = ['1.000656'];
const LLTP = ['3.000333'];
const SANG_TEN = ['1.013076'];
const KS = ['1.001193', '2.000986', '2.001023'];
const HKD_NEW = ['1.001612'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const SOAKED = [EXCHANGE];
const PERMIT = [PERMIT_NEW, PERMIT_REPAIR];
const FOREIGN_MARRIAGE = ['2.000806'];
const ADOPT = ['2.001263'];
const TU_TUAT = ['2.000821'];
const TAM_TRU = ['1.004194'];
const SINGLE = ['1.004873'];
const TRANSFER_LAND = [TRANSFER];

export const STORY37_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, con dâu tôi mới về làm dâu, quê nó ở huyện bên, giờ nó về ở hẳn với gia đình tôi thì phải làm giấy tờ gì cho nó được tính là người ở đây ạ',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  {
    q: 'con dau tui moi cuoi ve o chung nha, que no o tinh khac, gio lam sao cho no thanh nguoi o day luon z',
    expect: THUONG_TRU,
    who: 'rural',
  },
  { q: 'mới cưới xong, vợ dọn về nhà mình ở hẳn thì làm thủ tục gì v ạ', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Má tôi mới mất hôm tuần rồi tại nhà, năm nay bà chín mươi hai tuổi, con cháu lo hậu sự xong xuôi rồi, giờ phải ra xã báo cho nhà nước biết thế nào hả cô',
    expect: KT,
    who: 'elderly',
  },
  { q: 'ba tui moi mat o nha, dam xong roi, gio ra xa bao lam giay gi cho ổng', expect: KT, who: 'rural' },
  { q: 'ông nội mới mất ở nhà, giờ cần làm giấy tờ gì với xã ạ', expect: KT, who: 'young' },
  {
    q: 'Thằng cháu nội tôi sắp đi Nhật làm việc theo hợp đồng ba năm, bên công ty bảo về nhà xin giấy chứng nhận là nó chưa từng dính líu tới tòa án, tôi không biết xin ở đâu ạ',
    expect: LLTP,
    who: 'elderly',
  },
  {
    q: 'thang chau sap di nhat lam, cty doi giay chung nhan ko tien an tien su, lam o dau',
    expect: LLTP,
    who: 'rural',
  },
  {
    q: 'em sắp đi Nhật làm việc, cty yêu cầu giấy xác nhận không tiền án, xin online được ko',
    expect: LLTP,
    who: 'young',
  },
  {
    q: 'Nhà tôi mới mua lại chiếc xe máy cũ của người hàng xóm, giấy tờ xe vẫn còn tên ông ấy, giờ tôi muốn cho đúng tên nhà tôi thì làm sao ạ',
    expect: SANG_TEN,
    who: 'elderly',
  },
  {
    q: 'moi mua lai chiec xe honda cu cua ong ban, cavet con ten ổng, gio doi wa ten minh sao',
    expect: SANG_TEN,
    who: 'rural',
  },
  { q: 'mua xe máy cũ của bạn, giấy xe vẫn tên chủ cũ thì làm gì ạ', expect: SANG_TEN, who: 'young' },
  {
    q: 'Con dâu tôi mới sinh cháu trai ở trạm y tế được hơn tuần nay, thằng con trai tôi đi làm xa chưa về, bà nội như tôi có đi làm giấy cho cháu được không cô',
    expect: KS,
    who: 'elderly',
  },
  { q: 'dua nho moi de o tram xa duoc 2 tuan, chua lam giay to gi het, ba noi di lam dc ko', expect: KS, who: 'rural' },
  { q: 'bé nhà em mới sinh được 1 tuần, giờ làm giấy tờ đầu tiên cho bé thế nào ạ', expect: KS, who: 'young' },
  {
    q: 'Tôi già rồi ở không cũng buồn, tính mở cái quán bán bún riêu nho nhỏ ngay trước cửa nhà, có phải lên phường khai báo gì không cô',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'tui tinh mo tiem tap hoa truoc nha ban lai rai, co can dang ky gi voi xa hong', expect: HKD_NEW, who: 'rural' },
  { q: 'muốn mở quán trà sữa nhỏ trước nhà, cần làm giấy phép gì ạ', expect: HKD_NEW, who: 'young' },
  {
    q: 'Sáng nay tôi đi chợ bị kẻ gian móc mất cái ví, trong đó có cái thẻ căn cước gắn chip của tôi, giờ tôi phải làm sao cho có lại hả cô',
    expect: CARD_LOST,
    who: 'elderly',
  },
  {
    q: 'di cho bi moc tui mat het giay to, the can cuoc cung mat luon, lam lai o dau',
    expect: CARD_LOST,
    who: 'rural',
  },
  { q: 'bị trộm mất ví, mất luôn CCCD, làm lại thế nào ạ', expect: CARD_LOST, who: 'young' },
  {
    q: 'Trận lụt vừa rồi nước vào ngập nhà, cái sổ đỏ cất trong tủ bị ngâm nước, chữ nhòe hết, giấy rách mấy chỗ, tôi lo quá không biết có làm lại được không cô',
    expect: SOAKED,
    who: 'elderly',
  },
  { q: 'lu vua roi ngap nha, so do bi uot nhoe het chu rach ca, gio tinh sao', expect: SOAKED, who: 'rural' },
  { q: 'sổ hồng bị ngập nước hỏng hết chữ, làm lại cái mới ntn ạ', expect: SOAKED, who: 'young' },
  {
    q: 'Nhà tôi là nhà cấp bốn xây từ năm tám mươi mấy, giờ con cái đông, tôi muốn đổ thêm một tầng lầu lên trên cho các cháu ở, có phải xin phép ai không ạ',
    expect: PERMIT,
    who: 'elderly',
  },
  { q: 'nha tui tinh xay them mot tang lau, co phai len xa lam giay gi truoc ko', expect: PERMIT, who: 'rural' },
  { q: 'nhà cấp 4 muốn lên thêm 1 tầng, cần thủ tục gì ko ạ', expect: PERMIT, who: 'young' },
  {
    q: 'Thằng út nhà tôi quen một cô người Hàn Quốc sang đây dạy học, hai đứa thương nhau muốn về ở với nhau cho đàng hoàng, làm giấy tờ bên mình thì đi đâu ạ',
    expect: FOREIGN_MARRIAGE,
    who: 'elderly',
  },
  {
    q: 'thang con tui quen con nho nguoi han, 2 dua muon cuoi, lam giay o day duoc ko',
    expect: FOREIGN_MARRIAGE,
    who: 'rural',
  },
  { q: 'bạn gái em người Hàn, tụi em muốn cưới, làm giấy tờ ở VN ntn ạ', expect: FOREIGN_MARRIAGE, who: 'young' },
  {
    q: 'Em gái tôi với chồng nó mất trong tai nạn, để lại thằng nhỏ năm tuổi, vợ chồng tôi muốn đem nó về nuôi cho đàng hoàng như con ruột, giấy tờ phải làm sao ạ',
    expect: ADOPT,
    who: 'elderly',
  },
  {
    q: 'em tui voi chong no mat het roi, de lai dua nho, vo chong tui muon nhan ve nuoi nhu con minh',
    expect: ADOPT,
    who: 'rural',
  },
  { q: 'anh chị em mất, em muốn nhận cháu về nuôi hợp pháp làm sao ạ', expect: ADOPT, who: 'young' },
  {
    q: 'Chồng tôi đang làm tài xế cho công ty vận tải thì bị bệnh mất đột ngột, ông ấy đóng bảo hiểm được mười hai năm, mẹ con tôi có được hưởng gì không, phải làm sao ạ',
    expect: TU_TUAT,
    who: 'elderly',
  },
  { q: 'chong tui mat roi, ổng dong bao hiem 12 nam, vo con co duoc lanh gi ko', expect: TU_TUAT, who: 'rural' },
  { q: 'bố em mất, có đóng BHXH 15 năm, gia đình nhận tiền gì được ko ạ', expect: TU_TUAT, who: 'young' },
  {
    q: 'Hai vợ chồng tôi dưới quê lên thành phố bán hàng rong, thuê phòng trọ ở trong hẻm, chủ nhà dặn phải đi báo với công an phường, tôi không rành giấy tờ, chỉ giùm tôi với ạ',
    expect: TAM_TRU,
    who: 'elderly',
  },
  { q: 'tui len tp lam thue, o phong tro, chu tro bao di trinh bao cong an, lam sao', expect: TAM_TRU, who: 'rural' },
  { q: 'mới lên HN đi làm, thuê trọ, cần đăng ký gì với phường ko ạ', expect: TAM_TRU, who: 'young' },
  {
    q: 'Vợ tôi mất đã năm năm nay, giờ tôi quen một bà góa ở tỉnh khác, hai bên con cái đồng ý cho về sống với nhau, bên kia xã họ bảo tôi phải mang giấy ở quê lên chứng minh là tôi không còn vợ, xin ở đâu ạ',
    expect: SINGLE,
    who: 'elderly',
  },
  {
    q: 'vo tui mat lau roi, gio muon cuoi ba khac o tinh khac, ben do doi giay chung minh tui ko co vo',
    expect: SINGLE,
    who: 'rural',
  },
  { q: 'ly hôn rồi giờ muốn cưới lại ở tỉnh khác, bên đó đòi giấy độc thân, xin ở đâu', expect: SINGLE, who: 'young' },
  {
    q: 'Tôi có gom góp mua lại miếng đất vườn của ông hàng xóm, hai bên đã ra văn phòng công chứng ký giấy rồi, giờ phải làm tiếp thế nào để sổ đứng tên tôi ạ',
    expect: TRANSFER_LAND,
    who: 'elderly',
  },
  {
    q: 'mua mieng dat cua ong hang xom, cong chung roi, gio lam sao cho so dung ten minh',
    expect: TRANSFER_LAND,
    who: 'rural',
  },
  { q: 'mua đất đã công chứng HĐ, giờ sang tên sổ ở đâu ạ', expect: TRANSFER_LAND, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const STORY37_TUNE: readonly CitizenQuery[] = STORY37_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const STORY37_HELD: readonly CitizenQuery[] = STORY37_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: a laid-off worker's unemployment benefit, tiền già for an
 * eighty-year-old, support for a harvest lost to a storm, a disability assessment for a deaf or autistic child, a
 * factory worker's pension.
 */
export const STORY37_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Con gái tôi làm công nhân may ở khu công nghiệp bảy năm, tháng trước công ty cắt giảm cho nghỉ việc, nghe nói có đóng bảo hiểm thì được nhà nước hỗ trợ, nó phải đi đâu làm ạ',
    who: 'elderly',
  },
  { q: 'con tui bi cty cho nghi viec, dong bh may nam roi, gio lanh tien ho tro sao', who: 'rural' },
  { q: 'em bị layoff, có đóng BHXH 3 năm, giờ nhận tiền hỗ trợ ở đâu ạ', who: 'young' },
  {
    q: 'Ông cụ nhà tôi năm nay tròn tám mươi tuổi, không có lương hưu gì cả, nghe nói các cụ đủ tuổi thì được xã cho tiền hằng tháng, tôi phải làm đơn thế nào ạ',
    who: 'elderly',
  },
  { q: 'ong gia tui nam nay 80 tuoi roi, ko co luong huu, nghe noi duoc lanh tien hang thang, lam sao', who: 'rural' },
  { q: 'ông em vừa đủ 80t, ko có lương hưu, đăng ký nhận tiền hàng tháng ntn ạ', who: 'young' },
  {
    q: 'Cơn bão vừa rồi làm ngã rạp hết ba sào lúa sắp gặt của nhà tôi, mất trắng cả vụ, bà con bảo nhà nước có chính sách giúp đỡ, tôi phải khai ở đâu ạ',
    who: 'elderly',
  },
  { q: 'bao vua roi lua ngap mat trang, 3 cong ruong, xa co ho tro gi ko, khai o dau', who: 'rural' },
  { q: 'vườn rau nhà em bị bão phá hết, có được nhà nước hỗ trợ không ạ', who: 'young' },
  {
    q: 'Đứa cháu ngoại tôi sinh ra đã không nghe không nói được, năm nay lên bảy, người ta bảo phải đưa cháu đi để xã xem xét ghi nhận thì mới được hưởng chế độ, cụ thể làm thế nào hả cô',
    who: 'elderly',
  },
  { q: 'chau tui bi cam diec tu nho, muon duoc huong che do thi phai lam gi', who: 'rural' },
  { q: 'em trai em bị tự kỷ nặng, muốn được công nhận để hưởng chế độ thì làm sao ạ', who: 'young' },
  {
    q: 'Tôi làm công nhân nhà máy đường hai mươi lăm năm, sang tháng sau là đủ sáu mươi tuổi, tôi muốn hỏi giờ nghỉ thì lãnh tiền hằng tháng ra sao, giấy tờ thế nào ạ',
    who: 'elderly',
  },
  { q: 'tui lam cty 25 nam co dong bao hiem, thang toi du 60 tuoi, nghi roi lanh tien hang thang sao', who: 'rural' },
  { q: 'mẹ em sắp đủ tuổi nghỉ, đóng BHXH 20 năm, làm hồ sơ nhận tiền hàng tháng sao ạ', who: 'young' },
];
