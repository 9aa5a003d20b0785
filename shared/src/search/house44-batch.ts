import type { CitizenQuery } from './dev-set';

/**
 * Housing, planning, building permits and the security-conditional trades, told by three voices (issue 17, helper
 * session of 6 Dec 2026): 102 queries written in one sitting at 22:48 UTC
 * (docs/search-drafts/house44-draft-20261206T2248Z.txt), before any procedure name was grepped and before the engine
 * was run on them: 34 needs (33 situations and three off-catalogue questions) told by an elderly voice (long, marked,
 * stories about the house or the plot), a rural one (no marks; cất nhà, mần nhà, coi, dính lộ giới) and a young one
 * (keywords: gpxd, nhà ở xã hội, mở karaoke; slips such as "anh ninh").
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (fields "Nhà ở và công sở", "Quy hoạch
 * đô thị và nông thôn", "Hoạt động xây dựng", "Quản lý ngành nghề … an ninh, trật tự", "Đăng ký, quản lý con dấu",
 * "Quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo", "Giảm nghèo"), never by running the engine, following the
 * labels plan10 and trade11 gave the same errands. Judgement calls: buying, renting or hire-purchasing social housing
 * takes the developer's sale/lease (1.115150), the state-built lease (1.012896, rent and hire-purchase only) or the
 * commune's registration and housing-condition confirmation (1.014632); a low-income proof also takes the commune's
 * recognition of low-income workers (3.000412); old state housing takes the three lease cases or the sale (and the sale
 * of shared areas); a poor household's house takes the poor-district housing-support scheme or the commune's
 * registration for a loan to build; planning questions, the road boundary (lộ giới) and the planning certificate take
 * the planning information; an added floor takes the renovation or the new permit, its amendment the amendment; a
 * temporary house on planned land the new permit; karaoke, bar, dance hall, guesthouse, pawn shop, seal-making, gas and
 * guard companies the new security certificate (a shop asking "what papers" also the household business), a lost or
 * moved certificate the exchange (a move also a new one); firework trading the certificate or the firework purchase
 * permit; a seal's sample registration all three registrations. No answer here: the abolished planning permit, hotel
 * star ratings, housing support for people of merit, an office firing New Year fireworks, and three off-catalogue
 * questions (a builder's price, where to buy firecrackers, flat prices): HOUSE44_NO_ANSWER. Split by alternation into
 * HOUSE44_TUNE (tuned on) and HOUSE44_HELD.
 */

const BUY_SOCIAL = ['1.115150', '1.014632'];
const RENT_SOCIAL = ['1.012896', ...BUY_SOCIAL];
const SOCIAL_CONFIRM = ['1.014632'];
const SOCIAL_INCOME = [...SOCIAL_CONFIRM, '3.000412'];
const RENT_STATE = ['1.012892', '1.012898', '1.012897'];
const BUY_STATE = ['1.012893', '1.012894'];
const OFFICIAL = ['1.012891', '1.012889'];
const POOR_HOUSING = ['6.001435', '1.014632'];
const PLAN_INFO = ['1.014159'];
const NEW = ['1.013225'];
const REPAIR = ['1.013229'];
const ADD_FLOOR = [...REPAIR, ...NEW];
const AMEND = ['1.013226', '1.013231'];
const EXTEND = ['1.013227', '1.013233'];
const REISSUE = ['1.013228', '1.013235'];
const RELOCATE = ['1.013232', '1.013230'];
const ANTT_NEW = ['2.001478', '1.003204'];
const ANTT_SHOP = [...ANTT_NEW, '1.001612'];
const ANTT_CHANGE = ['2.001402', '1.003176'];
const ANTT_MOVE = [...ANTT_CHANGE, ...ANTT_NEW];
const FIREWORKS = [...ANTT_NEW, '3.000171'];
const SEAL = ['2.001403', '2.001410', '1.003173'];

export const HOUSE44_BATCH: readonly CitizenQuery[] = [
  { q: 'Con trai tôi làm công nhân, lương thấp, chưa có nhà, muốn đăng ký mua căn nhà ở xã hội thì làm hồ sơ ở đâu?', expect: BUY_SOCIAL, who: 'elderly' },
  { q: 'muon mua nha o xa hoi cho vo chong con lam cong nhan thi nop ho so sao', expect: BUY_SOCIAL, who: 'rural' },
  { q: 'mua nhà ở xã hội', expect: BUY_SOCIAL, who: 'young' },
  { q: 'Vợ chồng tôi đi thuê trọ mấy chục năm nay, nghe nói nhà nước có nhà xã hội cho thuê giá rẻ, xin thuê thì thế nào?', expect: RENT_SOCIAL, who: 'elderly' },
  { q: 'xin thue nha xa hoi gia re o khu cong nghiep', expect: RENT_SOCIAL, who: 'rural' },
  { q: 'thuê nhà ở xã hội', expect: RENT_SOCIAL, who: 'young' },
  { q: 'Tôi nghe nói có kiểu thuê mua nhà ở xã hội, trả dần mỗi tháng rồi thành nhà mình, thủ tục ra sao?', expect: RENT_SOCIAL, who: 'elderly' },
  { q: 'thue mua nha o xa hoi tra gop hang thang', expect: RENT_SOCIAL, who: 'rural' },
  { q: 'thuê mua nhà xã hội', expect: RENT_SOCIAL, who: 'young' },
  { q: 'Muốn mua nhà xã hội người ta bắt phải có giấy xác nhận chưa có nhà, thu nhập thấp, tôi xin giấy đó ở đâu?', expect: SOCIAL_INCOME, who: 'elderly' },
  { q: 'xin xac nhan chua co nha o de mua nha xa hoi', expect: SOCIAL_CONFIRM, who: 'rural' },
  { q: 'xác nhận đối tượng nhà ở xã hội', expect: SOCIAL_INCOME, who: 'young' },
  { q: 'Gia đình tôi ở căn nhà tập thể của nhà nước từ hồi bao cấp, giờ muốn làm hợp đồng thuê lại cho đàng hoàng thì làm sao?', expect: RENT_STATE, who: 'elderly' },
  { q: 'thue nha cua nha nuoc o khu tap the cu', expect: RENT_STATE, who: 'rural' },
  { q: 'thuê nhà sở hữu nhà nước', expect: RENT_STATE, who: 'young' },
  { q: 'Căn hộ tập thể nhà nước phân cho ông nhà tôi từ năm 1985, nay nhà nước cho mua lại, tôi muốn làm thủ tục mua căn đó.', expect: BUY_STATE, who: 'elderly' },
  { q: 'mua lai can nha nha nuoc cho thue lau nam', expect: BUY_STATE, who: 'rural' },
  { q: 'mua nhà ở cũ thuộc sở hữu nhà nước', expect: BUY_STATE, who: 'young' },
  { q: 'Tôi là cán bộ được điều động lên huyện công tác, không có chỗ ở, muốn xin ở nhà công vụ thì làm đơn thế nào?', expect: OFFICIAL, who: 'elderly' },
  { q: 'can bo luan chuyen xin o nha cong vu', expect: OFFICIAL, who: 'rural' },
  { q: 'thuê nhà công vụ', expect: OFFICIAL, who: 'young' },
  { q: 'Nhà tôi nghèo, căn nhà tranh dột nát sắp sập, nghe nói nhà nước hỗ trợ tiền làm nhà cho hộ nghèo, xin thế nào?', expect: POOR_HOUSING, who: 'elderly' },
  { q: 'ho ngheo xin ho tro tien cat nha', expect: POOR_HOUSING, who: 'rural' },
  { q: 'hỗ trợ nhà ở hộ nghèo', expect: POOR_HOUSING, who: 'young' },
  { q: 'Tôi định mua miếng đất ở đầu xóm, muốn hỏi xem miếng đất đó có nằm trong quy hoạch gì không thì xin thông tin ở đâu?', expect: PLAN_INFO, who: 'elderly' },
  { q: 'coi mieng dat co dinh quy hoach khong', expect: PLAN_INFO, who: 'rural' },
  { q: 'tra cứu quy hoạch thửa đất', expect: PLAN_INFO, who: 'young' },
  { q: 'Nghe đồn sắp mở đường qua nhà tôi, tôi muốn biết lộ giới con đường là bao nhiêu mét, đất tôi có bị dính lộ giới không?', expect: PLAN_INFO, who: 'elderly' },
  { q: 'dat nha toi co bi dinh lo gioi mo duong khong', expect: PLAN_INFO, who: 'rural' },
  { q: 'xin thông tin lộ giới', expect: PLAN_INFO, who: 'young' },
  { q: 'Công ty tôi muốn xây xưởng trên khu đất mới mua, người ta bảo phải xin chứng chỉ quy hoạch trước, làm ở đâu?', expect: PLAN_INFO, who: 'elderly' },
  { q: 'xin chung chi quy hoach de xay', expect: PLAN_INFO, who: 'rural' },
  { q: 'chứng chỉ quy hoạch', expect: PLAN_INFO, who: 'young' },
  { q: 'Tôi muốn phá căn nhà cấp bốn cũ đi để xây lại nhà hai tầng cho con cháu ở, có phải xin phép xây dựng không, xin ở đâu?', expect: NEW, who: 'elderly' },
  { q: 'xin giay phep cat nha moi o que', expect: NEW, who: 'rural' },
  { q: 'gpxd nhà ở', expect: NEW, who: 'young' },
  { q: 'Nhà tôi xây đã ba chục năm, tường nứt, mái dột, nay muốn sửa chữa cải tạo lại, có cần giấy phép không?', expect: REPAIR, who: 'elderly' },
  { q: 'xin phep sua nha man lai mai', expect: REPAIR, who: 'rural' },
  { q: 'giấy phép sửa chữa cải tạo nhà', expect: REPAIR, who: 'young' },
  { q: 'Tôi muốn cơi nới thêm một tầng trên nóc nhà cho con trai ở, có phải xin phép lại không?', expect: ADD_FLOOR, who: 'elderly' },
  { q: 'xay them tang len nha cu co phai xin phep', expect: ADD_FLOOR, who: 'rural' },
  { q: 'điều chỉnh giấy phép xây dựng', expect: AMEND, who: 'young' },
  { q: 'Đất tôi nằm trong quy hoạch nhưng chưa biết bao giờ giải tỏa, tôi muốn cất tạm căn nhà để ở có được không, xin phép thế nào?', expect: NEW, who: 'elderly' },
  { q: 'dat dinh quy hoach xin cat nha tam', expect: NEW, who: 'rural' },
  { q: 'giấy phép xây dựng có thời hạn', expect: NEW, who: 'young' },
  { q: 'Tôi xin được giấy phép xây nhà từ năm ngoái mà chưa có tiền khởi công, giờ giấy sắp hết hạn thì xin thêm thời gian được không?', expect: EXTEND, who: 'elderly' },
  { q: 'giay phep xay nha het han chua xay kip', expect: EXTEND, who: 'rural' },
  { q: 'gia hạn gpxd', expect: EXTEND, who: 'young' },
  { q: 'Giấy phép xây dựng nhà tôi để trong tủ bị mối ăn rách hết, giờ xin cấp lại được không?', expect: REISSUE, who: 'elderly' },
  { q: 'mat giay phep xay dung xin lai', expect: REISSUE, who: 'rural' },
  { q: 'cấp lại giấy phép xây dựng', expect: REISSUE, who: 'young' },
  { q: 'Nhà thờ họ của dòng tộc tôi phải dời đi chỗ khác để làm đường, muốn di dời nguyên công trình thì xin phép ở đâu?', expect: RELOCATE, who: 'elderly' },
  { q: 'di doi cong trinh qua cho khac xin phep', expect: RELOCATE, who: 'rural' },
  { q: 'giấy phép di dời công trình', expect: RELOCATE, who: 'young' },
  { q: 'Tôi muốn mở quán hát karaoke ở tầng dưới nhà, nghe nói phải có giấy công an về an ninh trật tự với giấy văn hóa, làm thế nào?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo quan karaoke can giay phep gi', expect: ANTT_SHOP, who: 'rural' },
  { q: 'mở karaoke', expect: ANTT_SHOP, who: 'young' },
  { q: 'Quán karaoke của tôi đã có giấy phép văn hóa, công an phường bảo phải xin thêm giấy chứng nhận đủ điều kiện về an ninh trật tự.', expect: ANTT_NEW, who: 'elderly' },
  { q: 'giay an ninh trat tu cho quan karaoke', expect: ANTT_NEW, who: 'rural' },
  { q: 'anh ninh trật tự karaoke', expect: ANTT_NEW, who: 'young' },
  { q: 'Cháu tôi muốn mở quán bar có nhạc sống, vũ trường thì xin giấy phép ở đâu?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo quan bar vu truong xin giay phep', expect: ANTT_NEW, who: 'rural' },
  { q: 'giấy phép vũ trường', expect: ANTT_NEW, who: 'young' },
  { q: 'Nhà tôi có mấy phòng trống, định sửa lại làm nhà nghỉ cho khách thuê qua đêm, công an bảo phải có giấy an ninh trật tự, xin ở đâu?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo nha nghi cho thue phong can giay gi cong an', expect: ANTT_NEW, who: 'rural' },
  { q: 'anh ninh trật tự nhà nghỉ', expect: ANTT_NEW, who: 'young' },
  { q: 'Tôi muốn mở tiệm cầm đồ nhỏ ở chợ, nghe nói kinh doanh cầm đồ phải được công an cấp giấy, thủ tục gồm những gì?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo tiem cam do can giay cong an', expect: ANTT_NEW, who: 'rural' },
  { q: 'giấy phép cầm đồ', expect: ANTT_NEW, who: 'young' },
  { q: 'Tôi làm nghề khắc dấu, muốn mở cơ sở khắc con dấu thì phải có giấy chứng nhận gì của công an?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo tiem khac dau xin giay', expect: ANTT_NEW, who: 'rural' },
  { q: 'kinh doanh khắc dấu', expect: ANTT_NEW, who: 'young' },
  { q: 'Hợp tác xã chúng tôi mới làm con dấu, công an bảo phải đăng ký mẫu con dấu, làm ở đâu?', expect: SEAL, who: 'elderly' },
  { q: 'dang ky mau con dau cho hop tac xa', expect: SEAL, who: 'rural' },
  { q: 'đăng ký mẫu dấu', expect: SEAL, who: 'young' },
  { q: 'Tôi muốn mở cửa hàng bán bình ga cho bà con trong xã, phải xin những giấy gì, có cần giấy công an không?', expect: ANTT_SHOP, who: 'elderly' },
  { q: 'mo dai ly ban binh gas', expect: ANTT_SHOP, who: 'rural' },
  { q: 'giấy phép kinh doanh gas', expect: ANTT_SHOP, who: 'young' },
  { q: 'kinh doanh phao hoa xin phep o dau', expect: FIREWORKS, who: 'rural' },
  { q: 'giấy phép pháo hoa', expect: FIREWORKS, who: 'young' },
  { q: 'Tôi đã nghỉ hưu, muốn lập công ty dịch vụ bảo vệ cho thuê người giữ xe, giữ cổng, phải có giấy gì của công an?', expect: ANTT_NEW, who: 'elderly' },
  { q: 'mo cong ty bao ve can giay an ninh', expect: ANTT_NEW, who: 'rural' },
  { q: 'kinh doanh dịch vụ bảo vệ', expect: ANTT_NEW, who: 'young' },
  { q: 'Giấy chứng nhận đủ điều kiện an ninh trật tự của tiệm tôi bị mất khi dọn nhà, giờ xin cấp lại thế nào?', expect: ANTT_CHANGE, who: 'elderly' },
  { q: 'mat giay an ninh trat tu xin cap lai', expect: ANTT_CHANGE, who: 'rural' },
  { q: 'cấp lại giấy anh ninh trật tự', expect: ANTT_CHANGE, who: 'young' },
  { q: 'Tôi chuyển tiệm cầm đồ sang địa điểm khác, có phải đổi giấy chứng nhận an ninh trật tự không?', expect: ANTT_MOVE, who: 'elderly' },
  { q: 'doi dia chi tiem doi giay an ninh trat tu', expect: ANTT_MOVE, who: 'rural' },
  { q: 'cấp đổi giấy an ninh trật tự', expect: ANTT_MOVE, who: 'young' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const HOUSE44_TUNE: readonly CitizenQuery[] = HOUSE44_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const HOUSE44_HELD: readonly CitizenQuery[] = HOUSE44_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (see the header). */
export const HOUSE44_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Bố tôi là thương binh, nhà cửa xuống cấp, nghe nói người có công được hỗ trợ sửa nhà, tôi phải làm gì?', who: 'elderly' },
  { q: 'nguoi co cong xin ho tro sua nha mần lai nha', who: 'rural' },
  { q: 'hỗ trợ nhà ở người có công', who: 'young' },
  { q: 'Chúng tôi là chủ đầu tư một dự án ở khu chưa có quy hoạch chi tiết, phải xin giấy phép quy hoạch, thủ tục thế nào?', who: 'elderly' },
  { q: 'xin giay phep quy hoach du an', who: 'rural' },
  { q: 'giấy phép quy hoạch', who: 'young' },
  { q: 'Khách sạn nhà tôi mới xây xong, muốn được xếp hạng sao cho khách tin tưởng thì làm thủ tục ở đâu?', who: 'elderly' },
  { q: 'xep hang sao khach san', who: 'rural' },
  { q: 'công nhận hạng khách sạn', who: 'young' },
  { q: 'Đơn vị tôi muốn bắn pháo hoa dịp Tết, mua pháo hoa của nhà máy thì phải xin phép gì?', who: 'elderly' },
  { q: 'Nhà hàng xóm xây cao che hết ánh sáng nhà tôi, tôi muốn hỏi giá thuê thợ sửa mái nhà bao nhiêu?', who: 'elderly' },
  { q: 'mua phao tet o dau re', who: 'rural' },
  { q: 'giá chung cư hà nội', who: 'young' },
];
