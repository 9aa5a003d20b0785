import { contextEntry as c, lexiconEntry as e, type LexiconEntry } from './lexicon-entry';

/**
 * Life events that name their procedure only at the counter (issue 17): the citizen tells what happened, the clerk
 * knows what follows. A bride who has moved in is registered as a permanent resident, not married again; a fiancé(e)
 * from abroad makes the wedding one with a foreign element; a widower asked to prove he has no wife needs the
 * marital-status certificate. Each is read only beside the event (`when`), so the words keep their plain reading
 * elsewhere. Written from how people tell these at a one-stop counter (source "counter"), never from a test query.
 */

/** The wedding told as done ("mới cưới", "về làm dâu"): the marriage is behind them. */
const JUST_WED = [
  ...['mới cưới', 'vừa cưới', 'cưới xong', 'đã cưới', 'mới cưới vợ', 'mới cưới chồng', 'moi cuoi', 'vua cuoi', 'cuoi xong'],
  ...['ve lam dau', 'moi ve lam dau', 'lam dau', 'moi lay vo', 'moi lay chong', 'vua lay vo', 'vua lay chong', 'dau moi'],
];
/** Moving in for good with the family ("về ở hẳn", "dọn về ở chung"). */
const MOVING_IN = [
  ...['ve o', 've o han', 'o han', 'don ve', 'don ve o', 've o chung', 'o chung', 've song', 've song chung', 'chuyen ve o'],
  ...['thanh nguoi o day', 'nguoi o day', 'nhap khau', 'nhap ho khau', 've nha chong', 've nha minh'],
];
/** A partner named by a foreign nationality ("cô người Hàn", "anh Việt kiều"). */
const FOREIGN_PARTNER = [
  ...['nguoi nuoc ngoai', 'viet kieu', 'nguoi han', 'nguoi han quoc', 'nguoi nhat', 'nguoi nhat ban', 'nguoi trung quoc'],
  ...['nguoi dai loan', 'nguoi my', 'nguoi uc', 'nguoi phap', 'nguoi duc', 'nguoi anh', 'nguoi canada', 'nguoi lao', 'nguoi thai'],
  ...['nguoi campuchia', 'nguoi singapore', 'nguoi malaysia', 'nguoi nga', 'nguoi tay', 'ong tay', 'co tay'],
];
/** Getting married, as people say it. */
const WEDDING = ['cưới', 'muon cuoi', 'cuoi nhau', 'lay vo', 'lay chong', 'ket hon', 'cuoi vo', 'cuoi chong', 'ở với nhau', 'song voi nhau'];
/** Having no spouse, said of oneself when a paper must prove it. */
const NO_SPOUSE = [
  ...['ko co vo', 'khong co vo', 'khong con vo', 'ko con vo', 'khong co chong', 'ko co chong', 'khong con chong', 'ko con chong'],
  ...['chua co vo', 'chua co chong', 'khong vo', 'khong chong', 'khong vo con'],
];
/** A baby just born ("mới sinh được một tuần", "mới đẻ ở trạm xá"). */
const NEWBORN = ['moi sinh', 'vua sinh', 'moi de', 'vua de', 'moi sanh', 'vua sanh', 'so sinh', 'moi chao doi', 'vua chao doi'];
/** Papers asked for a newborn without naming them ("làm giấy cho cháu", "chưa làm giấy tờ gì hết"). */
const FIRST_PAPERS = [
  ...['lam giay', 'lam giay to', 'giay to dau tien', 'lam giay cho', 'lam giay to cho', 'chua lam giay', 'chua lam giay to'],
  ...['chua co giay', 'chua co giay to', 'di lam giay', 'lam giay khai'],
];
/** A notarised sale told as done ("đã ra văn phòng công chứng ký giấy rồi", "công chứng HĐ rồi"). */
const NOTARISED = [
  ...['da cong chung', 'cong chung roi', 'cong chung xong', 'da ra cong chung', 'da ra van phong cong chung', 'da ra phong cong chung'],
  ...['da ky cong chung', 'da chung thuc', 'chung thuc roi', 'chung thuc xong'],
  ...['da cong chung hd', 'da cong chung hop dong', 'cong chung hd roi', 'cong chung hop dong roi', 'da cong chung hdmb'],
];
/** Becoming the one named on a land paper ("sổ đứng tên tôi", "sang tên sổ"). */
const IN_MY_NAME = ['sang ten', 'dung ten', 'sang so', 'ten minh', 'ten toi', 'ten tui', 'doi ten so'];
/** Reporting oneself to the police, as a lodger is told to. */
const REPORT_TO_POLICE = [
  ...['bao cong an', 'bao voi cong an', 'bao cong an phuong', 'bao cong an xa', 'bao voi cong an phuong', 'bao voi cong an xa'],
  ...['trinh bao', 'trinh bao cong an', 'trinh dien', 'bao phuong', 'bao voi phuong', 'bao xa', 'bao voi xa'],
];
/** Lodging rented in town ("thuê phòng trọ", "ở trọ"). */
const LODGING = ['phong tro', 'thue tro', 'o tro', 'nha tro', 'thue phong', 'chu tro'];

export const LEXICON_EVENTS: readonly LexiconEntry[] = [
  // A wedding told as done beside moving in ("con dâu mới về làm dâu, giờ về ở hẳn", "mới cưới, vợ dọn về nhà mình"):
  // the bride's permanent residence at her new home. Not when the marriage itself is asked for.
  c('Cư trú', MOVING_IN, JUST_WED, ['dang ky thuong tru'], {
    unless: ['dang ky ket hon', 'giay ket hon', 'lam giay ket hon', 'chua dang ky', 'khai sinh', 'tach ho', 'o rieng', 'ra rieng'],
  }),
  // A wedding with a partner of another nationality ("quen cô người Hàn, hai đứa muốn cưới"): the marriage with a
  // foreign element, not the plain one. A birth or a record abroad beside it is another request (lexicon-context.ts).
  c('Hộ tịch', FOREIGN_PARTNER, WEDDING, ['dang ky ket hon co yeu to nuoc ngoai'], {
    // Nor when the single-status paper is what the wedding asks for ("lấy chồng người nước ngoài, cần giấy độc thân").
    unless: ['khai sinh', 'khai sanh', 'ghi vao so', 'ghi chu', 'ly hon', 'ly di', 'doc than', 'giay doc than', 'tinh trang hon nhan'],
  }),
  // Having no spouse said beside a paper that must prove it ("bên đó đòi giấy chứng minh tôi không có vợ"): the
  // marital-status certificate that every wedding in another commune asks of the widowed and the divorced.
  c('Hộ tịch', ['giay', 'chung minh', 'xac nhan', 'doi giay', 'giay to'], NO_SPOUSE, ['xac nhan tinh trang hon nhan', 'tinh trang hon nhan']),
  // …and the wedding that paper is for is then the story: the certificate is asked, not the marriage.
  c('Hộ tịch', [...NO_SPOUSE, 'doc than', 'giay doc than', 'tinh trang hon nhan'], WEDDING, [], {
    unless: ['dang ky ket hon', 'giay ket hon'],
  }),
  // Papers asked for a baby just born: the first of them is the birth registration ("cháu mới sinh, bà nội đi làm
  // giấy cho cháu được không"). Not when the card, the maternity pay or a lost paper is named.
  c('Hộ tịch', NEWBORN, FIRST_PAPERS, ['dang ky khai sinh'], {
    unless: ['bhyt', 'bao hiem', 'thai san', 'che do', 'can cuoc', 'ho chieu', 'bi mat', 'sai', 'cap lai'],
  }),
  // A sale already notarised is behind the buyer: what follows is the transfer at the land office, not the notary's
  // contract again ("mua đất đã công chứng HĐ, giờ sang tên sổ").
  c('Đất đai', [...IN_MY_NAME, 'mua', 'mua lai', 'mua dat', 'mua mieng dat', 'mua nha'], NOTARISED, []),
  // Street vending or hired work told beside a rented room ("lên thành phố bán hàng rong, thuê phòng trọ"): the
  // livelihood is the story, the lodging is what must be declared (vendors need no business registration).
  c('Cư trú', LODGING, ['ban hang rong', 'ban rong', 'ban ve chai', 'lam thue', 'lam mướn', 'lam muon', 'phu ho'], [], {
    unless: ['kinh doanh', 'mo quan', 'mo tiem', 'ho kinh doanh', 'giay phep'],
  }),
  // …and reporting to the police from that room ("chủ nhà dặn đi báo với công an phường"): the renter's temporary
  // residence, not one of the police's own procedures whose names say "Công an". A foreign guest is declared by the
  // host (lexicon-fields.ts).
  c('Cư trú', LODGING, REPORT_TO_POLICE, ['dang ky tam tru', 'tam tru'], {
    unless: ['nguoi nuoc ngoai', 'viet kieu', 'khach nuoc ngoai', 'bi mat', 'bi trom', 'mat trom', 'mat cap', 'lam mat'],
  }),
  // The employer's or the agency's demand ("cty yêu cầu giấy xác nhận…"): why the paper is asked, not which; read as
  // its words it picks the procedures done "theo yêu cầu của cơ quan, tổ chức" instead of the citizen's own.
  e('hành chính', 'counter', ['cty yeu cau', 'cong ty yeu cau', 'ben cong ty yeu cau', 'cty doi hoi', 'cong ty doi hoi'], []),
];
