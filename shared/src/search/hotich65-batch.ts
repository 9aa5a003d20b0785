import type { CitizenQuery } from './dev-set';

/**
 * Civil status in its less common turns, as elderly people and their families tell it at a commune counter (issue 17,
 * helper session of 7 Dec 2026): 76 labelled queries and 6 unanswerable ones written in one sitting at 05:21 UTC
 * (docs/search-drafts/hotich65-draft-20261207T0521Z.txt), before any procedure name was grepped and before the engine
 * was run on them: 16 situations (a birth re-registered for an old person whose papers or the commune book are lost, an
 * old person never registered, a death registered years late, a father or a mother recognising a child, an adoption
 * never written down, a marriage with a foreigner or with a Vietnamese living abroad, a marriage extract or copy for a
 * land sale, a marriage re-registered, a widow or divorcee confirming marital status, a divorce or a marriage abroad
 * recorded in the home book, a child’s surname or ethnicity changed, a birth year that differs between papers) in
 * three voices: elderly (long stories with diacritics, the ask mid-story; 34 of 76 are elderly, some run past 35
 * words), rural (no diacritics) and young (short).
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the
 * engine), with hotich12/hotich53 conventions: a never-registered adult accepts the birth for a person with papers and
 * the plain birth; a lost or ruined paper asked as a new paper or a copy accepts both the copy and the
 * re-registration (a story that says the commune book is gone, or that names re-registration, expects re-registration
 * only); a death never registered expects the plain death registration (the law sets no separate late procedure),
 * and a story asking whether to register it "again" also accepts the re-registration; an unwritten adoption accepts
 * the adoption and its re-registration; a child whose birth may not be registered yet also accepts birth combined with
 * recognition; a Chinese bride across the border also accepts the border-area foreign marriage. A Vietnamese living
 * abroad marrying at home is a marriage with a foreign element (Law on Marriage and Family art. 3.25). Split by
 * alternation into HOTICH65_TUNE and HOTICH65_HELD.
 */
const KS_UNREGISTERED_ADULT = ['1.004772', '1.001193'];
const KS_AGAIN = '1.004884';
const CHANGE = '1.004859';
const RECOGNISE = '1.001022';
const RECOGNISE_BIRTH = '1.000689';
const ADOPT_UNWRITTEN = ['2.001263', '2.001255'];
const SINGLE = '1.004873';
const KT = '1.000656';
const KT_AGAIN = '1.005461';
const COPY = '2.000635';
const KH_AGAIN = '1.004746';
const KH_FOREIGN = '2.000806';
const KH_BORDER = '1.000094';
const NOTE_DIVORCE = '2.000554';
const NOTE_MARRIAGE = '2.002189';

export const HOTICH65_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Tôi năm nay bảy mươi hai tuổi, hồi chiến tranh nhà cháy mất hết giấy khai sinh bản chính, giờ muốn làm lại giấy khai sinh để con cháu làm giấy tờ đất, ở xã có làm được không',
    expect: [KS_AGAIN, COPY],
    who: 'elderly',
  },
  { q: 'Mẹ tôi ngoài tám mươi, ngày xưa có khai sinh nhưng sổ ở xã thất lạc hết rồi, cán bộ bảo phải đăng ký lại khai sinh, xin hỏi cần mang theo những gì', expect: [KS_AGAIN], who: 'elderly' },
  { q: 'Ông nhà tôi đi bộ đội về, giấy khai sinh bị mối ăn không còn, nay ông cần bản khai sinh để làm chế độ, cho tôi hỏi làm lại ở đâu', expect: [KS_AGAIN, COPY], who: 'elderly' },
  { q: 'ba tui gia roi giay khai sinh mat tu hoi xua gio muon lam lai thi sao', expect: [KS_AGAIN, COPY], who: 'rural' },
  { q: 'dang ky lai khai sinh cho ong noi 80 tuoi mat het giay to', expect: [KS_AGAIN], who: 'rural' },
  { q: 'đăng ký lại khai sinh người già', expect: [KS_AGAIN], who: 'young' },
  {
    q: 'Bà ngoại tôi sinh ra ở trên núi, cả đời chưa bao giờ có giấy khai sinh, chỉ có chứng minh thư với hộ khẩu, bây giờ muốn làm khai sinh cho bà thì thủ tục thế nào',
    expect: KS_UNREGISTERED_ADULT,
    who: 'elderly',
  },
  {
    q: 'Tôi sinh năm năm mươi ba, hồi đó không ai đi khai sinh cả, nay làm hồ sơ hưởng lương hưu họ đòi giấy khai sinh, người lớn tuổi chưa từng khai sinh thì đăng ký được không',
    expect: KS_UNREGISTERED_ADULT,
    who: 'elderly',
  },
  { q: 'ong ngoai tui chua tung co giay khai sinh gio 70 tuoi lam dc ko', expect: KS_UNREGISTERED_ADULT, who: 'rural' },
  { q: 'người lớn chưa có giấy khai sinh', expect: KS_UNREGISTERED_ADULT, who: 'young' },
  { q: 'Ông cụ nhà tôi mất từ năm hai nghìn không trăm mười, hồi đó gia đình không đi báo tử, nay các con làm thủ tục chia đất cần giấy chứng tử thì làm thế nào', expect: [KT], who: 'elderly' },
  { q: 'Chồng tôi mất đã mười mấy năm nay mà chưa khai tử, giờ tôi muốn bán mảnh đất đứng tên hai vợ chồng, người ta bảo phải có trích lục khai tử, tôi phải làm gì', expect: [KT], who: 'elderly' },
  { q: 'Bố chồng tôi qua đời ở quê từ hồi những năm chín mươi, không ai làm giấy báo tử, bây giờ có cần khai tử lại không và làm ở xã hay ở huyện', expect: [KT, KT_AGAIN], who: 'elderly' },
  { q: 'ba tui mat lau roi chua lam giay bao tu gio lam con dc ko', expect: [KT], who: 'rural' },
  { q: 'khai tu tre cho ong noi mat tu nam 95', expect: [KT], who: 'rural' },
  { q: 'khai tử quá hạn nhiều năm', expect: [KT], who: 'young' },
  { q: 'đăng ký khai tử muộn', expect: [KT], who: 'young' },
  {
    q: 'Con gái tôi có đứa cháu với anh kia nhưng hai đứa không đăng ký kết hôn, giấy khai sinh cháu bỏ trống tên cha, nay bố nó muốn nhận con thì làm thủ tục gì',
    expect: [RECOGNISE],
    who: 'elderly',
  },
  {
    q: 'Tôi có đứa con trai riêng từ hồi còn trẻ, nay tôi già rồi muốn nhận nó là con cho đàng hoàng để sau này nó được hưởng phần của tôi, phải làm giấy tờ thế nào',
    expect: [RECOGNISE],
    who: 'elderly',
  },
  { q: 'Em trai tôi sống chung với một chị không cưới hỏi, có con được ba tuổi, giấy khai sinh cháu chỉ có tên mẹ, bây giờ em tôi muốn ghi tên cha vào', expect: [RECOGNISE], who: 'elderly' },
  { q: 'dang ky nhan cha con cho thang nho ko co ten cha trong khai sinh', expect: [RECOGNISE], who: 'rural' },
  { q: 'chong tui voi tui ko dang ky ket hon gio muon cho con mang ten ba no', expect: [RECOGNISE, RECOGNISE_BIRTH], who: 'rural' },
  { q: 'nhận cha con', expect: [RECOGNISE], who: 'young' },
  { q: 'thủ tục nhận con ngoài giá thú', expect: [RECOGNISE], who: 'young' },
  {
    q: 'Hồi trước khó khăn tôi phải gửi đứa con gái cho người ta nuôi, giờ tìm lại được con, tôi muốn làm giấy nhận lại nó là con ruột của mình, hỏi có được không',
    expect: [RECOGNISE],
    who: 'elderly',
  },
  { q: 'nhan me con cho dua con gui nguoi khac nuoi tu nho', expect: [RECOGNISE], who: 'rural' },
  { q: 'đăng ký nhận mẹ con', expect: [RECOGNISE], who: 'young' },
  { q: 'Vợ chồng tôi nuôi đứa cháu mồ côi từ lúc nó mới lọt lòng, đến nay nó hai mươi tuổi rồi mà chưa làm giấy con nuôi, giờ muốn đăng ký cho hợp pháp', expect: ADOPT_UNWRITTEN, who: 'elderly' },
  {
    q: 'Nhà tôi có nhận nuôi một đứa con từ năm tám mấy, nuôi như con đẻ nhưng chưa bao giờ đi đăng ký, nay muốn nó được thừa kế thì phải làm việc nuôi con nuôi thế nào',
    expect: ADOPT_UNWRITTEN,
    who: 'elderly',
  },
  { q: 'nuoi con nuoi tu nho ma chua dang ky gio lam bo sung dc ko', expect: ADOPT_UNWRITTEN, who: 'rural' },
  { q: 'dang ky nuoi con nuoi thuc te cho dua chau', expect: ADOPT_UNWRITTEN, who: 'rural' },
  { q: 'đăng ký con nuôi thực tế', expect: ADOPT_UNWRITTEN, who: 'young' },
  {
    q: 'Con gái tôi quen một anh người Hàn Quốc, hai đứa muốn cưới nhau ở bên này, gia đình tôi ở nông thôn không biết đăng ký kết hôn với người nước ngoài ở đâu',
    expect: [KH_FOREIGN],
    who: 'elderly',
  },
  {
    q: 'Thằng con trai út của tôi định lấy vợ người Trung Quốc bên kia biên giới, xin hỏi đăng ký kết hôn cho hai đứa thì phải nộp giấy ở cơ quan nào',
    expect: [KH_FOREIGN, KH_BORDER],
    who: 'elderly',
  },
  { q: 'con gai tui lay chong dai loan dang ky ket hon o dau', expect: [KH_FOREIGN], who: 'rural' },
  { q: 'lam giay ket hon voi nguoi nuoc ngoai can giay to j', expect: [KH_FOREIGN], who: 'rural' },
  { q: 'kết hôn với người nước ngoài', expect: [KH_FOREIGN], who: 'young' },
  { q: 'dang ky ket hon nguoi han', expect: [KH_FOREIGN], who: 'young' },
  { q: 'Cháu tôi là Việt kiều ở Mỹ về quê, nó muốn cưới một cô gái trong làng, cho tôi hỏi người Việt định cư ở nước ngoài về đăng ký kết hôn thì làm thế nào', expect: [KH_FOREIGN], who: 'elderly' },
  { q: 'con tui lay vo viet kieu uc ve que lam dam cuoi dang ky ket hon sao', expect: [KH_FOREIGN], who: 'rural' },
  { q: 'kết hôn với việt kiều', expect: [KH_FOREIGN], who: 'young' },
  { q: 'Vợ chồng tôi muốn bán mảnh đất cho người ta, văn phòng công chứng đòi giấy đăng ký kết hôn mà tờ giấy cũ bị mất rồi, xin hỏi xin bản sao ở đâu', expect: [COPY, KH_AGAIN], who: 'elderly' },
  { q: 'Tôi cưới vợ năm bảy mươi tám, giấy hôn thú bây giờ mục nát hết chữ, con tôi cần bản sao để làm sổ đỏ, xin cấp lại bản sao giấy kết hôn được không', expect: [COPY, KH_AGAIN], who: 'elderly' },
  { q: 'Giấy đăng ký kết hôn của bố mẹ tôi từ mấy chục năm trước đã thất lạc, nay làm thừa kế cần trích lục kết hôn, xin hỏi đến xã xin có được không', expect: [COPY, KH_AGAIN], who: 'elderly' },
  { q: 'mat giay ket hon gio ban dat can ban sao lam sao', expect: [COPY, KH_AGAIN], who: 'rural' },
  { q: 'xin trich luc ket hon de sang ten so do', expect: [COPY], who: 'rural' },
  { q: 'trích lục kết hôn bản sao', expect: [COPY], who: 'young' },
  { q: 'xin bản sao giấy đăng ký kết hôn cũ', expect: [COPY], who: 'young' },
  { q: 'Hai ông bà tôi lấy nhau từ năm sáu mươi, có đăng ký ở xã nhưng sổ sách xã bị cháy hết, giấy tờ nhà cũng không còn, giờ muốn đăng ký lại việc kết hôn', expect: [KH_AGAIN], who: 'elderly' },
  { q: 'dang ky lai ket hon vi so goc o xa bi mat', expect: [KH_AGAIN], who: 'rural' },
  { q: 'Chồng tôi mất đã lâu, nay tôi muốn bán miếng đất riêng của tôi, công chứng bảo phải có giấy xác nhận tình trạng hôn nhân là tôi đang ở góa, xin ở đâu', expect: [SINGLE], who: 'elderly' },
  { q: 'Tôi ly hôn từ mười năm trước, giờ muốn đi bước nữa với một ông cùng xóm, cán bộ bảo phải có giấy xác nhận độc thân, người đã ly dị thì xin thế nào', expect: [SINGLE], who: 'elderly' },
  { q: 'Bà chị tôi góa chồng từ trẻ, giờ vay tiền ngân hàng người ta hỏi giấy xác nhận tình trạng hôn nhân, nhờ cán bộ chỉ giúp làm ở đâu', expect: [SINGLE], who: 'elderly' },
  { q: 'xin giay xac nhan doc than cho nguoi da ly hon', expect: [SINGLE], who: 'rural' },
  { q: 'chong mat roi xin giay xac nhan tinh trang hon nhan de ban dat', expect: [SINGLE], who: 'rural' },
  { q: 'xác nhận tình trạng hôn nhân', expect: [SINGLE], who: 'young' },
  { q: 'giấy xác nhận độc thân', expect: [SINGLE], who: 'young' },
  { q: 'Con gái tôi lấy chồng bên Nhật rồi ly hôn bên đó có bản án của tòa Nhật, nay về nước muốn kết hôn lại thì phải ghi vào sổ hộ tịch ở nhà trước', expect: [NOTE_DIVORCE], who: 'elderly' },
  { q: 'Thằng cháu tôi ly hôn ở bên Đức, giờ về Việt Nam làm giấy tờ thì người ta bảo phải ghi chú ly hôn, xin hỏi nộp hồ sơ ở đâu', expect: [NOTE_DIVORCE], who: 'elderly' },
  { q: 'ly hon ben dai loan roi ve vn ghi chu ly hon o dau', expect: [NOTE_DIVORCE], who: 'rural' },
  { q: 'ghi chú ly hôn ở nước ngoài', expect: [NOTE_DIVORCE], who: 'young' },
  { q: 'Con trai tôi cưới vợ bên Úc, đăng ký kết hôn ở bên đó rồi, nay về quê muốn ghi việc kết hôn vào sổ hộ tịch Việt Nam thì thủ tục gì', expect: [NOTE_MARRIAGE], who: 'elderly' },
  { q: 'ket hon o han quoc roi gio ve ghi chu ket hon', expect: [NOTE_MARRIAGE], who: 'rural' },
  { q: 'ghi chú kết hôn nước ngoài', expect: [NOTE_MARRIAGE], who: 'young' },
  { q: 'Con gái tôi ly hôn, đứa cháu ngoại đang mang họ cha, nay mẹ nó muốn đổi sang họ mẹ cho tiện nuôi nấng, xin hỏi thủ tục thay đổi họ cho cháu', expect: [CHANGE], who: 'elderly' },
  { q: 'Cháu nội tôi khai sinh theo họ mẹ vì lúc đó bố nó chưa nhận, nay đã nhận cha rồi muốn đổi sang họ bố thì đến đâu làm', expect: [CHANGE], who: 'elderly' },
  { q: 'doi ho cho con tu ho cha sang ho me', expect: [CHANGE], who: 'rural' },
  { q: 'thay đổi họ cho con', expect: [CHANGE], who: 'young' },
  { q: 'Nhà tôi bố là người Kinh mẹ là người Tày, lúc khai sinh cho đứa nhỏ ghi dân tộc Kinh, nay muốn đổi lại theo dân tộc mẹ thì có được không', expect: [CHANGE], who: 'elderly' },
  { q: 'doi dan toc cho con theo dan toc me', expect: [CHANGE], who: 'rural' },
  { q: 'xác định lại dân tộc', expect: [CHANGE], who: 'young' },
  {
    q: 'Ngày sinh của tôi trong giấy khai sinh là năm bốn mươi chín mà chứng minh thư với hộ khẩu lại ghi năm năm mươi mốt, giờ làm lương hưu bị vướng, phải sửa giấy nào',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'Mẹ tôi giấy tờ mỗi thứ ghi một năm sinh khác nhau, sổ đỏ một năm, khai sinh một năm, nay muốn sửa lại năm sinh trong khai sinh cho đúng', expect: [CHANGE], who: 'elderly' },
  { q: 'nam sinh trong giay khai sinh khac voi can cuoc sua sao', expect: [CHANGE], who: 'rural' },
  { q: 'cai chinh nam sinh trong khai sinh bi ghi sai', expect: [CHANGE], who: 'rural' },
  { q: 'sửa năm sinh sai giấy khai sinh', expect: [CHANGE], who: 'young' },
];

/** Even positions: may be tuned on. */
export const HOTICH65_TUNE: readonly CitizenQuery[] = HOTICH65_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const HOTICH65_HELD: readonly CitizenQuery[] = HOTICH65_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Civil-status neighbours the catalogue cannot answer: a group wedding for old couples, a lucky wedding day, renting a
 * wedding dress, a relative lost in the war announced on the loudspeaker, printing a family register, a baby name.
 */
export const HOTICH65_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Ông bà tôi cưới nhau từ hồi xưa theo phong tục, cho tôi hỏi xã có tổ chức lễ cưới tập thể cho người già không', who: 'elderly' },
  { q: 'xem ngay cuoi hoi cho con gai nam nay', who: 'rural' },
  { q: 'thuê váy cưới ở đâu', who: 'young' },
  { q: 'Tôi muốn tìm lại người thân thất lạc từ thời chiến tranh, không biết nhờ xã đăng tin trên loa phát thanh được không', who: 'elderly' },
  { q: 'gia pha dong ho muon in lai', who: 'rural' },
  { q: 'đặt tên con hay', who: 'young' },
];
