import type { CitizenQuery } from './dev-set';
import { CHANGE_USE } from './land-codes';

/**
 * What villagers and small traders bring to the forest rangers (kiểm lâm) and the forestry office (issue 17, helper
 * session of 7 Dec 2026, batch forest66): cutting planted acacia, eucalyptus and pine, papers for timber or firewood
 * on a truck, a sawmill or furniture workshop buying wood, porcupines, cobras, bamboo rats, mynas and parrots, sika
 * deer kept at home or on a farm, selling bred animals, agarwood, ornamental trees dug from the forest, forest land
 * allocated or leased to a household, converting forest land, the replacement-planting fee, selling or moving rare
 * wood (sưa, trắc, cẩm lai) and forest seed sources. Written in one sitting at 05:25 UTC
 * (docs/search-drafts/forest66-draft-20261207T0525Z.txt) before any procedure name was grepped and before the engine
 * was run on them: 29 situations × 3 voices (elderly: long stories with diacritics, "héc ta", "từ hồi hợp tác xã";
 * rural: no diacritics, "tui", "ko", "j", "dc"; young: keywords).
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * forest42 and nature63: household timber accepts the forest-product list and the harvest plan at commune or province
 * level; carrying, selling or moving wood (firewood, rare wood, furniture) accepts the forest-product list; a sawmill
 * or furniture workshop accepts the forest-product list and the classification of timber businesses (3.000160);
 * porcupines, cobras, bamboo rats, mynas, parrots and deer accept the CITES farm code (the only wildlife-farm procedure
 * here); selling bred animals accepts the forest-product list and the veterinary certificate for leaving the province;
 * agarwood for a foreign buyer accepts the CITES export permit; ornamental trees from the forest accept the harvest
 * plan for non-timber plants and the forest-product list; allocation and lease accept the forest allocation at both
 * levels and land allocation; forest land to a house plot or a coffee garden accepts the individual's forest
 * conversion and the land-use change; seed nurseries accept the seed-source and the variety recognition.
 *
 * Dropped before labelling (the draft keeps them): softshell turtles (fisheries or CITES, a clerk could not say which
 * without the species) and clearing poor natural forest (no such procedure; not plainly no-answer either). No
 * procedure in the catalogue: handing over a monkey, a pangolin or a bear, a forest fire from burning a field, being
 * paid for forest environment services (the catalogue only has the payers' exemption): those 15 queries and 6 for
 * prices and advice are FOREST66_NO_ANSWER. 66 labelled queries, split by alternation into FOREST66_TUNE and
 * FOREST66_HELD.
 */
const PLANTED_TIMBER = ['1.000045', '1.011471', '1.011470'];
const FOREST_PRODUCT_LIST = ['1.000045'];
const WOOD_BUSINESS = ['1.000045', '3.000160'];
const WILD_ANIMALS = ['1.004819'];
const BRED_ANIMAL_SALE = ['1.000045', '1.002338'];
const CITES_EXPORT = ['1.003903'];
const FOREST_PLANTS = ['1.011471', '1.011470', '1.000045'];
const FOREST_ALLOCATION = ['1.014832', '1.014839', '1.013949', '1.013823'];
const FOREST_CONVERSION = ['1.012694', '1.012689', '3.000152'];
const FOREST_TO_OTHER_LAND = ['1.012694', ...CHANGE_USE];
const REPLACEMENT_PLANTING = ['1.007916'];
const FOREST_SEED_SOURCE = ['3.000198', '2.002467'];

export const FOREST66_BATCH: readonly CitizenQuery[] = [
  { q: 'nhà tôi trồng được mấy héc ta keo trên đồi đã bảy năm rồi, nay các con muốn chặt bán lấy tiền sửa nhà thì có phải báo kiểm lâm hay xin phép gì không', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'rung keo nha tui toi tuoi khai thac roi muon chat ban thi bao xa hay kiem lam ko', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác rừng keo tự trồng', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'ông bà tôi trồng hàng bạch đàn quanh vườn từ hồi hợp tác xã, giờ cây to quá sợ đổ vào nhà, muốn hạ xuống bán gỗ thì làm giấy tờ gì', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'chat may cay bach dan trong vuon nha ban cho lai thi co can giay to j ko', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'chặt cây bạch đàn trồng phân tán', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'gia đình tôi ở Lâm Đồng có rẫy thông do bố tôi trồng từ năm tám mấy, nay muốn khai thác thông bán cho xưởng thì phải làm hồ sơ gì ở kiểm lâm', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'rung thong nha minh tu trong gio muon tia thua ban go thi xin phep o dau', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác thông rừng trồng hộ gia đình', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'con trai tôi thuê xe tải chở gỗ keo nhà mình từ trên bản xuống xuôi bán, nghe nói đi đường bị kiểm lâm hỏi giấy, vậy cần giấy gì mang theo xe', expect: FOREST_PRODUCT_LIST, who: 'elderly' },
  { q: 'cho go keo tren xe tai xuong nha may can giay to j de kiem lam ko bat', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'bảng kê lâm sản chở gỗ', expect: FOREST_PRODUCT_LIST, who: 'young' },
  {
    q: 'nhà tôi nghèo, hay đi nhặt củi khô ở đồi nhà rồi chở cả xe công nông ra chợ bán, có người bảo phải có giấy xác nhận của xã mới được chở, có đúng không',
    expect: FOREST_PRODUCT_LIST,
    who: 'elderly',
  },
  { q: 'cho cui di ban bang xe cong nong co phai xin giay xac nhan lam san ko', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'giấy vận chuyển củi', expect: FOREST_PRODUCT_LIST, who: 'young' },
  { q: 'tôi mở xưởng cưa nhỏ ở đầu xã, mua gỗ keo của bà con về xẻ ván, cán bộ kiểm lâm bảo phải có sổ theo dõi nhập xuất gỗ, vậy đăng ký thế nào', expect: WOOD_BUSINESS, who: 'elderly' },
  { q: 'xuong cua xe go mua go cua dan phai dang ky voi kiem lam nhu the nao', expect: WOOD_BUSINESS, who: 'rural' },
  { q: 'đăng ký xưởng cưa gỗ', expect: WOOD_BUSINESS, who: 'young' },
  { q: 'con rể tôi làm nghề mộc, có xưởng đóng bàn ghế tủ giường, mua gỗ về làm thì có phải kê khai nguồn gốc gỗ với kiểm lâm không', expect: WOOD_BUSINESS, who: 'elderly' },
  { q: 'xuong do go lam ban ghe mua go ve lam thi ke khai nguon goc go sao', expect: WOOD_BUSINESS, who: 'rural' },
  { q: 'xác nhận nguồn gốc gỗ xưởng mộc', expect: WOOD_BUSINESS, who: 'young' },
  {
    q: 'mấy năm nay tôi nuôi mấy chục con nhím trong chuồng sau nhà để bán thịt, nay nghe nói phải đăng ký với kiểm lâm, tôi già rồi không biết làm thủ tục thế nào',
    expect: WILD_ANIMALS,
    who: 'elderly',
  },
  { q: 'nuoi nhim o nha co phai dang ky trai nuoi voi kiem lam ko', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'đăng ký nuôi nhím', expect: WILD_ANIMALS, who: 'young' },
  { q: 'cháu tôi ở quê muốn mở trại nuôi rắn hổ mang và rắn ráo để bán, nghe nói rắn hổ mang là loài quý phải xin mã số trại, xin hỏi làm ở đâu', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'mo trai nuoi ran ho mang can xin ma so co so nuoi ko', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'cấp mã số trại nuôi rắn', expect: WILD_ANIMALS, who: 'young' },
  { q: 'tôi thấy người ta nuôi dúi lãi lắm nên cũng làm chuồng nuôi vài chục con, bây giờ xã bảo phải khai báo với kiểm lâm, vậy tôi phải làm đơn gì', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi dui trong nha phai khai bao voi kiem lam the nao', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'khai báo nuôi dúi', expect: WILD_ANIMALS, who: 'young' },
  { q: 'ông nhà tôi mê chim, nuôi mấy lồng chim khướu chim chào mào, giờ có người hỏi mua cả con vẹt và con yểng, liệu có phải xin phép gì không hay bị phạt', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi chim yeng voi chim vet trong nha co bi phat ko, phai dang ky j', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'nuôi vẹt có cần giấy phép', expect: WILD_ANIMALS, who: 'young' },
  { q: 'gia đình tôi nuôi hươu sao lấy nhung đã lâu, nay muốn mở rộng thành trang trại, nghe nói phải đăng ký cơ sở nuôi, làm ở đâu vậy các anh', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi huou lay nhung mo trang trai phai dang ky co so gay nuoi dong vat rung', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'đăng ký trại nuôi hươu', expect: WILD_ANIMALS, who: 'young' },
  { q: 'trại nhím nhà tôi đã đăng ký rồi, giờ có thương lái đến mua cả trăm con chở đi Hà Nội, họ đòi giấy chứng nhận nguồn gốc, tôi xin ở đâu', expect: BRED_ANIMAL_SALE, who: 'elderly' },
  { q: 'ban nhim cho thuong lai ho doi giay nguon goc dong vat nuoi thi xin o dau', expect: BRED_ANIMAL_SALE, who: 'rural' },
  { q: 'xác nhận nguồn gốc động vật nuôi để bán', expect: BRED_ANIMAL_SALE, who: 'young' },
  { q: 'vườn nhà tôi trồng cây dó bầu được mười mấy năm, giờ đã tạo được trầm, có người nước ngoài muốn mua trầm hương mang đi, vậy cần giấy phép gì', expect: CITES_EXPORT, who: 'elderly' },
  { q: 'trong cay do bau tao tram gio ban tram huong xuat di nuoc ngoai can giay phep j', expect: CITES_EXPORT, who: 'rural' },
  { q: 'giấy phép xuất khẩu trầm hương', expect: CITES_EXPORT, who: 'young' },
  {
    q: 'thằng con tôi lên núi đào được mấy cây cảnh gốc to, sanh si bonsai đẹp lắm, nay muốn chở về xuôi bán cho người chơi cây thì có cần giấy của kiểm lâm không',
    expect: FOREST_PLANTS,
    who: 'elderly',
  },
  { q: 'dao cay canh tren rung ve ban co can giay cua kiem lam ko', expect: FOREST_PLANTS, who: 'rural' },
  { q: 'khai thác cây cảnh từ rừng', expect: FOREST_PLANTS, who: 'young' },
  {
    q: 'cả đời tôi ở bản, nhà có mấy đồi rừng ông cha để lại chăm sóc bao năm, nay muốn nhà nước giao đất giao rừng cho hộ gia đình để được làm sổ thì làm thế nào',
    expect: FOREST_ALLOCATION,
    who: 'elderly',
  },
  { q: 'xin giao dat rung cho ho gia dinh de trong rung san xuat lam sao', expect: FOREST_ALLOCATION, who: 'rural' },
  { q: 'giao rừng cho hộ gia đình', expect: FOREST_ALLOCATION, who: 'young' },
  { q: 'con trai tôi muốn thuê thêm mấy chục héc ta rừng sản xuất của nhà nước để trồng keo, vậy nộp đơn xin thuê rừng ở huyện hay ở tỉnh', expect: FOREST_ALLOCATION, who: 'elderly' },
  { q: 'thue dat rung cua nha nuoc trong keo nop don o dau', expect: FOREST_ALLOCATION, who: 'rural' },
  { q: 'thuê rừng sản xuất', expect: FOREST_ALLOCATION, who: 'young' },
  {
    q: 'nhà tôi có mấy sào đất rừng sản xuất ở sát đường, nay muốn chuyển sang đất ở để làm nhà cho con trai ra riêng thì có được không và làm thủ tục gì',
    expect: FOREST_TO_OTHER_LAND,
    who: 'elderly',
  },
  { q: 'chuyen dat rung san xuat sang dat vuon trong ca phe co dc ko', expect: FOREST_TO_OTHER_LAND, who: 'rural' },
  { q: 'chuyển mục đích sử dụng rừng', expect: FOREST_CONVERSION, who: 'young' },
  { q: 'công ty làm thủy điện bên xã tôi phá mất một khoảnh rừng, người ta bảo phải nộp tiền trồng rừng thay thế, vậy những ai phải nộp và nộp ở đâu', expect: REPLACEMENT_PLANTING, who: 'elderly' },
  { q: 'pha rung lam du an phai nop tien trong rung thay the o dau', expect: REPLACEMENT_PLANTING, who: 'rural' },
  { q: 'nộp tiền trồng rừng thay thế', expect: REPLACEMENT_PLANTING, who: 'young' },
  { q: 'nhà tôi còn mấy khúc gỗ sưa với gỗ trắc từ đời ông để lại, nay có người hỏi mua với giá cao, tôi muốn bán cho đúng luật thì phải làm giấy tờ gì', expect: FOREST_PRODUCT_LIST, who: 'elderly' },
  { q: 'ban go sua go trac cua ong ba de lai can giay j', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'bán gỗ quý hiếm gia truyền', expect: FOREST_PRODUCT_LIST, who: 'young' },
  {
    q: 'tôi có bộ bàn ghế gỗ cẩm lai, nay chuyển nhà vào Nam muốn mang theo, nghe nói gỗ quý đi đường phải có giấy kiểm lâm xác nhận, vậy xin giấy ấy ở đâu',
    expect: FOREST_PRODUCT_LIST,
    who: 'elderly',
  },
  { q: 'cho bo ban ghe go quy di tinh khac can giay kiem lam ko', expect: FOREST_PRODUCT_LIST, who: 'rural' },
  { q: 'vận chuyển đồ gỗ quý', expect: FOREST_PRODUCT_LIST, who: 'young' },
  { q: 'tôi ươm cây giống keo và bạch đàn bán cho bà con trong huyện, nghe nói nguồn giống cây lâm nghiệp phải được công nhận, vậy tôi làm hồ sơ thế nào', expect: FOREST_SEED_SOURCE, who: 'elderly' },
  { q: 'vuon uom cay giong keo xin cong nhan nguon giong o dau', expect: FOREST_SEED_SOURCE, who: 'rural' },
  { q: 'công nhận nguồn giống cây lâm nghiệp', expect: FOREST_SEED_SOURCE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const FOREST66_TUNE: readonly CitizenQuery[] = FOREST66_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const FOREST66_HELD: readonly CitizenQuery[] = FOREST66_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No procedure in the catalogue: handing over a wild animal (a monkey, a pangolin, a bear), a forest fire from
 * burning a field, being paid for protecting the forest; then prices and advice.
 */
export const FOREST66_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'năm ngoái thằng cháu mang về một con khỉ con bị lạc mẹ ngoài rẫy, nhà tôi nuôi đến giờ, nay muốn giao lại cho nhà nước vì sợ phạm luật, phải báo ai', who: 'elderly' },
  { q: 'nha tui dang nuoi con khi bat tren nui gio muon giao nop cho kiem lam', who: 'rural' },
  { q: 'giao nộp khỉ nuôi cho kiểm lâm', who: 'young' },
  { q: 'sáng nay con trai tôi đi làm rẫy thì bắt được một con tê tê chui vào hang, nghe nói là động vật quý hiếm, tôi muốn đem nộp cho kiểm lâm thì làm thế nào', who: 'elderly' },
  { q: 'di ray bat duoc con rua nui voi con te te gio mang nop o dau', who: 'rural' },
  { q: 'bắt được tê tê đem nộp', who: 'young' },
  { q: 'bà hàng xóm cho tôi con gấu con từ mấy năm trước, nuôi trong cũi ở nhà, nay tôi muốn tự nguyện chuyển giao cho trung tâm cứu hộ, thủ tục thế nào', who: 'elderly' },
  { q: 'tu nguyen giao nop dong vat hoang da cho nha nuoc thi lam giay to j', who: 'rural' },
  { q: 'tự nguyện giao nộp động vật hoang dã', who: 'young' },
  { q: 'hôm trước nhà tôi đốt nương làm rẫy chẳng may lửa cháy lan sang rừng thông bên cạnh, giờ xã gọi lên, tôi phải làm gì và có bị phạt không', who: 'elderly' },
  { q: 'dot ray chay lan sang rung nha nguoi ta gio xu ly sao', who: 'rural' },
  { q: 'đốt rẫy cháy rừng bị phạt', who: 'young' },
  { q: 'thôn tôi nhận khoán bảo vệ rừng đầu nguồn mấy năm nay, nghe nói có tiền chi trả dịch vụ môi trường rừng, nhà tôi muốn hỏi làm sao được nhận', who: 'elderly' },
  { q: 'nhan khoan bao ve rung thi tien dich vu moi truong rung nhan o dau', who: 'rural' },
  { q: 'chi trả dịch vụ môi trường rừng', who: 'young' },
  { q: 'năm nay giá gỗ keo ở chỗ tôi xuống thấp quá, bà con chặt bán lỗ vốn, các anh cho hỏi nhà máy nào thu mua keo giá cao hơn', who: 'elderly' },
  { q: 'mua nao trong keo thi cay len nhanh nhat', who: 'rural' },
  { q: 'giá nhím thịt hôm nay', who: 'young' },
  { q: 'tối qua có con rắn to bò vào bếp nhà tôi, bà nhà tôi sợ quá, các cháu cho hỏi làm sao đuổi rắn đi mà không phải giết nó', who: 'elderly' },
  { q: 'ong vo ve dot sung tay phai lam sao', who: 'rural' },
  { q: 'cách chăm sóc chào mào', who: 'young' },
];
