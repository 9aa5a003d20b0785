import type { CitizenQuery } from './dev-set';
import { CHANGE_USE, CONTRACT, FIRST, PERMIT_NEW, SALE_GIFT } from './land-codes';

/**
 * Everyday errands of a farmer, a small trader, a motorbike-taxi driver and a fisher's wife (issue 17, helper session
 * of 6 Dec 2026): 70 queries written in one sitting at 19:34 UTC (docs/search-drafts/rural32-draft-20261206T1934Z.txt),
 * before any procedure name was grepped and before the engine was run on them. Twenty situations (a late birth, a
 * wedding, a death at home, a bride's residence, a picked pocket, land for a son, a first land book, garden land to
 * build on, a two-storey house, a second-hand motorbike, a lost licence, a grocery stall, a noodle stall, pigs sold
 * out of the province, a new fishing boat, a fishing licence, a soaked insurance card, a poor household, certified
 * copies, a single-status paper) each in three voices: elderly (polite stories), rural (no diacritics, tui, mun, ổng,
 * mần, bển, cavet, ghe, "o mo", ko, hok, j, z, dc, ntn, typos like dag, chuyenn, glued khaisinh, hokinh, a question at
 * the end) and young (short, đkkh, cccd, bhyt, ATTP, A1); then ten more rural-only errands.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * codes earlier batches use for the same acts (land-codes.ts, civil29, resid30, rural20, social31): a late birth takes
 * the ordinary registration and its liên thông; a gift of land takes the transfer and the certified contract; a food
 * stall takes the one food-safety certificate the catalogue holds (2.001827); a rural house takes the new-building
 * permit; an insurance card soaked or torn takes the BHXH reissue; a lost birth paper takes the copy or the
 * re-registration; a certified power of attorney takes the signature or the transaction. One judgement call: the
 * elderly "bản sao giấy khai sinh ... có công chứng" also accepts the civil-status copy (2.000635), its literal name.
 * Every need has an answer, so RURAL32_NO_ANSWER is empty. Split by alternation into RURAL32_TUNE and RURAL32_HELD.
 */
const KS = ['1.001193', '2.000986', '2.001023'];
const KH = ['1.000894'];
const KT = ['1.000656'];
const THUONG_TRU = ['1.004222'];
const TAM_TRU = ['1.004194'];
const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
const FIRST_CERT = [FIRST];
const BUILD = [PERMIT_NEW];
const SANG_TEN = ['1.013076'];
const LICENCE_LOST = ['3.000348'];
const LICENCE_CHANGE = ['3.000347'];
const HKD_NEW = ['1.001612'];
const HKD_CHANGE = ['2.000720'];
const HKD_PAUSE = ['1.001570'];
const FOOD_SAFETY = ['2.001827'];
const ANIMAL_OUT = ['1.002338'];
const ANIMAL_LOSS = ['1.013997'];
const FISHING_BOAT = ['1.003650', '1.003586'];
const FISHING_LICENCE = ['1.004359'];
const SO_THE = ['1.002759'];
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const POOR = ['1.011607', '1.011606'];
const SAO_Y = ['2.000815'];
const COPY = '2.000635';
const COPY_OR_SAO_Y = [...SAO_Y, COPY];
const LOST_KS = [COPY, '1.004884'];
const SINGLE = ['1.004873'];
const CHANGE = ['1.004859'];
const SIGNATURE_OR_TRANSACTION = ['2.000884', CONTRACT];

export const RURAL32_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Con dâu tôi sinh cháu ở nhà từ hồi tháng ba, bận mùa màng chưa đi làm giấy khai sinh cho cháu, giờ quá hạn rồi có làm được không ạ',
    expect: KS,
    who: 'elderly',
  },
  { q: 'con tui de o nha hoi thang 3 gio moi di lam giay khaisinh tre han co bi phat ko?', expect: KS, who: 'rural' },
  { q: 'đăng ký khai sinh cho con quá hạn 60 ngày', expect: KS, who: 'young' },
  {
    q: 'Thằng út nhà tôi sắp cưới vợ người xã bên, hai đứa muốn lên xã đăng ký kết hôn thì cần mang theo giấy tờ gì ạ',
    expect: KH,
    who: 'elderly',
  },
  { q: 'con gai tui sap lay chong, 2 dua mun di dag ki ket hon can mang giay to j?', expect: KH, who: 'rural' },
  { q: 'đkkh cần giấy tờ gì', expect: KH, who: 'young' },
  {
    q: 'Ông nhà tôi mới mất hôm qua ở nhà, bà con bảo phải ra xã báo tử cho ông, tôi cần làm những gì ạ',
    expect: KT,
    who: 'elderly',
  },
  { q: 'ba tui moi mat hom qua, ra xa lam giay bao tu cho ổng thi can nhung gi vay?', expect: KT, who: 'rural' },
  { q: 'làm giấy chứng tử cho bố', expect: KT, who: 'young' },
  {
    q: 'Con gái tôi lấy chồng về làng bên đã ba năm mà hộ khẩu vẫn còn ở nhà tôi, nay nó muốn chuyển khẩu về nhà chồng thì làm thế nào ạ',
    expect: THUONG_TRU,
    who: 'elderly',
  },
  {
    q: 'vo tui ve lam dau 3 nam roi ma chua nhap khau ve nha chong, gio lam sao dc?',
    expect: THUONG_TRU,
    who: 'rural',
  },
  { q: 'đăng ký thường trú nhập hộ khẩu nhà chồng', expect: THUONG_TRU, who: 'young' },
  {
    q: 'Tôi đi chợ bị móc túi mất cái thẻ căn cước công dân gắn chíp, giờ xin làm lại cái khác ở đâu ạ',
    expect: CARD_LOST,
    who: 'elderly',
  },
  { q: 'bi moc tui mat cai the can cuoc gan chip roi, lam lai o dau, mat bao lau z?', expect: CARD_LOST, who: 'rural' },
  { q: 'mất cccd làm lại', expect: CARD_LOST, who: 'young' },
  {
    q: 'Vợ chồng tôi già rồi, muốn làm giấy cho thằng con trai thứ hai một miếng đất vườn để nó cất nhà, sang tên sổ đỏ cho nó thế nào ạ',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  {
    q: 'ba ma gia roi mun cho thang con trai mieng dat vuon, mần giấy tờ sang ten ra sao?',
    expect: SALE_GIFT,
    who: 'rural',
  },
  { q: 'tặng cho đất cho con, thủ tục sang tên sổ đỏ', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Mảnh đất ông bà để lại cho tôi canh tác từ trước năm 1993 đến giờ vẫn chưa có sổ đỏ, nay tôi muốn làm sổ thì làm sao ạ',
    expect: FIRST_CERT,
    who: 'elderly',
  },
  {
    q: 'dat ong ba de lai tui canh tac tu truoc 1993 toi gio chua co so do, gio xin cap so lan dau dc ko?',
    expect: FIRST_CERT,
    who: 'rural',
  },
  { q: 'cấp sổ đỏ lần đầu cho đất ông bà để lại', expect: FIRST_CERT, who: 'young' },
  {
    q: 'Nhà tôi có miếng đất vườn, nay muốn chuyển sang đất ở để cho con cất nhà thì phải làm đơn gì, nộp tiền ra sao ạ',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'mun chuyenn dat vuon len dat tho cu de cat nha cho con thi lam ntn?', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển đất nông nghiệp lên đất ở', expect: CHANGE_USE, who: 'young' },
  {
    q: 'Nhà tôi ở ven quốc lộ, muốn dỡ căn nhà cấp bốn cũ xây lại nhà hai tầng, có phải xin giấy phép xây dựng không ạ',
    expect: BUILD,
    who: 'elderly',
  },
  { q: 'cat nha 2 tang o que co can xin giay phep xay dung ko vay?', expect: BUILD, who: 'rural' },
  { q: 'xin giấy phép xây nhà ở riêng lẻ', expect: BUILD, who: 'young' },
  {
    q: 'Tôi mua lại chiếc xe máy cũ của người trong xóm để chạy xe ôm, giấy tờ vẫn đứng tên người ta, giờ muốn sang tên cho mình thì làm ở đâu ạ',
    expect: SANG_TEN,
    who: 'elderly',
  },
  {
    q: 'mua lai xe may cu cua ngta de chay xe om, cavet con dung ten ong kia, sang ten chinh chu sao?',
    expect: SANG_TEN,
    who: 'rural',
  },
  { q: 'sang tên xe máy mua lại', expect: SANG_TEN, who: 'young' },
  {
    q: 'Tôi chạy xe ôm đã lâu, hôm rồi đánh rơi mất cái bằng lái xe máy, giờ muốn làm lại thì có phải thi lại không ạ',
    expect: LICENCE_LOST,
    who: 'elderly',
  },
  { q: 'lam mat bang lai xe may roi, xin cap lai co phai thi lai hok?', expect: LICENCE_LOST, who: 'rural' },
  { q: 'mất bằng lái A1, cấp lại', expect: LICENCE_LOST, who: 'young' },
  {
    q: 'Tôi muốn mở một cái tiệm tạp hóa nhỏ trước nhà bán mắm muối, người ta bảo phải đăng ký kinh doanh, làm ở đâu ạ',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'vo tui mo tiem tap hoa nho truoc nha, co can dang ky hokinh doanh ko?', expect: HKD_NEW, who: 'rural' },
  { q: 'đăng ký hộ kinh doanh tạp hóa', expect: HKD_NEW, who: 'young' },
  {
    q: 'Tôi nấu bún bán ở đầu chợ, cán bộ xuống nhắc phải có giấy chứng nhận an toàn thực phẩm, tôi xin ở đâu ạ',
    expect: FOOD_SAFETY,
    who: 'elderly',
  },
  {
    q: 'ban bun o dau cho, can bo xuong nhac phai co giay an toan thuc pham, xin o dau?',
    expect: FOOD_SAFETY,
    who: 'rural',
  },
  { q: 'giấy chứng nhận ATTP cho quán ăn', expect: FOOD_SAFETY, who: 'young' },
  {
    q: 'Nhà tôi nuôi mấy chục con lợn, thương lái muốn chở vào tỉnh khác bán, họ đòi giấy kiểm dịch, tôi phải làm sao ạ',
    expect: ANIMAL_OUT,
    who: 'elderly',
  },
  { q: 'ban heo cho lai cho qua tinh khac, can giay kiem dich ko, xin o dau?', expect: ANIMAL_OUT, who: 'rural' },
  { q: 'kiểm dịch vận chuyển lợn ra ngoài tỉnh', expect: ANIMAL_OUT, who: 'young' },
  {
    q: 'Chồng tôi mới đóng một chiếc ghe đánh cá, tôi nghe nói phải đăng ký tàu thì mới được ra khơi, thủ tục thế nào ạ',
    expect: FISHING_BOAT,
    who: 'elderly',
  },
  {
    q: 'chong tui moi dong chiec ghe danh ca, dang ky tau ca o dau, can giay to j?',
    expect: FISHING_BOAT,
    who: 'rural',
  },
  { q: 'đăng ký tàu cá mới đóng', expect: FISHING_BOAT, who: 'young' },
  {
    q: 'Thuyền nhà tôi đi đánh bắt ngoài biển, nay giấy phép khai thác hết hạn, xin gia hạn ở đâu ạ',
    expect: FISHING_LICENCE,
    who: 'elderly',
  },
  { q: 'giay phep khai thac ca cua ghe het han roi, gia han lam sao?', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'cấp lại giấy phép khai thác thủy sản', expect: FISHING_LICENCE, who: 'young' },
  {
    q: 'Cái thẻ bảo hiểm y tế của tôi bị ướt mủn hết chữ, mai tôi phải đi khám bệnh ở huyện, xin cấp lại ở đâu ạ',
    expect: SO_THE,
    who: 'elderly',
  },
  { q: 'the bao hiem y te bi uot rach mat chu het, xin cap lai cai khac dc ko?', expect: SO_THE, who: 'rural' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: SO_THE, who: 'young' },
  {
    q: 'Nhà tôi năm nay mất mùa, chồng ốm nằm một chỗ, xin xã xét cho vào diện hộ nghèo thì làm đơn thế nào ạ',
    expect: POOR,
    who: 'elderly',
  },
  { q: 'nha ngheo qua, chong om nam 1 cho, xin vo dien ho ngheo thi lam don sao?', expect: POOR, who: 'rural' },
  { q: 'xác nhận hộ nghèo', expect: POOR, who: 'young' },
  {
    q: 'Tôi cần mấy bản sao giấy khai sinh và sổ hộ khẩu có công chứng để nộp hồ sơ cho cháu đi học, ra xã làm được không ạ',
    expect: COPY_OR_SAO_Y,
    who: 'elderly',
  },
  { q: 'ra xa chung thuc ban sao giay to thi mang ban chinh theo ha, mat tien ko?', expect: SAO_Y, who: 'rural' },
  { q: 'chứng thực bản sao từ bản chính', expect: SAO_Y, who: 'young' },
  {
    q: 'Con gái tôi đi làm ăn xa, giờ muốn lấy chồng ở trong Nam, bên đó đòi giấy xác nhận độc thân của xã nhà, tôi xin giùm được không ạ',
    expect: SINGLE,
    who: 'elderly',
  },
  { q: 'xin giay xac nhan doc than o xa de lam ho so vay von ngan hang o dau?', expect: SINGLE, who: 'rural' },
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: SINGLE, who: 'young' },
  { q: 'hoi nho lam mat giay khai sinh, gio xin cap lai ban sao o dau vay?', expect: LOST_KS, who: 'rural' },
  { q: 'con tui len Binh Duong lam cong ty, bển bat dang ky tam tru, lam sao?', expect: TAM_TRU, who: 'rural' },
  { q: 'bang lai xe giay bia cu bi mo het chu, doi qua the nhua o mo?', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'nha tui thuoc dien can ngheo thi xin giay chung nhan o dau vay?', expect: POOR, who: 'rural' },
  { q: 'tiem tap hoa cua vo tui mun doi dia chi sang cho khac thi bao voi ai?', expect: HKD_CHANGE, who: 'rural' },
  { q: 'lam the bao hiem y te cho con nit duoi 6 tuoi o dau?', expect: BHYT_CHILD, who: 'rural' },
  { q: 'tam nghi ban hang may thang di lam xa, co can bao len huyen ko?', expect: HKD_PAUSE, who: 'rural' },
  { q: 'can chung thuc chu ky giay uy quyen, ra xa lam dc ko?', expect: SIGNATURE_OR_TRANSACTION, who: 'rural' },
  { q: 'ten con tui dat xau qua, mun doi ten trong giay khai sinh dc hong?', expect: CHANGE, who: 'rural' },
  { q: 'nuoi ga bi dich chet het, xin ho tro thiet hai o dau?', expect: ANIMAL_LOSS, who: 'rural' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const RURAL32_TUNE: readonly CitizenQuery[] = RURAL32_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const RURAL32_HELD: readonly CitizenQuery[] = RURAL32_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks: none in this batch. */
export const RURAL32_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [];
