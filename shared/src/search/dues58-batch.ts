import type { CitizenQuery } from './dev-set';

/** Register, re-register or adjust voluntary social insurance (the lump for missing years, the way and level of paying, a refund of it). */
const VOLUNTARY = ['1.002179'];
/** Register and pay for a health-insurance-only card (a household, a child under six paid by the State; refunds of overlaps). */
const HEALTH_ONLY = ['1.001939'];
/** Register and adjust compulsory dues through an employer (time paid twice on two books is refunded here). */
const COMPULSORY = ['1.002051'];
/** Reissue, exchange or correct the social insurance book and the health insurance card (lost, wrong name or date, merged books, another clinic). */
const BOOK_CARD = ['1.002759'];
/** The commune's linked birth registration with the under-six health card (with and without permanent residence). */
const CHILD_CARD = ['2.000986', '2.001023'];
/** First registration of an inland boat, not yet or already running on the water. */
const BOAT_FIRST = ['1.004088', '1.004047'];
/** Re-registration of an inland boat on a change of owner, with or without a change of registering office. */
const BOAT_TRANSFER = ['1.003970', '1.004002'];
/** A cross-river passenger landing: agreeing its technical parameters and announcing it open. */
const CROSSING = ['1.009455', '1.009453'];
/** Connecting a private access to a road in use: national-road junction design and works, a connection outside the plan, works on a road in use. */
const ROAD_CONNECT = ['1.001046', '1.001061', '1.013277', '1.013061'];

/**
 * Paying into social and health insurance, and boats and roads, as ordinary people tell them (issue 17, helper session
 * of 7 Dec 2026): 72 queries written in one sitting at 01:53 UTC (docs/search-drafts/dues58-draft-20261207T0153Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 24 situations (joining voluntary social
 * insurance, paying a lump for the missing years, stopping and drawing it out at once, changing the way or level of
 * paying, a household health card, a card for a newborn, a wrong date of birth on the card, a lost card, another clinic,
 * a refund of dues paid twice, a lost insurance book, a wrong name in it, merging two books, registering a river boat,
 * transferring a bought barge, opening a ferry landing, a boat driver's certificate, registering a fishing boat, its
 * fishing licence, deleting a sold fishing boat, a shop's access to a main road, digging across a road for a water pipe,
 * an oversize truck permit, a stall in the corridor of a road newly built across one's land) × 3 voices: elderly (long
 * polite stories with diacritics, 27–42 words), rural (no diacritics, southern "tui", "hong", "ghe", "xa lan", slips)
 * and young (short, "bhxh", "bhyt", "kcb"). Labelled afterwards by grepping the crawl: the lump for missing years is the
 * voluntary registration's adjustment (years, not the six compulsory months); stopping and drawing out is the one-time
 * benefit; another clinic is an exchange of the card; a newborn's card accepts the linked birth procedures and the
 * health-only registration; a refund follows the scheme the query names (a household card: health-only; "bhxh": the
 * voluntary and compulsory registrations; unnamed: all three); a first boat registration accepts both the not-yet-
 * and already-running cases, a bought barge both transfer cases; a ferry landing is the cross-river landing (the young
 * "bến đò" also the ordinary landing); a shop's access accepts every connection and road-works permit; digging across a
 * road accepts the road-works permit and the approval of utilities within the road's protection; a stall in the road
 * corridor is the temporary use of road land for another purpose, the nearest the catalogue holds.
 */
export const DUES58_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, tôi năm nay năm mươi hai tuổi, cả đời làm ruộng chưa đóng bảo hiểm bao giờ, nay con cái bảo nên đóng để về già có lương hưu, cô cho tôi hỏi làm thủ tục thế nào ạ?',
    expect: VOLUNTARY,
    who: 'elderly',
  },
  { q: 'tui lam ruong hong co dong bao hiem gi het, gio muon dong bao hiem xa hoi tu nguyen de gia co luong thi dang ky o dau', expect: VOLUNTARY, who: 'rural' },
  { q: 'đăng ký bhxh tự nguyện', expect: VOLUNTARY, who: 'young' },
  {
    q: 'Thưa chú, tôi đã đóng bảo hiểm tự nguyện được mười lăm năm, nay sắp đến tuổi nghỉ mà còn thiếu mấy năm, tôi muốn đóng một lần cho đủ hai mươi năm để lấy lương hưu có được không ạ?',
    expect: VOLUNTARY,
    who: 'elderly',
  },
  { q: 'ba tui dong bhxh con thieu may nam nua moi du nam, nghe noi dong 1 cuc cho du duoc, lam sao vay', expect: VOLUNTARY, who: 'rural' },
  { q: 'đóng 1 lần cho những năm còn thiếu bhxh', expect: VOLUNTARY, who: 'young' },
  {
    q: 'Cháu ơi, bà đóng bảo hiểm xã hội tự nguyện mấy năm rồi, giờ già yếu không còn tiền đóng nữa, bà muốn thôi không đóng và rút tiền ra một lần thì làm giấy tờ gì cháu?',
    expect: ['1.001613'],
    who: 'elderly',
  },
  { q: 'toi nghi dong bao hiem roi, mun rut bao hiem xa hoi mot lan ra xai thi lam ho so gi', expect: ['1.001613'], who: 'rural' },
  { q: 'rút bhxh 1 lần', expect: ['1.001613'], who: 'young' },
  {
    q: 'Thưa cô, tôi đang đóng bảo hiểm tự nguyện mỗi tháng, nay làm ăn khó khăn tôi muốn chuyển sang đóng theo năm hoặc hạ mức đóng xuống thấp hơn thì có được không ạ?',
    expect: VOLUNTARY,
    who: 'elderly',
  },
  { q: 'dang dong bhxh tu nguyen hang thang, muon doi qua dong 6 thang 1 lan, doi muc dong thap xuong', expect: VOLUNTARY, who: 'rural' },
  { q: 'đổi mức đóng bhxh tự nguyện', expect: VOLUNTARY, who: 'young' },
  {
    q: 'Thưa cô, nhà tôi có năm người, ông nhà tôi với ba đứa cháu chưa có thẻ bảo hiểm y tế, nay tôi muốn mua bảo hiểm y tế theo hộ gia đình cho cả nhà thì đăng ký ở đâu ạ?',
    expect: HEALTH_ONLY,
    who: 'elderly',
  },
  { q: 'nha tui 4 nguoi muon mua bao hiem y te ho gia dinh cho ca nha, mua o xa hay o buu dien', expect: HEALTH_ONLY, who: 'rural' },
  { q: 'mua bhyt hộ gia đình', expect: HEALTH_ONLY, who: 'young' },
  {
    q: 'Thưa anh, con dâu tôi mới sinh cháu nội được hơn một tháng, nghe nói trẻ dưới sáu tuổi được cấp thẻ bảo hiểm y tế miễn phí, tôi phải làm thủ tục gì để cháu có thẻ ạ?',
    expect: [...CHILD_CARD, ...HEALTH_ONLY],
    who: 'elderly',
  },
  { q: 'con tui moi de duoc 2 thang, lam the bao hiem y te cho em be o dau, co mat tien hong', expect: [...CHILD_CARD, ...HEALTH_ONLY], who: 'rural' },
  { q: 'làm thẻ bhyt cho trẻ sơ sinh', expect: [...CHILD_CARD, ...HEALTH_ONLY], who: 'young' },
  {
    q: 'Thưa cô, thẻ bảo hiểm y tế của tôi in sai ngày sinh, tôi sinh năm bốn mươi tám mà thẻ ghi năm bốn mươi chín, đi khám bệnh viện họ không nhận, tôi muốn sửa lại cho đúng ạ.',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'the bhyt cua ma tui ghi sai ngay sinh so voi can cuoc, di kham bi lam kho, sua lai o dau', expect: BOOK_CARD, who: 'rural' },
  { q: 'sửa ngày sinh trên thẻ bhyt', expect: BOOK_CARD, who: 'young' },
  {
    q: 'Thưa chú, hôm đi chợ tôi bị rơi mất cái ví, trong đó có thẻ bảo hiểm y tế, tháng sau tôi phải đi tái khám huyết áp, tôi xin làm lại thẻ khác thì làm sao ạ?',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'tui lam mat the bao hiem y te roi, xin cap lai the moi thi lam sao', expect: BOOK_CARD, who: 'rural' },
  { q: 'mất thẻ bhyt', expect: BOOK_CARD, who: 'young' },
  {
    q: 'Thưa cô, thẻ bảo hiểm y tế của tôi đăng ký khám ở trạm y tế xã cũ, nay tôi về ở với con trai trên thị xã, tôi muốn đổi nơi khám bệnh sang bệnh viện gần nhà con ạ.',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'the bao hiem y te dang ky kham o tram xa, gio muon doi qua benh vien huyen cho gan, doi duoc hong', expect: BOOK_CARD, who: 'rural' },
  { q: 'đổi nơi kcb ban đầu bhyt', expect: BOOK_CARD, who: 'young' },
  { q: 'Thưa anh, tôi đóng bảo hiểm y tế cho cả nhà ở xã, sau đó con tôi đi làm công ty đã có thẻ rồi, vậy tiền tôi đóng trùng cho nó có được trả lại không ạ?', expect: HEALTH_ONLY, who: 'elderly' },
  { q: 'tui dong bao hiem bi trung, dong du tien, gio muon lay lai tien dong thua thi lam sao', expect: [...HEALTH_ONLY, ...VOLUNTARY, ...COMPULSORY], who: 'rural' },
  { q: 'hoàn tiền đóng thừa bhxh', expect: [...VOLUNTARY, ...COMPULSORY], who: 'young' },
  {
    q: 'Thưa cô, nhà tôi bị lũ cuốn hết đồ đạc năm ngoái, cuốn sổ bảo hiểm xã hội tôi đi làm công nhân mười mấy năm cũng mất theo, giờ tôi xin cấp lại sổ thì làm sao ạ?',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'so bao hiem xa hoi cua tui bi mat roi, kiem hoai hong thay, xin lam lai so', expect: BOOK_CARD, who: 'rural' },
  { q: 'cấp lại sổ bhxh bị mất', expect: BOOK_CARD, who: 'young' },
  {
    q: 'Thưa chú, cuốn sổ bảo hiểm xã hội của tôi công ty ghi sai tên, tôi tên Nguyễn Thị Hường mà sổ ghi Hương, nay tôi muốn sửa lại cho đúng để sau này lĩnh chế độ ạ.',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'so bhxh ghi sai ten tui, thieu dau, gio sua ten lai sao cho trung voi can cuoc', expect: BOOK_CARD, who: 'rural' },
  { q: 'sổ bhxh sai tên', expect: BOOK_CARD, who: 'young' },
  {
    q: 'Thưa anh, hồi trước tôi làm ở hai công ty, mỗi công ty làm cho tôi một cuốn sổ bảo hiểm xã hội, nay tôi muốn gộp hai cuốn sổ lại làm một thì làm thế nào ạ?',
    expect: BOOK_CARD,
    who: 'elderly',
  },
  { q: 'tui co 2 cuon so bao hiem xa hoi do lam 2 cty, gio gop lai 1 so dc hk', expect: BOOK_CARD, who: 'rural' },
  { q: 'gộp 2 sổ bhxh', expect: BOOK_CARD, who: 'young' },
  {
    q: 'Thưa anh, tôi mới đóng một chiếc thuyền gỗ chở hàng trên sông, người ta bảo phải đăng ký mới được chạy, vậy tôi đăng ký phương tiện ở đâu và cần giấy tờ gì ạ?',
    expect: BOAT_FIRST,
    who: 'elderly',
  },
  { q: 'tui moi dong chiec ghe chay may cho lua, phai dang ky ghe o dau moi hong bi phat', expect: BOAT_FIRST, who: 'rural' },
  { q: 'đăng ký thuyền chở hàng', expect: BOAT_FIRST, who: 'young' },
  { q: 'Thưa cô, gia đình tôi vừa mua lại chiếc sà lan chở cát của người quen bên tỉnh khác, tôi muốn đăng ký sang tên chủ mới cho đúng luật thì làm ở đâu ạ?', expect: BOAT_TRANSFER, who: 'elderly' },
  { q: 'mua lai chiec xa lan cu cua nguoi ta, gio sang ten xa lan qua ten tui lam sao', expect: BOAT_TRANSFER, who: 'rural' },
  { q: 'sang tên sà lan', expect: BOAT_TRANSFER, who: 'young' },
  { q: 'Thưa chú, làng tôi ở bên kia sông, bà con vẫn đi đò qua sông hàng ngày, nay tôi muốn xin mở một bến đò ngang cho đàng hoàng thì phải xin phép ai ạ?', expect: CROSSING, who: 'elderly' },
  { q: 'xin mo ben do ngang song cho ba con qua lai, thu tuc sao', expect: CROSSING, who: 'rural' },
  { q: 'xin mở bến đò', expect: [...CROSSING, '1.009454', '1.009452'], who: 'young' },
  {
    q: 'Thưa cô, tôi chạy đò chở khách mười mấy năm nay mà chưa có bằng, nay công an đường thủy bảo phải có chứng chỉ lái, tôi già rồi muốn đi học thi lấy bằng thì đăng ký ở đâu ạ?',
    expect: ['1.003135'],
    who: 'elderly',
  },
  { q: 'tui chay ghe may lau roi ma chua co bang lai ghe, gio muon thi bang thi lam sao', expect: ['1.003135'], who: 'rural' },
  { q: 'bằng lái tàu thủy', expect: ['1.003135'], who: 'young' },
  { q: 'Thưa anh, con trai tôi vừa đóng xong chiếc tàu đánh cá mười lăm mét để đi biển, tôi muốn hỏi làm giấy đăng ký tàu cá cho nó thì nộp hồ sơ ở đâu ạ?', expect: ['1.003650'], who: 'elderly' },
  { q: 'tau ca nha tui moi dong, chua co giay to, dang ky tau ca o dau', expect: ['1.003650'], who: 'rural' },
  { q: 'đăng ký tàu cá', expect: ['1.003650'], who: 'young' },
  {
    q: 'Thưa cô, ông nhà tôi đi biển đánh cá bao nhiêu năm, giấy phép khai thác của tàu sắp hết hạn rồi, tôi muốn xin gia hạn hoặc cấp lại giấy phép thì làm thế nào ạ?',
    expect: ['1.004359'],
    who: 'elderly',
  },
  { q: 'giay phep danh bat ca cua tau tui het han roi, xin lai sao', expect: ['1.004359'], who: 'rural' },
  { q: 'giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' },
  { q: 'Thưa chú, chiếc tàu cá cũ của nhà tôi đã bán cho người ở tỉnh khác rồi, bây giờ tôi muốn xóa tên tôi trong sổ đăng ký tàu cá để khỏi bị liên lụy ạ.', expect: ['1.003681'], who: 'elderly' },
  { q: 'tau ca ban roi ma con dung ten tui, xoa dang ky tau ca sao', expect: ['1.003681'], who: 'rural' },
  { q: 'xóa đăng ký tàu cá', expect: ['1.003681'], who: 'young' },
  { q: 'Thưa anh, tôi mở cửa hàng xăng dầu sát bên quốc lộ, muốn làm lối ra vào nối thẳng từ đường lớn vào cửa hàng cho xe đi, tôi phải xin phép ở đâu ạ?', expect: ROAD_CONNECT, who: 'elderly' },
  { q: 'tui mo quan ben duong tinh, muon lam duong dan tu duong lon vo quan thi xin phep ai', expect: ROAD_CONNECT, who: 'rural' },
  { q: 'xin đấu nối đường vào cửa hàng', expect: ROAD_CONNECT, who: 'young' },
  {
    q: 'Thưa chú, xóm tôi muốn kéo đường ống nước sạch qua bên kia đường, phải đào cắt ngang mặt đường nhựa, vậy chúng tôi xin phép thi công đào đường ở đâu ạ?',
    expect: ['1.013061', '2.001921'],
    who: 'elderly',
  },
  { q: 'muon dao duong de chon ong nuoc vo nha, xin giay phep dao duong o dau', expect: ['1.013061', '2.001921'], who: 'rural' },
  { q: 'giấy phép đào đường', expect: ['1.013061', '2.001921'], who: 'young' },
  {
    q: 'Thưa anh, con trai tôi chạy xe đầu kéo chở máy móc to, hàng vượt quá khổ của xe, nó nhờ tôi hỏi giúp xin giấy phép cho xe chở hàng quá khổ đi trên đường ạ.',
    expect: ['1.000028'],
    who: 'elderly',
  },
  { q: 'xe tai nha tui cho hang qua kho qua tai, xin giay phep luu hanh o dau', expect: ['1.000028'], who: 'rural' },
  { q: 'giấy phép xe quá khổ quá tải', expect: ['1.000028'], who: 'young' },
  {
    q: 'Thưa cô, con đường tỉnh mới làm chạy ngang qua mảnh đất nhà tôi, phần đất còn lại nằm trong hành lang đường, tôi muốn dựng tạm cái quán bán hàng thì có phải xin phép không ạ?',
    expect: ['1.013274'],
    who: 'elderly',
  },
  { q: 'duong moi lam di ngang dat nha tui, gio muon cat cai chai tam trong hanh lang duong thi xin phep ai', expect: ['1.013274'], who: 'rural' },
  { q: 'xin sử dụng tạm hành lang an toàn đường bộ', expect: ['1.013274'], who: 'young' },
];

/** Even positions: may be tuned on. */
export const DUES58_TUNE: readonly CitizenQuery[] = DUES58_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const DUES58_HELD: readonly CitizenQuery[] = DUES58_BATCH.filter((_, i) => i % 2 === 1);

/** Questions of amounts, timetables, fares, hospital hours and road repairs: information or complaints, no procedure. */
export const DUES58_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Thưa cô, năm nay lương hưu của tôi có được tăng không, tăng bao nhiêu phần trăm ạ, tôi nghe hàng xóm nói mà không rõ lắm.', who: 'elderly' },
  { q: 'chuyen pha qua song may gio chay chuyen cuoi vay', who: 'rural' },
  { q: 'mức đóng bhxh tự nguyện 2026 bao nhiêu', who: 'young' },
  { q: 'duong truoc nha bi o ga sau lam, bao ai toi sua', who: 'rural' },
  { q: 'Thưa chú, bệnh viện tỉnh có khám bảo hiểm vào ngày thứ bảy không ạ, tôi muốn đưa ông nhà đi khám mà ngại ngày thường đông người.', who: 'elderly' },
  { q: 'giá vé phà cát lái', who: 'young' },
];
