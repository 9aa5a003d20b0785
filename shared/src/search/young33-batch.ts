import type { CitizenQuery } from './dev-set';

/**
 * Young adults' errands in the three voices, weighted to the young voice (issue 17, helper session of 6 Dec 2026):
 * 70 queries written in one sitting at 19:27 UTC (docs/search-drafts/young33-draft-20261206T1927Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 20 needs told once in each voice, elderly (a parent
 * or grandparent asking for a child: a bubble-tea shop, a bakery, a scholarship to Japan), rural (no diacritics,
 * "tiem", "bam bien", "con moi de") and young (hkd, dkkd, mst, lltp, cccd, gpxd, atvstp, idp, "online", "update",
 * "form", "apply"), plus 10 young-only needs (a pause, a dissolution, a PET licence, a single-status paper, …).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * biz17, resid30, civil29 and social31: every level of a procedure the catalogue lists; a company founded by friends
 * accepts both TNHH registrations, one told as "một thành viên" only that one; an invoice for a household business
 * accepts both the per-sale invoice from the tax office and the e-invoice registration; a café's or bakery's
 * food-safety certificate is the one such certificate the catalogue holds (2.001827); a card after moving house accepts
 * the card change and the update of the card's details; a second-hand vehicle accepts the transfer and the withdrawal
 * of the seller's registration; a newborn's card accepts the birth liên thông too; a renewed passport is a new
 * passport. Every need has an answer, so YOUNG33_NO_ANSWER is empty. Split by alternation into YOUNG33_TUNE and
 * YOUNG33_HELD.
 */
const HKD_NEW = ['1.001612'];
const HKD_PAUSE = ['1.001570'];
const TNHH_ONE = ['2.001583'];
const TNHH = [...TNHH_ONE, '2.001199'];
const DN_CHANGE = ['2.002041'];
const DN_REPRESENTATIVE = ['2.002011'];
const DN_DISSOLVE = ['2.002023'];
const TAX_PERSON = ['1.008498'];
const INVOICE = ['1.010339', '1.010337'];
const FOOD_SAFETY = ['2.001827'];
const PASSPORT = ['1.001456', '1.001471'];
const LLTP = ['3.000333'];
const CARD_MOVED = ['1.014063', '2.001195', '1.000889', '1.014060'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const TAM_TRU = ['1.004194'];
const THUONG_TRU = ['1.004222'];
const REG_FIRST = ['1.013067', '1.012575', '1.013066'];
const SANG_TEN = ['1.013076', '1.013123'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_INTERNATIONAL = ['3.000353'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const KET_HON = ['1.000894'];
const SINGLE = ['1.004873'];
const KS = ['1.001193', '2.000986', '2.001023'];
const KS_COPY = ['2.000635'];
const SAO_Y = ['2.000815'];
const BHXH_ONCE = ['1.001613'];
const BUILD = ['1.013225'];
const REBUILD = [...BUILD, '1.013229'];

export const YOUNG33_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, con gái tôi muốn mở cái tiệm bán trà sữa nhỏ ở trước nhà, nghe nói phải đăng ký hộ kinh doanh, nó nhờ tôi hỏi giùm phải làm giấy tờ gì ạ',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'muon mo tiem tap hoa nho o nha thi dang ky kinh doanh ho ca the o dau', expect: HKD_NEW, who: 'rural' },
  { q: 'dk hkd online cần gì', expect: HKD_NEW, who: 'young' },
  {
    q: 'Cháu trai tôi với mấy đứa bạn góp vốn muốn lập một công ty nhỏ làm phần mềm, bác hỏi giúp thủ tục thành lập công ty trách nhiệm hữu hạn thế nào',
    expect: TNHH,
    who: 'elderly',
  },
  { q: 'thanh lap cong ty tnhh mot thanh vien can giay to gi, lam o dau', expect: TNHH_ONE, who: 'rural' },
  { q: 'thanh lap cty tnhh 1tv online bao lau co dkkd', expect: TNHH_ONE, who: 'young' },
  {
    q: 'Công ty của con tôi vừa dọn văn phòng sang quận khác, người ta bảo phải khai báo đổi địa chỉ trụ sở, việc đó làm ở đâu ạ',
    expect: DN_CHANGE,
    who: 'elderly',
  },
  {
    q: 'cong ty chuyen van phong sang cho khac thi phai bao doi dia chi tru so khong',
    expect: DN_CHANGE,
    who: 'rural',
  },
  { q: 'update địa chỉ trụ sở cty trên dkkd', expect: DN_CHANGE, who: 'young' },
  {
    q: 'Ông giám đốc cũ của công ty nghỉ rồi, giờ em tôi lên làm giám đốc thay, thì có phải đi đăng ký đổi người đại diện theo pháp luật không cô',
    expect: DN_REPRESENTATIVE,
    who: 'elderly',
  },
  { q: 'doi nguoi dai dien phap luat cong ty thi nop ho so o dau', expect: DN_REPRESENTATIVE, who: 'rural' },
  { q: 'thay đổi người đại diện pháp luật cty cần form gì', expect: DN_REPRESENTATIVE, who: 'young' },
  {
    q: 'Tôi mới đi làm lần đầu cho một công ty, kế toán bảo phải có mã số thuế cá nhân, tôi tự đi đăng ký thì lên chi cục thuế phải không ạ',
    expect: TAX_PERSON,
    who: 'elderly',
  },
  { q: 'dang ky ma so thue ca nhan lam sao', expect: TAX_PERSON, who: 'rural' },
  { q: 'dk mst ca nhan online', expect: TAX_PERSON, who: 'young' },
  {
    q: 'Cửa hàng nhà tôi bán vật liệu xây dựng, khách lấy hàng đòi xuất hóa đơn đỏ, mà hộ kinh doanh như tôi thì xin hóa đơn ở đâu',
    expect: INVOICE,
    who: 'elderly',
  },
  { q: 'ho kinh doanh muon xuat hoa don cho khach thi xin o chi cuc thue', expect: INVOICE, who: 'rural' },
  { q: 'đăng ký dùng hóa đơn điện tử cho hkd', expect: INVOICE, who: 'young' },
  {
    q: 'Con gái tôi mở tiệm bánh mì bánh ngọt, bên phường nói phải có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, xin ở đâu ạ',
    expect: FOOD_SAFETY,
    who: 'elderly',
  },
  { q: 'mo quan ca phe co can giay an toan ve sinh thuc pham khong, xin o dau', expect: FOOD_SAFETY, who: 'rural' },
  { q: 'xin giấy atvstp cho quán cafe', expect: FOOD_SAFETY, who: 'young' },
  {
    q: 'Cháu nội tôi thi đậu học bổng đi du học bên Nhật, giờ cần làm hộ chiếu lần đầu, làm ở công an tỉnh phải không ạ',
    expect: PASSPORT,
    who: 'elderly',
  },
  { q: 'lam ho chieu cho con di du hoc, lam o dau bao lau co', expect: PASSPORT, who: 'rural' },
  { q: 'làm passport online đi du học', expect: PASSPORT, who: 'young' },
  {
    q: 'Công ty người ta nhận thằng cháu tôi vào làm nhưng bắt nộp giấy lý lịch tư pháp, tức là giấy chứng nhận không có tiền án, xin ở đâu ạ',
    expect: LLTP,
    who: 'elderly',
  },
  { q: 'xin phieu ly lich tu phap de nop di xin viec', expect: LLTP, who: 'rural' },
  { q: 'lltp so 1 xin online mat bao lau', expect: LLTP, who: 'young' },
  {
    q: 'Tôi mới chuyển về ở nhà con trai, đã nhập hộ khẩu mới rồi, thì cái thẻ căn cước cũ ghi nơi thường trú cũ có phải đổi không',
    expect: CARD_MOVED,
    who: 'elderly',
  },
  { q: 'chuyen nha roi thi doi dia chi tren can cuoc cong dan o dau', expect: CARD_MOVED, who: 'rural' },
  { q: 'cccd đổi địa chỉ thường trú sau khi chuyển nhà', expect: CARD_MOVED, who: 'young' },
  {
    q: 'Cháu tôi lên thành phố đi học, thuê phòng trọ ở, chủ nhà bảo phải đăng ký tạm trú với công an phường, thủ tục thế nào ạ',
    expect: TAM_TRU,
    who: 'elderly',
  },
  { q: 'o tro thi dang ky tam tru can giay to gi', expect: TAM_TRU, who: 'rural' },
  { q: 'đk tạm trú phòng trọ online trên vneid', expect: TAM_TRU, who: 'young' },
  {
    q: 'Thằng con tôi vừa mua chiếc xe máy mới ở cửa hàng, muốn đi làm biển số và giấy đăng ký xe thì tới công an nào ạ',
    expect: REG_FIRST,
    who: 'elderly',
  },
  { q: 'mua xe may moi can lam giay to xe bam bien so o dau', expect: REG_FIRST, who: 'rural' },
  { q: 'dk xe may moi bam bien online', expect: REG_FIRST, who: 'young' },
  {
    q: 'Tôi mua lại chiếc ô tô cũ của người quen ở tỉnh khác, giờ muốn làm thủ tục sang tên đổi chủ cho đứng tên mình thì làm sao',
    expect: SANG_TEN,
    who: 'elderly',
  },
  { q: 'mua xe cu lai cua nguoi ta, sang ten xe may thi lam sao', expect: SANG_TEN, who: 'rural' },
  { q: 'sang tên xe cũ mua lại thủ tục + phí', expect: SANG_TEN, who: 'young' },
  {
    q: 'Con tôi sắp sang Úc du lịch, muốn lái xe bên đó thì phải đổi bằng lái quốc tế, làm ở đâu ạ',
    expect: LICENCE_INTERNATIONAL,
    who: 'elderly',
  },
  { q: 'doi bang lai xe quoc te de di nuoc ngoai lam o dau', expect: LICENCE_INTERNATIONAL, who: 'rural' },
  { q: 'cấp idp (gplx quốc tế) online', expect: LICENCE_INTERNATIONAL, who: 'young' },
  {
    q: 'Nhà tôi mới có cháu nội, bố mẹ cháu bận quá, ông bà muốn đi làm thẻ bảo hiểm y tế cho cháu dưới sáu tuổi thì mang giấy gì',
    expect: BHYT_CHILD,
    who: 'elderly',
  },
  { q: 'con moi de lam the bao hiem y te cho tre em duoi 6 tuoi', expect: BHYT_CHILD, who: 'rural' },
  { q: 'làm bhyt cho bé sơ sinh có cần giấy khai sinh trước không', expect: BHYT_CHILD, who: 'young' },
  {
    q: 'Con trai tôi với bạn gái muốn đăng ký kết hôn, hai đứa ở hai xã khác nhau thì ra xã nào làm giấy hôn thú ạ',
    expect: KET_HON,
    who: 'elderly',
  },
  { q: 'dang ky ket hon can mang giay gi ra xa', expect: KET_HON, who: 'rural' },
  { q: 'dkkh cần gì, bao lâu xong', expect: KET_HON, who: 'young' },
  {
    q: 'Con dâu tôi mới sinh cháu được mười ngày, nghe nói giờ làm giấy khai sinh trên mạng được, ông bà không rành thì làm thế nào',
    expect: KS,
    who: 'elderly',
  },
  { q: 'lam giay khai sinh cho con moi de o dau, can giay chung sinh khong', expect: KS, who: 'rural' },
  { q: 'đk khai sinh online cho bé trên dvc', expect: KS, who: 'young' },
  {
    q: 'Cháu tôi xin việc cần mấy bản sao bằng đại học có công chứng, cô cho hỏi chứng thực bản sao ở phường có được không',
    expect: SAO_Y,
    who: 'elderly',
  },
  { q: 'cong chung bang tot nghiep photo o xa bao nhieu tien mot ban', expect: SAO_Y, who: 'rural' },
  { q: 'chứng thực bản sao bằng đh phí bao nhiêu', expect: SAO_Y, who: 'young' },
  {
    q: 'Tôi nghỉ làm công nhân ở khu công nghiệp đã hơn một năm, muốn rút tiền bảo hiểm xã hội một lần thì làm giấy tờ gì',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  { q: 'nghi viec roi lanh bhxh mot lan o dau', expect: BHXH_ONCE, who: 'rural' },
  { q: 'nghỉ việc rồi muốn lấy bhxh 1 lần, apply thế nào', expect: BHXH_ONCE, who: 'young' },
  {
    q: 'Bố mẹ tôi muốn phá căn nhà cấp bốn cũ để xây lại nhà hai tầng trên đất ở quê, có phải xin giấy phép xây dựng không',
    expect: REBUILD,
    who: 'elderly',
  },
  { q: 'xay nha o que co can xin giay phep xay dung khong, xin o dau', expect: BUILD, who: 'rural' },
  { q: 'xin gpxd nha o rieng le cho bo me can ho so gi', expect: BUILD, who: 'young' },
  { q: 'tạm ngừng kinh doanh hkd 6 tháng', expect: HKD_PAUSE, who: 'young' },
  { q: 'giai the cty tnhh 1tv thu tuc', expect: DN_DISSOLVE, who: 'young' },
  { q: 'đổi gplx giấy sang thẻ pet online', expect: LICENCE_CHANGE, who: 'young' },
  { q: 'xin giấy xác nhận độc thân để dkkh', expect: SINGLE, who: 'young' },
  { q: 'cccd bi mat lam lai can gi', expect: CARD_LOST, who: 'young' },
  { q: 'trích lục khai sinh bản sao online', expect: KS_COPY, who: 'young' },
  { q: 'thay đổi ngành nghề kinh doanh trên dkkd', expect: DN_CHANGE, who: 'young' },
  { q: 'dk thuong tru nha moi mua', expect: THUONG_TRU, who: 'young' },
  { q: 'gia hạn passport hết hạn', expect: PASSPORT, who: 'young' },
  { q: 'đổi tên cty check trùng tên ở đâu', expect: DN_CHANGE, who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const YOUNG33_TUNE: readonly CitizenQuery[] = YOUNG33_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const YOUNG33_HELD: readonly CitizenQuery[] = YOUNG33_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: none in this batch. */
export const YOUNG33_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
