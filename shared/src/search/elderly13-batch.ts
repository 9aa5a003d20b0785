import type { CitizenQuery } from './dev-set';
import { AREA, CHANGE_USE, CONTRACT, CORRECT, DISPUTE, EXCHANGE, FIRST, INHERIT, LOST, MORTGAGE, PERMIT_NEW, PERMIT_REPAIR, RELEASE, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

const WILL = '2.001019';
const REFUSE_ESTATE = '2.001016';
const COUPLE = '1.013980';
const HOUSE_ADDED = '1.013995';
const PLAN_INFO = '1.014159';
const MAP_DATA = '1.011671';
const RESETTLED_DEBT = '1.012995';
const SIGNATURE = '2.000884';
const PROPERTY_TAX = '1.007674';
const REGISTRATION_FEE = '1.007277';

/**
 * Land, house and inheritance as an old person tells them, the elderly voice's thirteenth round (issue 17, helper
 * session of 6 Dec 2026): 70 questions written in one sitting at 19:33 UTC
 * (docs/search-drafts/elderly13-draft-20261206T1933Z.txt), before any procedure name was grepped and before the engine
 * was run on them. Twenty needs in three voices each (elderly: long polite stories with kinship, ages, floods, mould,
 * a martyr's widow, old names such as bằng khoán điền thổ, thổ cư, sổ hồng; rural: no marks, southern "tui", "ma",
 * "cất nhà", "nuôi heo", "ranh", "vô"; young: short, "ntn", "tách sổ", "sổ hồng"), then ten more in the elderly voice
 * only (swapping fields with a neighbour, adding a wife's name, a son abroad authorising a sale, a re-measured area,
 * a Central "mệ ... ở mô ... rứa", fees and tax on a gift to a child, resettlement).
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * with the codes of land-codes.ts and the labels earlier batches gave the same acts: dividing a plot among children is
 * the split and the transfer; selling part of a garden the split, the transfer and the contract's attestation; land
 * held on a bằng khoán a first certificate; a re-measured area the area codes; rebuilding a whole house a new permit
 * (a "xây lại" with nothing more also the repair permit, as land28 did); a power of attorney to sell land a certified
 * land transaction or a certified signature (as elderly11 did). Judgement call: a poor martyr's widow asking to owe
 * the land-use levy accepts the first certificate (the debt is asked for in its dossier) and the one procedure named
 * for owing the levy, though that one is for resettled households (fields27 labelled the same need with it). Four have
 * no procedure (compensation for land taken for a road, a complaint against it, resettlement land):
 * ELDERLY13_NO_ANSWER. Split by alternation into ELDERLY13_TUNE (tuned on) and ELDERLY13_HELD.
 */
export const ELDERLY13_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, ông bà tôi già rồi, có mảnh đất hơn năm trăm mét vuông, giờ muốn chia làm ba phần cho ba đứa con trai mỗi đứa một sổ riêng thì phải làm những thủ tục gì, đo đạc tách thửa ở đâu ạ',
    expect: [SPLIT_MERGE, TRANSFER],
    who: 'elderly',
  },
  { q: 'ba ma tui gia roi muon chia mieng dat ra cho 3 anh em moi nguoi 1 so rieng thi lam tach thua o dau vay', expect: [SPLIT_MERGE, TRANSFER], who: 'rural' },
  { q: 'tách sổ đỏ chia đất cho các con thủ tục ntn', expect: [SPLIT_MERGE, TRANSFER], who: 'young' },
  {
    q: 'Dạ cho bà hỏi, bà muốn cho đứa con gái út cái mảnh đất vườn sau nhà để nó cất nhà ở, làm giấy tặng cho rồi sang tên sổ đỏ cho nó thì làm ở đâu, có phải đóng thuế không cháu',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'me cho con trai mieng dat, lam hop dong tang cho roi sang ten so do cho no o dau, co mat thue khong', expect: SALE_GIFT, who: 'rural' },
  { q: 'bố mẹ tặng cho đất con sang tên sổ đỏ cần giấy tờ gì', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Thưa chú, hồi tháng trước nhà tôi bị lũ cuốn trôi hết đồ đạc, cái sổ đỏ của ông bà để trong tủ cũng mất luôn, giờ tôi xin làm lại cái sổ khác thì phải làm sao ạ',
    expect: [LOST],
    who: 'elderly',
  },
  { q: 'nha tui bi chay mat cai so do roi, gio xin cap lai so do o dau, bao lau thi co', expect: [LOST], who: 'rural' },
  { q: 'mất sổ đỏ xin cấp lại', expect: [LOST], who: 'young' },
  { q: 'Cái sổ đỏ nhà tôi cấp từ năm chín mấy, để lâu ngày bị ẩm mốc, rách mất một góc, chữ nhòe không đọc được nữa, giờ tôi muốn đổi lấy sổ mới thì nộp ở đâu ạ', expect: [EXCHANGE], who: 'elderly' },
  { q: 'so hong nha tui bi uot nuoc rach het, chu mo khong doc duoc, doi so moi thi lam sao', expect: [EXCHANGE], who: 'rural' },
  { q: 'sổ hồng bị rách nát muốn đổi sổ mới', expect: [EXCHANGE], who: 'young' },
  { q: 'Dạ thưa anh, cái sổ đỏ của tôi ghi sai năm sinh, tôi sinh năm 1948 mà trong sổ ghi 1946, tên đệm cũng viết sai, giờ muốn sửa lại cho đúng thì làm thế nào ạ', expect: CORRECT, who: 'elderly' },
  { q: 'so do ghi sai ten ba tui, thieu dau, gio muon sua lai cho dung thi lam o dau', expect: CORRECT, who: 'rural' },
  { q: 'sổ đỏ ghi sai thông tin đính chính ở đâu', expect: CORRECT, who: 'young' },
  {
    q: 'Ông nhà tôi mất được ba năm rồi, cái sổ đỏ vẫn đứng tên ông ấy, giờ bà muốn làm thủ tục thừa kế để sang tên lại cho bà với các con thì phải ra đâu làm, cần những giấy gì ạ',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'ong xa tui mat roi, so do con dung ten ong, gio sang ten lai cho tui thi lam thua ke sao', expect: INHERIT, who: 'rural' },
  { q: 'sang tên sổ đỏ khi bố mất thừa kế không di chúc', expect: INHERIT, who: 'young' },
  {
    q: 'Mảnh đất nhà tôi ở từ thời ông cố để lại, chỉ có tờ bằng khoán điền thổ từ thời chế độ cũ, chưa bao giờ được cấp sổ đỏ, giờ tôi muốn làm sổ lần đầu thì có được không, mất bao nhiêu tiền ạ',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'dat ong ba de lai chi co giay tay voi bang khoan cu, chua co so, gio lam so do lan dau o dau', expect: [FIRST], who: 'rural' },
  { q: 'đất chưa có sổ làm sổ đỏ lần đầu', expect: [FIRST], who: 'young' },
  {
    q: 'Cho tôi hỏi, tôi già rồi không làm vườn nổi nữa, muốn bán bớt một phần mảnh vườn chừng hai trăm mét cho người trong xóm, thì phải tách sổ rồi ra công chứng hợp đồng mua bán thế nào ạ',
    expect: [SPLIT_MERGE, ...SALE_GIFT],
    who: 'elderly',
  },
  { q: 'tui muon ban bot 1 phan dat vuon cho nguoi ta, tach so roi cong chung hop dong chuyen nhuong o dau', expect: [SPLIT_MERGE, ...SALE_GIFT], who: 'rural' },
  { q: 'bán một phần đất tách thửa sang tên người mua', expect: [SPLIT_MERGE, ...SALE_GIFT], who: 'young' },
  {
    q: 'Dạ thưa cô, nhà tôi có sào ruộng lúa ở ngoài đồng gần đường, giờ thằng con trai lấy vợ muốn xây nhà trên đó, phải xin chuyển lên đất ở thì làm đơn ở đâu, tiền nộp nhiều không ạ',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'xin chuyen dat ruong len dat tho cu de cat nha cho con thi lam sao, dong bao nhieu tien', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển đất nông nghiệp sang đất ở thủ tục', expect: CHANGE_USE, who: 'young' },
  { q: 'Thưa chú, nhà hàng xóm xây tường rào lấn sang đất nhà tôi gần một mét, tôi nói mãi họ không nghe, giờ tôi muốn làm đơn nhờ xã hòa giải thì làm ở đâu ạ', expect: DISPUTE, who: 'elderly' },
  { q: 'nha ben canh lan ranh dat nha tui, cai nhau hoai, lam don len xa giai quyet tranh chap ra sao', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chấp ranh giới đất với hàng xóm hòa giải ở đâu', expect: DISPUTE, who: 'young' },
  {
    q: 'Cho tôi hỏi, nhà tôi là nhà cấp bốn cũ lắm rồi, các con gửi tiền về muốn phá đi xây lại nhà hai tầng cho ông bà ở, có phải xin giấy phép xây dựng không, xin ở đâu ạ',
    expect: [PERMIT_NEW],
    who: 'elderly',
  },
  { q: 'tui muon cat nha moi tren nen dat cu, xin giay phep xay dung o dau, lau khong', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'xin giấy phép xây nhà 3 tầng', expect: [PERMIT_NEW], who: 'young' },
  { q: 'Dạ nhà tôi mái ngói bị dột, tường nứt, tôi muốn sửa lại mái, nâng nền cho khỏi ngập, có phải xin phép sửa chữa nhà không ạ', expect: [PERMIT_REPAIR], who: 'elderly' },
  { q: 'nha bi dot muon sua lai mai voi nang nen, co phai xin phep sua chua khong', expect: [PERMIT_REPAIR], who: 'rural' },
  { q: 'sửa chữa cải tạo nhà có cần xin phép', expect: [PERMIT_REPAIR], who: 'young' },
  {
    q: 'Tôi năm nay tám mươi hai tuổi rồi, muốn viết di chúc để lại nhà đất cho các con cho khỏi tranh giành sau này, thì làm ở xã có được không, hay phải ra văn phòng công chứng ạ',
    expect: [WILL],
    who: 'elderly',
  },
  { q: 'ong noi tui muon lam di chuc de lai dat cho con chau, chung thuc di chuc o xa duoc khong', expect: [WILL], who: 'rural' },
  { q: 'lập di chúc công chứng ở đâu', expect: [WILL], who: 'young' },
  {
    q: 'Mẹ tôi mất để lại miếng đất, tôi là con gái đã đi lấy chồng xa, không muốn nhận phần của mình mà để cho em trai ở quê thờ cúng, thì làm giấy từ chối nhận thừa kế ở đâu ạ',
    expect: [REFUSE_ESTATE],
    who: 'elderly',
  },
  { q: 'tui khong nhan phan dat cua ma de lai, nhuong cho em trai, lam giay tu choi thua ke o dau', expect: [REFUSE_ESTATE], who: 'rural' },
  { q: 'văn bản từ chối nhận di sản thừa kế', expect: [REFUSE_ESTATE], who: 'young' },
  {
    q: 'Dạ thằng con tôi muốn vay ngân hàng để làm ăn, nhờ bố mẹ đem sổ đỏ đi thế chấp, ngân hàng bảo phải đăng ký thế chấp ở văn phòng đất đai, vậy làm như thế nào ạ',
    expect: [MORTGAGE],
    who: 'elderly',
  },
  { q: 'dem so do di the chap ngan hang vay von nuoi heo, dang ky the chap o dau', expect: [MORTGAGE], who: 'rural' },
  { q: 'đăng ký thế chấp sổ đỏ vay ngân hàng', expect: [MORTGAGE], who: 'young' },
  {
    q: 'Cho bà hỏi, bà vay ngân hàng chính sách trả hết nợ rồi, ngân hàng trả lại sổ đỏ, nhưng trong sổ vẫn còn ghi đang thế chấp, giờ muốn xóa cái đó đi thì làm ở đâu cháu',
    expect: [RELEASE],
    who: 'elderly',
  },
  { q: 'tra het no ngan hang roi, lay so do ve, gio xoa the chap tren so o dau', expect: [RELEASE], who: 'rural' },
  { q: 'xóa đăng ký thế chấp sau khi trả nợ', expect: [RELEASE], who: 'young' },
  {
    q: 'Dạ sổ đỏ nhà tôi cấp từ hồi chỉ có đất trống, nay đã xây nhà ở mười mấy năm rồi, con cháu bảo phải đưa cái nhà vào sổ, vậy bổ sung nhà vào sổ đỏ làm thế nào ạ',
    expect: [HOUSE_ADDED],
    who: 'elderly',
  },
  { q: 'so do chi co dat, gio cat nha roi muon dua nha vo so thi lam sao', expect: [HOUSE_ADDED], who: 'rural' },
  { q: 'bổ sung tài sản nhà ở vào sổ đỏ', expect: [HOUSE_ADDED], who: 'young' },
  {
    q: 'Cho tôi hỏi, tôi định mua miếng đất cho đứa cháu, nghe đồn chỗ đó dính quy hoạch làm đường, giờ muốn xem thông tin thửa đất, xin bản đồ địa chính thì hỏi ở đâu ạ',
    expect: [PLAN_INFO, MAP_DATA],
    who: 'elderly',
  },
  { q: 'muon coi mieng dat co dinh quy hoach khong, xin trich luc ban do dia chinh o dau', expect: [PLAN_INFO, MAP_DATA], who: 'rural' },
  { q: 'tra cứu thông tin quy hoạch thửa đất', expect: [PLAN_INFO], who: 'young' },
  {
    q: 'Tôi là vợ liệt sĩ, nhà nghèo, được cấp sổ đỏ mà chưa có tiền nộp tiền sử dụng đất, nghe nói được ghi nợ hoặc được miễn giảm thì làm đơn ở đâu ạ',
    expect: [FIRST, RESETTLED_DEBT],
    who: 'elderly',
  },
  { q: 'nha ngheo chua co tien dong tien su dung dat, xin ghi no duoc khong', expect: [FIRST, RESETTLED_DEBT], who: 'rural' },
  { q: 'ghi nợ tiền sử dụng đất', expect: [FIRST, RESETTLED_DEBT], who: 'young' },
  { q: 'Nhà tôi với nhà ông bên cạnh có hai thửa ruộng nằm xen nhau, hai bên muốn đổi ruộng cho nhau để liền bờ dễ cày cấy, thì làm giấy tờ chuyển đổi ở đâu ạ', expect: SALE_GIFT, who: 'elderly' },
  { q: 'Hồi được cấp sổ đỏ chỉ có tên ông nhà tôi, giờ tôi muốn ghi thêm tên tôi vào sổ cho cả hai vợ chồng cùng đứng tên thì làm sao ạ', expect: [COUPLE, CONTRACT], who: 'elderly' },
  { q: 'Dạ tôi có mảnh đất vườn trong xóm, muốn chuyển sang đất thổ cư để sau này chia cho con cất nhà, thì làm đơn xin ở đâu, đóng bao nhiêu tiền một mét ạ', expect: CHANGE_USE, who: 'elderly' },
  { q: 'Thưa cô, con trai tôi ở nước ngoài không về được, nó muốn ủy quyền cho tôi đứng ra bán mảnh đất đứng tên nó, vậy làm giấy ủy quyền thế nào ạ', expect: [CONTRACT, SIGNATURE], who: 'elderly' },
  {
    q: 'Bố mẹ tôi mất có để lại di chúc chia đất cho anh em, giờ anh em chúng tôi ra khai nhận di sản theo di chúc thì ở đâu làm, có phải cả nhà cùng có mặt không ạ',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'Xã đo đạc lại thấy đất nhà tôi thực tế nhiều hơn trong sổ đỏ mấy chục mét, giờ muốn làm lại sổ cho đúng diện tích thì làm thế nào ạ', expect: AREA, who: 'elderly' },
  { q: 'Mệ hỏi chút, nhà mệ ở trong kiệt muốn xây lại cái nhà, xin giấy phép xây dựng ở mô, mất bao lâu rứa con', expect: [PERMIT_NEW, PERMIT_REPAIR], who: 'elderly' },
  {
    q: 'Dạ cho tôi hỏi, cái bằng khoán của ba má tôi để lại đứng tên ba, ba má mất hết rồi, giờ mấy anh em muốn làm giấy chứng nhận và chia đất thì phải làm sao',
    expect: [FIRST, ...INHERIT, SPLIT_MERGE],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn hỏi làm thủ tục sang tên sổ đỏ cho con thì mất bao nhiêu ngày, lệ phí trước bạ với thuế thu nhập có được miễn không vì là bố mẹ cho con',
    expect: [...SALE_GIFT, REGISTRATION_FEE, PROPERTY_TAX],
    who: 'elderly',
  },
];

export const ELDERLY13_TUNE = ELDERLY13_BATCH.filter((_, i) => i % 2 === 0);
export const ELDERLY13_HELD = ELDERLY13_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (see the header). */
export const ELDERLY13_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Nhà nước làm đường lấy mất của nhà tôi gần nửa mảnh vườn, mà tiền đền bù tôi thấy thấp quá so với giá ngoài, giờ tôi muốn làm đơn khiếu nại thì gửi ở đâu ạ', who: 'elderly' },
  { q: 'dat bi thu hoi lam duong, tien den bu it qua, khieu nai o dau', who: 'rural' },
  { q: 'khiếu nại bồi thường giải phóng mặt bằng', who: 'young' },
  { q: 'Ông bà nội tôi ngày xưa ở đây mấy chục năm, giờ nhà nước lấy đất làm khu công nghiệp, có được cấp đất tái định cư không, hỏi ở đâu ạ', who: 'elderly' },
];
