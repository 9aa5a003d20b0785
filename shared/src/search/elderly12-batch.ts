import type { CitizenQuery } from './dev-set';

/**
 * Family and civil-status needs as an older person tells them at the commune counter (issue 17, helper session of
 * 6 Dec 2026): 70 queries written in one sitting at 19:33 UTC (docs/search-drafts/elderly12-draft-20261206T1933Z.txt),
 * before any procedure name was grepped and before the engine was run on them. Twenty situations in three voices
 * (elderly: long polite sentences with kinship, "con dâu", "cháu nội", "ông nhà tôi", "bà cụ", old paper names such as
 * "giấy chứng tử", "sao y", "thị thực chữ ký", "giấy độc thân", Southern "dzay", "hông", "ba má"; rural: no marks,
 * regional words, shorthand; young: short, "VN", "thủ tục"), then ten more elderly-only needs (one in Central speech,
 * "mạ", "răng", "mô"): a grandchild born in Korea, an adult never registered at birth, a child marrying a Chinese woman
 * or married in Japan, a death in another province, a lost death certificate, an orphaned grandchild, an adoption
 * among kin, a father recognising a child, a wrong name, birth date, ethnicity or surname, a copy of a pre-1975 birth
 * certificate, marital status to sell land or remarry, certified copies, a signature, a letter of authority for a
 * child working far away, an old couple never registered, a foundling, a translation, a will, an estate partition.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), keeping
 * hotich12's and civil29's conventions: a child born abroad accepts the foreign-element birth and the recording of a
 * birth registered abroad; an adult never registered accepts the birth for people who have personal papers and the
 * plain birth; a lost or torn certificate accepts a copy of the extract or re-registration, but only re-registration
 * when the commune's book is gone too; a letter of authority accepts the signature or the transaction; a foundling's
 * birth accepts the two linked birth-plus-insurance procedures. Judgement calls: a father recognising a child whose
 * certificate leaves the father blank is the plain recognition (the birth is already registered), the young voice's
 * bare "nhận cha con" also accepts the combined one; a Lao mother accepts the foreign-element recognition, its border
 * variant and the combined foreign-element birth; a death never registered decades ago is a (late) death
 * registration. Every need is in the catalogue: ELDERLY12_NO_ANSWER is empty. Split by alternation into
 * ELDERLY12_TUNE and ELDERLY12_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KS_ADULT = ['1.004772', '1.001193'];
const KS_AGAIN = '1.004884';
const BORN_ABROAD = ['2.000528', '2.000547'];
const COPY = '2.000635';
const LOST_KS = [COPY, KS_AGAIN];
const KH = '1.000894';
const KH_FOREIGN = ['2.000806', '1.000094'];
const LOST_KH = [COPY, '1.004746'];
const GHI_KH = '2.002189';
const GHI_LY_HON = '2.000554';
const SINGLE = '1.004873';
const KT = '1.000656';
const KT_AGAIN = '1.005461';
const LOST_KT = [COPY, KT_AGAIN];
const GUARDIAN = '1.004837';
const ADOPT = '2.001263';
const RECOGNISE = '1.001022';
const RECOGNISE_ANY = [RECOGNISE, '1.000689'];
const RECOGNISE_FOREIGN = ['2.000779', '1.000080', '1.001695'];
const CHANGE = '1.004859';
const SAO_Y = '2.000815';
const SIGNATURE = '2.000884';
const SIGNATURE_OR_TRANSACTION = [SIGNATURE, '2.001035'];
const TRANSLATOR = ['2.001008', '2.000992'];
const WILL = '2.001019';
const INHERIT = '2.001406';

export const ELDERLY12_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Cho bà hỏi, con gái bà lấy chồng Hàn Quốc, sinh đứa cháu ngoại bên đó rồi gửi về cho bà nuôi, cháu chưa có giấy khai sinh Việt Nam, giờ bà đi làm khai sinh cho nó ở đâu ạ',
    expect: BORN_ABROAD,
    who: 'elderly',
  },
  {
    q: 'con gai toi lay chong han quoc de em be ben do, gio dem ve vn o voi ba ngoai chua co khai sinh, lam khai sinh cho chau o dau',
    expect: BORN_ABROAD,
    who: 'rural',
  },
  { q: 'đăng ký khai sinh cho bé sinh ở Hàn Quốc về VN', expect: BORN_ABROAD, who: 'young' },
  {
    q: 'Dạ thưa cô, tôi năm nay sáu mươi hai tuổi mà từ nhỏ tới giờ chưa từng có giấy khai sinh, hồi đó cha mẹ tôi không đi khai, giờ làm sổ hưu người ta đòi thì tôi khai sinh lại được không ạ',
    expect: KS_ADULT,
    who: 'elderly',
  },
  {
    q: 'tui 50 tuoi roi ma chua co giay khai sinh, ho hoi xua ba ma hong di khai, gio di khai sinh tre han duoc hong',
    expect: KS_ADULT,
    who: 'rural',
  },
  { q: 'người lớn chưa từng đăng ký khai sinh giờ đăng ký muộn', expect: KS_ADULT, who: 'young' },
  {
    q: 'Thưa chú, thằng con trai út nhà tôi muốn cưới một cô người Trung Quốc, hai đứa định làm đám cưới ở quê, giờ đăng ký kết hôn với người nước ngoài thì lên đâu làm, cần giấy tờ gì ạ',
    expect: KH_FOREIGN,
    who: 'elderly',
  },
  {
    q: 'thang con trai tui muon lay vo nguoi trung quoc, dang ky ket hon voi nguoi nuoc ngoai lam o dau vay',
    expect: KH_FOREIGN,
    who: 'rural',
  },
  { q: 'thủ tục kết hôn với người nước ngoài', expect: KH_FOREIGN, who: 'young' },
  {
    q: 'Dạ cho tôi hỏi, đứa con gái tôi nó cưới chồng bên Nhật, đã đăng ký kết hôn bên đó rồi, giờ về Việt Nam có phải ghi lại vào sổ ở xã không, làm ở đâu ạ',
    expect: [GHI_KH],
    who: 'elderly',
  },
  {
    q: 'con gai tui da dang ky ket hon ben nhat roi, ve vn can ghi chu ket hon vao so ho tich khong, nop o dau',
    expect: [GHI_KH],
    who: 'rural',
  },
  { q: 'ghi chú kết hôn đã đăng ký ở nước ngoài', expect: [GHI_KH], who: 'young' },
  {
    q: 'Thưa cán bộ, bà cụ nhà tôi mất ở nhà con gái trên thành phố, giờ đưa về quê chôn cất rồi, vậy đi khai tử cho bà cụ thì làm ở xã quê hay ở trên đó ạ',
    expect: [KT],
    who: 'elderly',
  },
  {
    q: 'ma toi mat o nha chi hai tren sai gon, dem ve que chon roi, gio khai tu cho ma o dau',
    expect: [KT],
    who: 'rural',
  },
  { q: 'đăng ký khai tử cho người mất ở tỉnh khác', expect: [KT], who: 'young' },
  {
    q: 'Ông nhà tôi mất mấy năm rồi, hồi đó có làm giấy chứng tử nhưng thất lạc đâu mất, giờ con cháu làm thừa kế đất cần bản sao giấy chứng tử thì xin ở đâu ạ',
    expect: LOST_KT,
    who: 'elderly',
  },
  {
    q: 'giay chung tu cua ong nha toi bi mat roi, gio can ban sao de lam thua ke thi xin lai o dau',
    expect: LOST_KT,
    who: 'rural',
  },
  { q: 'xin bản sao trích lục khai tử', expect: [COPY], who: 'young' },
  {
    q: 'Cho tôi hỏi, con trai với con dâu tôi mất trong vụ tai nạn, để lại đứa cháu nội mới sáu tuổi, giờ tôi nuôi nó, muốn đứng ra làm người giám hộ cho cháu thì làm thủ tục gì ạ',
    expect: [GUARDIAN],
    who: 'elderly',
  },
  {
    q: 'bo me no mat het roi, ong ba noi nuoi chau, muon lam giam ho cho chau thi dang ky o xa phai khong',
    expect: [GUARDIAN],
    who: 'rural',
  },
  { q: 'đăng ký giám hộ cho cháu mồ côi', expect: [GUARDIAN], who: 'young' },
  {
    q: 'Dạ thưa cô, vợ chồng tôi già rồi không có con, muốn nhận đứa cháu gọi bằng cô ruột về làm con nuôi cho có người hương khói, thì làm giấy tờ ở đâu ạ',
    expect: [ADOPT],
    who: 'elderly',
  },
  {
    q: 'vo chong tui hiem muon, muon xin con nuoi la chau ruot ben ngoai, lam giay to nhan con nuoi o dau',
    expect: [ADOPT],
    who: 'rural',
  },
  { q: 'nhận con nuôi trong nước thủ tục', expect: [ADOPT], who: 'young' },
  {
    q: 'Thưa chú, đứa cháu ngoại tôi giấy khai sinh bỏ trống tên cha, giờ thằng cha nó về muốn nhận con, làm giấy nhận cha cho cháu thì làm ở đâu ạ',
    expect: [RECOGNISE],
    who: 'elderly',
  },
  {
    q: 'giay khai sinh chau ngoai toi de trong phan ten cha, gio ba no muon nhan con thi lam sao',
    expect: [RECOGNISE],
    who: 'rural',
  },
  { q: 'đăng ký nhận cha con', expect: RECOGNISE_ANY, who: 'young' },
  {
    q: 'Cho tôi hỏi, tên tôi trong giấy khai sinh cũ viết sai một chữ, giấy tờ đất với căn cước thì tên đúng, giờ muốn sửa lại tên trong giấy khai sinh cho khớp thì làm sao ạ',
    expect: [CHANGE],
    who: 'elderly',
  },
  {
    q: 'giay khai sinh cu ghi sai ten toi, so do voi can cuoc ghi dung, gio sua ten trong khai sinh o dau',
    expect: [CHANGE],
    who: 'rural',
  },
  { q: 'sửa tên sai trong giấy khai sinh', expect: [CHANGE], who: 'young' },
  {
    q: 'Dạ thưa cán bộ, ngày sinh của tôi trong giấy khai sinh gốc khác với sổ hộ khẩu, lệch mất hai năm, bây giờ làm chế độ hưu người ta không chịu, tôi xin cải chính ngày sinh được không ạ',
    expect: [CHANGE],
    who: 'elderly',
  },
  {
    q: 'ngay sinh trong khai sinh voi so ho khau lech nhau 2 nam, muon cai chinh ngay sinh lam o dau',
    expect: [CHANGE],
    who: 'rural',
  },
  { q: 'cải chính năm sinh trên giấy khai sinh', expect: [CHANGE], who: 'young' },
  {
    q: 'Cho bà hỏi, thằng cháu nội bà cha nó người Kinh, mẹ nó người Tày, hồi khai sinh ghi dân tộc Kinh, giờ nó muốn đổi theo dân tộc mẹ cho được ưu tiên thi cử thì làm thế nào ạ',
    expect: [CHANGE],
    who: 'elderly',
  },
  {
    q: 'chau toi khai sinh ghi dan toc kinh, gio muon doi qua dan toc tay theo me no co duoc khong',
    expect: [CHANGE],
    who: 'rural',
  },
  { q: 'đổi dân tộc theo mẹ trong giấy khai sinh', expect: [CHANGE], who: 'young' },
  {
    q: 'Thưa cô, giấy khai sinh bản chính của tôi từ hồi trước năm bảy lăm rách nát hết rồi, giờ tôi muốn xin bản sao khai sinh mới thì xin ở xã hay lên huyện ạ',
    expect: LOST_KS,
    who: 'elderly',
  },
  { q: 'giay khai sinh cua tui bi rach het, xin ban sao khai sinh o dau dzay', expect: LOST_KS, who: 'rural' },
  { q: 'cấp bản sao giấy khai sinh', expect: [COPY], who: 'young' },
  {
    q: 'Dạ thưa chú, ông nhà tôi mất rồi, tôi ở vậy nuôi con, giờ muốn bán miếng đất đứng tên tôi thì phòng công chứng đòi giấy xác nhận tình trạng hôn nhân, tôi xin ở đâu ạ',
    expect: [SINGLE],
    who: 'elderly',
  },
  {
    q: 'chong tui mat roi, ban dat ho doi giay xac nhan doc than, xin giay xac nhan tinh trang hon nhan o dau',
    expect: [SINGLE],
    who: 'rural',
  },
  { q: 'xin giấy xác nhận độc thân để bán đất', expect: [SINGLE], who: 'young' },
  {
    q: 'Tôi góa vợ đã mười năm, nay muốn đi bước nữa với một bà ở xã bên, người ta bảo phải có giấy xác nhận tình trạng hôn nhân thì mới đăng ký kết hôn được, xin ở đâu vậy cô',
    expect: [SINGLE],
    who: 'elderly',
  },
  { q: 'ong goa vo muon cuoi vo lai, xin giay doc than o xa minh hay xa ben vo', expect: [SINGLE], who: 'rural' },
  { q: 'giấy xác nhận tình trạng hôn nhân để tái hôn', expect: [SINGLE], who: 'young' },
  {
    q: 'Cho tôi hỏi, tôi muốn sao y mấy cái giấy khai sinh với sổ hộ khẩu để nộp hồ sơ cho cháu đi học, ra xã có làm được không, mỗi bản mất bao nhiêu tiền',
    expect: [SAO_Y],
    who: 'elderly',
  },
  { q: 'sao y ban chinh giay khai sinh o uy ban xa duoc khong, bao nhieu tien 1 ban', expect: [SAO_Y], who: 'rural' },
  { q: 'chứng thực bản sao từ bản chính', expect: [SAO_Y], who: 'young' },
  {
    q: 'Thưa cô, tôi làm cái giấy cam kết cho con gái, người ta bảo phải có xác nhận chữ ký của tôi, tôi già tay run ký không đều, vậy thị thực chữ ký ở đâu ạ',
    expect: [SIGNATURE],
    who: 'elderly',
  },
  { q: 'can chung thuc chu ky tren giay cam ket, ra xa lam duoc khong', expect: [SIGNATURE], who: 'rural' },
  { q: 'chứng thực chữ ký', expect: [SIGNATURE], who: 'young' },
  {
    q: 'Dạ thằng con trai tôi đi làm ăn trong Nam không về được, nó muốn làm giấy ủy quyền cho tôi đứng ra lo việc bán đất thay nó, giấy đó chứng thực ở đâu ạ',
    expect: SIGNATURE_OR_TRANSACTION,
    who: 'elderly',
  },
  {
    q: 'con tui di lam xa o binh duong, lam giay uy quyen cho ba o nha ky thay, chung thuc o dau',
    expect: SIGNATURE_OR_TRANSACTION,
    who: 'rural',
  },
  { q: 'chứng thực hợp đồng ủy quyền', expect: SIGNATURE_OR_TRANSACTION, who: 'young' },
  {
    q: 'Cho tôi hỏi, ông bà tôi lấy nhau từ hồi năm bảy mấy, chỉ làm đám cưới chứ không có đăng ký, giờ con cháu làm giấy tờ đất người ta đòi giấy đăng ký kết hôn, thì ông bà già như tôi đi đăng ký bây giờ được không ạ',
    expect: [KH],
    who: 'elderly',
  },
  {
    q: 'vo chong tui cuoi tu hoi xua ma chua dang ky ket hon, gio gia roi di dang ky ket hon duoc khong',
    expect: [KH],
    who: 'rural',
  },
  { q: 'đăng ký kết hôn cho vợ chồng sống chung từ trước 1987', expect: [KH], who: 'young' },
  {
    q: 'Dạ thưa chú, con gái tôi ly hôn rồi, nó muốn đổi họ cho thằng cháu ngoại từ họ cha sang họ mẹ, tức là theo họ nhà tôi, thì làm thủ tục ở đâu ạ',
    expect: [CHANGE],
    who: 'elderly',
  },
  { q: 'con gai toi ly di roi, muon doi ho cho chau theo ho me thi lam o dau', expect: [CHANGE], who: 'rural' },
  { q: 'thay đổi họ cho con theo họ mẹ', expect: [CHANGE], who: 'young' },
  {
    q: 'Ông cụ nhà tôi mất từ năm chín mươi, hồi đó ở quê không ai đi khai tử, giờ con cháu làm thừa kế mới biết phải có giấy chứng tử, bây giờ đi khai tử muộn cho ông có được không ạ',
    expect: [KT],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, sáng nay tôi đi chợ sớm thấy có đứa bé sơ sinh ai bỏ trước cổng chùa, nhà chùa nhận nuôi, giờ muốn làm giấy khai sinh cho cháu thì làm sao ạ',
    expect: KS,
    who: 'elderly',
  },
  {
    q: 'Dạ con dâu tôi người Hàn Quốc, giấy tờ của nó toàn tiếng Hàn, giờ dịch ra tiếng Việt rồi thì phải chứng thực bản dịch ở đâu ạ',
    expect: TRANSLATOR,
    who: 'elderly',
  },
  {
    q: 'Tôi già rồi, muốn viết di chúc để lại nhà đất cho mấy đứa con, cho chắc chắn thì mang di chúc ra xã chứng thực được không ạ',
    expect: [WILL],
    who: 'elderly',
  },
  {
    q: 'Chồng tôi mất không để lại di chúc, mấy mẹ con muốn làm văn bản thỏa thuận chia di sản là miếng đất thì chứng thực ở xã được không cô',
    expect: [INHERIT],
    who: 'elderly',
  },
  {
    q: 'Thưa chú, thằng con trai tôi có con với một cô người Lào, giờ nó muốn nhận đứa nhỏ là con mình thì làm giấy nhận con ở đâu ạ',
    expect: RECOGNISE_FOREIGN,
    who: 'elderly',
  },
  {
    q: 'Cho tôi hỏi, giấy chứng tử của bà cụ nhà tôi bị cháy mất, mà ở xã sổ sách cũng không còn lưu, vậy đăng ký khai tử lại được không ạ',
    expect: [KT_AGAIN],
    who: 'elderly',
  },
  {
    q: 'Mạ tui hỏi răng, giấy kết hôn của ba mạ tui mất rồi, giờ xin bản sao giấy đăng ký kết hôn thì xin ở mô',
    expect: LOST_KH,
    who: 'elderly',
  },
  {
    q: 'Dạ con gái tôi lấy chồng Đài Loan rồi ly hôn bên đó, giờ về nước muốn lấy chồng khác thì phải ghi chú việc ly hôn ở đâu trước ạ',
    expect: [GHI_LY_HON],
    who: 'elderly',
  },
  {
    q: 'Dạ thưa cô, con trai tôi với con dâu đăng ký kết hôn rồi mà giấy đăng ký kết hôn ghi sai quê quán của nó, giờ muốn sửa lại thì làm ở đâu ạ',
    expect: [CHANGE],
    who: 'elderly',
  },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const ELDERLY12_TUNE: readonly CitizenQuery[] = ELDERLY12_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const ELDERLY12_HELD: readonly CitizenQuery[] = ELDERLY12_BATCH.filter((_, i) => i % 2 === 1);

/** Every need of the draft is in the catalogue. */
export const ELDERLY12_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
