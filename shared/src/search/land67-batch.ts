import type { CitizenQuery } from './dev-set';
import { AREA, CHANGE_USE, CONTRACT, CORRECT, DISPUTE, EXCHANGE, FIRST, INHERIT, LOST, MORTGAGE, RELEASE, SALE_GIFT, SPLIT_MERGE, STATE_LEASE } from './land-codes';

/** Confirmation that a household goes on using its farmland when the term in the book has run out (as land28/land57). */
const FARM_TERM = '1.013947';

/**
 * Land as very old people tell it, in long stories (issue 17, helper session of 7 Dec 2026): 73 queries written in
 * one sitting at 05:22 UTC (docs/search-drafts/land67-draft-20261207T0522Z.txt), before any procedure name was grepped
 * and before the engine was run on them: 12 situations (siblings sharing the parents' land while one lives abroad or in
 * the South, a plot never titled since the cooperative era, a book in a dead spouse's name, part of a plot sold to pay
 * for medicine, the bank holding the book, a book with the wrong area or a neighbour's plot, garden land to house land
 * for a son, fields rented to a company, a fence quarrel, the rice fields' term running out, land a grandparent left,
 * and a few common ones) × 3 voices: elderly 40 (20–35 words, the ask often mid-story), rural 21, young 12. Labelled
 * afterwards by grepping the crawl with the codes of land-codes.ts, as land51/land57 labelled the same acts: selling
 * part of a plot accepts the split and the transfer; a rented field accepts the transfer registration and the
 * contract's certification (land57); the farmland's term accepts the confirmation and the state-lease/extension pair;
 * a grandparent's land "that nobody's name is on" is a first title (the short rural one also accepts inheritance).
 */
export const LAND67_BATCH: readonly CitizenQuery[] = [
  { q: 'Ông bà nhà tôi mất đã lâu, để lại mảnh đất ở quê, năm anh em chúng tôi muốn chia nhau nhưng thằng út định cư bên Mỹ không về được thì phải làm giấy tờ gì ạ', expect: INHERIT, who: 'elderly' },
  {
    q: 'Tôi năm nay bảy mươi tám tuổi, bố mẹ tôi mất từ năm 1990, mảnh đất hương hỏa giờ chia cho các em, có một đứa đang ở trong Sài Gòn, xin hỏi lập văn bản chia thừa kế thế nào',
    expect: INHERIT,
    who: 'elderly',
  },
  {
    q: 'Chị gái tôi lấy chồng Đài Loan, nay mấy chị em muốn khai nhận phần đất của mẹ để lại, chị ấy không về được thì ủy quyền cho tôi ký có được không',
    expect: [...INHERIT, CONTRACT],
    who: 'elderly',
  },
  { q: 'ba ma mat roi de lai dat, anh hai o sai gon ko ve dc, chia dat cho may anh em sao', expect: INHERIT, who: 'rural' },
  { q: 'thang em di xuat khau lao dong ben han, muon chia dat cua ong gia de lai thi lam j', expect: INHERIT, who: 'rural' },
  { q: 'chia đất thừa kế anh em ở nước ngoài', expect: INHERIT, who: 'young' },
  {
    q: 'Mảnh ruộng này tôi được hợp tác xã chia cho từ hồi năm tám mươi mấy, cày cấy suốt bốn chục năm nay mà chưa có sổ đỏ, giờ già rồi muốn làm sổ để lại cho con cháu',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'Thưa cán bộ, khu vườn nhà tôi ở từ thời hợp tác xã, không tranh chấp với ai, nhưng chưa bao giờ được cấp giấy chứng nhận, nay tôi muốn xin cấp lần đầu thì cần mang những gì',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'Đất này ông cụ thân sinh ra tôi khai hoang từ năm 1975, nhà tôi ở liền từ đó tới giờ, chưa làm giấy tờ gì cả, bây giờ muốn đăng ký đất đai thì làm sao ạ', expect: [FIRST], who: 'elderly' },
  { q: 'ruong hop tac xa chia tu hoi xua toi gio chua co so do, gio lam so lan dau dc ko', expect: [FIRST], who: 'rural' },
  { q: 'làm sổ đỏ lần đầu đất chưa có giấy tờ', expect: [FIRST], who: 'young' },
  { q: 'Ông nhà tôi mất năm ngoái, cái sổ đỏ vẫn đứng tên hai vợ chồng, nay tôi muốn sang tên lại cho tôi với mấy đứa con thì phải làm những thủ tục gì ạ', expect: INHERIT, who: 'elderly' },
  { q: 'Bà nhà tôi mất được ba năm rồi, sổ đỏ vẫn ghi tên bà ấy, các con bảo phải làm khai nhận di sản rồi mới bán được đất, xin hỏi thủ tục như thế nào', expect: INHERIT, who: 'elderly' },
  { q: 'Tôi là vợ, chồng tôi qua đời không để lại di chúc, mảnh đất đứng tên ông ấy, giờ tôi với con trai muốn đứng tên trên giấy chứng nhận thì phải làm gì', expect: INHERIT, who: 'elderly' },
  { q: 'chong tui mat roi, so do dung ten ong ay, gio muon chuyen qua ten tui', expect: INHERIT, who: 'rural' },
  { q: 'vo mat 2 nam roi ma so do van ten vo, sang ten lai cho chong con sao', expect: INHERIT, who: 'rural' },
  { q: 'sang tên sổ đỏ khi vợ chết', expect: INHERIT, who: 'young' },
  {
    q: 'Tôi bị bệnh tiểu đường với huyết áp, con cái khó khăn, giờ muốn bán bớt một góc đất phía sau nhà lấy tiền chữa bệnh thì phải tách thửa ra trước có phải không',
    expect: [SPLIT_MERGE, ...SALE_GIFT],
    who: 'elderly',
  },
  {
    q: 'Bà cụ nhà tôi nằm viện mấy tháng nay, tiền thuốc nhiều quá, tôi tính cắt bán một phần mảnh vườn cho người trong xóm, xin hỏi làm giấy tờ chuyển nhượng thế nào cho đúng',
    expect: [...SALE_GIFT, SPLIT_MERGE],
    who: 'elderly',
  },
  {
    q: 'Năm nay tôi tám mươi hai tuổi, đau ốm luôn, muốn bán nửa mảnh đất cho người ta để có tiền mổ mắt, nhưng sổ đỏ chỉ có một cuốn thì chia ra sao ạ',
    expect: [SPLIT_MERGE, ...SALE_GIFT],
    who: 'elderly',
  },
  { q: 'ba gia benh nang can tien, ban bot 100 met dat thi tach so sao', expect: [SPLIT_MERGE, ...SALE_GIFT], who: 'rural' },
  { q: 'muon ban 1 phan dat de lay tien chua benh cho ma, lam giay to sao', expect: [...SALE_GIFT, SPLIT_MERGE], who: 'rural' },
  { q: 'bán một phần đất tách sổ', expect: [SPLIT_MERGE, ...SALE_GIFT], who: 'young' },
  {
    q: 'Hồi trước tôi cầm sổ đỏ vay ngân hàng nông nghiệp cho thằng con làm ăn, nó trả hết nợ rồi mà ngân hàng vẫn giữ sổ, muốn lấy về và xóa cái thế chấp thì làm sao',
    expect: [RELEASE],
    who: 'elderly',
  },
  { q: 'Con gái tôi muốn mượn sổ đỏ của tôi để thế chấp vay tiền mở cửa hàng, tôi già rồi không hiểu, xin hỏi đăng ký thế chấp đất thì phải ra đâu, ai ký', expect: [MORTGAGE], who: 'elderly' },
  { q: 'Nhà tôi vay quỹ tín dụng năm chục triệu, họ giữ sổ đỏ từ năm 2018, giờ đã tất toán xong, cán bộ bảo phải ra văn phòng đất đai xóa đăng ký thì mới xong ạ', expect: [RELEASE], who: 'elderly' },
  { q: 'ngan hang giu so do, tra no xong roi ma chua xoa the chap', expect: [RELEASE], who: 'rural' },
  { q: 'xóa thế chấp sổ đỏ', expect: [RELEASE], who: 'young' },
  { q: 'Tôi mới phát hiện cái sổ đỏ cấp từ năm 1998 ghi diện tích ít hơn đất thật những mấy chục mét vuông, cán bộ địa chính bảo phải đo lại, xin hỏi sửa thế nào', expect: AREA, who: 'elderly' },
  { q: 'Sổ đỏ của nhà tôi bị ghi nhầm sang số thửa của nhà hàng xóm, bản đồ cũng vẽ sai, tôi già rồi không biết chữ nhiều, nhờ cán bộ chỉ giúp cách đính chính lại', expect: CORRECT, who: 'elderly' },
  { q: 'Hồi cấp sổ người ta đo sai, ghi tên mẹ tôi thiếu dấu và diện tích cũng sai, nay mẹ tôi gần chín mươi tuổi muốn sửa lại giấy chứng nhận cho đúng thì làm sao', expect: AREA, who: 'elderly' },
  { q: 'so do ghi sai dien tich so voi thuc te, do lai thi lam sao', expect: AREA, who: 'rural' },
  { q: 'so do nha tui cap nham thua dat nha hang xom, dinh chinh sao', expect: CORRECT, who: 'rural' },
  { q: 'đính chính sổ đỏ sai diện tích', expect: AREA, who: 'young' },
  {
    q: 'Thằng con trai tôi cưới vợ rồi, muốn làm cái nhà riêng trên mảnh đất vườn của tôi, nhưng đất đó là đất trồng cây lâu năm, xin hỏi chuyển lên đất ở thì làm sao',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'Tôi có cái vườn ao sau nhà, nay muốn cho con gái út ra ở riêng, cán bộ bảo phải chuyển mục đích thành đất thổ cư mới xây được, tiền thuế hết bao nhiêu ạ', expect: CHANGE_USE, who: 'elderly' },
  { q: 'Nhà tôi có mảnh đất trồng lúa bỏ hoang lâu rồi, thằng cháu nội muốn xây nhà ở trên đó, xin hỏi có được chuyển sang đất ở không và làm hồ sơ ở đâu', expect: CHANGE_USE, who: 'elderly' },
  { q: 'dat vuon muon len tho cu cho con trai cat nha', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyen dat ruong qua dat o de xay nha cho thang con duoc ko', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển đất vườn lên thổ cư', expect: CHANGE_USE, who: 'young' },
  { q: 'Có một công ty về làng hỏi thuê mảnh ruộng nhà tôi để làm nhà xưởng trong mười năm, tôi già rồi sợ bị lừa, xin hỏi cho thuê đất thì phải đăng ký ở đâu', expect: SALE_GIFT, who: 'elderly' },
  {
    q: 'Mấy anh em chúng tôi bàn nhau cho doanh nghiệp thuê lại đất trồng cây của ông bà để lại, họ bảo phải làm hợp đồng và đăng ký với nhà nước, vậy làm thế nào ạ',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'cty muon thue dat ruong nha tui trong rau 5 nam thi lam hop dong sao', expect: SALE_GIFT, who: 'rural' },
  { q: 'cho doanh nghiep thue dat nong nghiep co phai dang ky ko', expect: SALE_GIFT, who: 'rural' },
  { q: 'cho thuê quyền sử dụng đất', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Nhà hàng xóm xây bức tường rào lấn sang đất nhà tôi gần một mét, nói mãi không nghe, tôi già rồi không muốn kiện tụng, muốn nhờ xã hòa giải thì nộp đơn thế nào',
    expect: DISPUTE,
    who: 'elderly',
  },
  {
    q: 'Từ hồi ông nhà tôi còn sống hai nhà đã cãi nhau về cái ranh giới hàng rào tre, giờ con hàng xóm đòi phá đi xây lại, tôi muốn làm đơn giải quyết tranh chấp đất',
    expect: DISPUTE,
    who: 'elderly',
  },
  { q: 'Ông hàng xóm nhổ cọc mốc giới giữa hai nhà rồi dựng hàng rào mới lấn vào vườn tôi, các con tôi ở xa hết, xin hỏi nộp đơn ở đâu để được giải quyết ạ', expect: DISPUTE, who: 'elderly' },
  { q: 'hang xom lan ranh xay hang rao qua dat nha tui, lam don o dau', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chap ranh dat voi nha ben canh, xa hoa giai ko dc thi sao', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chấp ranh giới đất với hàng xóm', expect: DISPUTE, who: 'young' },
  {
    q: 'Ruộng lúa nhà tôi được giao từ năm 1993 thời hạn hai mươi năm, rồi lại gia hạn, nay trong sổ ghi sắp hết hạn, tôi sợ nhà nước thu lại, xin hỏi làm thủ tục gia hạn thế nào',
    expect: [FARM_TERM, ...STATE_LEASE],
    who: 'elderly',
  },
  {
    q: 'Tôi có năm sào ruộng được chia theo nghị định 64 hồi đó, cán bộ thôn bảo đất nông nghiệp hết thời hạn sử dụng rồi, phải đi làm lại giấy thì có mất tiền không ạ',
    expect: [FARM_TERM, ...STATE_LEASE],
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi già yếu vẫn cấy mấy sào ruộng khoán, nghe nói thời hạn ghi trên sổ đỏ hết vào năm nay, có phải làm đơn xin tiếp tục sử dụng đất không',
    expect: [FARM_TERM, ...STATE_LEASE],
    who: 'elderly',
  },
  { q: 'dat ruong het han su dung roi thi gia han sao', expect: [FARM_TERM, ...STATE_LEASE], who: 'rural' },
  { q: 'so do ghi thoi han den 2013 gio het han co bi thu hoi ko', expect: [FARM_TERM, ...STATE_LEASE], who: 'rural' },
  { q: 'gia hạn đất nông nghiệp hết hạn', expect: [FARM_TERM, ...STATE_LEASE], who: 'young' },
  { q: 'Ông nội tôi mất từ hồi chiến tranh, để lại mảnh đất cho bố tôi, bố tôi cũng mất rồi, giờ tôi là cháu đích tôn muốn đứng tên mảnh đất đó thì làm thế nào ạ', expect: INHERIT, who: 'elderly' },
  {
    q: 'Bà ngoại tôi trước khi mất có viết di chúc để lại miếng đất cho tôi, di chúc viết tay có chữ ký làm chứng, nay tôi muốn đăng ký sang tên theo di chúc thì làm sao',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'Mảnh đất ông bà nội để lại từ thời Pháp, chưa ai đứng tên, các cô chú đã mất gần hết, con cháu bây giờ muốn làm sổ đỏ chung cho cả họ thì có được không', expect: [FIRST], who: 'elderly' },
  { q: 'dat ong noi de lai chua ai dung ten, chau muon lam so thi sao', expect: [FIRST, ...INHERIT], who: 'rural' },
  { q: 'ba noi co di chuc de dat cho tui, gio sang ten sao', expect: INHERIT, who: 'rural' },
  { q: 'nhận thừa kế đất của ông bà', expect: INHERIT, who: 'young' },
  { q: 'Tôi đã tặng cho con trai cả mảnh đất ở mặt đường từ năm ngoái, nay nó đi làm ăn xa, vợ nó muốn làm sổ riêng, xin hỏi tặng cho đất thì làm giấy ở đâu', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Hai ông bà già chúng tôi muốn làm giấy cho đứt mảnh đất cho đứa con gái út vì nó ở với chúng tôi chăm sóc lúc ốm đau, làm hợp đồng tặng cho ra sao ạ', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Cái sổ đỏ nhà tôi để trong tủ bị mối ăn gần hết, chữ mờ không đọc được, người trong nhà đều già cả, xin hỏi muốn đổi cuốn sổ mới thì phải mang gì', expect: [EXCHANGE], who: 'elderly' },
  { q: 'Năm lũ năm 2020 nước cuốn mất cái hòm đựng giấy tờ, trong đó có sổ đỏ của gia đình, giờ tôi muốn xin cấp lại thì phải đăng báo hay làm đơn gì ạ', expect: [LOST], who: 'elderly' },
  { q: 'lu cuon mat so do roi, xin cap lai dc ko', expect: [LOST], who: 'rural' },
  { q: 'tặng cho đất cho con', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Con cháu đi làm công nhân hết, không ai làm ruộng, tôi tính cho một công ty nông nghiệp thuê ba mẫu đất ruộng trồng chuối trong mấy năm, xin hỏi hợp đồng cho thuê đất có phải ra xã chứng thực không',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  {
    q: 'Tôi tám mươi tuổi rồi, nhà bên cạnh dời cái hàng rào lưới B40 lấn qua phần đất nhà tôi, con cháu tôi đi làm xa, tôi muốn làm đơn yêu cầu ủy ban xã hòa giải tranh chấp đất đai',
    expect: DISPUTE,
    who: 'elderly',
  },
  {
    q: 'Cụ cố nhà tôi để lại mảnh đất hương hỏa cho dòng họ, đời ông tôi rồi đến bố tôi đều ở đó nhưng không có giấy tờ gì, nay tôi muốn đăng ký cấp giấy lần đầu mang tên tôi',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'Mấy chục năm nay tôi ở mảnh đất này, đến khi con tôi đi vay ngân hang mới biết sổ đỏ ghi đất của nhà hàng xóm, số thửa với bản đồ đều sai, xin hỏi làm đơn đính chính sổ ra sao',
    expect: CORRECT,
    who: 'elderly',
  },
];

/** Even positions: may be tuned on. */
export const LAND67_TUNE: readonly CitizenQuery[] = LAND67_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const LAND67_HELD: readonly CitizenQuery[] = LAND67_BATCH.filter((_, i) => i % 2 === 1);

/** Weather, gardening, land prices, feng shui, history books: no procedure answers them. */
export const LAND67_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Đất nhà tôi mấy năm nay bị lún nứt hết cả tường, tôi già rồi muốn hỏi cán bộ năm nay trời mưa nhiều thế thì có bão to không ạ', who: 'elderly' },
  { q: 'Bà cụ nhà tôi chín mươi tuổi thích trồng rau trên mảnh vườn sau nhà, xin hỏi nên bón phân gì cho rau muống tốt', who: 'elderly' },
  { q: 'dat nha tui trong sau rieng bi vang la thi xit thuoc j', who: 'rural' },
  { q: 'gia dat o que tui nam nay len hay xuong vay', who: 'rural' },
  { q: 'cách xem phong thủy hướng đất', who: 'young' },
  { q: 'Ông bà tôi ngày xưa hay kể chuyện cải cách ruộng đất, tôi muốn tìm sách đọc về thời đó thì mua ở đâu ạ', who: 'elderly' },
];
