import type { CitizenQuery } from './dev-set';
import { AREA, CHANGE_INFO, CHANGE_USE, DISPUTE, EXCHANGE, FIRST, INHERIT, LOST, MORTGAGE, RELEASE, SALE_GIFT, SPLIT_MERGE, STATE_LEASE, TRANSFER } from './land-codes';

const TRANSFERRED_BEFORE_2024 = '1.012785';

/**
 * Land as elderly people and their families tell it at a commune counter (issue 17, helper session of 6 Dec 2026):
 * 48 queries written in one sitting at 23:57 UTC (docs/search-drafts/land51-draft-20261206T2357Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 16 situations (parents dividing land among
 * children while alive, a parent dead without a will, the heirs' agreement, land bought on a handwritten paper, the
 * first title for land used before 1993, the area wrong after re-measuring, a new ID number on the book, a torn book,
 * a lost book, a mortgage and its deletion, splitting, merging, garden land to residential, renting state land, a
 * boundary quarrel) × 3 voices: elderly (long polite stories with diacritics), rural (no diacritics, "tui", "ko")
 * and young (short). Labelled afterwards by grepping the crawl, with the codes of land-codes.ts; a parent "dividing"
 * or "cutting" land for the children also accepts the split; the handwritten paper accepts the first title and the
 * transfer-before-2024 registration (and the transfer itself when the story says "sang tên"), as land24/land28 did.
 */
export const LAND51_BATCH: readonly CitizenQuery[] = [
  { q: 'vợ chồng tôi già rồi muốn chia đất cho mấy đứa con trước khi nhắm mắt thì làm giấy tờ thế nào', expect: [...SALE_GIFT, SPLIT_MERGE], who: 'elderly' },
  { q: 'ba ma gia muon cat dat cho thang con trai ut dung ten so do thi lam sao', expect: [...SALE_GIFT, SPLIT_MERGE], who: 'rural' },
  { q: 'bố mẹ tặng cho con mảnh đất', expect: SALE_GIFT, who: 'young' },
  { q: 'ông nhà tôi mất không để lại di chúc, mấy anh em muốn chia mảnh đất của ông thì làm thủ tục gì', expect: INHERIT, who: 'elderly' },
  { q: 'ma tui mat roi ko co di chuc may chi em tui muon chia dat ra sang ten tung nguoi', expect: INHERIT, who: 'rural' },
  { q: 'khai nhận di sản thừa kế đất của bố', expect: INHERIT, who: 'young' },
  { q: 'các con tôi đã bàn với nhau rồi, giờ muốn lập văn bản thỏa thuận chia phần đất cụ để lại', expect: INHERIT, who: 'elderly' },
  { q: 'lam giay thoa thuan phan chia di san dat ruong cua ong ba de lai', expect: INHERIT, who: 'rural' },
  { q: 'văn bản phân chia di sản là đất', expect: INHERIT, who: 'young' },
  { q: 'năm tám mấy tôi mua miếng đất viết giấy tay với nhau, đến giờ vẫn chưa sang tên được, bây giờ làm sao', expect: [FIRST, TRANSFERRED_BEFORE_2024, TRANSFER], who: 'elderly' },
  { q: 'dat mua giay tay hoi xua chu cu dat mat roi gio lam so duoc ko', expect: [FIRST, TRANSFERRED_BEFORE_2024], who: 'rural' },
  { q: 'mua đất giấy viết tay chưa làm sổ', expect: [FIRST, TRANSFERRED_BEFORE_2024], who: 'young' },
  { q: 'nhà tôi ở trên mảnh đất này từ trước năm 1993, chưa bao giờ được cấp sổ đỏ, nay muốn làm sổ', expect: [FIRST], who: 'elderly' },
  { q: 'dat ong ba khai hoang o tu hoi truoc toi gio chua co so do xin cap lan dau', expect: [FIRST], who: 'rural' },
  { q: 'cấp giấy chứng nhận lần đầu đất ở ổn định trước 1993', expect: [FIRST], who: 'young' },
  { q: 'cán bộ đo đạc lại thì diện tích đất nhà tôi nhiều hơn trong sổ đỏ, muốn sửa lại cho đúng', expect: AREA, who: 'elderly' },
  { q: 'so do ghi thieu dien tich do lai du may chuc met thi lam sao', expect: AREA, who: 'rural' },
  { q: 'diện tích thực tế khác trong sổ đỏ', expect: AREA, who: 'young' },
  { q: 'sổ đỏ còn ghi số chứng minh cũ của tôi, nay có căn cước rồi thì có phải đi sửa không', expect: [CHANGE_INFO], who: 'elderly' },
  { q: 'doi so cmnd tren so do qua can cuoc', expect: [CHANGE_INFO], who: 'rural' },
  { q: 'cập nhật thông tin căn cước trên sổ hồng', expect: [CHANGE_INFO], who: 'young' },
  { q: 'cái sổ đỏ của tôi cũ quá, rách nát mờ hết chữ rồi, xin đổi cuốn mới', expect: [EXCHANGE], who: 'elderly' },
  { q: 'so do bi chuot can rach het muon doi so moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'cấp đổi sổ đỏ bị hư', expect: [EXCHANGE], who: 'young' },
  { q: 'nhà tôi bị cháy mất cái sổ đỏ rồi, làm sao xin cấp lại được', expect: [LOST], who: 'elderly' },
  { q: 'lam mat so do roi xin lam lai', expect: [LOST], who: 'rural' },
  { q: 'mất sổ hồng', expect: [LOST], who: 'young' },
  { q: 'tôi muốn cầm sổ đỏ ra ngân hàng vay ít tiền cho con đi học thì phải đăng ký gì', expect: [MORTGAGE], who: 'elderly' },
  { q: 'the chap so do vay von ngan hang nong nghiep', expect: [MORTGAGE], who: 'rural' },
  { q: 'đăng ký thế chấp quyền sử dụng đất', expect: [MORTGAGE], who: 'young' },
  { q: 'tôi trả hết nợ ngân hàng rồi, giờ muốn xóa cái thế chấp trên sổ đỏ', expect: [RELEASE], who: 'elderly' },
  { q: 'tra no xong rut so ve xoa the chap', expect: [RELEASE], who: 'rural' },
  { q: 'xóa đăng ký thế chấp sổ đỏ', expect: [RELEASE], who: 'young' },
  { q: 'mảnh đất của tôi rộng, muốn tách ra làm mấy thửa để cho các con mỗi đứa một phần', expect: [SPLIT_MERGE], who: 'elderly' },
  { q: 'tach thua dat ra lam hai so', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'tách thửa đất', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'tôi có hai mảnh đất liền nhau, muốn gộp lại làm một sổ cho dễ', expect: [SPLIT_MERGE], who: 'elderly' },
  { q: 'nhap 2 thua dat lien ke thanh 1 so', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'hợp thửa đất', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'tôi có mảnh đất vườn muốn chuyển sang đất ở để cho con trai làm nhà', expect: CHANGE_USE, who: 'elderly' },
  { q: 'chuyen dat trong cay lau nam len tho cu', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển mục đích sử dụng đất vườn sang đất ở', expect: CHANGE_USE, who: 'young' },
  { q: 'hợp tác xã cũ giải thể, tôi muốn thuê lại đất của nhà nước để làm trang trại thì xin ở đâu', expect: STATE_LEASE, who: 'elderly' },
  { q: 'xin thue dat nha nuoc lam xuong', expect: STATE_LEASE, who: 'rural' },
  { q: 'thuê đất của nhà nước', expect: STATE_LEASE, who: 'young' },
  { q: 'nhà hàng xóm xây tường lấn sang đất nhà tôi, tôi muốn xã đứng ra hòa giải', expect: DISPUTE, who: 'elderly' },
  { q: 'hang xom lan ranh dat nha tui xin xa giai quyet', expect: DISPUTE, who: 'rural' },
  { q: 'hòa giải tranh chấp ranh giới đất', expect: DISPUTE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const LAND51_TUNE: readonly CitizenQuery[] = LAND51_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const LAND51_HELD: readonly CitizenQuery[] = LAND51_BATCH.filter((_, i) => i % 2 === 1);

/** The catalogue holds no citizen's procedure for compensation when the State recovers land (as land13/land28). */
export const LAND51_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'nhà nước lấy đất làm đường đi qua nhà tôi thì được bồi thường như thế nào', who: 'elderly' },
  { q: 'dat bi thu hoi lam duong co duoc den bu ko', who: 'rural' },
  { q: 'bồi thường khi nhà nước thu hồi đất', who: 'young' },
];
