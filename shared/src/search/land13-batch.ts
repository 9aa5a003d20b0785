import type { CitizenQuery } from './dev-set';

/**
 * The three voices' thirteenth round on land, housing and building (issue 17, helper session of 6 Dec 2026): 92
 * queries written in one sitting at 11:46 UTC (docs/search-drafts/land13-draft-20261206T1146Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 46 elderly (long, polite stories with family,
 * years, places and reasons), 23 rural (no diacritics, "đất thổ", "miếng đất", "ruộng", "cất nhà", "giải tỏa") and
 * 23 young (short, "gcn", "qsdđ", "tt", "gpxd", "bđs"). Fields: sổ đỏ/sổ hồng (first, lost, exchanged, corrected,
 * a house added), sale, gift, inheritance, tách/hợp thửa, change of use, mortgage and its release, boundary and path
 * disputes, leasing, building permits, housing for the poor, the taxes and fees on these.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * the labels earlier sets gave the same situations: every procedure a counter clerk would accept. A gift or sale
 * accepts the registration of the change, the contract's attestation and, when tax is asked, the income-tax
 * declaration; an inheritance accepts the registration and the estate-division attestation; old bằng khoán are not a
 * certificate, so they expect the first certificate. Seven have no procedure in the catalogue (compensation for
 * recovered land and complaints about it, a house number, a "no dispute" certificate): LAND13_NO_ANSWER. Split by
 * alternation into LAND13_TUNE and LAND13_HELD.
 */
const FIRST = '1.013978';
const LOST = '1.012786';
const EXCHANGE = '1.012783';
const CORRECT = ['1.012790', '1.012796'];
const CHANGE_INFO = '1.013833';
const TRANSFER = '1.013831';
const CONTRACT = '2.001035';
const SIGNATURE = '2.000884';
const PROJECT_HOUSE = '1.012787';
const SPLIT_MERGE = '1.012784';
const CHANGE_USE = ['1.013949', '1.013823', '1.013992'];
const STATE_LEASE = ['1.013949', '1.013823'];
const MORTGAGE = '1.011441';
const RELEASE = '1.011443';
const MEDIATE = '1.012812';
const DISPUTE = [MEDIATE, '1.013967'];
const PERMIT_NEW = '1.013225';
const PERMIT_REPAIR = '1.013229';
const PERMIT_EXTEND = ['1.013227', '1.013233'];
const SOCIAL_HOUSING = '1.014632';
const POOR_HOUSING = [SOCIAL_HOUSING, '6.001435'];
const PROPERTY_TAX = '1.007674';
const REGISTRATION_FEE = '1.007277';
const LAND_TAX = '1.007695';
const LEASE_TAX = '1.007689';
const WILL = '2.001019';
const ESTATE = '2.001406';
const REFUSE_ESTATE = '2.001016';
const PLAN_INFO = '1.014159';
const HANDWRITTEN = [FIRST, '1.012785'];
const VARIATION = [TRANSFER, CHANGE_INFO, '1.013980', '1.013992', '1.013977', '1.012793'];

export const LAND13_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, nhà tôi có mảnh đất ông bà để lại từ năm 1985, bây giờ con cháu bảo phải đi làm sổ đỏ lần đầu, tôi cần mang những giấy tờ gì ạ?',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'Cháu ơi, bà năm nay bảy mươi tám tuổi rồi, hôm trước nhà bị cháy mất cái sổ đỏ, giờ bà muốn xin cấp lại thì làm thế nào?',
    expect: [LOST],
    who: 'elderly',
  },
  {
    q: 'Tôi là cựu chiến binh, cái bằng khoán đất cũ của nhà tôi từ thời trước giải phóng, giờ muốn đổi sang sổ hồng mới thì có được không cô?',
    expect: [FIRST],
    who: 'elderly',
  },
  {
    q: 'Thưa anh, trong sổ đỏ của tôi ghi sai tên vợ tôi, chữ Thị thành chữ Thi, tôi muốn đính chính lại cho đúng.',
    expect: CORRECT,
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi già rồi, muốn cho đứa con trai út mảnh đất đang ở, làm thủ tục tặng cho thế nào để sau này nó khỏi vất vả?',
    expect: [TRANSFER, CONTRACT, PROPERTY_TAX],
    who: 'elderly',
  },
  {
    q: 'Ông nhà tôi mất năm ngoái không để lại di chúc, mấy anh em trong nhà muốn chia thừa kế mảnh đất của ông thì phải làm những bước gì?',
    expect: [TRANSFER, ESTATE],
    who: 'elderly',
  },
  {
    q: 'Tôi có miếng vườn rộng, muốn tách ra một phần cho đứa con gái lấy chồng ở gần để nó làm nhà, phải xin tách thửa ở đâu ạ?',
    expect: [SPLIT_MERGE, TRANSFER],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi có hai thửa đất liền nhau, một cái mua thêm của hàng xóm năm 2010, giờ muốn gộp lại làm một sổ thì làm sao?',
    expect: [SPLIT_MERGE],
    who: 'elderly',
  },
  {
    q: 'Đất nhà tôi trước là đất vườn, con tôi muốn xây nhà nên phải chuyển lên đất thổ cư, xin hỏi thủ tục thế nào ạ?',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  {
    q: 'Năm trước tôi có thế chấp sổ đỏ ở ngân hàng nông nghiệp để vay vốn nuôi bò, nay trả hết nợ rồi, muốn lấy sổ về thì làm ở đâu?',
    expect: [RELEASE],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, con trai tôi làm ăn muốn vay ngân hàng, nó bảo tôi phải đi đăng ký thế chấp cái sổ đỏ của nhà, thủ tục thế nào?',
    expect: [MORTGAGE],
    who: 'elderly',
  },
  {
    q: 'Nhà bên cạnh xây tường lấn sang đất nhà tôi gần nửa mét, tôi đã nói mấy lần không được, giờ muốn nhờ chính quyền hòa giải.',
    expect: DISPUTE,
    who: 'elderly',
  },
  {
    q: 'Con đường đi ra ngõ nhà tôi bị nhà hàng xóm rào lại, mấy chục năm nay cả xóm vẫn đi, tôi phải làm đơn gửi ai?',
    expect: DISPUTE,
    who: 'elderly',
  },
  {
    q: 'Tôi có mấy sào ruộng bỏ không, con cái đi làm xa hết, muốn cho người ta thuê lại đất thì có phải đăng ký gì không?',
    expect: [CONTRACT, LEASE_TAX],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi cũ quá, mái dột tường nứt, muốn sửa chữa lại có phải xin giấy phép xây dựng không hả cháu?',
    expect: [PERMIT_REPAIR],
    who: 'elderly',
  },
  {
    q: 'Thưa anh, tôi định xây một cái nhà hai tầng trên đất ở của mình cho các cháu ở, xin giấy phép thế nào?',
    expect: [PERMIT_NEW],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn cơi nới thêm một gian bếp phía sau nhà, có cần xin phép không?',
    expect: [PERMIT_REPAIR, PERMIT_NEW],
    who: 'elderly',
  },
  {
    q: 'Tôi là hộ nghèo, ở nhà tranh vách đất, nghe nói nhà nước có hỗ trợ làm nhà cho người nghèo, tôi phải đăng ký ở đâu?',
    expect: POOR_HOUSING,
    who: 'elderly',
  },
  {
    q: 'Bà cụ nhà tôi là vợ liệt sĩ, nhà cửa xuống cấp dột nát, có được hỗ trợ sửa nhà không cô?',
    expect: [SOCIAL_HOUSING],
    who: 'elderly',
  },
  {
    q: 'Tôi bán mảnh đất cho người ta, bên mua bảo phải công chứng hợp đồng rồi sang tên, tôi phải nộp thuế bao nhiêu?',
    expect: [PROPERTY_TAX],
    who: 'elderly',
  },
  {
    q: 'Năm nay tôi nhận được giấy báo nộp thuế đất ở, tôi muốn hỏi có được miễn giảm vì già yếu neo đơn không?',
    expect: [LAND_TAX],
    who: 'elderly',
  },
  {
    q: 'Tôi mua lại mảnh đất của người quen từ năm 2003 chỉ có giấy viết tay, bây giờ muốn làm sổ thì có được không cháu?',
    expect: HANDWRITTEN,
    who: 'elderly',
  },
  {
    q: 'Con tôi ở xa, nhờ tôi bán hộ căn nhà, giờ phải làm giấy ủy quyền ở đâu?',
    expect: [CONTRACT, SIGNATURE],
    who: 'elderly',
  },
  {
    q: 'Mẹ tôi mất để lại di chúc cho tôi căn nhà, tôi muốn sang tên cho mình, cần những gì?',
    expect: [TRANSFER, ESTATE],
    who: 'elderly',
  },
  {
    q: 'Tôi được cấp sổ đỏ từ năm 1995 mà diện tích trong sổ ít hơn thực tế, nay đo lại thấy dư ra, muốn làm lại sổ cho đúng.',
    expect: ['1.012781', EXCHANGE, ...CORRECT],
    who: 'elderly',
  },
  {
    q: 'Thưa cô, tôi đã già, muốn lập di chúc chia đất cho các con để sau này chúng nó khỏi tranh giành nhau.',
    expect: [WILL],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn bán mảnh đất cho người cháu họ, làm thủ tục sang tên sổ đỏ ở đâu?',
    expect: [TRANSFER, CONTRACT],
    who: 'elderly',
  },
  {
    q: 'Sổ đỏ nhà tôi chỉ đứng tên ông nhà tôi, bây giờ muốn thêm tên cả vợ vào cho cả hai vợ chồng.',
    expect: ['1.013980', CHANGE_INFO],
    who: 'elderly',
  },
  {
    q: 'Cái sổ đỏ của tôi bị mối xông rách nát, chữ mờ hết, tôi có được xin cấp lại không?',
    expect: [EXCHANGE],
    who: 'elderly',
  },
  {
    q: 'Trước kia hợp tác xã giao đất ruộng cho nhà tôi cấy lúa, bây giờ hết hạn giao đất, xin gia hạn thì làm thế nào?',
    expect: ['1.013947', ...STATE_LEASE],
    who: 'elderly',
  },
  {
    q: 'Tôi có mảnh đất trồng cây lâu năm muốn đổi cho nhà bên cạnh lấy mảnh gần nhà cho tiện, đổi đất thì làm giấy tờ thế nào?',
    expect: [TRANSFER, CONTRACT],
    who: 'elderly',
  },
  {
    q: 'Ông bà tôi để lại ngôi nhà, bây giờ mấy anh em đã thỏa thuận để cho anh cả đứng tên, cần làm văn bản ở đâu?',
    expect: [ESTATE, TRANSFER, REFUSE_ESTATE],
    who: 'elderly',
  },
  {
    q: 'Xin hỏi cô, muốn xem mảnh đất mình định mua có nằm trong quy hoạch không thì hỏi ở đâu?',
    expect: [PLAN_INFO],
    who: 'elderly',
  },
  {
    q: 'Tôi ở nhà tập thể cũ từ thời bao cấp, bây giờ muốn mua lại căn hộ đó của Nhà nước thì làm thế nào?',
    expect: ['1.012893'],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi thuộc diện hộ nghèo, muốn vay vốn làm nhà ở theo chương trình của nhà nước.',
    expect: POOR_HOUSING,
    who: 'elderly',
  },
  {
    q: 'Đất nhà tôi ở nông thôn, muốn làm sổ nhưng không có tiền nộp tiền sử dụng đất, có được ghi nợ không?',
    expect: [FIRST, '1.012995', '1.012996'],
    who: 'elderly',
  },
  { q: 'Tôi mới xây xong nhà, muốn ghi thêm cái nhà vào sổ đỏ cho đầy đủ.', expect: ['1.013995'], who: 'elderly' },
  {
    q: 'Chồng tôi mất, sổ đỏ đứng tên hai vợ chồng, giờ tôi muốn làm thủ tục khai nhận di sản để đứng tên một mình.',
    expect: [TRANSFER, ESTATE],
    who: 'elderly',
  },
  {
    q: 'Tôi mua lại mấy sào ruộng của bà con cùng làng để trồng cây, có cần làm giấy tờ gì không?',
    expect: [TRANSFER, CONTRACT],
    who: 'elderly',
  },
  {
    q: 'Thưa cháu, xã cho đo đạc lại đất, có bản đồ mới thì sổ cũ của tôi có phải đổi không?',
    expect: [EXCHANGE],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn phá dỡ căn nhà cũ để xây lại, có phải xin phép phá dỡ không?',
    expect: [PERMIT_NEW],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi bị sạt lở đất do mưa lũ, phải di dời, xin hỏi có được cấp đất chỗ khác không?',
    expect: ['1.013962', ...STATE_LEASE],
    who: 'elderly',
  },
  { q: 'lam so do lan dau cho dat tho cu', expect: [FIRST], who: 'rural' },
  { q: 'mat so do roi gio lam lai sao', expect: [LOST], who: 'rural' },
  { q: 'cho thang con trai mieng dat lam giay to sao', expect: [TRANSFER, CONTRACT, PROPERTY_TAX], who: 'rural' },
  { q: 'tach thua dat vuon', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'chuyen dat ruong len dat tho', expect: CHANGE_USE, who: 'rural' },
  { q: 'xoa the chap so do ngan hang', expect: [RELEASE], who: 'rural' },
  { q: 'hang xom lan ranh dat nha toi', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chap loi di chung', expect: DISPUTE, who: 'rural' },
  { q: 'xin phep cat nha moi', expect: [PERMIT_NEW], who: 'rural' },
  { q: 'sua nha co can xin giay phep ko', expect: [PERMIT_REPAIR], who: 'rural' },
  { q: 'sang ten so hong nha mua', expect: [TRANSFER, PROJECT_HOUSE, CONTRACT], who: 'rural' },
  { q: 'anh em chia dat ong ba de lai', expect: [TRANSFER, ESTATE], who: 'rural' },
  { q: 'cho thue ruong', expect: [CONTRACT, LEASE_TAX, ...STATE_LEASE], who: 'rural' },
  { q: 'dang ki bien dong dat dai', expect: VARIATION, who: 'rural' },
  { q: 'doi so do cu sang so moi', expect: [EXCHANGE], who: 'rural' },
  { q: 'gop 2 thua dat lam mot so', expect: [SPLIT_MERGE], who: 'rural' },
  { q: 'ho tro cat nha cho ho ngheo', expect: POOR_HOUSING, who: 'rural' },
  { q: 'nop thue dat nong nghiep', expect: [LAND_TAX], who: 'rural' },
  { q: 'so do ghi sai ten', expect: [...CORRECT, CHANGE_INFO], who: 'rural' },
  { q: 'cho con mieng dat co phai dong thue ko', expect: [PROPERTY_TAX, REGISTRATION_FEE], who: 'rural' },
  { q: 'dat khai hoang lam so dc ko', expect: [FIRST], who: 'rural' },
  { q: 'cấp gcn qsdđ lần đầu', expect: [FIRST], who: 'young' },
  { q: 'cấp lại sổ đỏ bị mất', expect: [LOST], who: 'young' },
  { q: 'tt sang tên sổ hồng', expect: [TRANSFER, PROJECT_HOUSE], who: 'young' },
  { q: 'thủ tục tặng cho qsdđ', expect: [TRANSFER, CONTRACT], who: 'young' },
  { q: 'tách thửa', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'hợp thửa', expect: [SPLIT_MERGE], who: 'young' },
  { q: 'chuyển mục đích sd đất', expect: CHANGE_USE, who: 'young' },
  { q: 'xóa thế chấp', expect: [RELEASE], who: 'young' },
  { q: 'đăng ký thế chấp qsdđ', expect: [MORTGAGE], who: 'young' },
  { q: 'gpxd nhà ở riêng lẻ', expect: [PERMIT_NEW], who: 'young' },
  { q: 'giấy phép sửa chữa cải tạo nhà', expect: [PERMIT_REPAIR], who: 'young' },
  { q: 'thuế tncn chuyển nhượng bđs', expect: [PROPERTY_TAX], who: 'young' },
  { q: 'lệ phí trước bạ nhà đất', expect: [REGISTRATION_FEE], who: 'young' },
  { q: 'đính chính gcn', expect: CORRECT, who: 'young' },
  { q: 'cấp đổi sổ đỏ', expect: [EXCHANGE], who: 'young' },
  { q: 'thừa kế qsdđ', expect: [TRANSFER, ESTATE], who: 'young' },
  { q: 'hòa giải tranh chấp đất đai', expect: [MEDIATE], who: 'young' },
  { q: 'thuê đất nhà nước', expect: STATE_LEASE, who: 'young' },
  { q: 'tra cứu quy hoạch', expect: [PLAN_INFO], who: 'young' },
  { q: 'gia hạn gpxd', expect: PERMIT_EXTEND, who: 'young' },
  { q: 'xn độc thân để bán đất', expect: ['1.004873'], who: 'young' },
  { q: 'đky biến động đất đai', expect: VARIATION, who: 'young' },
];

/** Even positions: may be tuned on. */
export const LAND13_TUNE: readonly CitizenQuery[] = LAND13_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const LAND13_HELD: readonly CitizenQuery[] = LAND13_BATCH.filter((_, i) => i % 2 === 1);

/** No procedure in the catalogue answers these (compensation and complaints about it, house numbers, a no-dispute note). */
export const LAND13_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Nhà nước thu hồi đất ruộng nhà tôi để làm đường cao tốc, tôi muốn hỏi về tiền bồi thường và chỗ tái định cư.',
    who: 'elderly',
  },
  { q: 'Nhà tôi ở trong ngõ, muốn xin cấp số nhà để con cháu làm giấy tờ cho dễ.', who: 'elderly' },
  {
    q: 'Nhà tôi bị Nhà nước lấy một phần đất để mở rộng trường học, tôi không đồng ý với giá đền bù, muốn khiếu nại.',
    who: 'elderly',
  },
  { q: 'Tôi muốn xin xác nhận nhà đất không có tranh chấp để con tôi làm hồ sơ vay tiền.', who: 'elderly' },
  { q: 'dat bi thu hoi lam duong tien den bu bao nhieu', who: 'rural' },
  { q: 'nha bi giai toa duoc boi thuong ra sao', who: 'rural' },
  { q: 'bồi thường thu hồi đất', who: 'young' },
];
