import { type LexiconEntry, lexiconEntry as e } from './lexicon-entry';

/**
 * Southern and Central words for what the catalogue names in the North's words (issue 17): the river and sea provinces'
 * boats, the South's papers for land, the Highlands' and the Centre's fields, the timber a household cuts. Written from
 * how people speak at commune counters in those regions, not from any test query; read in queries only (lexicon.ts).
 */
export const LEXICON_REGIONAL: readonly LexiconEntry[] = [
  // "Ghe" is any boat in the South and the Centre; one that fishes is a "tàu cá" to the catalogue, whatever its size.
  e('Thủy sản', 'regional', ['ghe danh ca', 'ghe ca', 'ghe luoi', 'ghe cao', 'ghe cau', 'ghe bien', 'ghe di bien', 'ghe danh bat', 'tau danh ca'], ['tau ca']),
  // …or named by its gear: a net-casting "ghe chài", a "giã cào" trawler, the Centre's basket boat ("thúng chai").
  e('Thủy sản', 'regional', ['ghe chai', 'thuyen chai', 'ghe gia cao', 'tau gia cao', 'thung chai', 'thuyen thung'], ['tau ca']),
  // A fishing boat's yearly inspection is "đăng kiểm" at the harbour, as a car's is; the paper is its technical safety.
  // Its book is "sổ đăng kiểm", said whole before the boat (not a car's "sổ đăng kiểm").
  e(
    'Thủy sản',
    'regional',
    ['dang kiem tau ca', 'dang kiem ghe', 'kiem dinh tau ca', 'dang kiem ghe ca', 'tau ca dang kiem', 'ghe dang kiem', 'so dang kiem tau ca', 'so dang kiem ghe'],
    ['an toan ky thuat tau ca'],
  ),
  // Ponds for shrimp and fish: "vuông tôm" in the Mekong delta, "đìa" in the Centre, "ao" in the North.
  e('Thủy sản', 'regional', ['vuong tom', 'ao tom', 'dia tom', 'dia ca', 'ao ca', 'nuoi ca'], ['nuoi trong thuy san']),
  // The South's older names for a land title: "giấy chủ quyền" (and the French-era "bằng khoán", already read).
  e('Đất đai', 'regional', ['giay chu quyen', 'giay chu quyen dat', 'giay chu quyen nha', 'so chu quyen'], ['giay chung nhan quyen su dung dat']),
  // …made or asked for, as "làm sổ đỏ" is: the first registration and title.
  e('Đất đai', 'regional', ['lam giay chu quyen', 'xin giay chu quyen', 'lam so chu quyen', 'lam bang khoan', 'xin bang khoan'], ['dang ky dat dai']),
  // The identity card the South calls by where it was kept, "giấy lận lưng" (tucked in the waistband), or "giấy tùy thân".
  e('Căn cước', 'regional', ['giay lan lung', 'the lan lung', 'giay tuy than', 'the tuy than'], ['the can cuoc']),
  // "Rẫy": a hill field in the Highlands and the Centre, as "ruộng" is a paddy.
  e('Đất đai', 'regional', ['dat ray', 'ray', 'ruong ray', 'dat ruong ray', 'dat ray bai'], ['dat nong nghiep']),
  // A household felling its own planted trees: "đốn", "cưa" in the South and the Centre.
  // Planted timber named by its tree, as growers do ("chở gỗ tràm bông vàng", "keo lai"): told, the tree is no paper (read
  // whole, "vàng" is no gold); a felling or a load said beside it is read by lexicon-fields.ts.
  e('Lâm nghiệp', 'regional', ['tram bong vang', 'keo la tram', 'keo lai', 'keo tai tuong', 'keo la to'], []),
  e('Lâm nghiệp', 'regional', ['don go', 'don cay', 'cua go', 'cua cay rung', 'chat go', 'don cay rung', 'khai thac cay rung'], ['khai thac go']),
];
