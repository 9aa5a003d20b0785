import type { CitizenQuery } from './dev-set';
import { CHANGE_USE } from './land-codes';

/**
 * Farmers and villagers with forests, water, crops and boats (issue 17, helper session of 7 Dec 2026, batch
 * nature63): 78 queries written in one sitting at 04:38 UTC (docs/search-drafts/nature63-draft-20261207T0438Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 26 situations × 3 voices, elderly (long polite
 * stories with diacritics, the ask after the family's reasons), rural (no diacritics, "tui", "ko", "dc", "j", "ghe",
 * "bap") and young (short keywords, "bvtv"). Forests (cutting planted acacia, papers for carrying timber, porcupines
 * and snakes kept, a wild animal found, forest allocation, forest turned to orchards), water (pumping from a canal or
 * a reservoir, drilling a well, a pig farm's waste water, building at a dyke or a canal, the irrigation fee), crops
 * (rice land to maize or beans, rice land to a fish pond, a pesticide shop, selling seedlings, a pesticide seller's
 * training certificate, plant quarantine at home and for export) and inland boats (registering a new ghe, a boat
 * sold, a boat's safety inspection, a wharf, a river ferry, a boatman's certificate).
 *
 * Labelled afterwards by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine),
 * following forest42 and farm54 where the situation is the same: planted timber accepts the harvest plan at commune
 * or province level and the forest-product list; carrying timber is the forest-product list; kept wild animals are
 * the CITES farm code; forest allocation accepts the forest allocation and the land allocation "giao đất và giao
 * rừng"; forest to orchards accepts the forest conversion (individual, organisation, council) and, in the stories,
 * the land-use change (production forest land to other farmland needs permission, Luật Đất đai 2024 art. 121);
 * canal or reservoir water accepts the surface-water registration and licence; a well accepts the groundwater
 * registration and the small-scale exploration and extraction licences; waste water is the environmental permit
 * (which took in the discharge permit in 2022), province or ministry; at a dyke the dyke-activity permit, at a canal
 * the permits for new works inside an irrigation work's protected zone; rice land to crops is the commune's
 * crop-change registration, and to a fish pond also the land-use change; selling fruit seedlings is the mother-tree
 * recognition (Luật Trồng trọt art. 22), a seed business also the variety's recognition; export quarantine, and in
 * the durian story the growing-area code China asks for; a new ghe accepts both first registrations; a boat sold
 * accepts re-registration on a change of owner, "đăng ký lại" every re-registration; a wharf the landing's agreement
 * and opening notice; a ferry every landing's agreement and notice (as forest42); a boatman the inland certificate.
 *
 * The catalogue has no procedure for handing a found wild animal to the rangers, for the irrigation fee, for a
 * pesticide seller's training certificate or for an inland boat's safety inspection: those 12 queries, with 6 asks
 * that are advice or prices, are in NATURE63_NO_ANSWER. Split by alternation into NATURE63_TUNE and NATURE63_HELD.
 */
const PLANTED_TIMBER = ['1.000045', '1.011471', '1.011470'];
const FOREST_PRODUCT_LIST = ['1.000045'];
const WILD_ANIMALS = ['1.004819'];
const FOREST_ALLOCATION = ['1.014832', '1.014839', '1.013949', '1.013823'];
const FOREST_CONVERSION = ['1.012694', '1.012689', '3.000152'];
const SURFACE_WATER = ['2.002835', '1.004179'];
const GROUNDWATER = ['1.001662', '1.004232', '1.004223'];
const WASTE_WATER = ['1.010727', '1.010719'];
const DYKE_PERMIT = ['1.013644'];
const IRRIGATION_WORKS_BUILD = ['1.014849', '1.004427'];
const RICE_LAND_CHANGE = ['1.008004'];
const RICE_TO_POND = ['1.008004', ...CHANGE_USE];
const PESTICIDE_SHOP = ['1.004363'];
const MOTHER_TREES = ['1.008003'];
const SEED_VARIETY = ['1.007996'];
const PLANT_QUARANTINE_DOMESTIC = ['1.003984'];
const PLANT_QUARANTINE_EXPORT = ['2.001046'];
const GROWING_AREA_CODE = ['1.014776'];
const BOAT_REGISTER = ['1.004047', '1.004088'];
const BOAT_NEW_OWNER = ['1.004002', '1.003970'];
const BOAT_REREGISTER = [...BOAT_NEW_OWNER, '1.004036', '1.006391', '2.001711'];
const WHARF = ['1.009452', '1.009454'];
const FERRY_LANDING = ['1.009452', '1.009453', '1.009454', '1.009455'];
const BOAT_DRIVER = ['1.003135'];

export const NATURE63_BATCH: readonly CitizenQuery[] = [
  { q: 'Nhà tôi trồng mấy héc ta keo trên đồi từ hồi thằng con út còn đi học, nay cây đã lớn, tôi muốn chặt bán gỗ thì có phải xin phép ai không ạ', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'rung keo nha tui trong 7 nam gio khai thac ban thi bao xa hay kiem lam', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác gỗ rừng trồng', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'Con rể tôi chở gỗ keo nhà trồng ra xưởng bóc bán, người ta bảo dọc đường bị kiểm lâm hỏi giấy tờ nguồn gốc gỗ, vậy phải làm giấy ấy ở đâu', expect: FOREST_PRODUCT_LIST, who: 'elderly' },
  { q: 'cho go ra xuong ko co giay nguon goc bi giu, lam bang ke o dau', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'xác nhận bảng kê lâm sản', expect: FOREST_PRODUCT_LIST, who: 'young' },
  { q: 'Ông nhà tôi mấy năm nay nuôi mấy con nhím với con dúi sau vườn để bán giống, nay nghe nói phải đăng ký với kiểm lâm, xin hỏi thủ tục thế nào', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi ran ho mang voi cong ban thit co phai dang ky trai nuoi ko', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'đăng ký nuôi động vật hoang dã', expect: WILD_ANIMALS, who: 'young' },
  { q: 'Gia đình tôi ở bản bao đời sống nhờ rừng, nghe nói nhà nước giao rừng cho các hộ để giữ và trồng, tôi muốn xin nhận một khoảnh thì làm sao', expect: FOREST_ALLOCATION, who: 'elderly' },
  { q: 'xin giao rung cho ho gia dinh de trong va giu rung o xa', expect: FOREST_ALLOCATION, who: 'rural' },
  { q: 'thuê rừng của nhà nước', expect: FOREST_ALLOCATION, who: 'young' },
  {
    q: 'Mảnh rừng nhà tôi được giao từ năm chín mấy, nay các con muốn phá một phần để trồng cây ăn trái và làm trang trại, không biết có được đổi mục đích không',
    expect: [...FOREST_CONVERSION, ...CHANGE_USE],
    who: 'elderly',
  },
  { q: 'muon chuyen rung sang lam trang trai trong sau rieng co dc ko', expect: [...FOREST_CONVERSION, ...CHANGE_USE], who: 'rural' },
  { q: 'chuyển mục đích sử dụng rừng', expect: FOREST_CONVERSION, who: 'young' },
  { q: 'Nhà tôi có trang trại nuôi cá ven kênh, muốn đặt máy bơm lấy nước từ con kênh thủy lợi và hồ chứa của xã, người ta bảo phải xin phép, vậy xin ở đâu', expect: SURFACE_WATER, who: 'elderly' },
  { q: 'dat may bom hut nuoc song vo ruong co phai xin giay phep ko', expect: SURFACE_WATER, who: 'rural' },
  { q: 'giấy phép khai thác nước mặt', expect: SURFACE_WATER, who: 'young' },
  {
    q: 'Nhà tôi ở vùng khô hạn, mùa nắng giếng đào cạn hết, các con muốn khoan một cái giếng sâu lấy nước tưới vườn cà phê, có phải đăng ký hay xin phép gì không',
    expect: GROUNDWATER,
    who: 'elderly',
  },
  { q: 'khoan gieng lay nuoc tuoi ray co phai dang ky voi xa ko', expect: GROUNDWATER, who: 'rural' },
  { q: 'xin phép khoan giếng', expect: GROUNDWATER, who: 'young' },
  { q: 'Con trai tôi mở trại nuôi heo mấy trăm con, nước thải đổ ra mương làm hàng xóm than phiền, nay nó muốn làm cho đúng thì phải xin giấy xả thải ở đâu', expect: WASTE_WATER, who: 'elderly' },
  { q: 'trai heo xa nuoc thai ra kenh thuy loi co can giay phep ko', expect: WASTE_WATER, who: 'rural' },
  { q: 'giấy phép xả nước thải', expect: WASTE_WATER, who: 'young' },
  { q: 'Nhà tôi ở ngay chân đê, muốn dựng thêm cái chuồng bò và đổ đường bê tông lên mặt đê cho xe vào, cán bộ xã nói phải xin phép, xin hỏi làm ở đâu', expect: DYKE_PERMIT, who: 'elderly' },
  { q: 'xay nha sat bo kenh thuy loi co phai xin phep ko', expect: IRRIGATION_WORKS_BUILD, who: 'rural' },
  { q: 'xây dựng trong hành lang đê', expect: DYKE_PERMIT, who: 'young' },
  { q: 'Ruộng lúa nhà tôi ở chân cao, cấy lúa mấy vụ liền bị mất vì thiếu nước, nay muốn chuyển sang trồng ngô trồng đậu thì có phải xin xã không ạ', expect: RICE_LAND_CHANGE, who: 'elderly' },
  { q: 'ruong lua trong ko hieu qua muon chuyen qua trong bap voi dau phong', expect: RICE_LAND_CHANGE, who: 'rural' },
  { q: 'chuyển đất lúa sang trồng màu', expect: RICE_LAND_CHANGE, who: 'young' },
  { q: 'Mấy sào ruộng trũng nhà tôi năm nào cũng ngập, các con bàn nhau đào ao thả cá cho đỡ, vậy muốn chuyển ruộng thành ao nuôi cá thì phải làm giấy tờ gì', expect: RICE_TO_POND, who: 'elderly' },
  { q: 'dao ruong lua lam ao nuoi tom ca co dc ko xin o dau', expect: RICE_TO_POND, who: 'rural' },
  { q: 'chuyển ruộng lúa sang ao cá', expect: RICE_TO_POND, who: 'young' },
  { q: 'Con gái tôi muốn mở cái cửa hàng nhỏ ở đầu chợ bán thuốc trừ sâu với phân bón cho bà con trong xóm, nghe nói phải có giấy phép, xin hỏi làm thế nào', expect: PESTICIDE_SHOP, who: 'elderly' },
  { q: 'mo dai ly ban thuoc bvtv can giay chung nhan du dieu kien j', expect: PESTICIDE_SHOP, who: 'rural' },
  { q: 'giấy phép bán thuốc bvtv', expect: PESTICIDE_SHOP, who: 'young' },
  { q: 'Thằng cháu tôi học nông nghiệp ra, giờ muốn buôn bán lúa giống với cây giống ăn trái cho bà con, không biết có cần đăng ký hay giấy tờ gì không', expect: MOTHER_TREES, who: 'elderly' },
  { q: 'ban cay giong buoi cam co can giay phep j ko', expect: MOTHER_TREES, who: 'rural' },
  { q: 'kinh doanh giống cây trồng', expect: [...MOTHER_TREES, ...SEED_VARIETY], who: 'young' },
  {
    q: 'Vợ chồng tôi trồng cam, năm nay muốn gửi mấy xe cam giống và cây giống vào Nam bán, người ta bảo phải có giấy kiểm dịch thực vật, xin hỏi làm ở đâu',
    expect: PLANT_QUARANTINE_DOMESTIC,
    who: 'elderly',
  },
  { q: 'cho cay giong di tinh khac co can kiem dich thuc vat ko', expect: PLANT_QUARANTINE_DOMESTIC, who: 'rural' },
  { q: 'kiểm dịch thực vật nội địa', expect: PLANT_QUARANTINE_DOMESTIC, who: 'young' },
  {
    q: 'Con trai tôi gom sầu riêng với thanh long của bà con trong xã để bán sang Trung Quốc, nghe bảo phải kiểm dịch thực vật mới được xuất, xin hỏi thủ tục',
    expect: [...PLANT_QUARANTINE_EXPORT, ...GROWING_AREA_CODE],
    who: 'elderly',
  },
  { q: 'xuat khau trai cay di trung quoc xin giay kiem dich o dau', expect: PLANT_QUARANTINE_EXPORT, who: 'rural' },
  { q: 'kiểm dịch thực vật xuất khẩu', expect: PLANT_QUARANTINE_EXPORT, who: 'young' },
  { q: 'Ông nhà tôi vừa đóng được chiếc ghe gỗ gắn máy để chở lúa với chở khách đi chợ nổi, nghe nói phải đăng ký thì mới được chạy, xin hỏi đăng ký ở đâu', expect: BOAT_REGISTER, who: 'elderly' },
  { q: 'ghe moi dong gan may muon dang ky so ghe o dau', expect: BOAT_REGISTER, who: 'rural' },
  { q: 'đăng ký phương tiện thủy nội địa', expect: BOAT_REGISTER, who: 'young' },
  { q: 'Tôi già rồi không đi sông được nữa, bán chiếc thuyền máy cho người xóm bên, họ muốn sang tên thuyền cho đúng, vậy hai bên phải làm giấy tờ gì', expect: BOAT_NEW_OWNER, who: 'elderly' },
  { q: 'mua lai chiec ghe cu cua nguoi ta gio sang ten ghe sao', expect: BOAT_NEW_OWNER, who: 'rural' },
  { q: 'đăng ký lại phương tiện thủy', expect: BOAT_REREGISTER, who: 'young' },
  { q: 'Nhà tôi ở ngay bờ sông, muốn làm một cái bến nhỏ cho ghe cập vào bốc dỡ cát với vật liệu xây dựng, nghe nói phải xin phép mở bến, xin chỉ giúp', expect: WHARF, who: 'elderly' },
  { q: 'xin phep mo ben ghe boc do hang hoa ven song', expect: WHARF, who: 'rural' },
  { q: 'xin mở bến thủy nội địa', expect: WHARF, who: 'young' },
  { q: 'Làng tôi ở bên kia sông chưa có cầu, các cụ muốn mở lại bến đò ngang để con cháu đi học đi chợ cho tiện, vậy phải xin phép cơ quan nào ạ', expect: FERRY_LANDING, who: 'elderly' },
  { q: 'mo ben do ngang cho khach qua song can giay to j', expect: FERRY_LANDING, who: 'rural' },
  { q: 'bến khách ngang sông', expect: FERRY_LANDING, who: 'young' },
  { q: 'Thằng cháu tôi năm nay mười tám tuổi, theo ông nội chở đò trên sông từ nhỏ, giờ muốn học lấy cái bằng lái thuyền cho đàng hoàng thì học ở đâu', expect: BOAT_DRIVER, who: 'elderly' },
  { q: 'bang lai ghe may hoc o dau thi o dau', expect: BOAT_DRIVER, who: 'rural' },
  { q: 'chứng chỉ thuyền trưởng hạng tư', expect: BOAT_DRIVER, who: 'young' },
];

/** Even positions: may be tuned on. */
export const NATURE63_TUNE: readonly CitizenQuery[] = NATURE63_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const NATURE63_HELD: readonly CitizenQuery[] = NATURE63_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure in the catalogue: a found wild animal, the irrigation fee, a pesticide seller's training certificate,
 * an inland boat's safety inspection; then advice and prices.
 */
export const NATURE63_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Sáng nay cháu tôi đi rẫy bắt được một con khỉ bị thương lạc vào vườn, bà cháu tôi muốn giao nộp cho nhà nước mà không biết báo ai, nộp ở đâu', who: 'elderly' },
  { q: 'bat dc con trut lac vao nha muon giao cho kiem lam thi lam sao', who: 'rural' },
  { q: 'giao nộp động vật hoang dã', who: 'young' },
  { q: 'Năm nay ruộng nhà tôi mất mùa, tôi già rồi không làm được nữa, muốn hỏi tiền nước tưới thủy lợi còn phải đóng không hay được miễn', who: 'elderly' },
  { q: 'tien thuy loi phi ruong lua nam nay dong o dau', who: 'rural' },
  { q: 'miễn thủy lợi phí', who: 'young' },
  { q: 'Cửa hàng vật tư của con tôi bị đoàn kiểm tra nhắc là người bán thuốc sâu phải có chứng chỉ tập huấn, vậy học và cấp chứng chỉ ở đâu', who: 'elderly' },
  { q: 'chung chi tap huan ban thuoc tru sau hoc o dau', who: 'rural' },
  { q: 'chứng chỉ bồi dưỡng thuốc bvtv', who: 'young' },
  { q: 'Chiếc đò của gia đình tôi chở khách qua sông đã mấy năm, nay xã bảo phải đi đăng kiểm cho an toàn, tôi không biết đăng kiểm thuyền ở đâu', who: 'elderly' },
  { q: 'dang kiem ghe tau song o dau, ghe cho khach', who: 'rural' },
  { q: 'đăng kiểm tàu thuyền sông', who: 'young' },
  { q: 'Năm nay lúa nhà tôi bị đạo ôn cháy cả ruộng, tôi muốn hỏi nên phun thuốc gì cho nó hết, các con ở xa không ai hỏi giúp', who: 'elderly' },
  { q: 'gia go keo bay gio bao nhieu 1 tan', who: 'rural' },
  { q: 'giá lúa hôm nay', who: 'young' },
  { q: 'Vụ tới tôi định cấy lại mấy sào ruộng, muốn hỏi nên gieo giống lúa nào cho hợp đất bãi ven sông ở quê tôi', who: 'elderly' },
  { q: 'mua cua ca ro dong o dau ngon', who: 'rural' },
  { q: 'lịch thời vụ lúa đông xuân', who: 'young' },
];
