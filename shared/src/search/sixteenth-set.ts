/**
 * The sixteenth set: 198 citizen queries written blind, to measure the kiosk's search on text it was never tuned on.
 *
 * How it was written. By 09:03 UTC on 6 Dec 2026, before any data was opened, 66 life situations were drafted across
 * what a commune or province centre handles (civil status, adoption, guardianship, residence, identity cards, justice
 * records, certification, inheritance, land, construction, housing, household businesses, companies, cooperatives,
 * vehicles and licences, boats, farming, animals, forestry, environment, social and health insurance, people with
 * merit, social assistance, poor households, passports, security-conditioned trades, food safety, culture, religion,
 * associations), ten of them guessed to be outside the national catalogue (school, health, electricity, water,
 * traffic fines, wages, jobs, policy loans, SIM cards, noise). Each situation got three queries, one per voice:
 * elderly (long polite sentences with diacritics and old names: chứng minh nhân dân, hộ khẩu, sổ đỏ, bằng lái, giấy giá
 * thú), rural (mostly without diacritics, regional words, chat shorthand) and young (short, abbreviations, typos).
 * The draft was frozen at 2026-12-06T09:03:25Z as plain text with
 * sha256 c71f371205f1fceef2dd3bec15ad65a5150235cddd04783445c3de7544ead90b; every query below is copied from it
 * verbatim, none reworded or dropped. The writer saw neither the search engine, its lexicons, tests and benches, nor any
 * earlier query set (only the CitizenQuery interface, and the two exported names of dev-set.ts in passing), and ran
 * no engine or scorer. The comment above each situation is its line in the draft.
 *
 * How it was labelled. Only after the freeze: the names, levels, fields and agencies of server/seed/tthc/national-crawl
 * (2,642 procedures) were grepped diacritic-insensitively, and each query got every code a counter clerk would accept:
 * the commune, province and central variants of the same procedure, and the combined procedures that also answer it
 * (birth registration with the child's health card; a transfer of land with the certified contract when the query
 * names the transfer itself). A query whose need the catalogue lacks goes to the no-answer list, even when a
 * neighbouring procedure shares its words. Judgement calls, so that a reader can disagree with them:
 * - the catalogue turned out much narrower than guessed: no pension, unemployment, social assistance, disability,
 *   martyrs' worship allowance, storm damage support, environmental registration, karaoke, festivals, religion,
 *   associations or alcohol licences: besides the 10 guessed absent, 15 more situations end wholly or partly there;
 * - procedures run by the police for their own personnel (health cards, agent orange) count only for a query that
 *   does not say the person served elsewhere; the food-safety certificate for farm, forest and fishery products
 *   counts for a food producer and a bare query, not for an eatery (the health sector's, absent here);
 * - swapping an old 9-digit ID for a chip card accepts both first issue and swap of the card; an expired driving
 *   licence accepts both swap and re-issue; a funeral grant accepts the insurance survivors' benefit only when the
 *   query does not name the social-assistance grant.
 *
 * Counts: 128 answerable (42 elderly, 43 rural, 43 young) and 70 with no answer
 * (24 elderly, 23 rural, 23 young). Not used by any bench or scorer yet: measure with it, never tune on it.
 */
import type { CitizenQuery } from './dev-set';

/** Queries the catalogue answers, each with every code a clerk would accept. */
export const SIXTEENTH_HELDOUT: readonly CitizenQuery[] = [
  // 01 Newborn baby, parents want the birth registered.
  { q: 'Cô ơi, con dâu tôi mới sinh cháu nội được hai tuần, giờ tôi muốn làm giấy khai sinh cho cháu thì cần mang những gì ạ?', expect: ['1.001193', '2.000986', '2.001023'], who: 'elderly' },
  { q: 'vo moi de em be muon lam giay khai sinh cho con thi lam o dau vay', expect: ['1.001193', '2.000986', '2.001023'], who: 'rural' },
  { q: 'đk khai sinh cho con mới sinh', expect: ['1.001193', '2.000986', '2.001023'], who: 'young' },
  // 02 Adult never had a birth certificate registered / original lost, needs re-registration.
  {
    q: 'Cháu ơi, bà năm nay bảy mươi tuổi, giấy khai sinh ngày xưa bị cháy mất từ hồi chiến tranh, sổ sách ở xã cũng không còn, giờ bà muốn làm lại thì làm sao hả cháu?',
    expect: ['1.004884'],
    who: 'elderly',
  },
  { q: 'giay khai sinh cua tui bi mat tu hoi nho ma so o xa cung hong con, lam lai dc ko', expect: ['1.004884'], who: 'rural' },
  { q: 'mất giấy khai sinh gốc, đăng ký lại khai sinh', expect: ['1.004884', '2.000635'], who: 'young' },
  // 03 Couple wants to register their marriage.
  { q: 'Thưa cô, hai cháu nhà tôi sắp cưới, tôi muốn hỏi thủ tục làm giấy giá thú ở xã mình thì cần những giấy tờ gì ạ?', expect: ['1.000894'], who: 'elderly' },
  { q: 'tui voi ban gai muon dang ky ket hon thi can giay to j vay chi', expect: ['1.000894'], who: 'rural' },
  { q: 'thủ tục đkkh', expect: ['1.000894'], who: 'young' },
  // 04 Needs a certificate of single status to marry / buy land.
  { q: 'Cô ơi cho tôi hỏi, con gái tôi làm ở thành phố, nó cần cái giấy xác nhận là còn độc thân chưa chồng để làm hồ sơ, thì về xã xin có được không ạ?', expect: ['1.004873'], who: 'elderly' },
  { q: 'xin giay xac nhan doc than de di lam ho so vay ngan hang thi lam sao', expect: ['1.004873'], who: 'rural' },
  { q: 'giấy xác nhận tình trạng hôn nhân', expect: ['1.004873'], who: 'young' },
  // 05 Family member died, register the death.
  { q: 'Nhà tôi ông cụ vừa mất tuần trước, các cháu bảo phải báo tử với xã, vậy tôi cần làm những gì ạ?', expect: ['1.000656'], who: 'elderly' },
  { q: 'ba tui moi mat, muon lam giay chung tu thi di dau lam', expect: ['1.000656'], who: 'rural' },
  { q: 'khai tử cho người nhà', expect: ['1.000656'], who: 'young' },
  // 06 Needs a copy (extract) of a birth certificate issued long ago.
  { q: 'Cháu ơi, ông cần bản sao giấy khai sinh của ông để làm hồ sơ hưởng chế độ, bản gốc thì rách nát hết rồi, xin lại bản sao ở đâu hả cháu?', expect: ['2.000635'], who: 'elderly' },
  { q: 'xin ban sao giay khai sinh o xa duoc hong, ban chinh bi mat roi', expect: ['2.000635'], who: 'rural' },
  { q: 'trích lục khai sinh bản sao', expect: ['2.000635'], who: 'young' },
  // 07 Wrong date of birth / name on birth certificate; wants correction or name change.
  { q: 'Thưa cô, giấy khai sinh của tôi ghi sai năm sinh so với chứng minh nhân dân, giờ tôi muốn sửa lại cho đúng thì phải làm đơn ở đâu ạ?', expect: ['1.004859'], who: 'elderly' },
  { q: 'giay khai sinh ghi sai ten cua con, muon sua lai ten cho dung thi lam sao', expect: ['1.004859'], who: 'rural' },
  { q: 'đổi tên trong giấy khai sinh cho con', expect: ['1.004859'], who: 'young' },
  // 08 Father wants to acknowledge child born before marriage.
  { q: 'Cô ơi, con trai tôi có đứa con với cô kia từ trước khi cưới, giấy khai sinh của cháu bỏ trống tên bố, giờ nó muốn nhận con thì làm thế nào ạ?', expect: ['1.001022'], who: 'elderly' },
  { q: 'con tui de ra ma chua co ten cha trong khai sinh, gio ba no muon nhan con thi lam giay j', expect: ['1.001022'], who: 'rural' },
  { q: 'thủ tục nhận cha con', expect: ['1.001022', '1.000689'], who: 'young' },
  // 09 Adopting a child within the country.
  { q: 'Vợ chồng tôi hiếm muộn, muốn xin nhận nuôi một cháu bé mồ côi ở trong làng làm con nuôi, thủ tục có phức tạp không cô?', expect: ['2.001263'], who: 'elderly' },
  { q: 'muon xin con nuoi trong nuoc thi lam ho so o dau', expect: ['2.001263'], who: 'rural' },
  { q: 'đăng ký nhận con nuôi', expect: ['2.001263'], who: 'young' },
  // 10 Guardianship for an orphaned grandchild / mentally ill relative.
  { q: 'Bố mẹ cháu nó mất cả rồi, tôi là bà nội muốn đứng ra làm người giám hộ cho cháu để lo giấy tờ, việc học hành, thì phải đăng ký gì không ạ?', expect: ['1.004837'], who: 'elderly' },
  { q: 'chau tui mo coi, tui muon lam nguoi giam ho cho no thi dang ky o dau', expect: ['1.004837'], who: 'rural' },
  { q: 'đăng ký giám hộ', expect: ['1.004837'], who: 'young' },
  // 11 Moving into a new house; register permanent residence (formerly hộ khẩu).
  { q: 'Tôi mới chuyển về ở với con trai, muốn nhập hộ khẩu về nhà nó thì phải làm những gì hả cô?', expect: ['1.004222'], who: 'elderly' },
  { q: 'nhap ho khau ve nha chong thi can giay to gi, lam o cong an xa ha', expect: ['1.004222'], who: 'rural' },
  { q: 'đk thường trú', expect: ['1.004222'], who: 'young' },
  // 12 Working away from home, renting a room; register temporary residence.
  { q: 'Cháu nhà tôi lên thành phố đi làm, ở trọ nhà người ta, chủ nhà bảo phải khai báo tạm trú, vậy thủ tục đăng ký thế nào ạ?', expect: ['1.004194'], who: 'elderly' },
  { q: 'o tro tren sai gon thi phai dang ky tam tru ha, lam sao', expect: ['1.004194'], who: 'rural' },
  { q: 'đăng ký tạm trú online', expect: ['1.004194'], who: 'young' },
  // 13 Lost citizen identity card, needs a new one.
  { q: 'Cô ơi, tôi đánh rơi mất cái chứng minh nhân dân mới đổi sang thẻ căn cước rồi, giờ muốn làm lại thì ở đâu ạ?', expect: ['1.014064', '2.001194', '1.000757'], who: 'elderly' },
  { q: 'lam mat the can cuoc roi, cap lai o mo, bao lau moi co', expect: ['1.014064', '2.001194', '1.000757'], who: 'rural' },
  { q: 'mất cccd làm lại', expect: ['1.014064', '2.001194', '1.000757'], who: 'young' },
  // 14 Child turns 14, first identity card; or changing old ID to chip card.
  {
    q: 'Thưa cô, tôi vẫn dùng chứng minh nhân dân chín số, các cháu bảo giờ phải đổi sang căn cước gắn chip, tôi già rồi có phải đổi không ạ?',
    expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'],
    who: 'elderly',
  },
  { q: 'doi chung minh sang can cuoc gan chip thi lam o dau vay', expect: ['1.014061', '2.000200', '1.001247', '1.014063', '2.001195', '1.000889'], who: 'rural' },
  { q: 'cấp cccd lần đầu cho con 14 tuổi', expect: ['1.014061', '2.000200', '1.001247'], who: 'young' },
  // 15 Job applicant needs a criminal record certificate.
  { q: 'Cháu tôi xin đi xuất khẩu lao động, công ty bảo nộp phiếu lý lịch tư pháp, tôi không biết xin ở đâu, cô chỉ giúp ạ.', expect: ['3.000333', '3.000330'], who: 'elderly' },
  { q: 'xin ly lich tu phap de di xkld thi lam o dau', expect: ['3.000333', '3.000330'], who: 'rural' },
  { q: 'lltp số 1', expect: ['3.000333', '3.000330'], who: 'young' },
  // 16 Needs certified copies of documents (photocopy stamped).
  { q: 'Cô ơi, tôi cần công chứng mấy bản photo sổ hộ khẩu với giấy khai sinh để nộp hồ sơ cho cháu, ở xã làm được không ạ?', expect: ['2.000815'], who: 'elderly' },
  { q: 'cong chung ban photo giay to o xa dc ko', expect: ['2.000815'], who: 'rural' },
  { q: 'chứng thực bản sao từ bản chính', expect: ['2.000815'], who: 'young' },
  // 17 Needs signature certified on a personal paper (e.g. authorisation).
  { q: 'Tôi muốn làm giấy ủy quyền cho con trai đi nhận lương hưu hộ, xã có ký xác nhận chữ ký cho tôi không ạ?', expect: ['2.000884', '1.001601'], who: 'elderly' },
  { q: 'lam giay uy quyen can xac nhan chu ky o xa', expect: ['2.000884'], who: 'rural' },
  { q: 'chứng thực chữ ký giấy ủy quyền', expect: ['2.000884'], who: 'young' },
  // 18 Parents died, siblings want to divide the inheritance (land).
  { q: 'Bố mẹ tôi mất không để lại di chúc, anh em chúng tôi thống nhất chia mảnh đất hương hỏa, vậy phải làm văn bản gì và chứng thực ở đâu ạ?', expect: ['2.001406', '1.013831'], who: 'elderly' },
  { q: 'ba ma mat ko co di chuc, anh em muon chia dat thua ke thi lam giay to gi', expect: ['2.001406', '1.013831'], who: 'rural' },
  { q: 'khai nhận di sản thừa kế', expect: ['2.001406'], who: 'young' },
  // 19 Land never had a red book; first issuance of land use certificate.
  { q: 'Mảnh đất nhà tôi ở từ năm tám mươi mấy, đến giờ vẫn chưa có sổ đỏ, tôi muốn làm sổ đỏ lần đầu thì nộp ở đâu hả cô?', expect: ['1.013978'], who: 'elderly' },
  { q: 'dat o lau roi ma chua co so do, gio lam so do lan dau sao', expect: ['1.013978'], who: 'rural' },
  { q: 'cấp sổ đỏ lần đầu', expect: ['1.013978'], who: 'young' },
  // 20 Buying/selling land; transfer registration.
  { q: 'Tôi bán lại mảnh đất vườn cho người hàng xóm, đã ra công chứng rồi, giờ sang tên sổ đỏ cho người ta thì làm ở đâu ạ?', expect: ['1.013831'], who: 'elderly' },
  { q: 'mua dat cua ong hang xom, gio sang ten so do thi lam sao', expect: ['1.013831'], who: 'rural' },
  { q: 'thủ tục chuyển nhượng qsdđ', expect: ['1.013831', '2.001035'], who: 'young' },
  // 21 Lost/damaged land certificate; re-issuance.
  { q: 'Nhà tôi bị lũ cuốn mất cái sổ đỏ rồi cô ạ, giờ xin cấp lại có được không?', expect: ['1.012786'], who: 'elderly' },
  { q: 'so do bi chuot can rach het, xin cap lai so moi dc hong', expect: ['1.012783'], who: 'rural' },
  { q: 'cấp lại gcn qsdd bị mất', expect: ['1.012786'], who: 'young' },
  // 22 Wants to convert garden/agricultural land to residential land.
  { q: 'Tôi có mảnh đất vườn, muốn chuyển lên đất thổ cư để cho con làm nhà, thủ tục thế nào ạ?', expect: ['1.013949', '1.013823'], who: 'elderly' },
  { q: 'chuyen dat vuon len tho cu thi lam o dau, dong bao nhieu tien', expect: ['1.013949', '1.013823'], who: 'rural' },
  { q: 'chuyển mục đích sử dụng đất nông nghiệp sang đất ở', expect: ['1.013949', '1.013823'], who: 'young' },
  // 23 Land dispute with neighbour over boundary.
  {
    q: 'Nhà bên cạnh lấn sang đất nhà tôi gần một mét, nói mãi không được, giờ tôi muốn nhờ chính quyền giải quyết thì làm đơn gửi ai ạ?',
    expect: ['1.012812', '1.013967', '1.012805', '1.012751'],
    who: 'elderly',
  },
  { q: 'hang xom lan ranh dat, muon xa hoa giai tranh chap dat thi lam don sao', expect: ['1.012812', '1.013967'], who: 'rural' },
  { q: 'giải quyết tranh chấp đất đai', expect: ['1.012812', '1.013967', '1.012805', '1.012751'], who: 'young' },
  // 24 Building a house; construction permit.
  { q: 'Tôi định dỡ cái nhà cấp bốn cũ để xây nhà hai tầng cho các con, có phải xin giấy phép xây dựng không cô?', expect: ['1.013225'], who: 'elderly' },
  { q: 'xay nha o que co can xin giay phep xay dung hong', expect: ['1.013225'], who: 'rural' },
  { q: 'xin gpxd nhà ở riêng lẻ', expect: ['1.013225'], who: 'young' },
  // 25 Low-income family wants to buy social housing.
  { q: 'Hai vợ chồng con tôi làm công nhân, thu nhập thấp, nghe nói có nhà ở xã hội, muốn đăng ký mua thì làm giấy tờ gì ạ?', expect: ['1.014632', '1.115150'], who: 'elderly' },
  { q: 'muon mua nha o xa hoi thi can giay xac nhan gi', expect: ['1.014632', '1.115150'], who: 'rural' },
  { q: 'xác nhận điều kiện mua nhà ở xã hội', expect: ['1.014632', '1.115150'], who: 'young' },
  // 26 Opening a small shop; household business registration.
  { q: 'Tôi muốn mở cái tạp hóa nhỏ ở trước nhà, cán bộ bảo phải đăng ký kinh doanh, vậy làm ở đâu ạ?', expect: ['1.001612'], who: 'elderly' },
  { q: 'mo tiem tap hoa thi phai dang ky kinh doanh ho ca the ha', expect: ['1.001612'], who: 'rural' },
  { q: 'đkkd hkd', expect: ['1.001612'], who: 'young' },
  // 27 Starting a company.
  { q: 'Thằng con tôi muốn mở công ty trách nhiệm hữu hạn để buôn bán vật liệu, thì đăng ký thành lập ở đâu hả cô?', expect: ['2.001583', '2.001199'], who: 'elderly' },
  { q: 'muon thanh lap cong ty tnhh thi nop ho so o dau', expect: ['2.001583', '2.001199'], who: 'rural' },
  { q: 'thành lập cty tnhh 1 tv', expect: ['2.001583'], who: 'young' },
  // 28 Farmers forming a cooperative.
  { q: 'Mấy hộ trồng rau trong thôn muốn cùng nhau lập hợp tác xã, vậy đăng ký ở đâu và cần những gì ạ?', expect: ['1.005280'], who: 'elderly' },
  { q: 'may ho trong xoai muon lap hop tac xa thi dang ky sao', expect: ['1.005280'], who: 'rural' },
  { q: 'đăng ký thành lập htx', expect: ['1.005280'], who: 'young' },
  // 29 Bought a motorbike; register the vehicle / transfer plate.
  { q: 'Tôi mới mua lại chiếc xe máy cũ của người quen, giờ muốn sang tên đổi chủ thì làm ở đâu ạ?', expect: ['1.013076'], who: 'elderly' },
  { q: 'mua xe may cu muon sang ten thi lam o cong an xa dc ko', expect: ['1.013076'], who: 'rural' },
  { q: 'đăng ký xe máy mới mua', expect: ['1.013067', '1.012575', '1.013066', '1.013076'], who: 'young' },
  // 30 Driving licence expired / lost; renewal.
  { q: 'Cái bằng lái ô tô của tôi hết hạn từ năm ngoái, giờ muốn đổi lại thì có phải thi lại không cô?', expect: ['3.000347', '3.000348'], who: 'elderly' },
  { q: 'bang lai xe bi mat, xin cap lai dc ko', expect: ['3.000348'], who: 'rural' },
  { q: 'đổi gplx hết hạn', expect: ['3.000347', '3.000348'], who: 'young' },
  // 31 Fishing boat registration.
  { q: 'Nhà tôi mới đóng chiếc ghe đánh cá, muốn đăng ký tàu cá thì đến đâu ạ?', expect: ['1.003650'], who: 'elderly' },
  { q: 'moi dong ghe danh ca, dang ky tau ca o dau', expect: ['1.003650'], who: 'rural' },
  { q: 'đăng kí tàu cá', expect: ['1.003650'], who: 'young' },
  // 32 Fishing licence for the boat.
  { q: 'Con tôi đi biển, người ta bảo phải có giấy phép khai thác thủy sản mới được ra khơi, xin ở đâu vậy cô?', expect: ['1.004359'], who: 'elderly' },
  { q: 'xin giay phep danh bat hai san cho tau thi lam sao', expect: ['1.004359'], who: 'rural' },
  { q: 'cấp giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' },
  // 33 Converting rice field to other crops / fish ponds.
  { q: 'Ruộng lúa nhà tôi trũng, cấy không ăn, tôi muốn chuyển sang trồng cây ăn quả thì có phải đăng ký với xã không ạ?', expect: ['1.008004'], who: 'elderly' },
  { q: 'ruong lua muon chuyen qua trong cay an trai co phai dang ky ko', expect: ['1.008004'], who: 'rural' },
  { q: 'chuyển đổi cây trồng trên đất lúa', expect: ['1.008004'], who: 'young' },
  // 35 Transporting pigs/cattle to another province; animal quarantine.
  { q: 'Tôi nuôi mấy con bò, giờ bán cho lái buôn chở ra tỉnh khác, người ta bảo phải có giấy kiểm dịch, xin ở đâu ạ?', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban can giay kiem dich ko', expect: ['1.002338'], who: 'rural' },
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' },
  // 36 Harvesting planted forest timber.
  { q: 'Nhà tôi có mấy héc ta keo trồng đã đến tuổi khai thác, muốn chặt bán thì có phải xin phép không cô?', expect: ['1.011471', '1.011470'], who: 'elderly' },
  { q: 'chat keo rung trong co can bao xa ko', expect: ['1.011471', '1.011470'], who: 'rural' },
  { q: 'khai thác gỗ rừng trồng', expect: ['1.011471', '1.011470'], who: 'young' },
  // 38 Quit job, wants one-time social insurance withdrawal.
  { q: 'Con gái tôi nghỉ làm ở công ty hơn một năm rồi, muốn rút bảo hiểm xã hội một lần thì làm thế nào ạ?', expect: ['1.001613'], who: 'elderly' },
  { q: 'nghi lam cty roi muon rut bhxh 1 lan', expect: ['1.001613'], who: 'rural' },
  { q: 'rút bhxh 1 lần', expect: ['1.001613'], who: 'young' },
  // 40 Maternity benefit.
  { q: 'Con dâu tôi mới sinh, nó có đóng bảo hiểm ở công ty, giờ muốn lĩnh tiền chế độ thai sản thì làm sao cô?', expect: ['2.000693'], who: 'elderly' },
  { q: 'moi sanh em be, muon lanh tien thai san', expect: ['2.000693'], who: 'rural' },
  { q: 'hưởng chế độ thai sản', expect: ['2.000693'], who: 'young' },
  // 41 Lost health insurance card; reissue.
  { q: 'Cái thẻ bảo hiểm y tế của tôi bị mất rồi, tuần sau phải đi khám bệnh, xin cấp lại thẻ ở đâu ạ?', expect: ['1.002759'], who: 'elderly' },
  { q: 'the bao hiem y te bi mat, cap lai o dau', expect: ['1.002759'], who: 'rural' },
  { q: 'cấp lại thẻ bhyt', expect: ['1.002759'], who: 'young' },
  // 44 War invalid / agent orange: recognising merit.
  { q: 'ba tui bi nhiem chat doc da cam, lam ho so huong che do', expect: ['1.004205'], who: 'rural' },
  { q: 'công nhận người hoạt động kháng chiến nhiễm chất độc hóa học', expect: ['1.004205'], who: 'young' },
  // 47 Funeral allowance for someone on social benefits.
  { q: 'me moi mat, xin tien mai tang phi', expect: ['2.000821'], who: 'rural' },
  // 48 Recognising poor / near-poor household.
  { q: 'Nhà tôi chỉ có hai ông bà già, không có thu nhập gì, muốn xin vào diện hộ nghèo thì làm đơn gửi ai ạ?', expect: ['1.011607', '1.011606'], who: 'elderly' },
  { q: 'nha kho qua muon xin vo dien ho ngheo thi nam don o dau a', expect: ['1.011607', '1.011606'], who: 'rural' },
  { q: 'công nhận hộ cận nghèo', expect: ['1.011607', '1.011606'], who: 'young' },
  // 49 Passport for travel / work abroad.
  { q: 'Tôi muốn đi sang Nhật thăm con gái, cần làm hộ chiếu, thủ tục bây giờ làm ở đâu hả cô?', expect: ['1.001456', '1.001471'], who: 'elderly' },
  { q: 'lam ho chieu di nuoc ngoai o dau', expect: ['1.001456', '1.001471'], who: 'rural' },
  { q: 'cấp hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], who: 'young' },
  // 50 Opening a guest house / hotel (security conditions).
  {
    q: 'Tôi có mấy gian phòng muốn cho khách thuê nghỉ trọ qua đêm như nhà nghỉ, nghe nói phải có giấy của công an về an ninh trật tự, làm thế nào ạ?',
    expect: ['2.001478', '1.003204'],
    who: 'elderly',
  },
  { q: 'mo nha nghi thi can giay an ninh trat tu cua cong an ko', expect: ['2.001478', '1.003204'], who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện về anttt', expect: ['2.001478', '1.003204', '2.001402', '1.003176'], who: 'young' },
  // 51 Small eatery / food production needs food safety certificate.
  { q: 'Tôi làm bánh tráng bán cho các quán, có phải xin giấy chứng nhận vệ sinh an toàn thực phẩm không cô?', expect: ['2.001827'], who: 'elderly' },
  { q: 'giấy chứng nhận cơ sở đủ điều kiện attp', expect: ['2.001827'], who: 'young' },
];

/** Queries the catalogue cannot answer: the kiosk should say so rather than offer a neighbour. */
export const SIXTEENTH_NO_ANSWER: readonly CitizenQuery[] = [
  // 34 Crops/livestock damaged by storm; support.
  { q: 'Trận bão vừa rồi làm đổ hết mấy sào ngô với chuồng lợn nhà tôi, nghe nói nhà nước có hỗ trợ, tôi phải làm đơn thế nào ạ?', expect: [], who: 'elderly' },
  { q: 'bao lam hu het lua voi heo, xin ho tro thien tai thi lam sao', expect: [], who: 'rural' },
  { q: 'hỗ trợ thiệt hại do thiên tai nông nghiệp', expect: [], who: 'young' },
  // 37 Small workshop needs environmental registration / permit.
  { q: 'Tôi mở xưởng mộc nhỏ ở nhà, người ta bảo phải làm giấy tờ về môi trường, vậy là giấy gì ạ?', expect: [], who: 'elderly' },
  { q: 'xuong nho co can dang ky moi truong ko', expect: [], who: 'rural' },
  { q: 'đăng ký môi trường', expect: [], who: 'young' },
  // 39 Retirement: pension.
  { q: 'Tôi đóng bảo hiểm đủ hai mươi năm rồi, sắp đến tuổi nghỉ hưu, muốn làm hồ sơ hưởng lương hưu thì nộp ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'sap toi tuoi ve huu, lam ho so huong luong huu sao', expect: [], who: 'rural' },
  { q: 'hs hưởng lương hưu', expect: [], who: 'young' },
  // 42 Lost job; unemployment benefit.
  { q: 'Con trai tôi bị công ty cho nghỉ việc, nghe nói được hưởng trợ cấp thất nghiệp, nộp hồ sơ ở đâu hả cô?', expect: [], who: 'elderly' },
  { q: 'bi cho nghi viec, lanh tro cap that nghiep o dau', expect: [], who: 'rural' },
  { q: 'đk hưởng tctn', expect: [], who: 'young' },
  // 43 Martyr's family: worship allowance / recognition.
  { q: 'Anh trai tôi hy sinh ở chiến trường miền Nam, là liệt sĩ, bố mẹ tôi mất rồi, giờ tôi là em muốn nhận tiền thờ cúng liệt sĩ thì làm hồ sơ gì ạ?', expect: [], who: 'elderly' },
  { q: 'tui la em liet si, muon lanh tien tho cung liet si', expect: [], who: 'rural' },
  { q: 'trợ cấp thờ cúng liệt sĩ', expect: [], who: 'young' },
  // 44 War invalid / agent orange: recognising merit.
  { q: 'Tôi đi bộ đội thời chống Mỹ, bị nhiễm chất độc da cam, giờ sức khỏe yếu, muốn làm hồ sơ hưởng chế độ thì làm thế nào ạ?', expect: [], who: 'elderly' },
  // 45 Elderly without pension: monthly social allowance.
  { q: 'Tôi năm nay tám mươi mốt tuổi, không có lương hưu, nghe nói người già trên tám mươi được nhà nước trợ cấp hàng tháng, vậy đăng ký thế nào ạ?', expect: [], who: 'elderly' },
  { q: 'mạ tui ngoai 80 roi, xin tien tro cap nguoi gia hang thang rang lam', expect: [], who: 'rural' },
  { q: 'trợ cấp xã hội hàng tháng người cao tuổi', expect: [], who: 'young' },
  // 46 Disabled child; disability determination and allowance.
  { q: 'Cháu tôi bị bại não từ nhỏ, người ta bảo phải đi xác định mức độ khuyết tật thì mới được hưởng trợ cấp, làm ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'con bi khuyet tat, xin giay xac nhan khuyet tat', expect: [], who: 'rural' },
  { q: 'xác định mức độ khuyết tật', expect: [], who: 'young' },
  // 47 Funeral allowance for someone on social benefits.
  { q: 'Mẹ tôi đang hưởng trợ cấp người cao tuổi vừa mất, gia đình có được nhận tiền mai táng phí không cô?', expect: [], who: 'elderly' },
  { q: 'hổ trợ chi phí mai táng', expect: [], who: 'young' },
  // 51 Small eatery / food production needs food safety certificate.
  { q: 'mo quan an co can giay an toan thuc pham ko', expect: [], who: 'rural' },
  // 52 Opening a karaoke parlour.
  { q: 'Con rể tôi muốn mở quán hát karaoke, nghe nói phải xin giấy phép riêng, vậy xin ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'mo quan karaoke xin giay phep o dau', expect: [], who: 'rural' },
  { q: 'giấy phép kinh doanh karaoke', expect: [], who: 'young' },
  // 53 Organising a village festival / event.
  { q: 'Làng tôi năm nay muốn tổ chức lễ hội đình làng to hơn mọi năm, có phải báo cáo xin phép chính quyền không ạ?', expect: [], who: 'elderly' },
  { q: 'lang to chuc le hoi cung dinh phai dang ky ko', expect: [], who: 'rural' },
  { q: 'đk tổ chức lễ hội', expect: [], who: 'young' },
  // 54 Religious activity registration / pagoda event.
  { q: 'Chùa chúng tôi muốn tổ chức đại lễ cầu siêu mời nhiều sư ở nơi khác về, có phải đăng ký với ủy ban không cô?', expect: [], who: 'elderly' },
  { q: 'chua to chuc le tap trung dong nguoi thi dang ky voi xa ha', expect: [], who: 'rural' },
  { q: 'đăng ký sinh hoạt tôn giáo tập trung', expect: [], who: 'young' },
  // 55 Forming an association.
  { q: 'Mấy anh em cựu học sinh chúng tôi muốn lập hội đồng hương có con dấu đàng hoàng, thì xin phép thành lập hội ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'muon lap hoi nhung nguoi nuoi ong trong huyen', expect: [], who: 'rural' },
  { q: 'thủ tục thành lập hội', expect: [], who: 'young' },
  // 56 Retail alcohol / tobacco licence.
  { q: 'Tôi bán tạp hóa có bán thêm rượu với thuốc lá, cán bộ bảo phải có giấy phép, xin thế nào ạ?', expect: [], who: 'elderly' },
  { q: 'ban ruou le o tiem tap hoa co can giay phep ko', expect: [], who: 'rural' },
  { q: 'giấy phép bán lẻ rượu', expect: [], who: 'young' },
  // 57 Enrolling child in first grade at primary school. Guessed absent before labelling.
  { q: 'Cháu nội tôi năm nay sáu tuổi, sắp vào lớp một, tôi muốn hỏi đăng ký nhập học cho cháu ở trường làng thế nào ạ?', expect: [], who: 'elderly' },
  { q: 'dang ky cho con vo lop 1 truong tieu hoc', expect: [], who: 'rural' },
  { q: 'tuyển sinh lớp 1 online', expect: [], who: 'young' },
  // 58 Booking a doctor's appointment / vaccination for baby. Guessed absent before labelling.
  { q: 'Cô ơi, cháu tôi mấy tháng tuổi rồi chưa đi tiêm phòng, giờ muốn đưa cháu đi tiêm chủng thì đăng ký ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'cho em be di chich ngua o tram y te', expect: [], who: 'rural' },
  { q: 'đặt lịch khám bệnh viện', expect: [], who: 'young' },
  // 59 New electricity connection for house. Guessed absent before labelling.
  { q: 'Nhà tôi mới xây xong, muốn kéo điện về nhà thì phải làm đơn ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'xin keo dien ve nha moi xay', expect: [], who: 'rural' },
  { q: 'đăng ký lắp đặt công tơ điện', expect: [], who: 'young' },
  // 60 Water supply connection. Guessed absent before labelling.
  { q: 'Khu nhà tôi mới có đường nước sạch, tôi muốn đăng ký lắp nước máy về nhà thì làm sao cô?', expect: [], who: 'elderly' },
  { q: 'dang ky gan dong ho nuoc may', expect: [], who: 'rural' },
  { q: 'lắp nước sạch', expect: [], who: 'young' },
  // 61 Paying a traffic fine. Guessed absent before labelling.
  { q: 'Tôi bị công an giao thông phạt vì đi xe không đội mũ bảo hiểm, giờ nộp tiền phạt ở đâu hả cháu?', expect: [], who: 'elderly' },
  { q: 'bi phat nguoi muon dong tien phat o dau', expect: [], who: 'rural' },
  { q: 'nộp phạt vi phạm giao thông online', expect: [], who: 'young' },
  // 62 Employer did not pay wages. Guessed absent before labelling.
  { q: 'Con tôi làm ở xưởng may ba tháng mà chủ không trả lương, giờ muốn kiện thì nhờ ai ạ?', expect: [], who: 'elderly' },
  { q: 'chu no luong ko tra, thua o dau', expect: [], who: 'rural' },
  { q: 'công ty nợ lương khiếu nại', expect: [], who: 'young' },
  // 63 Looking for a job. Guessed absent before labelling.
  { q: 'Cháu tôi học xong không có việc làm, ở đây có giới thiệu việc làm cho cháu không cô?', expect: [], who: 'elderly' },
  { q: 'kiem viec lam o dau co gioi thieu ko', expect: [], who: 'rural' },
  { q: 'tìm việc làm part time', expect: [], who: 'young' },
  // 64 Loan from social policy bank for poor household. Guessed absent before labelling.
  { q: 'Nhà tôi là hộ nghèo, muốn vay vốn ngân hàng chính sách để nuôi bò, làm giấy tờ ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'vay von ngan hang chinh sach de nuoi heo', expect: [], who: 'rural' },
  { q: 'vay vốn nhspxh cho sinh viên', expect: [], who: 'young' },
  // 65 SIM card / phone subscription registration. Guessed absent before labelling.
  { q: 'Cái sim điện thoại của tôi bị khóa, họ bảo phải chuẩn hóa thông tin thuê bao, làm ở đâu ạ?', expect: [], who: 'elderly' },
  { q: 'sim bi khoa 1 chieu, dang ky lai thong tin thue bao', expect: [], who: 'rural' },
  { q: 'chuẩn hóa thông tin sim', expect: [], who: 'young' },
  // 66 Neighbour's loud music at night. Guessed absent before labelling.
  { q: 'Nhà hàng xóm đêm nào cũng hát hò ầm ĩ đến khuya, tôi già rồi không ngủ được, tôi muốn báo chính quyền thì báo ai ạ?', expect: [], who: 'elderly' },
  { q: 'hang xom mo nhac o o toi khuya, bao ai bay gio', expect: [], who: 'rural' },
  { q: 'phản ánh tiếng ồn hàng xóm', expect: [], who: 'young' },
];
