import type { CitizenQuery } from './dev-set';

/**
 * Civil status as elderly people and their families tell it at a commune counter (issue 17, helper session of 7 Dec
 * 2026): 69 labelled queries and 6 unanswerable ones written in one sitting at 01:55 UTC
 * (docs/search-drafts/hotich53-draft-20261207T0155Z.txt), before any procedure name was grepped and before the engine
 * was run on them: 23 situations (a birth never registered decades ago, a birth book lost in the war or a flood, a
 * wrong date, ethnicity or name on the birth certificate, a name changed, a missing line added, a father or a mother
 * recognised, a grandparent as guardian of an orphan, the guardian changed or ended, an adoption and an old unwritten
 * one, single status for a late marriage or a land sale, a death registered late, a lost death or marriage record, a
 * copy of an old marriage or birth extract, a marriage of long ago never registered, a newborn grandchild's birth) × 3:
 * two elderly stories (15–35 words, polite, with diacritics, who, when and why before the ask; 46 in all) and one
 * rural (no diacritics, "tui", "ko", "ntn") or young (short) voice.
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine), with hotich12's conventions: a never-registered adult accepts the birth for a person with papers and the
 * plain birth; a newborn's birth accepts the two linked birth-plus-insurance procedures; a lost or ruined paper asked
 * as a copy also accepts re-registration (but a story that says the commune's book is gone expects re-registration
 * only). The catalogue has no "change of guardian": the clerk ends one guardianship and registers the next, so a change
 * accepts both. An old unwritten adoption accepts the adoption and its re-registration (the family cannot tell whether
 * it was ever written down); a child born without a father's name in the rural voice, whose birth may not be
 * registered yet, also accepts the birth combined with recognition. Split by alternation into HOTICH53_TUNE and
 * HOTICH53_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KS_UNREGISTERED_ADULT = ['1.004772', '1.001193'];
const KS_AGAIN = '1.004884';
const CHANGE = '1.004859';
const RECOGNISE = '1.001022';
const RECOGNISE_BIRTH = '1.000689';
const GUARDIAN = '1.004837';
const GUARDIAN_END = '1.004845';
const ADOPT = '2.001263';
const ADOPT_AGAIN = '2.001255';
const SINGLE = '1.004873';
const KT = '1.000656';
const KT_AGAIN = '1.005461';
const COPY = '2.000635';
const KH = '1.000894';
const KH_AGAIN = '1.004746';

export const HOTICH53_BATCH: readonly CitizenQuery[] = [
  { q: 'Thưa cô, tôi năm nay bảy mươi hai tuổi, hồi xưa cha mẹ ở rẫy không đi khai sinh cho tôi, giờ tôi muốn làm giấy khai sinh thì làm sao ạ?', expect: KS_UNREGISTERED_ADULT, who: 'elderly' },
  {
    q: 'Bà nội tôi sinh năm bốn mươi tám, chưa bao giờ có giấy khai sinh, chỉ có căn cước và sổ hộ khẩu cũ, giờ đăng ký khai sinh cho bà được không cô?',
    expect: KS_UNREGISTERED_ADULT,
    who: 'elderly',
  },
  { q: 'ong ngoai tui gan 80 tuoi chua tung co giay khai sinh gio lam bo sung duoc ko', expect: KS_UNREGISTERED_ADULT, who: 'rural' },
  { q: 'Cháu ơi, bác có giấy khai sinh xã cấp năm sáu mươi lăm, chiến tranh cháy hết, sổ ở xã cũng mất, giờ bác muốn đăng ký lại khai sinh thì làm thế nào?', expect: [KS_AGAIN], who: 'elderly' },
  { q: 'Thưa anh, mẹ tôi có khai sinh từ thời trước nhưng bản chính thất lạc, xã cũng không còn lưu sổ gốc, giờ làm lại khai sinh cho mẹ ra sao ạ?', expect: [KS_AGAIN], who: 'elderly' },
  { q: 'đăng ký lại khai sinh do mất sổ gốc', expect: [KS_AGAIN], who: 'young' },
  { q: 'Thưa cô, giấy khai sinh của tôi ghi sai ngày sinh, đúng ra tôi sinh tháng ba mà ghi tháng tám, giờ làm lương hưu bị vướng, tôi muốn sửa lại cho đúng ạ.', expect: [CHANGE], who: 'elderly' },
  {
    q: 'Chào cháu, ông nhà tôi năm nay bảy mươi, giấy khai sinh ghi năm sinh khác với căn cước, bảo hiểm không chịu giải quyết, giờ phải sửa năm sinh trong khai sinh ở đâu?',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'giay khai sinh ghi sai ngay thang nam sinh cua me tui muon sua lai thi lam sao', expect: [CHANGE], who: 'rural' },
  { q: 'Thưa cán bộ, tôi là người Tày mà hồi làm khai sinh người ta ghi nhầm thành dân tộc Kinh, nay tôi già rồi muốn xác định lại dân tộc cho đúng gốc ạ.', expect: [CHANGE], who: 'elderly' },
  { q: 'Dạ thưa cô, cha tôi người Mường, mẹ người Kinh, hồi nhỏ làm khai sinh theo dân tộc mẹ, giờ tôi muốn đổi lại theo dân tộc của cha có được không ạ?', expect: [CHANGE], who: 'elderly' },
  { q: 'sửa dân tộc trên giấy khai sinh bị ghi sai', expect: [CHANGE], who: 'young' },
  { q: 'Thưa cô, tên tôi là Nguyễn Thị Huệ mà giấy khai sinh ghi thành Nguyễn Thị Huê, thiếu dấu nặng, giờ làm sổ đỏ không khớp, tôi xin sửa lại tên ạ.', expect: [CHANGE], who: 'elderly' },
  { q: 'Cháu ơi, trong khai sinh của con trai bác tên mẹ ghi sai họ, họ Lê mà ghi thành họ Lý, bây giờ bác muốn cải chính lại thì nộp ở đâu?', expect: [CHANGE], who: 'elderly' },
  { q: 'khai sinh ghi sai ten cha, ten ba tui la Tam ma ghi la Tâm, di cai chinh o dau', expect: [CHANGE], who: 'rural' },
  { q: 'Thưa anh, cháu nội tôi tên Nguyễn Văn Chó, hồi xưa ông bà đặt cho dễ nuôi, nay cháu lớn đi học bị bạn trêu, gia đình muốn xin đổi tên cho cháu ạ.', expect: [CHANGE], who: 'elderly' },
  { q: 'Dạ tôi năm nay sáu mươi lăm tuổi, tên trong giấy tờ khác tên mọi người vẫn gọi, giờ muốn đổi tên khai sinh theo tên thường dùng, được không cô?', expect: [CHANGE], who: 'elderly' },
  { q: 'thủ tục đổi tên cho con dưới 18 tuổi', expect: [CHANGE], who: 'young' },
  { q: 'Thưa cô, con gái tôi sinh cháu năm kia chưa cưới, khai sinh bỏ trống tên cha, nay bố cháu về muốn nhận con, gia đình phải làm thủ tục gì ạ?', expect: [RECOGNISE], who: 'elderly' },
  { q: 'Chào cháu, ông nhà tôi có đứa con riêng ngoài giá thú từ hồi trẻ, giờ ông yếu rồi muốn làm giấy nhận con cho đàng hoàng trước khi mất, làm ở đâu?', expect: [RECOGNISE], who: 'elderly' },
  { q: 'thang nho sinh ra ko co ten cha gio ba no muon nhan con thi lam giay to gi', expect: [RECOGNISE, RECOGNISE_BIRTH], who: 'rural' },
  {
    q: 'Thưa anh, hồi chiến tranh tôi gửi đứa con gái cho người ta nuôi, nay tìm lại được, con nó đã lớn, mẹ con muốn làm giấy nhận mẹ con cho đúng pháp luật ạ.',
    expect: [RECOGNISE],
    who: 'elderly',
  },
  { q: 'Dạ thưa cô, em gái tôi mất sớm, đứa cháu được gia đình bên kia nuôi từ bé, giờ cháu muốn làm thủ tục nhận lại mẹ ruột đã mất thì có được không ạ?', expect: [RECOGNISE], who: 'elderly' },
  { q: 'đăng ký nhận mẹ con', expect: [RECOGNISE], who: 'young' },
  { q: 'Thưa cô, con trai con dâu tôi mất vì tai nạn năm ngoái, để lại thằng cháu nội sáu tuổi, tôi là bà nội muốn đứng ra làm người giám hộ cho cháu ạ.', expect: [GUARDIAN], who: 'elderly' },
  { q: 'Chào cháu, bố mẹ thằng bé đều mất cả, ông bà ngoại già rồi đang nuôi nó, giờ muốn đăng ký giám hộ để còn lo giấy tờ học hành cho cháu thì làm sao?', expect: [GUARDIAN], who: 'elderly' },
  { q: 'con gai tui mat roi de lai 2 dua nho, tui la ba ngoai muon lam giam ho cho tui nho', expect: [GUARDIAN], who: 'rural' },
  {
    q: 'Thưa anh, tôi đang làm giám hộ cho cháu nội nhưng nay đã tám mươi tuổi, sức yếu, muốn chuyển việc giám hộ sang cho chú ruột của cháu thì làm thủ tục gì ạ?',
    expect: [GUARDIAN, GUARDIAN_END],
    who: 'elderly',
  },
  {
    q: 'Dạ, mẹ tôi là người giám hộ cho đứa cháu mồ côi, nay mẹ tôi bệnh nặng không lo được, cả nhà muốn đổi người giám hộ sang tôi có được không cô?',
    expect: [GUARDIAN, GUARDIAN_END],
    who: 'elderly',
  },
  { q: 'thay đổi người giám hộ', expect: [GUARDIAN, GUARDIAN_END], who: 'young' },
  { q: 'Thưa cô, tôi giám hộ đứa cháu ngoại từ hồi nó mồ côi, năm nay cháu đã đủ mười tám tuổi rồi, giờ có phải làm giấy chấm dứt giám hộ không ạ?', expect: [GUARDIAN_END], who: 'elderly' },
  { q: 'Chào cháu, hồi trước tôi nhận giám hộ thằng cháu vì mẹ nó đi làm xa bỏ lại, nay mẹ nó về nhận lại con rồi, tôi muốn thôi làm giám hộ thì sao?', expect: [GUARDIAN_END], who: 'elderly' },
  { q: 'chau tui du 18 tuoi roi, muon cham dut giam ho thi lam ntn', expect: [GUARDIAN_END], who: 'rural' },
  { q: 'Thưa cán bộ, vợ chồng tôi hiếm muộn, đều ngoài năm mươi, nuôi đứa bé con nhà họ hàng từ lúc mới sinh, giờ muốn làm giấy nhận con nuôi cho hợp pháp ạ.', expect: [ADOPT], who: 'elderly' },
  { q: 'Dạ thưa cô, tôi góa chồng sống một mình, muốn nhận đứa cháu gọi bằng dì về làm con nuôi để sau này nó lo hương khói, thủ tục thế nào ạ?', expect: [ADOPT], who: 'elderly' },
  { q: 'đăng ký nhận con nuôi trong nước', expect: [ADOPT], who: 'young' },
  { q: 'Thưa anh, tôi nuôi thằng con nuôi từ năm tám mươi, ở với nhau mấy chục năm mà chưa bao giờ làm giấy tờ, giờ muốn đăng ký cho nó là con nuôi ạ.', expect: [ADOPT, ADOPT_AGAIN], who: 'elderly' },
  { q: 'Chào cô, ba má nhận tôi làm con nuôi từ hồi chiến tranh, chỉ nói miệng với lối xóm, nay ba tôi muốn làm giấy con nuôi để chia đất, làm sao ạ?', expect: [ADOPT, ADOPT_AGAIN], who: 'elderly' },
  { q: 'ba ma nuoi tui tu nho ma chua lam giay con nuoi, gio dang ky lai duoc ko', expect: [ADOPT, ADOPT_AGAIN], who: 'rural' },
  { q: 'Thưa cô, tôi góa vợ mười năm, nay sáu mươi tám tuổi muốn đi bước nữa với bà ở xã bên, bên đó đòi giấy xác nhận tình trạng hôn nhân, xin ở đâu ạ?', expect: [SINGLE], who: 'elderly' },
  { q: 'Dạ thưa anh, con gái tôi bốn mươi tuổi chưa chồng, nay lấy chồng ở tỉnh khác, bên đó bảo phải có giấy xác nhận độc thân, nhà tôi xin ở xã mình được không?', expect: [SINGLE], who: 'elderly' },
  { q: 'xin giấy xác nhận độc thân để đăng ký kết hôn', expect: [SINGLE], who: 'young' },
  { q: 'Thưa cô, tôi muốn bán mảnh đất đứng tên một mình, phòng công chứng bảo phải có giấy xác nhận tình trạng hôn nhân vì vợ tôi mất lâu rồi, tôi xin ở đâu ạ?', expect: [SINGLE], who: 'elderly' },
  { q: 'Chào cháu, tôi ly dị bà nhà từ năm chín mươi, giờ sang tên đất cho con, người ta đòi giấy chứng nhận tình trạng hôn nhân, làm ở xã phải không?', expect: [SINGLE], who: 'elderly' },
  { q: 'ban dat ma cong chung doi giay xac nhan doc than, tui o vay may chuc nam roi xin o dau', expect: [SINGLE], who: 'rural' },
  { q: 'Thưa cô, ba tôi mất năm hai nghìn mười lăm ở quê, hồi đó không ai đi khai tử, giờ làm thừa kế đất người ta đòi giấy chứng tử, phải làm sao ạ?', expect: [KT], who: 'elderly' },
  { q: 'Dạ thưa anh, bà nội tôi mất đã lâu, nhà neo người quên báo tử với xã, nay chia đất cần giấy báo tử, bây giờ đăng ký khai tử muộn có được không ạ?', expect: [KT], who: 'elderly' },
  { q: 'me tui mat may nam roi chua lam giay chung tu, gio di khai tu tre duoc ko', expect: [KT], who: 'rural' },
  { q: 'Thưa cô, ông tôi mất năm tám mươi hai, có khai tử ở xã nhưng giấy chứng tử bị mối ăn, sổ xã cũng không còn, giờ muốn đăng ký lại khai tử ạ.', expect: [KT_AGAIN], who: 'elderly' },
  { q: 'Chào cháu, cha tôi mất năm chín mươi mốt, xã có cấp giấy khai tử nhưng nhà bị lũ cuốn hết giấy tờ, sổ xã cũng mất, giờ đăng ký lại được không?', expect: [KT_AGAIN], who: 'elderly' },
  { q: 'đăng ký lại khai tử', expect: [KT_AGAIN], who: 'young' },
  { q: 'Thưa cô, ông bà tôi đăng ký kết hôn ở xã này năm bảy mươi tám, giấy mất rồi, giờ tôi muốn xin bản sao giấy kết hôn cũ để làm hồ sơ ạ.', expect: [COPY, KH_AGAIN], who: 'elderly' },
  { q: 'Dạ thưa anh, tôi cưới năm tám mươi lăm có đăng ký ở xã, nay làm thủ tục thừa kế cần bản sao giấy đăng ký kết hôn, xin trích lục ở đâu ạ?', expect: [COPY], who: 'elderly' },
  { q: 'xin ban sao giay dang ky ket hon cua ong ba tui nam 1975, giay goc mat roi', expect: [COPY, KH_AGAIN], who: 'rural' },
  {
    q: 'Thưa cô, con tôi ở nước ngoài cần bản sao giấy khai sinh, bản chính ở nhà bị ướt rách hết, tôi xin cấp bản sao trích lục khai sinh cho cháu được không?',
    expect: [COPY, KS_AGAIN],
    who: 'elderly',
  },
  { q: 'Chào cháu, tôi làm chế độ người có công cần bản sao khai sinh, khai sinh của tôi đăng ký ở xã này năm sáu mươi, giờ xin lại bản sao được không?', expect: [COPY], who: 'elderly' },
  { q: 'xin trích lục bản sao giấy khai sinh', expect: [COPY], who: 'young' },
  { q: 'Thưa cô, vợ chồng tôi lấy nhau từ năm bảy mươi sáu, cưới theo phong tục làng, chưa đăng ký kết hôn, nay con cái bảo nên đi đăng ký cho có giấy ạ.', expect: [KH], who: 'elderly' },
  { q: 'Dạ thưa anh, cha mẹ tôi sống với nhau năm mươi năm, có đám cưới đàng hoàng mà không có giấy kết hôn, giờ ông bà muốn đăng ký kết hôn thì làm sao ạ?', expect: [KH], who: 'elderly' },
  { q: 'vo chong tui o voi nhau 30 nam roi ma chua lam giay ket hon, gio lam bo sung duoc hong', expect: [KH], who: 'rural' },
  { q: 'Thưa cô, chúng tôi đăng ký kết hôn năm tám mươi ở xã, giấy kết hôn và sổ của xã đều mất do bão lụt, nay muốn đăng ký lại việc kết hôn ạ.', expect: [KH_AGAIN], who: 'elderly' },
  { q: 'Chào cháu, bố mẹ tôi có đăng ký kết hôn hồi trước nhưng xã không còn lưu sổ, bản chính cũng thất lạc, giờ làm lại giấy kết hôn cho ông bà được không?', expect: [KH_AGAIN], who: 'elderly' },
  { q: 'đăng ký lại kết hôn khi mất giấy', expect: [KH_AGAIN], who: 'young' },
  { q: 'Thưa cô, con trai con dâu tôi đi làm công nhân trong Nam, gửi cháu nội mới sinh cho tôi nuôi, tôi là bà nội đi làm giấy khai sinh cho cháu được không ạ?', expect: KS, who: 'elderly' },
  { q: 'Dạ, con gái tôi sinh cháu được hai tháng rồi mà bận đi làm, tôi là ông ngoại muốn ra xã khai sinh giúp cho cháu, cần mang những giấy tờ gì ạ?', expect: KS, who: 'elderly' },
  { q: 'tui la ba noi, di lam giay khai sinh cho chau moi de duoc ko', expect: KS, who: 'rural' },
  { q: 'Thưa cô, giấy khai sinh của tôi làm hồi năm bảy mươi, phần quê quán để trống, giờ làm hồ sơ hưu trí người ta đòi, tôi muốn bổ sung quê quán vào ạ.', expect: [CHANGE], who: 'elderly' },
  { q: 'Chào anh, khai sinh của con gái tôi thiếu ngày tháng sinh của mẹ, hồi đó cán bộ ghi thiếu, bây giờ muốn bổ sung thông tin cho đầy đủ thì làm ở đâu?', expect: [CHANGE], who: 'elderly' },
  { q: 'bổ sung thông tin trong giấy khai sinh', expect: [CHANGE], who: 'young' },
];

/** Even positions: may be tuned on. */
export const HOTICH53_TUNE: readonly CitizenQuery[] = HOTICH53_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const HOTICH53_HELD: readonly CitizenQuery[] = HOTICH53_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Civil-status neighbours the catalogue cannot answer: a paternity DNA test, a lucky wedding day, a child's name that
 * suits the parents' ages, printing a family register, wedding cards, mourning customs.
 */
export const HOTICH53_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Thưa cô, tôi muốn làm xét nghiệm ADN xem đứa cháu có đúng là cháu nội của tôi không, bệnh viện nào làm và tốn bao nhiêu tiền ạ?', who: 'elderly' },
  { q: 'Dạ, nhà tôi sắp cưới vợ cho con trai, muốn xem ngày lành tháng tốt và tuổi hai đứa có hợp nhau không, xã có người xem giúp không ạ?', who: 'elderly' },
  { q: 'dat ten cho chau noi sao cho hop tuoi bo me, xa co tu van ko', who: 'rural' },
  { q: 'Thưa anh, dòng họ tôi muốn in lại cuốn gia phả từ đời cụ tổ, có cần xin phép xã hay cơ quan nào không, làm ở đâu cho đẹp ạ?', who: 'elderly' },
  { q: 'mẫu thiệp cưới đẹp giá rẻ', who: 'young' },
  { q: 'Chào cháu, ông nhà tôi mất rồi, nhà muốn biết nên để tang bao lâu và cúng giỗ đầu ngày nào cho đúng phong tục ạ?', who: 'elderly' },
];
