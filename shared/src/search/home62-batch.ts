import type { CitizenQuery } from './dev-set';
import { AREA, CHANGE_USE, DISPUTE, EXCHANGE, FIRST, INHERIT, LOST, MORTGAGE, PERMIT_NEW, PERMIT_REPAIR, PROJECT_HOUSE, RELEASE, SALE_GIFT, SPLIT_MERGE, TRANSFER } from './land-codes';

/** Registration of a transfer made before 1 Aug 2024 that was never registered (as land51). */
const TRANSFERRED_BEFORE_2024 = '1.012785';
/** Registering a house built on a plot that already has its certificate. */
const ADD_ASSET = '1.013995';
/** Registering to buy, hire-purchase or rent social housing (the commune confirms the housing condition). */
const SOCIAL_REGISTER = '1.014632';
/** The commune's recognition of a low-income worker (a condition for social housing). */
const LOW_INCOME = '3.000412';
/** Sale, hire-purchase or lease of social housing built by a project without public capital. */
const SOCIAL_PROJECT_SALE = '1.115150';
/** Lease or hire-purchase of social housing built by the State. */
const SOCIAL_STATE_RENT = '1.012896';
/** Lease of official-duty housing (local, then central). */
const PUBLIC_SERVICE_RENT = ['1.012891', '1.012889'];
/** Providing urban and rural planning information (including the boundary markers). */
const PLANNING_INFO = '1.014159';

/**
 * Land, housing and planning as families tell it at a commune counter (issue 17, helper session of 7 Dec 2026):
 * 72 labelled queries written in one sitting at 04:43 UTC (docs/search-drafts/home62-draft-20261207T0443Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 24 situations (the first title, a
 * lost book, a worn book, splitting, merging, a gift to a child, an inheritance, a mortgage and its deletion, garden or
 * rice land to residential, a wrong area, a boundary quarrel, buying land, land bought on a handwritten paper, a
 * building permit in a village, repairing or raising a house, a house on land without a title, adding a new house to
 * the book, an apartment bought from a developer, social housing, renting a State house, looking up the plan of a
 * plot, a plot caught in a planned road, planning information) × 3 voices. Labelled afterwards by grepping the crawl,
 * with the codes of land-codes.ts; raising a floor also accepts a new permit; the low-income confirmation is accepted
 * where the story speaks of low income or of a confirmation at the commune. The drafted road-compensation situation
 * went to the no-answer list: the catalogue holds no citizen's procedure for it (as land13/land28/land51).
 */
export const HOME62_BATCH: readonly CitizenQuery[] = [
  { q: 'thưa cô, nhà tôi ở trên mảnh đất ông bà để lại mấy chục năm nay mà chưa bao giờ có bìa đỏ, giờ các con bảo đi làm sổ lần đầu thì phải nộp những gì', expect: [FIRST], who: 'elderly' },
  { q: 'dat nha tui o tu hoi xua toi gio chua co so do, muon lam so lan dau thi sao', expect: [FIRST], who: 'rural' },
  { q: 'làm sổ đỏ lần đầu', expect: [FIRST], who: 'young' },
  { q: 'hôm nước lũ tràn vào nhà cuốn mất cái sổ đỏ của ông nhà tôi, giờ tôi già rồi không biết xin cấp lại sổ thế nào cho các con khỏi lo', expect: [LOST], who: 'elderly' },
  { q: 'so do nha tui bi mat roi tim hoai ko thay, xin cap lai dc ko', expect: [LOST], who: 'rural' },
  { q: 'mất sổ hồng làm lại', expect: [LOST], who: 'young' },
  { q: 'cái bìa đỏ nhà tôi cấp từ năm chín mấy nay đã rách nát, chữ mờ hết cả, tôi muốn đổi sang sổ mới cho đàng hoàng thì làm sao', expect: [EXCHANGE], who: 'elderly' },
  { q: 'so do cu bi rach nat, muon doi qua so moi thi lam giay to j', expect: [EXCHANGE], who: 'rural' },
  { q: 'đổi sổ đỏ cũ sang sổ mới', expect: [EXCHANGE], who: 'young' },
  { q: 'tôi có mảnh đất vườn hơi rộng, muốn cắt ra làm hai phần để mỗi đứa con trai một phần đứng tên riêng, xin hỏi phải làm thủ tục tách thửa ra sao', expect: [SPLIT_MERGE], who: 'elderly' },
  { q: 'muon tach thua dat ra lam 2 so de chia cho 2 dua con', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'tách sổ đỏ', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'hai thửa đất của tôi nằm sát cạnh nhau, mỗi thửa một quyển sổ, nay tôi muốn gộp lại thành một sổ cho tiện việc xây nhà sau này', expect: [SPLIT_MERGE], who: 'elderly' },
  { q: 'co 2 mieng dat lien nhau muon gop lai 1 so thoi', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'gộp 2 sổ đỏ thành 1', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'vợ chồng tôi tuổi đã cao, muốn cho đứa con gái út mảnh đất đang ở để nó đứng tên, phải ra đâu làm giấy tặng cho và sang tên', expect: SALE_GIFT, who: 'elderly' },
  { q: 'ba ma muon cho dat thang con trai, sang ten qua cho no sao', expect: SALE_GIFT, who: 'rural' },
  { q: 'bố mẹ cho đất sang tên con', expect: SALE_GIFT, who: 'young' },
  { q: 'ông nhà tôi mất đã ba năm mà đất vẫn đứng tên ông, mấy mẹ con tôi muốn làm giấy tờ thừa kế để sang tên sổ đỏ cho con trai cả', expect: INHERIT, who: 'elderly' },
  { q: 'cha tui mat roi dat van dung ten ong, anh em muon lam thua ke sang ten', expect: INHERIT, who: 'rural' },
  { q: 'sang tên sổ đỏ thừa kế', expect: INHERIT, who: 'young' },
  { q: 'con trai tôi cần vay ngân hàng ít vốn làm ăn, ngân hàng bảo phải đăng ký thế chấp cái sổ đỏ nhà tôi, vậy phải làm thủ tục ở đâu', expect: [MORTGAGE], who: 'elderly' },
  { q: 'dem so do di the chap vay ngan hang thi dang ky o dau', expect: [MORTGAGE], who: 'rural' },
  { q: 'đăng ký thế chấp sổ đỏ', expect: [MORTGAGE], who: 'young' },
  { q: 'con tôi đã trả hết nợ ngân hàng rồi, ngân hàng trả lại cái sổ đỏ nhưng trên sổ vẫn còn ghi thế chấp, muốn xóa đi thì làm thế nào', expect: [RELEASE], who: 'elderly' },
  { q: 'tra het no ngan hang roi, gio xoa the chap tren so do sao', expect: [RELEASE], who: 'rural' },
  { q: 'xóa thế chấp sổ hồng', expect: [RELEASE], who: 'young' },
  { q: 'nhà tôi có miếng đất vườn liền với nhà, nay muốn chuyển một phần lên đất thổ cư để cất nhà cho vợ chồng thằng út ra ở riêng', expect: CHANGE_USE, who: 'elderly' },
  { q: 'muon chuyen dat ruong len tho cu de cat nha thi lam sao, ton bao nhieu', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển đất vườn lên thổ cư', expect: CHANGE_USE, who: 'young' },
  { q: 'mới đây cán bộ địa chính đo lại thì diện tích đất thực tế nhà tôi khác với số ghi trong bìa đỏ, tôi muốn sửa lại sổ cho đúng với thực tế', expect: AREA, who: 'elderly' },
  { q: 'so do ghi sai dien tich voi thuc te, muon dinh chinh lai', expect: AREA, who: 'rural' },
  { q: 'sổ đỏ sai diện tích', expect: AREA, who: 'young' },
  { q: 'nhà hàng xóm xây tường lấn sang đất nhà tôi gần nửa mét, hai bên nói mãi không xong, tôi muốn nhờ xã đứng ra hòa giải thì phải làm đơn thế nào', expect: DISPUTE, who: 'elderly' },
  { q: 'hang xom lan ranh dat nha tui, muon len xa hoa giai tranh chap', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chấp ranh giới đất hàng xóm', expect: DISPUTE, who: 'young' },
  { q: 'tôi vừa mua được mảnh đất nhỏ của người làng, hai bên đã ra công chứng hợp đồng xong, giờ muốn sang tên sổ đỏ sang tên tôi thì nộp hồ sơ ở đâu', expect: [TRANSFER], who: 'elderly' },
  { q: 'mua dat cong chung roi, gio sang ten so do o dau', expect: [TRANSFER], who: 'rural' },
  { q: 'sang tên sổ đỏ khi mua đất', expect: SALE_GIFT, who: 'young' },
  {
    q: 'hồi trước tôi mua mảnh đất chỉ viết giấy tay với nhau, không công chứng gì, nay người bán đã đi nơi khác, tôi muốn làm sổ đỏ đứng tên mình có được không',
    expect: [FIRST, TRANSFERRED_BEFORE_2024],
    who: 'elderly',
  },
  { q: 'mua dat giay tay tu hoi xua gio muon lam so duoc ko', expect: [FIRST, TRANSFERRED_BEFORE_2024], who: 'rural' },
  { q: 'đất mua giấy tay làm sổ', expect: [FIRST, TRANSFERRED_BEFORE_2024], who: 'young' },
  { q: 'tôi ở quê, định dỡ căn nhà cấp bốn cũ để xây lại nhà hai tầng cho con cháu về ở, không biết ở nông thôn có phải xin giấy phép xây dựng không', expect: [PERMIT_NEW], who: 'elderly' },
  { q: 'cat nha moi o que co can xin giay phep xay dung ko', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'xin giấy phép xây nhà', expect: [PERMIT_NEW], who: 'young' },
  {
    q: 'căn nhà của vợ chồng tôi ở đã lâu, mái dột tường nứt, giờ muốn sửa lại và nâng thêm một tầng thì có phải xin phép sửa chữa cải tạo không',
    expect: [PERMIT_REPAIR, PERMIT_NEW],
    who: 'elderly',
  },
  { q: 'sua nha nang tang co phai xin phep ko', expect: [PERMIT_REPAIR, PERMIT_NEW], who: 'rural' },
  { q: 'giấy phép sửa nhà', expect: [PERMIT_REPAIR], who: 'young' },
  { q: 'nhà tôi xây từ lâu trên mảnh đất chưa có sổ, giờ muốn được chứng nhận cả quyền sử dụng đất lẫn căn nhà trên đó thì phải làm sao', expect: [FIRST], who: 'elderly' },
  { q: 'nha xay tren dat chua co so, gio lam so cho ca dat ca nha', expect: [FIRST], who: 'rural' },
  { q: 'làm sổ cho nhà trên đất chưa có sổ', expect: [FIRST], who: 'young' },
  { q: 'đất nhà tôi có sổ đỏ rồi nhưng căn nhà mới xây sau này chưa có trên sổ, con tôi bảo phải đăng ký thêm nhà vào sổ, vậy làm ở đâu', expect: [ADD_ASSET], who: 'elderly' },
  { q: 'so do chi co dat, nha moi xay chua co tren so, muon bo sung vao', expect: [ADD_ASSET], who: 'rural' },
  { q: 'bổ sung nhà vào sổ đỏ', expect: [ADD_ASSET], who: 'young' },
  { q: 'con gái tôi mua một căn chung cư của chủ đầu tư đã mấy năm mà chưa được cấp sổ hồng, nó nhờ tôi hỏi giùm phải làm sao để có sổ', expect: [PROJECT_HOUSE], who: 'elderly' },
  { q: 'mua can ho chung cu may nam roi chua co so hong', expect: [PROJECT_HOUSE], who: 'rural' },
  { q: 'làm sổ hồng chung cư', expect: [PROJECT_HOUSE], who: 'young' },
  { q: 'vợ chồng con trai tôi làm công nhân, thu nhập thấp, chưa có nhà ở, muốn đăng ký mua nhà ở xã hội thì cần xác nhận giấy tờ gì ở phường', expect: [SOCIAL_REGISTER, LOW_INCOME], who: 'elderly' },
  { q: 'muon mua nha o xa hoi can xac nhan gi o xa', expect: [SOCIAL_REGISTER, LOW_INCOME], who: 'rural' },
  { q: 'mua nhà ở xã hội', expect: [SOCIAL_REGISTER, SOCIAL_PROJECT_SALE], who: 'young' },
  {
    q: 'tôi là người có công, già yếu mà không có nhà, nghe nói nhà nước có nhà cho thuê giá rẻ, tôi muốn xin thuê một căn thì làm đơn ở đâu',
    expect: [SOCIAL_STATE_RENT, SOCIAL_REGISTER],
    who: 'elderly',
  },
  { q: 'xin thue nha cua nha nuoc gia re thi lam sao', expect: [SOCIAL_STATE_RENT, SOCIAL_REGISTER], who: 'rural' },
  { q: 'thuê nhà ở công vụ', expect: PUBLIC_SERVICE_RENT, who: 'young' },
  { q: 'tôi định mua một mảnh đất ở gần chợ nhưng sợ dính quy hoạch, muốn xin xem thông tin quy hoạch của thửa đất đó thì hỏi ở cơ quan nào', expect: [PLANNING_INFO], who: 'elderly' },
  { q: 'muon coi dat co dinh quy hoach ko thi hoi o dau', expect: [PLANNING_INFO], who: 'rural' },
  { q: 'tra cứu quy hoạch thửa đất', expect: [PLANNING_INFO], who: 'young' },
  { q: 'nghe đồn mảnh đất nhà tôi nằm trong quy hoạch mở đường, tôi muốn biết chỉ giới đường đỏ chạy tới đâu để còn tính chuyện xây nhà', expect: [PLANNING_INFO], who: 'elderly' },
  { q: 'dat nha tui nghe noi dinh lo gioi quy hoach duong, muon hoi cho chac', expect: [PLANNING_INFO], who: 'rural' },
  { q: 'chỉ giới đường đỏ', expect: [PLANNING_INFO], who: 'young' },
  { q: 'xin hỏi cô, muốn xin văn bản cung cấp thông tin quy hoạch xây dựng khu đất để làm hồ sơ xin phép xây nhà thì nộp đơn ở đâu', expect: [PLANNING_INFO], who: 'elderly' },
  { q: 'xin giay cung cap thong tin quy hoach de xay nha', expect: [PLANNING_INFO], who: 'rural' },
  { q: 'cung cấp thông tin quy hoạch', expect: [PLANNING_INFO], who: 'young' },
];

/** Even positions: may be tuned on. */
export const HOME62_TUNE: readonly CitizenQuery[] = HOME62_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const HOME62_HELD: readonly CitizenQuery[] = HOME62_BATCH.filter((_, i) => i % 2 === 1);

/** Compensation for land recovered by the State, land prices, builders, loans, feng shui and a neighbour's tree. */
export const HOME62_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'nhà nước làm đường lớn đi qua, thu hồi mất một phần đất ruộng của gia đình tôi, tôi muốn hỏi chuyện đền bù và hỗ trợ thì làm hồ sơ ở đâu', who: 'elderly' },
  { q: 'dat bi giai toa lam duong, den bu bao nhieu, lam ho so o dau', who: 'rural' },
  { q: 'bồi thường đất bị thu hồi', who: 'young' },
  { q: 'giá đất ở làng tôi bây giờ bao nhiêu một mét vuông, tôi định bán bớt mảnh vườn lấy tiền chữa bệnh', who: 'elderly' },
  { q: 'tim tho xay nha uy tin o que gia re', who: 'rural' },
  { q: 'lãi suất vay mua nhà', who: 'young' },
  { q: 'tôi muốn hỏi xây nhà hướng nào thì hợp tuổi ông nhà tôi, năm nay ông sáu mươi tám tuổi', who: 'elderly' },
  { q: 'cay nha hang xom do la qua san nha tui hoai', who: 'rural' },
  { q: 'môi giới bán đất uy tín', who: 'young' },
];
