import type { CitizenQuery } from './dev-set';

/**
 * The rural economy as farmers tell it at a commune or district counter (issue 17, helper session of 7 Dec 2026):
 * 81 queries written in one sitting at 01:56 UTC (docs/search-drafts/farm54-draft-20261207T0156Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 25 situations × 3 voices, elderly (long polite
 * stories with diacritics), rural (no diacritics, "tui", "mun", "heo", "ghe", slips) and young (short, "đk", "bvtv"),
 * plus 6 questions no procedure answers. Forests (harvesting a household's planted forest, carrying its timber,
 * asking for forest land, a bear kept since long ago, a snake farm, selling porcupines bred at home, firewood, a
 * burnt planted forest), crops (a new rice variety, a nursery's mother trees, a fertiliser shop, a pesticide shop,
 * rice land to fruit trees), irrigation (a pond dug by a canal, water from the irrigation works, a well by a canal, a
 * pump station), livestock (a pig farm, a farm free of disease, quarantine before carrying animals to another
 * province, slaughter) and fisheries (a new fishing boat, its fishing licence, a fish pond or cage, a fry hatchery).
 * Labelled afterwards by grepping the crawl, accepting every procedure that truly answers: harvesting accepts the
 * commune and province approval of a harvest plan and the Kiểm lâm confirmation of the timber list (bảng kê lâm
 * sản), which also answers carrying timber and selling animals bred in captivity; a bear or a snake farm is the CITES
 * farm code (the catalogue has no other wildlife-farm registration); firewood is the harvest plan (khai thác tận
 * dụng); a burnt forest is the field check of damaged planted forest; forest land accepts land allocation with
 * forest and the forest allocation, commune and province; a pond by a canal accepts the registration of digging a
 * pond, the permits for new works and for aquaculture inside an irrigation work's protected zone (and, where the pond
 * is dug in a rice field, the change of crops on rice land, Nghị định 112/2024/NĐ-CP); a well by a canal
 * accepts the groundwater registration and the new-works permits; a pump station accepts the surface-water licence
 * and registration; a slaughterhouse is the agricultural food-safety certificate. The fertiliser shop's certificate
 * was abolished in 2022 and the catalogue has none, so its three queries join the no-answer list.
 */
export const FARM54_BATCH: readonly CitizenQuery[] = [
  {
    q: 'nhà tôi trồng được mấy héc ta keo từ năm 2015, nay cây đã đến tuổi, tôi muốn khai thác bán gỗ thì phải báo với ai, làm thủ tục gì ạ',
    expect: ['1.011471', '1.011470', '1.000045'],
    who: 'elderly',
  },
  { q: 'rung keo nha tui trong 7 nam roi gio mun chat ban thi co phai xin phep ko hay bao xa la dc', expect: ['1.011471', '1.011470', '1.000045'], who: 'rural' },
  { q: 'khai thác gỗ rừng trồng của hộ gia đình', expect: ['1.011471', '1.011470', '1.000045'], who: 'young' },
  { q: 'tôi có mấy xe gỗ bạch đàn chặt từ rừng nhà mình trồng, thương lái muốn chở ra tỉnh khác, người ta bảo phải có giấy nguồn gốc gỗ, cho tôi hỏi làm ở đâu', expect: ['1.000045'], who: 'elderly' },
  { q: 'cho go keo di ban ma kiem lam chan hoi giay to nguon goc thi lam cai gi', expect: ['1.000045'], who: 'rural' },
  { q: 'xác nhận nguồn gốc gỗ để vận chuyển', expect: ['1.000045'], who: 'young' },
  {
    q: 'gia đình tôi ở trên bản có sức lao động, muốn xin nhà nước giao cho ít đất rừng để trồng cây lâu năm, các con tôi không biết phải làm đơn gửi đâu',
    expect: ['1.013949', '1.013823', '1.014832', '1.014839'],
    who: 'elderly',
  },
  { q: 'tui mun xin giao dat rung de trong keo cho con chau mần ăn thi lam don gui xa hay huyen', expect: ['1.013949', '1.013823', '1.014832', '1.014839'], who: 'rural' },
  { q: 'xin giao đất lâm nghiệp cho hộ gia đình', expect: ['1.013949', '1.013823', '1.014832', '1.014839'], who: 'young' },
  { q: 'từ hồi trước nhà tôi có nuôi hai con gấu lấy mật, bây giờ nghe nói phải khai báo với kiểm lâm, tôi già rồi không rõ phải đăng ký thế nào', expect: ['1.004819'], who: 'elderly' },
  { q: 'nha tui con nuoi 1 con gau ngua tu may chuc nam truoc gio phai dang ky voi kiem lam sao', expect: ['1.004819'], who: 'rural' },
  { q: 'đăng ký nuôi gấu', expect: ['1.004819'], who: 'young' },
  { q: 'thằng con trai tôi muốn mở trại nuôi rắn hổ mang và rắn ráo để bán thịt, nghe bảo loài hoang dã phải đăng ký mới được nuôi, xin hỏi thủ tục', expect: ['1.004819'], who: 'elderly' },
  { q: 'mun mo trai nuoi ran voi nuoi nhim o nha thi dang ky cho ai', expect: ['1.004819'], who: 'rural' },
  { q: 'đk trại nuôi động vật hoang dã', expect: ['1.004819'], who: 'young' },
  { q: 'nhà tôi nuôi nhím và dúi mấy năm nay đã sinh sản nhiều, có người đến mua để nuôi tiếp, tôi muốn bán cho đúng luật thì cần giấy tờ gì', expect: ['1.000045'], who: 'elderly' },
  { q: 'nhim nha nuoi de ra nhieu qua mun ban cho lai buon thi xin giay gi cho kiem lam khoi bat', expect: ['1.000045'], who: 'rural' },
  { q: 'bán động vật hoang dã gây nuôi', expect: ['1.000045'], who: 'young' },
  { q: 'mùa đông năm nay lạnh, tôi muốn vào rừng nhà nước nhặt ít cành khô, tận dụng cây đổ làm củi đun thì có phải xin phép không các cô', expect: ['1.011471', '1.011470'], who: 'elderly' },
  { q: 'vo rung lay cui kho ve nau an co bi phat ko, mun xin phep lay cui', expect: ['1.011471', '1.011470'], who: 'rural' },
  { q: 'khai thác củi trong rừng', expect: ['1.011471', '1.011470'], who: 'young' },
  {
    q: 'tháng trước rừng thông nhà tôi trồng bị cháy mất gần hết, công sức mười năm trời, tôi muốn hỏi nhà nước có hỗ trợ gì cho người trồng rừng bị thiệt hại không',
    expect: ['1.012922'],
    who: 'elderly',
  },
  { q: 'rung nha tui bi chay sach tron roi co duoc ho tro gi ko', expect: ['1.012922'], who: 'rural' },
  { q: 'hỗ trợ rừng bị cháy', expect: ['1.012922'], who: 'young' },
  {
    q: 'hợp tác xã chúng tôi tự lai tạo được một giống lúa mới năng suất cao, bà con trong xã cấy rất được, giờ muốn được công nhận giống để bán rộng ra thì làm sao',
    expect: ['1.007996', '1.012065'],
    who: 'elderly',
  },
  { q: 'ong chu nhiem htx lai dc giong lua moi mun dang ky cong nhan luu hanh giong thi nop o dau', expect: ['1.007996', '1.012065'], who: 'rural' },
  { q: 'công nhận lưu hành giống lúa mới', expect: ['1.007996'], who: 'young' },
  { q: 'tôi làm vườn ươm cây giống cà phê với sầu riêng đã lâu, nay muốn được công nhận cây đầu dòng để người ta tin mua giống, xin chỉ cho tôi thủ tục', expect: ['1.008003'], who: 'elderly' },
  { q: 'nha tui uom cay giong buoi ban cho ba con mun xin cong nhan vuon cay dau dong', expect: ['1.008003'], who: 'rural' },
  { q: 'công nhận cây đầu dòng vườn ươm', expect: ['1.008003'], who: 'young' },
  { q: 'tôi bán tạp hóa ở đầu làng, bà con hay hỏi mua thuốc sâu thuốc cỏ, giờ tôi muốn bán thêm thuốc bảo vệ thực vật thì cần học lớp gì và xin giấy gì', expect: ['1.004363'], who: 'elderly' },
  { q: 'mun ban thuoc tru sau thuoc diet co thi phai co giay phep ko', expect: ['1.004363'], who: 'rural' },
  { q: 'đk buôn bán thuốc bvtv', expect: ['1.004363'], who: 'young' },
  { q: 'mấy sào ruộng lúa của nhà tôi cấy lỗ mãi, tôi định chuyển sang trồng cam với bưởi, có phải xin phép xã không hay cứ thế mà trồng', expect: ['1.008004'], who: 'elderly' },
  { q: 'ruong lua cay ko loi mun chuyen qua trong mit voi xoai co can dang ky voi xa ko', expect: ['1.008004'], who: 'rural' },
  { q: 'chuyển đất trồng lúa sang trồng cây ăn quả', expect: ['1.008004'], who: 'young' },
  {
    q: 'nhà tôi có thửa ruộng trũng cạnh bờ kênh, tôi muốn đào thành ao thả cá, nghe nói đào gần kênh mương thủy lợi phải xin phép, cho tôi hỏi với',
    expect: ['2.002835', '1.014849', '1.004427', '1.014862', '2.001791', '1.008004'],
    who: 'elderly',
  },
  { q: 'dao ao sat bo kenh thuy loi co can xin phep ben thuy nong ko', expect: ['2.002835', '1.014849', '1.004427', '1.014862', '2.001791'], who: 'rural' },
  { q: 'giấy phép đào ao gần kênh thủy lợi', expect: ['2.002835', '1.014849', '1.004427', '1.014862', '2.001791'], who: 'young' },
  {
    q: 'trang trại của gia đình tôi ở cuối kênh, muốn lấy nước từ hồ chứa thủy lợi để tưới vườn cây quanh năm thì phải xin phép hay ký hợp đồng với ai',
    expect: ['2.002835', '1.004179'],
    who: 'elderly',
  },
  { q: 'xin lay nuoc kenh thuy loi ve tuoi vuon thi lam sao', expect: ['2.002835', '1.004179'], who: 'rural' },
  { q: 'cấp nước từ công trình thủy lợi', expect: ['2.002835', '1.004179'], who: 'young' },
  {
    q: 'mùa khô năm nào cũng thiếu nước, tôi định khoan một cái giếng ngay sát bờ kênh chính để tưới rau, có phải xin giấy phép gì không',
    expect: ['1.001662', '1.014849', '1.004427'],
    who: 'elderly',
  },
  { q: 'khoan gieng gan kenh tuoi tieu co bi cam ko, can giay phep gi', expect: ['1.001662', '1.014849', '1.004427'], who: 'rural' },
  { q: 'khoan giếng trong phạm vi bảo vệ công trình thủy lợi', expect: ['1.001662', '1.014849', '1.004427'], who: 'young' },
  {
    q: 'mấy hộ chúng tôi góp tiền xây một trạm bơm nhỏ bên bờ sông để bơm nước lên ruộng, nghe nói phải có giấy phép khai thác nước mặt, xin cô chỉ giúp',
    expect: ['1.004179', '2.000021', '2.002835'],
    who: 'elderly',
  },
  { q: 'lam tram bom lay nuoc song len ruong thi xin phep o dau', expect: ['1.004179', '2.000021', '2.002835'], who: 'rural' },
  { q: 'giấy phép khai thác nước mặt cho trạm bơm', expect: ['1.004179', '2.000021', '2.002835'], who: 'young' },
  {
    q: 'vợ chồng tôi nuôi lợn mấy chục năm, nay các con góp vốn làm trang trại năm trăm con, người ta bảo phải kê khai chăn nuôi hoặc có giấy đủ điều kiện, xin hỏi',
    expect: ['1.008128', '1.014952'],
    who: 'elderly',
  },
  { q: 'mo trai heo 300 con thi phai dang ky gi voi xa huyen', expect: ['1.008128', '1.014952'], who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện chăn nuôi trang trại lợn', expect: ['1.008128'], who: 'young' },
  { q: 'trại gà nhà tôi năm nào cũng tiêm phòng đầy đủ, bây giờ muốn được công nhận cơ sở an toàn dịch bệnh để bán cho công ty, xin hỏi thủ tục thế nào', expect: ['1.011475'], who: 'elderly' },
  { q: 'trai ga tiem vac xin day du mun xin giay an toan dich benh', expect: ['1.011475'], who: 'rural' },
  { q: 'chứng nhận cơ sở an toàn dịch bệnh động vật', expect: ['1.011475'], who: 'young' },
  { q: 'tôi có mấy chục con bò muốn chở vào Nam bán, người ta bảo trước khi chở phải kiểm dịch, tôi không biết đăng ký kiểm dịch ở đâu', expect: ['1.002338'], who: 'elderly' },
  { q: 'cho heo qua tinh khac ban can giay kiem dich ko, dang ky o tram thu y hay dau', expect: ['1.002338'], who: 'rural' },
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ['1.002338'], who: 'young' },
  { q: 'nhà tôi giết mổ lợn bán ở chợ đã hai đời, nay xã bảo phải có giấy đủ điều kiện cơ sở giết mổ, tôi muốn làm cho đúng thì nộp hồ sơ ở đâu', expect: ['2.001827'], who: 'elderly' },
  { q: 'lo mo heo nha tui mun xin giay phep giet mo cho dung', expect: ['2.001827'], who: 'rural' },
  { q: 'đk cơ sở giết mổ gia súc', expect: ['2.001827'], who: 'young' },
  { q: 'mấy anh em nhà tôi góp tiền đóng một con tàu cá mới để đi biển, tàu đã hạ thủy rồi, giờ muốn đăng ký tàu cá thì làm ở chi cục nào', expect: ['1.003650'], who: 'elderly' },
  { q: 'ghe danh ca moi dong xong mun dang ky ghe voi xin giay phep di bien', expect: ['1.003650', '1.004359'], who: 'rural' },
  { q: 'đăng ký tàu cá mới đóng', expect: ['1.003650'], who: 'young' },
  { q: 'con tôi làm nghề đánh bắt ngoài khơi, giấy phép khai thác thủy sản của tàu sắp hết hạn, nó đi biển suốt nên tôi lên hỏi giúp cách gia hạn', expect: ['1.004359'], who: 'elderly' },
  { q: 'giay phep danh bat ca cua ghe het han roi lam lai sao', expect: ['1.004359'], who: 'rural' },
  { q: 'gia hạn giấy phép khai thác thủy sản', expect: ['1.004359'], who: 'young' },
  {
    q: 'nhà tôi nuôi cá tra trong ao đã lâu, nay người ta bảo nuôi thủy sản chủ lực phải đăng ký với nhà nước để được cấp giấy xác nhận, cho tôi hỏi',
    expect: ['1.004692', '1.014801', '1.014834'],
    who: 'elderly',
  },
  { q: 'nuoi ca long be tren song thi co phai dang ky ko', expect: ['1.004692', '1.014801', '1.014834'], who: 'rural' },
  { q: 'đăng ký nuôi trồng thủy sản lồng bè', expect: ['1.004692', '1.014801', '1.014834'], who: 'young' },
  {
    q: 'tôi có một trại sản xuất cá giống và tôm giống bán cho bà con, nghe nói phải có giấy đủ điều kiện sản xuất giống thủy sản, xin hỏi làm ở đâu',
    expect: ['1.004918', '1.003821'],
    who: 'elderly',
  },
  { q: 'trai uom tom giong mun xin giay du dieu kien ban giong', expect: ['1.004918', '1.003821'], who: 'rural' },
  { q: 'đủ điều kiện sản xuất giống thủy sản', expect: ['1.004918', '1.003821'], who: 'young' },
];

/** Even positions: may be tuned on. */
export const FARM54_TUNE: readonly CitizenQuery[] = FARM54_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const FARM54_HELD: readonly CitizenQuery[] = FARM54_BATCH.filter((_, i) => i % 2 === 1);

/** The catalogue holds no procedure for a fertiliser shop (abolished in 2022), prices, crop or animal care, weather. */
export const FARM54_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'con gái tôi muốn mở một cửa hàng nhỏ bán phân bón cho bà con ở chợ xã, nghe nói phải có giấy đủ điều kiện, nhờ cô hướng dẫn giúp', who: 'elderly' },
  { q: 'mo tiem ban phan bon o que thi xin giay phep gi', who: 'rural' },
  { q: 'giấy chứng nhận đủ đk buôn bán phân bón', who: 'young' },
  { q: 'gia lua hom nay bao nhieu mot ky', who: 'rural' },
  { q: 'lúa nhà tôi mấy hôm nay bị vàng lá cháy rầy, các cô cho tôi hỏi nên phun thuốc gì cho khỏi', who: 'elderly' },
  { q: 'heo nha tui bo an sot cao thi chua sao', who: 'rural' },
  { q: 'dự báo thời tiết biển tuần này', who: 'young' },
  { q: 'năm nay tôi muốn trồng thêm vài sào dưa hấu, các cô xem giống dưa nào dễ trồng mà bán được giá', who: 'elderly' },
  { q: 'cho tui hoi mua phan bon o dau re nhat', who: 'rural' },
];
