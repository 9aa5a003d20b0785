import type { CitizenQuery } from './dev-set';

/**
 * The rural economy's procedures (issue 17, helper session of 6 Dec 2026, batch forest42): forestry (cutting and
 * carrying planted timber, selling wood, garden trees, porcupine and snake farms, forest allocation and conversion),
 * crops and plant protection (seed varieties, pesticide shops, rice land turned to orchards or fish ponds, export
 * quarantine), fisheries (registering, building and inspecting a fishing boat, the fishing licence, shrimp ponds,
 * river cages) and inland waterways (registering or selling a ghe, a ferry landing, a boat driver's certificate).
 * 69 labelled queries, 23 situations each told by an elderly, a rural and a young citizen, written in one sitting at
 * 22:48 UTC (docs/search-drafts/forest42-draft-20261206T2248Z.txt) before any procedure name was grepped and before the
 * engine was run on them. Elderly: polite stories (acacia planted in 2017, a three-storey house for swiftlets, a ferry
 * "from the old days"); rural: no diacritics, "mần", "ghe", "xuồng", "tui", "hong", "vay", "toi ky"; young: keywords.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. Household timber (planted forest or garden trees) accepts the ranger's
 * forest-product list and the harvest plan at commune or province level (as fields35); carrying or selling wood
 * accepts the forest-product list; porcupines and cobras accept the CITES farm code (the only wildlife-farm procedure
 * here); forest allocation accepts the commune's and the province's; converting forest accepts the individual's, the
 * organisation's and the council's policy decision; rice land to orchards or ponds accepts the commune's crop-change
 * registration; shrimp ponds accept the cage / key-species registration at every level and the voluntary
 * aquaculture certificate; a ferry landing accepts the agreement and the opening notice for either kind of landing
 * (following fields27); a boat driver accepts the inland certificate (not the seagoing officers' one); selling a ghe
 * accepts re-registration on a change of owner with or without a change of office.
 *
 * This catalogue has no swiftlet-house declaration, no fertiliser shop certificate (only production), and no fishing
 * boat captain's certificate; a forest-fire report and a rice price are not procedures: those 12 queries are in
 * FOREST42_NO_ANSWER. Split by alternation into FOREST42_TUNE and FOREST42_HELD.
 */
const PLANTED_TIMBER = ['1.000045', '1.011471', '1.011470'];
const FOREST_PRODUCT_LIST = ['1.000045'];
const WILD_ANIMALS = ['1.004819'];
const FOREST_ALLOCATION = ['1.014832', '1.014839'];
const FOREST_CONVERSION = ['1.012694', '1.012689', '3.000152'];
const SEED_VARIETY = ['1.007996'];
const PESTICIDE_SHOP = ['1.004363'];
const RICE_LAND_CHANGE = ['1.008004'];
const PLANT_QUARANTINE_EXPORT = ['2.001046'];
const FISHING_BOAT_REGISTER = ['1.003650'];
const FISHING_BOAT_BUILD = ['1.004344'];
const FISHING_LICENCE = ['1.004359'];
const FISHING_BOAT_SAFETY = ['1.003563'];
const FISH_CAGES = ['1.014801', '1.004692', '1.014834'];
const AQUACULTURE = [...FISH_CAGES, '1.004913'];
const BOAT_REGISTER = ['1.004047', '1.004088'];
const BOAT_NEW_OWNER = ['1.004002', '1.003970'];
const FERRY_LANDING = ['1.009452', '1.009453', '1.009454', '1.009455'];
const BOAT_DRIVER = ['1.003135'];

export const FOREST42_BATCH: readonly CitizenQuery[] = [
  { q: 'Nhà tôi có hai héc ta keo trồng từ năm 2017, nay đến tuổi muốn chặt bán thì phải báo với xã hay xin phép ai ạ', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'rung keo nha tui toi ky chat roi, mần giay to gi de khai thac vay', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác gỗ keo rừng trồng hộ gia đình', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'Tôi thuê xe tải chở mấy khối gỗ bạch đàn nhà trồng ra xưởng bóc ở huyện bên, đi đường sợ kiểm lâm giữ xe thì cần giấy tờ gì ạ', expect: FOREST_PRODUCT_LIST, who: 'elderly' },
  { q: 'cho go tram bong vang ra nha may can giay gi de kiem lam hong bat', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'giấy tờ vận chuyển gỗ rừng trồng', expect: FOREST_PRODUCT_LIST, who: 'young' },
  { q: 'Thương lái đến mua gỗ bạch đàn nhà tôi nhưng họ đòi phải có xác nhận nguồn gốc gỗ hợp pháp, tôi phải xin ở đâu ạ', expect: FOREST_PRODUCT_LIST, who: 'elderly' },
  { q: 'ban go bach dan cho thuong lai ho doi giay nguon goc lam san, xin o dau', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'xác nhận bảng kê lâm sản bán gỗ', expect: FOREST_PRODUCT_LIST, who: 'young' },
  { q: 'Trong vườn nhà tôi có cây gỗ mít với cây xà cừ to lắm ông bà trồng, nay muốn chặt bán lấy tiền sửa nhà thì có phải xin phép không ạ', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'xin chat cay go trong vuon nha de ban, co can xin phep xa hong', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'xin chặt cây trong vườn nhà', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'Tôi muốn nuôi nhím với dúi sau nhà để bán thịt, nghe nói phải đăng ký với kiểm lâm, xin hỏi thủ tục thế nào ạ', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi nhim voi heo rung sau vuon co phai dang ky trai nuoi hong', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'đăng ký trại nuôi nhím', expect: WILD_ANIMALS, who: 'young' },
  { q: 'Con trai tôi mở trại nuôi rắn hổ mang và rắn ráo, người ta bảo phải có mã số cơ sở nuôi mới bán ra được, làm ở đâu ạ', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'mần trai nuoi ran ho mang ban, can ma so co so nuoi dong vat hoang da hong', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'mã số cơ sở nuôi rắn hổ mang', expect: WILD_ANIMALS, who: 'young' },
  { q: 'Nhà tôi nhận khoán trồng rừng mấy chục năm nay mà chưa có giấy tờ, nay muốn xin Nhà nước giao rừng cho hộ gia đình thì làm thế nào ạ', expect: FOREST_ALLOCATION, who: 'elderly' },
  { q: 'xin giao dat rung cho ho gia dinh de trong keo, nop don o dau', expect: FOREST_ALLOCATION, who: 'rural' },
  { q: 'giao rừng cho hộ gia đình cá nhân', expect: FOREST_ALLOCATION, who: 'young' },
  { q: 'Xã định làm con đường qua khu rừng phòng hộ, người ta bảo phải xin chuyển mục đích sử dụng rừng, cái đó ai duyệt ạ', expect: FOREST_CONVERSION, who: 'elderly' },
  { q: 'chuyen rung sang lam duong, can xin phep gi', expect: FOREST_CONVERSION, who: 'rural' },
  { q: 'chuyển mục đích sử dụng rừng sang mục đích khác', expect: FOREST_CONVERSION, who: 'young' },
  { q: 'Tôi lai tạo được giống lúa thơm trồng mấy vụ thấy tốt, muốn được công nhận để bán giống cho bà con thì làm thủ tục gì ạ', expect: SEED_VARIETY, who: 'elderly' },
  { q: 'giong lua tui lai ra muon dang ky luu hanh de ban cho ba con', expect: SEED_VARIETY, who: 'rural' },
  { q: 'công nhận lưu hành giống cây trồng', expect: SEED_VARIETY, who: 'young' },
  { q: 'Con gái tôi muốn bán thêm thuốc trừ sâu, thuốc cỏ trong cửa hàng vật tư nông nghiệp, phải xin giấy gì ạ', expect: PESTICIDE_SHOP, who: 'elderly' },
  { q: 'ban thuoc xit sau thuoc co o tiem vat tu, lam giay o dau', expect: PESTICIDE_SHOP, who: 'rural' },
  { q: 'chứng nhận đủ điều kiện buôn bán thuốc BVTV', expect: PESTICIDE_SHOP, who: 'young' },
  { q: 'Ruộng lúa nhà tôi trũng, cấy lúa mãi không ăn thua, nay muốn chuyển sang trồng cây ăn quả thì có phải đăng ký với xã không ạ', expect: RICE_LAND_CHANGE, who: 'elderly' },
  { q: 'dat lua chuyen qua trong mit voi sau rieng co phai dang ky hong', expect: RICE_LAND_CHANGE, who: 'rural' },
  { q: 'chuyển đổi đất trồng lúa sang cây lâu năm', expect: RICE_LAND_CHANGE, who: 'young' },
  { q: 'Tôi muốn đào một phần ruộng lúa làm ao nuôi cá, kết hợp trồng lúa, nghe nói phải xin phép, xin hỏi làm đơn ở đâu ạ', expect: RICE_LAND_CHANGE, who: 'elderly' },
  { q: 'dao ruong lua lam ao nuoi ca co duoc hong, mần don o dau', expect: RICE_LAND_CHANGE, who: 'rural' },
  { q: 'chuyển ruộng lúa sang nuôi trồng thủy sản', expect: RICE_LAND_CHANGE, who: 'young' },
  { q: 'Hợp tác xã chúng tôi sắp xuất khẩu một container sầu riêng đi Trung Quốc, người ta bảo phải kiểm dịch thực vật, làm ở đâu ạ', expect: PLANT_QUARANTINE_EXPORT, who: 'elderly' },
  { q: 'xuat trai cay di Trung Quoc phai kiem dich thuc vat, lam sao', expect: PLANT_QUARANTINE_EXPORT, who: 'rural' },
  { q: 'kiểm dịch thực vật xuất khẩu', expect: PLANT_QUARANTINE_EXPORT, who: 'young' },
  { q: 'Tôi mới đóng chiếc tàu cá dài mười lăm mét để đi biển, cần đăng ký tàu thì làm ở đâu ạ', expect: FISHING_BOAT_REGISTER, who: 'elderly' },
  { q: 'tau ca moi dong xong, dang ky tau o dau vay', expect: FISHING_BOAT_REGISTER, who: 'rural' },
  { q: 'đăng ký tàu cá mới đóng', expect: FISHING_BOAT_REGISTER, who: 'young' },
  { q: 'Nhà tôi định đóng mới một chiếc tàu cá lớn, nghe nói phải được chấp thuận trước khi đóng, xin hỏi thủ tục thế nào ạ', expect: FISHING_BOAT_BUILD, who: 'elderly' },
  { q: 'muon dong moi tau ca thi xin phep cho nao', expect: FISHING_BOAT_BUILD, who: 'rural' },
  { q: 'chấp thuận đóng mới tàu cá', expect: FISHING_BOAT_BUILD, who: 'young' },
  { q: 'Tàu cá của con trai tôi hết hạn giấy phép khai thác thủy sản rồi, muốn gia hạn thì làm ở đâu ạ', expect: FISHING_LICENCE, who: 'elderly' },
  { q: 'giay phep danh ca cua tau het han roi, xin lai o dau', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'giấy phép khai thác thủy sản', expect: FISHING_LICENCE, who: 'young' },
  { q: 'Tàu cá nhà tôi sắp đến kỳ kiểm tra an toàn kỹ thuật, phải làm thủ tục đăng kiểm ở đâu ạ', expect: FISHING_BOAT_SAFETY, who: 'elderly' },
  { q: 'dang kiem tau ca toi han, kiem tra o dau', expect: FISHING_BOAT_SAFETY, who: 'rural' },
  { q: 'đăng kiểm tàu cá', expect: FISHING_BOAT_SAFETY, who: 'young' },
  { q: 'Tôi nuôi tôm thẻ mấy ao ở ven biển, người ta bảo phải đăng ký nuôi trồng thủy sản để được cấp mã số, xin hỏi làm ở đâu ạ', expect: AQUACULTURE, who: 'elderly' },
  { q: 'nuoi tom ao dat co phai dang ky nuoi trong thuy san hong', expect: AQUACULTURE, who: 'rural' },
  { q: 'xác nhận đăng ký nuôi trồng thủy sản', expect: AQUACULTURE, who: 'young' },
  { q: 'Nhà tôi thả mấy lồng bè nuôi cá trên sông, nghe nói phải có giấy chứng nhận nuôi lồng bè, xin hỏi làm ở đâu ạ', expect: FISH_CAGES, who: 'elderly' },
  { q: 'nuoi ca be tren song phai xin giay hong', expect: FISH_CAGES, who: 'rural' },
  { q: 'cấp phép nuôi cá lồng bè', expect: FISH_CAGES, who: 'young' },
  { q: 'Tôi có chiếc ghe gắn máy chở hàng trên sông, nay cán bộ bảo phải đăng ký phương tiện, xin hỏi đăng ký ghe ở đâu ạ', expect: BOAT_REGISTER, who: 'elderly' },
  { q: 'dang ky ghe may cho lua o dau', expect: BOAT_REGISTER, who: 'rural' },
  { q: 'đăng ký phương tiện thủy nội địa', expect: BOAT_REGISTER, who: 'young' },
  { q: 'Tôi bán chiếc xuồng máy cho người xã bên, người mua bảo phải sang tên đăng ký lại, tôi phải làm gì ạ', expect: BOAT_NEW_OWNER, who: 'elderly' },
  { q: 'ban ghe cho nguoi ta roi sang ten ghe lam sao', expect: BOAT_NEW_OWNER, who: 'rural' },
  { q: 'sang tên phương tiện thủy nội địa', expect: BOAT_NEW_OWNER, who: 'young' },
  { q: 'Gia đình tôi chở đò qua sông cho bà con đi chợ từ xưa, nay xã bảo phải xin phép mở bến đò, xin hỏi thủ tục thế nào ạ', expect: FERRY_LANDING, who: 'elderly' },
  { q: 'mo ben do ngang song cho ba con qua song, xin phep o dau', expect: FERRY_LANDING, who: 'rural' },
  { q: 'cấp phép bến khách ngang sông', expect: FERRY_LANDING, who: 'young' },
  { q: 'Tôi chạy đò máy chở khách mấy năm nay mà chưa có bằng, nay muốn thi lấy bằng lái thì học ở đâu ạ', expect: BOAT_DRIVER, who: 'elderly' },
  { q: 'thi bang lai ghe tau o dau vay', expect: BOAT_DRIVER, who: 'rural' },
  { q: 'chứng chỉ thuyền trưởng phương tiện thủy nội địa', expect: BOAT_DRIVER, who: 'young' },
];

/** The tuning half (even positions). */
export const FOREST42_TUNE: readonly CitizenQuery[] = FOREST42_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const FOREST42_HELD: readonly CitizenQuery[] = FOREST42_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: a swiftlet house, a fertiliser shop, a fishing boat captain's
 * certificate; and a forest fire, the price of rice and where to sell an old boat, which are no procedure at all.
 */
export const FOREST42_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Tôi xây cái nhà ba tầng để dẫn dụ chim yến về làm tổ, nghe nói phải khai báo với chính quyền, xin hỏi làm sao ạ', who: 'elderly' },
  { q: 'xay nha nuoi chim yen co phai khai bao hong, nop o dau', who: 'rural' },
  { q: 'khai báo nuôi chim yến', who: 'young' },
  { q: 'Tôi mở cái đại lý nhỏ bán phân bón cho bà con trong xóm, nghe nói phải có giấy chứng nhận đủ điều kiện, xin hỏi làm ở đâu ạ', who: 'elderly' },
  { q: 'mo tiem ban phan bon o xom can giay phep gi', who: 'rural' },
  { q: 'giấy đủ điều kiện buôn bán phân bón', who: 'young' },
  { q: 'Con trai tôi muốn đi làm thuyền trưởng tàu cá đánh bắt xa bờ, nghe nói phải có văn bằng, xin hỏi học thi ở đâu ạ', who: 'elderly' },
  { q: 'bang thuyen truong tau ca hang tu thi o dau', who: 'rural' },
  { q: 'chứng chỉ thuyền trưởng tàu cá', who: 'young' },
  { q: 'Rừng gần nhà tôi bị cháy, tôi phải gọi báo cho ai ạ', who: 'elderly' },
  { q: 'gia lua hom nay bao nhieu', who: 'rural' },
  { q: 'ban ghe cu o dau duoc gia', who: 'rural' },
];
