import type { CitizenQuery } from './dev-set';

/**
 * The fields a commune or province centre hears less often but still daily, in the three voices (issue 17, helper
 * session of 6 Dec 2026): 60 queries, 20 situations each told by an elderly, a rural and a young citizen, written in
 * one sitting at 19:28 UTC (docs/search-drafts/fields35-draft-20261206T1928Z.txt) before any procedure name was
 * grepped and before the engine was run on them. Elderly: polite stories (a nephew's joinery, a Korean son-in-law
 * home for Tết, a ferry landing "from our forefathers' time"); rural: no diacritics, "ghe cao", "heo", "thuoc xit",
 * "tui", "hong", "dzay", "chi"; young: gp, đk, gpxd, BVTV, CTNH, DTTS, LPG, "garage", "taxi".
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. River water for fields and ponds accepts the small-scale registration and
 * the province's surface-water permit (not the ministry's large-scale one); cutting a household's planted acacia
 * accepts the forest-product list the ranger confirms and the commune's harvest plan; porcupines and cobras accept
 * the CITES farm code (the only wildlife-farm procedure here); river fish cages accept the commune's and the
 * province's cage certificate; a ferry landing accepts the commune's technical agreement and opening notice for
 * either kind of landing (following fields27); a foreign guest accepts the paper and the online residence notice.
 *
 * This catalogue has no environmental registration or hazardous-waste book, no housing aid for ethnic minorities, no
 * contractor capability certificate (only the personal practising one), no trade licences (petrol, bottled gas), no
 * publishing licence, no commune merit awards (only ministries' own) and no religious affairs: those 27 queries are
 * in FIELDS35_NO_ANSWER. Split by alternation into FIELDS35_TUNE and FIELDS35_HELD.
 */
const RIVER_WATER = ['2.002835', '1.004179'];
const PLANTED_TIMBER = ['1.000045', '1.011471'];
const WILD_ANIMALS = ['1.004819'];
const FISHING_LICENCE = ['1.004359'];
const FISH_CAGES = ['1.014801', '1.004692'];
const QUARANTINE = ['1.002338'];
const PESTICIDE_SHOP = ['1.004363'];
const BUILD_NEW = ['1.013225'];
const FERRY_LANDING = ['1.009452', '1.009453', '1.009454', '1.009455'];
const TRANSPORT_BADGE = ['2.002288'];
const FOREIGN_GUEST = ['1.000253', '1.001437'];

export const FIELDS35_BATCH: readonly CitizenQuery[] = [
  { q: 'Nhà tôi muốn đặt máy bơm lấy nước sông lên tưới mấy mẫu ruộng và ao cá, có phải xin phép khai thác nước không ạ', expect: RIVER_WATER, who: 'elderly' },
  { q: 'bom nuoc song vo ao nuoi tom co can xin giay phep khai thac nuoc mat hong', expect: RIVER_WATER, who: 'rural' },
  { q: 'gp khai thác nước mặt từ sông', expect: RIVER_WATER, who: 'young' },
  { q: 'Nhà tôi trồng mấy héc ta keo đã được bảy năm, nay muốn khai thác bán cho thương lái thì có phải báo xã hay xin phép gì không ạ', expect: PLANTED_TIMBER, who: 'elderly' },
  { q: 'rung keo nha trong toi tuoi chat ban can lam giay to chi de cho go ra khoi xa', expect: PLANTED_TIMBER, who: 'rural' },
  { q: 'khai thác gỗ rừng trồng để bán', expect: PLANTED_TIMBER, who: 'young' },
  { q: 'Tôi nuôi mấy con nhím với mấy ô rắn hổ mang ở sau vườn, có người bảo phải đăng ký với kiểm lâm, xin hỏi thủ tục thế nào ạ', expect: WILD_ANIMALS, who: 'elderly' },
  { q: 'nuoi nhim voi ran ho mang de ban thit co phai dang ky voi kiem lam ko', expect: WILD_ANIMALS, who: 'rural' },
  { q: 'đk trại nuôi động vật hoang dã', expect: WILD_ANIMALS, who: 'young' },
  { q: 'Con trai tôi mới đóng chiếc tàu đi biển đánh cá, giờ phải xin giấy phép đánh bắt thì làm thế nào ạ', expect: FISHING_LICENCE, who: 'elderly' },
  { q: 'ghe cao lam nghe luoi can xin giay phep danh bat hai san o dau', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'xin gp khai thác thủy sản cho tàu cá', expect: FISHING_LICENCE, who: 'young' },
  { q: 'Tôi muốn thả mấy lồng cá trên sông trước nhà, nuôi cá lăng cá diêu hồng, xin hỏi có phải đăng ký gì không ạ', expect: FISH_CAGES, who: 'elderly' },
  { q: 'tha be ca long tren song can xin phep gi ko', expect: FISH_CAGES, who: 'rural' },
  { q: 'đk nuôi cá lồng bè', expect: FISH_CAGES, who: 'young' },
  { q: 'Tôi có đàn lợn ba chục con, thương lái ở tỉnh khác về mua, họ bảo phải có giấy kiểm dịch mới chở đi được, xin hỏi xin ở đâu ạ', expect: QUARANTINE, who: 'elderly' },
  { q: 'cho heo di tinh khac ban thi xin giay kiem dich o dau', expect: QUARANTINE, who: 'rural' },
  { q: 'giấy kiểm dịch vận chuyển gà ra ngoài tỉnh', expect: QUARANTINE, who: 'young' },
  { q: 'Tôi muốn mở cửa hàng bán thuốc trừ sâu cho bà con trong xã, xin hỏi phải có giấy phép gì ạ', expect: PESTICIDE_SHOP, who: 'elderly' },
  { q: 'mo dai ly ban thuoc xit tru sau can giay phep gi', expect: PESTICIDE_SHOP, who: 'rural' },
  { q: 'gp bán thuốc BVTV', expect: PESTICIDE_SHOP, who: 'young' },
  { q: 'Ông bà có mảnh đất mặt đường ở thị trấn, nay muốn xây nhà ba tầng cho con cháu ở, xin giấy phép xây dựng thì nộp ở đâu ạ', expect: BUILD_NEW, who: 'elderly' },
  { q: 'xay nha cap 4 o thi tran co can xin giay phep xay dung ko', expect: BUILD_NEW, who: 'rural' },
  { q: 'xin gpxd nhà ở riêng lẻ', expect: BUILD_NEW, who: 'young' },
  { q: 'Làng tôi có bến đò ngang sông từ thời ông cha, nay muốn làm giấy tờ cho bến đò hoạt động đúng phép thì làm thế nào ạ', expect: FERRY_LANDING, who: 'elderly' },
  { q: 'xin phep mo ben do cho khach qua song', expect: FERRY_LANDING, who: 'rural' },
  { q: 'cấp phép bến khách ngang sông', expect: FERRY_LANDING, who: 'young' },
  { q: 'Tôi có chiếc xe mười sáu chỗ muốn chạy chở khách theo hợp đồng, người ta bảo phải có phù hiệu, xin hỏi xin ở đâu ạ', expect: TRANSPORT_BADGE, who: 'elderly' },
  { q: 'xe 16 cho chay hop dong xin phu hieu o dau', expect: TRANSPORT_BADGE, who: 'rural' },
  { q: 'cấp phù hiệu xe taxi', expect: TRANSPORT_BADGE, who: 'young' },
  { q: 'Con rể tôi là người Hàn Quốc, dịp Tết về quê ở nhà tôi mấy hôm, xin hỏi có phải khai báo tạm trú cho cháu không ạ', expect: FOREIGN_GUEST, who: 'elderly' },
  { q: 'nguoi nuoc ngoai ve o nha minh may bua co phai khai bao tam tru ko', expect: FOREIGN_GUEST, who: 'rural' },
  { q: 'khai báo tạm trú cho người nước ngoài', expect: FOREIGN_GUEST, who: 'young' },
];

/** The tuning half (even positions). */
export const FIELDS35_TUNE: readonly CitizenQuery[] = FIELDS35_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const FIELDS35_HELD: readonly CitizenQuery[] = FIELDS35_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: environmental registration of a small workshop, a garage's
 * hazardous-waste book, housing aid for ethnic-minority households, a builder's capability certificate, a petrol
 * station, a bottled-gas shop, a newsletter licence, a commune merit award and a house-church registration.
 */
export const FIELDS35_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Cháu tôi mở một xưởng mộc nhỏ sau nhà, cán bộ môi trường xã bảo phải có giấy tờ về môi trường, xin hỏi phải làm thủ tục gì ạ', who: 'elderly' },
  { q: 'xuong han tien nho cua nha tui bi nhac phai dang ky moi truong, mần o dau dzay', who: 'rural' },
  { q: 'đk môi trường cho xưởng nhỏ', who: 'young' },
  { q: 'Tôi có tiệm sửa xe máy, tháng nào cũng thải ra mấy can dầu nhớt, nghe nói phải khai báo chất thải nguy hại, xin hỏi làm ở đâu ạ', who: 'elderly' },
  { q: 'tiem sua xe thai nhot cu nhieu, co phai dang ky chu nguon thai chat thai nguy hai hong', who: 'rural' },
  { q: 'sổ chủ nguồn thải CTNH cho garage', who: 'young' },
  { q: 'Gia đình tôi là người Mường, nhà nghèo, nhà cửa dột nát, nghe nói Nhà nước có chính sách hỗ trợ đồng bào dân tộc làm nhà, xin hỏi làm đơn ở đâu ạ', who: 'elderly' },
  { q: 'ho dan toc thieu so ngheo xin ho tro lam nha o thi nop don o dau', who: 'rural' },
  { q: 'hỗ trợ nhà ở hộ DTTS nghèo', who: 'young' },
  { q: 'Cháu tôi lập công ty xây dựng nhỏ, muốn nhận thầu công trình của xã thì cần phải có chứng chỉ năng lực, xin hỏi làm ở đâu ạ', who: 'elderly' },
  { q: 'cong ty xay dung moi thanh lap xin chung chi nang luc hang 3 sao vay', who: 'rural' },
  { q: 'cc năng lực hđ xây dựng', who: 'young' },
  { q: 'Gia đình tôi muốn mở một cây xăng nhỏ ở đầu xã cho bà con tiện đổ xăng, xin hỏi phải xin phép những gì ạ', who: 'elderly' },
  { q: 'mo cay xang ban le o nong thon can giay gi', who: 'rural' },
  { q: 'gp mở cây xăng', who: 'young' },
  { q: 'Con dâu tôi muốn bán ga ở nhà, loại bình ga nấu bếp, có phải xin giấy phép không ạ', who: 'elderly' },
  { q: 'dai ly ban binh gas nau an can giay chung nhan gi', who: 'rural' },
  { q: 'đủ đk bán LPG chai', who: 'young' },
  { q: 'Hội người cao tuổi xã tôi muốn in một tập bản tin mỗi quý phát cho các cụ đọc, có phải xin phép không ạ', who: 'elderly' },
  { q: 'xa muon ra ban tin noi bo thi xin giay phep xuat ban o dau', who: 'rural' },
  { q: 'gp xuất bản bản tin', who: 'young' },
  { q: 'Ông cụ nhà bên hiến đất làm đường bê tông cho thôn, bà con muốn đề nghị xã khen thưởng cho cụ, xin hỏi làm hồ sơ thế nào ạ', who: 'elderly' },
  { q: 'de nghi tang giay khen cho nguoi hien dat lam duong', who: 'rural' },
  { q: 'đề nghị khen thưởng giấy khen chủ tịch xã', who: 'young' },
  { q: 'Mấy gia đình theo đạo Tin Lành trong thôn chưa có nhà thờ, muốn xin được sinh hoạt tôn giáo tập trung tại nhà một tín hữu, xin hỏi đăng ký ở đâu ạ', who: 'elderly' },
  { q: 'nhom dao tin lanh o xom muon dang ky sinh hoat ton giao tap trung', who: 'rural' },
  { q: 'đk sinh hoạt tôn giáo tập trung', who: 'young' },
];
