import { contextEntry as c, type LexiconEntry } from './lexicon-entry';

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

export const LEXICON_EVENTS: readonly LexiconEntry[] = [
  // A wedding told as done beside moving in ("con dâu mới về làm dâu, giờ về ở hẳn", "mới cưới, vợ dọn về nhà mình"):
  // the bride's permanent residence at her new home. Not when the marriage itself is asked for.
  c('Cư trú', MOVING_IN, JUST_WED, ['dang ky thuong tru'], {
    unless: ['dang ky ket hon', 'giay ket hon', 'lam giay ket hon', 'chua dang ky', 'khai sinh', 'tach ho', 'o rieng', 'ra rieng'],
  }),
  // A wedding with a partner of another nationality ("quen cô người Hàn, hai đứa muốn cưới"): the marriage with a
  // foreign element, not the plain one. A birth or a record abroad beside it is another request (lexicon-context.ts).
  c('Hộ tịch', FOREIGN_PARTNER, WEDDING, ['dang ky ket hon co yeu to nuoc ngoai'], {
    unless: ['khai sinh', 'khai sanh', 'ghi vao so', 'ghi chu', 'ly hon', 'ly di'],
  }),
  // Having no spouse said beside a paper that must prove it ("bên đó đòi giấy chứng minh tôi không có vợ"): the
  // marital-status certificate that every wedding in another commune asks of the widowed and the divorced.
  c('Hộ tịch', ['giay', 'chung minh', 'xac nhan', 'doi giay', 'giay to'], NO_SPOUSE, ['xac nhan tinh trang hon nhan']),
  // …and the wedding that paper is for is then the story: the certificate is asked, not the marriage.
  c('Hộ tịch', [...NO_SPOUSE, 'doc than', 'giay doc than', 'tinh trang hon nhan'], WEDDING, [], {
    unless: ['dang ky ket hon', 'giay ket hon'],
  }),
];
