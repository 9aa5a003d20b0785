import type { CitizenQuery } from './dev-set';
import { AREA, CHANGE_INFO, CHANGE_USE, CORRECT, DISPUTE, EXCHANGE, FIRST, INHERIT, PERMIT_NEW, PERMIT_REPAIR, SALE_GIFT, SPLIT_MERGE, STATE_LEASE, TRANSFER } from './land-codes';

/** The change registered when husband and wife (or a household's members) agree, or a court's judgment is carried out. */
const COUPLE = '1.013980';
/** A house (or other asset) added to a plot whose certificate is already issued. */
const HOUSE_ADDED = '1.013995';
/** Confirmation that a household goes on using its farmland when the term written in the book has run out. */
const FARM_TERM = '1.013947';
/** Survey and map data, the extract of the cadastral map; the province's environment-data twin also answers. */
const MAP_DATA = ['1.011671', '1.004237'];
/** Rice land switched to orchards or fish ponds. */
const RICE_SWITCH = '1.008004';
/** The first certificate of an organisation using land (a pagoda, a parish church). */
const ORG_FIRST = '1.012753';
/** The Chairman of the province's permit for works within the dyke's protected zone. */
const DYKE_PERMIT = '1.013644';
/** Land given for a road: the gift to the State (untitled plot), or the titled plot's gift, split and new book. */
const ROAD_REST = ['1.013979', TRANSFER, SPLIT_MERGE, EXCHANGE];
/** The lease struck off the register: the catalogue's only "xóa đăng ký cho thuê", and the change registration. */
const LEASE_END = ['1.012766', TRANSFER];

/**
 * Land as elderly people and their families tell it, in situations other than the common ones of land51 (issue 17,
 * helper session of 7 Dec 2026): 66 queries written in one sitting at 01:56 UTC
 * (docs/search-drafts/land57-draft-20261207T0156Z.txt), before any procedure name was grepped and before the engine
 * was run on them: 22 situations (a wife's name added to the book, the book in a dead husband's name, the farmland's
 * term run out, fields rented to a company, land given for a road and the area left, a new cadastral map, a house
 * built on titled land, a clan shrine's land, a pagoda's or a parish's land, a household whose members quarrel, a
 * boundary quarrel, garden land to residential, two neighbours swapping fields, building at the foot of a dyke, a new
 * ID number on the book, a wrong name in the book, a divorce judgment, land put into a son's company, a lease ended,
 * the cadastral map extract, rice land to orchards, renting the commune's public land) × 3 voices: elderly (long
 * polite stories with diacritics), rural (no diacritics, "tui", "em", slips) and young (short, abbreviations).
 * Labelled afterwards by grepping the crawl, with the codes of land-codes.ts and the constants above as land28,
 * house44 and elderly13 named them: renting, swapping or putting land into a company accepts the change registration
 * and the commune's certification of the contract (SALE_GIFT); a pagoda in a village accepts both the organisation's
 * and the community's first certificate, a parish church only the organisation's; work at a dyke accepts the dyke
 * permit and the building permits. The draft's situation "compensation when the dyke is rebuilt" has no citizen's
 * procedure in the catalogue (as land51 found for compensation) and went, with the six questions written as such, to
 * LAND57_NO_ANSWER.
 */
export const LAND57_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa cô, năm 1998 nhà tôi được cấp sổ đỏ chỉ đứng tên một mình tôi, nay bà nhà tôi muốn có tên trong sổ cho chắc chắn, vậy thì phải làm thủ tục gì ạ?',
    expect: [COUPLE, CHANGE_INFO],
    who: 'elderly',
  },
  { q: 'so do nha em chi co ten chong, gio vo muon dua ten vao chung thi lam the nao a', expect: [COUPLE, CHANGE_INFO], who: 'rural' },
  { q: 'thêm tên vợ vào sổ đỏ', expect: [COUPLE, CHANGE_INFO], who: 'young' },
  {
    q: 'Ông nhà tôi mất được ba năm rồi, cái sổ đỏ đất ở vẫn đứng tên ông ấy, các con tôi đã thống nhất để lại cho tôi, giờ tôi muốn sang tên sổ về mình thì làm ở đâu ạ?',
    expect: INHERIT,
    who: 'elderly',
  },
  { q: 'chong em mat roi ma so do van de ten ong ay, gio muon sang ten cho em thi phai lam giay to gi', expect: INHERIT, who: 'rural' },
  { q: 'bố mất, sổ đỏ đứng tên bố, sang tên cho mẹ', expect: INHERIT, who: 'young' },
  {
    q: 'Ruộng nhà tôi được giao từ năm 1993, trong sổ ghi thời hạn hai mươi năm, nay đã quá hạn lâu rồi, tôi già nhưng vẫn cấy được, xin hỏi có phải làm gia hạn không ạ?',
    expect: [FARM_TERM, ...STATE_LEASE],
    who: 'elderly',
  },
  { q: 'ruong khoan nha toi het thoi han ghi trong so roi, gio muon xin gia han de cay tiep thi lam sao', expect: [FARM_TERM, ...STATE_LEASE], who: 'rural' },
  { q: 'gia hạn thời hạn sử dụng đất nông nghiệp', expect: [FARM_TERM, ...STATE_LEASE], who: 'young' },
  {
    q: 'Nhà tôi có hai sào ruộng bỏ không vì các con đi làm xa hết, nay có công ty đến hỏi thuê mười năm để làm xưởng, xin hỏi cho thuê thì phải đăng ký với nhà nước thế nào ạ?',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'co cong ty ho muon thue dat ruong nha tui lam kho bai, cho thue thi co phai dang ky o xa khong', expect: SALE_GIFT, who: 'rural' },
  { q: 'đăng ký cho thuê quyền sử dụng đất cho doanh nghiệp', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Năm ngoái xã mở rộng đường liên thôn, nhà tôi hiến gần bốn chục mét vuông đất mặt tiền, bây giờ diện tích còn lại không khớp với sổ đỏ nữa, xin hỏi làm sao để sửa sổ cho đúng ạ?',
    expect: ROAD_REST,
    who: 'elderly',
  },
  { q: 'nha toi bi cat mot mieng dat lam duong, so do van ghi dien tich cu, gio muon chinh lai dien tich con lai', expect: ROAD_REST, who: 'rural' },
  { q: 'hiến đất làm đường, cập nhật diện tích còn lại trên sổ', expect: ROAD_REST, who: 'young' },
  { q: 'Vừa rồi đoàn đo đạc về đo lại bản đồ địa chính cả thôn, đất nhà tôi đo ra khác với số trong sổ cũ từ năm 1995, cán bộ bảo phải đổi sổ mới, xin hỏi thủ tục ạ?', expect: AREA, who: 'elderly' },
  { q: 'xa do dat lai ban do moi, so thua so to cua nha em thay doi het, gio muon doi so moi theo ban do moi', expect: [EXCHANGE, CHANGE_INFO], who: 'rural' },
  { q: 'cấp đổi sổ đỏ sau đo đạc lại bản đồ địa chính', expect: AREA, who: 'young' },
  {
    q: 'Đất nhà tôi có sổ đỏ từ lâu nhưng lúc đó mới là đất trống, năm 2015 con trai tôi xây nhà hai tầng lên, giờ muốn ghi thêm cái nhà vào sổ thì làm thế nào ạ?',
    expect: [HOUSE_ADDED],
    who: 'elderly',
  },
  { q: 'nha xay xong roi ma so do chi co dat thoi, muon bo sung nha vao so thi nop o dau', expect: [HOUSE_ADDED], who: 'rural' },
  { q: 'đăng ký bổ sung nhà ở vào sổ đỏ đã cấp', expect: [HOUSE_ADDED], who: 'young' },
  {
    q: 'Dòng họ nhà tôi có khu nhà thờ tổ với mảnh đất hương hỏa từ đời các cụ để lại, chưa bao giờ có sổ, nay con cháu trong họ muốn làm giấy chứng nhận cho dòng họ thì làm sao ạ?',
    expect: [FIRST],
    who: 'elderly',
  },
  { q: 'dat nha tho ho cua ho em tu xua chua co so, gio ca ho muon lam so do cho dat nha tho', expect: [FIRST], who: 'rural' },
  { q: 'làm sổ đỏ cho đất nhà thờ họ', expect: [FIRST], who: 'young' },
  {
    q: 'Tôi là người trông coi ngôi chùa làng đã hơn hai mươi năm, đất chùa rộng gần một mẫu nhưng chưa có giấy tờ gì, sư thầy nhờ tôi hỏi giúp làm sổ cho đất chùa ạ.',
    expect: [ORG_FIRST, FIRST],
    who: 'elderly',
  },
  { q: 'dat cua nha tho giao xu tui chua co so, cha xu nho hoi lam giay chung nhan dat cho nha tho', expect: [ORG_FIRST], who: 'rural' },
  { q: 'cấp giấy chứng nhận đất cơ sở tôn giáo', expect: [ORG_FIRST], who: 'young' },
  {
    q: 'Sổ đỏ cấp cho hộ gia đình tôi từ hồi các con còn nhỏ, nay tôi muốn bán bớt một mảnh nhưng hai đứa con không chịu ký, anh em cãi nhau mãi, tôi phải nhờ ai giải quyết ạ?',
    expect: DISPUTE,
    who: 'elderly',
  },
  { q: 'dat cap cho ho gia dinh, nay anh em trong nha tranh chap khong thong nhat chia, muon xa dung ra hoa giai', expect: DISPUTE, who: 'rural' },
  { q: 'tranh chấp đất giữa các thành viên hộ gia đình', expect: DISPUTE, who: 'young' },
  {
    q: 'Nhà hàng xóm xây tường rào lấn sang đất nhà tôi gần nửa mét, tôi đã nói chuyện nhiều lần mà họ không chịu, nay tôi muốn làm đơn lên xã nhờ hòa giải thì làm thế nào ạ?',
    expect: DISPUTE,
    who: 'elderly',
  },
  { q: 'nha ben canh xay lan ranh gioi dat nha em, em muon lam don len xa de hoa giai tranh chap', expect: DISPUTE, who: 'rural' },
  { q: 'đơn hòa giải tranh chấp ranh giới đất', expect: DISPUTE, who: 'young' },
  {
    q: 'Tôi có mảnh vườn ba trăm mét sau nhà, định cắt cho thằng út một phần để nó làm nhà ra ở riêng, nhưng trong sổ ghi đất trồng cây lâu năm, vậy phải chuyển lên đất ở thế nào ạ?',
    expect: CHANGE_USE,
    who: 'elderly',
  },
  { q: 'em co manh dat vuon muon len tho cu de xay nha thi lam thu tuc gi, mat bao nhieu tien', expect: CHANGE_USE, who: 'rural' },
  { q: 'chuyển đất nông nghiệp sang đất ở', expect: CHANGE_USE, who: 'young' },
  {
    q: 'Ruộng nhà tôi có hai thửa nằm xen với ruộng nhà ông hàng xóm, hai nhà bàn nhau đổi cho nhau để mỗi nhà một khoảnh liền cho dễ cày cấy, xin hỏi đổi ruộng thì làm giấy tờ ra sao ạ?',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'hai nha doi ruong cho nhau cho lien bo lien thua, lam giay to doi dat nong nghiep the nao', expect: SALE_GIFT, who: 'rural' },
  { q: 'chuyển đổi quyền sử dụng đất nông nghiệp giữa hai hộ', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Nhà tôi ở ngay chân đê sông Hồng mấy chục năm nay, mái nhà dột nát cần sửa lại và xây thêm cái bếp, nghe nói đất trong hành lang đê phải xin phép, vậy xin phép ở đâu ạ?',
    expect: [DYKE_PERMIT, PERMIT_REPAIR, PERMIT_NEW],
    who: 'elderly',
  },
  { q: 'nha em o sat chan de, muon sua nha xay them cai chuong ga co phai xin phep ai khong', expect: [DYKE_PERMIT, PERMIT_REPAIR, PERMIT_NEW], who: 'rural' },
  { q: 'xin phép xây dựng trong hành lang bảo vệ đê', expect: [DYKE_PERMIT, PERMIT_NEW], who: 'young' },
  {
    q: 'Sổ đỏ nhà tôi ghi số chứng minh thư chín số cũ, nay tôi đã đổi sang căn cước gắn chip, người ta bảo phải cập nhật thông tin trong sổ, xin hỏi có phải làm không và làm ở đâu ạ?',
    expect: [CHANGE_INFO],
    who: 'elderly',
  },
  { q: 'so do ghi so chung minh cu, gio doi can cuoc roi co phai dang ky thay doi thong tin tren so khong', expect: [CHANGE_INFO], who: 'rural' },
  { q: 'cập nhật số CCCD trên sổ đỏ', expect: [CHANGE_INFO], who: 'young' },
  {
    q: 'Sổ đỏ của tôi cấp năm 2002, cán bộ ghi sai tên đệm của tôi, lại ghi năm sinh sai một năm, nay tôi muốn làm giấy tờ cho con thì bị vướng, xin hỏi sửa lại ở đâu ạ?',
    expect: CORRECT,
    who: 'elderly',
  },
  { q: 'so do ghi sai ten cua bo em, gio muon dinh chinh lai cho dung thi nop don o dau', expect: CORRECT, who: 'rural' },
  { q: 'đính chính sai sót trên GCN QSDĐ', expect: CORRECT, who: 'young' },
  { q: 'Con gái tôi đã ly hôn, tòa xử cho nó được cả mảnh đất, nhưng sổ đỏ vẫn đứng tên hai vợ chồng cũ, giờ nó nhờ tôi đi hỏi xem làm sao để sổ chỉ còn tên nó ạ?', expect: [COUPLE], who: 'elderly' },
  { q: 'ly hon toa xu dat cho em roi, gio muon bo ten chong cu ra khoi so do', expect: [COUPLE], who: 'rural' },
  { q: 'sang tên sổ đỏ theo bản án ly hôn', expect: [COUPLE], who: 'young' },
  {
    q: 'Tôi có mảnh đất mặt đường, thằng con trai lập công ty nhỏ và muốn tôi góp mảnh đất ấy vào làm vốn công ty, xin hỏi góp đất như vậy phải đăng ký giấy tờ gì ạ?',
    expect: SALE_GIFT,
    who: 'elderly',
  },
  { q: 'em muon lay dat gop von vao cong ty cua thang chau, phai dang ky o dau', expect: SALE_GIFT, who: 'rural' },
  { q: 'góp vốn bằng quyền sử dụng đất', expect: SALE_GIFT, who: 'young' },
  {
    q: 'Mấy năm trước tôi cho một công ty thuê đất làm bãi để vật liệu, có đăng ký ở văn phòng đất đai, nay hết hợp đồng họ trả lại đất, tôi có phải đi xóa đăng ký cho thuê không ạ?',
    expect: LEASE_END,
    who: 'elderly',
  },
  { q: 'cong ty thue dat nha em het han tra dat roi, gio muon xoa cho thue tren so', expect: LEASE_END, who: 'rural' },
  { q: 'xóa đăng ký cho thuê quyền sử dụng đất', expect: LEASE_END, who: 'young' },
  { q: 'Tôi muốn biết chính xác ranh giới mảnh đất nhà mình trên bản đồ địa chính để phân định với nhà bên cạnh, xin hỏi tôi có thể xin trích lục bản đồ ở đâu ạ?', expect: MAP_DATA, who: 'elderly' },
  { q: 'muon xin trich luc ban do thua dat nha em de xem ranh gioi voi nha ben', expect: MAP_DATA, who: 'rural' },
  { q: 'trích lục bản đồ địa chính thửa đất', expect: MAP_DATA, who: 'young' },
  {
    q: 'Mấy sào ruộng lúa nhà tôi trũng, cấy lúa mất mùa liên tục, tôi muốn chuyển sang trồng cây ăn quả và đào ao thả cá, xin hỏi có phải đăng ký với xã không ạ?',
    expect: [RICE_SWITCH],
    who: 'elderly',
  },
  { q: 'ruong lua nha em muon chuyen sang trong cam voi buoi thi co phai dang ky voi xa khong', expect: [RICE_SWITCH], who: 'rural' },
  { q: 'đăng ký chuyển đổi cây trồng trên đất lúa', expect: [RICE_SWITCH], who: 'young' },
  {
    q: 'Ngoài bãi sông có mấy sào đất bồi của xã để trống, tôi với mấy nhà trong xóm muốn thuê lại để trồng ngô trồng đậu, xin hỏi thuê đất công ích của xã thì làm đơn thế nào ạ?',
    expect: STATE_LEASE,
    who: 'elderly',
  },
  { q: 'muon thue dat bai boi ven song cua xa de trong ngo thi nop don o dau', expect: STATE_LEASE, who: 'rural' },
  { q: 'thuê đất công ích 5% của xã', expect: STATE_LEASE, who: 'young' },
];

/** Even positions: may be tuned on. */
export const LAND57_TUNE: readonly CitizenQuery[] = LAND57_BATCH.filter((_, i) => i % 2 === 0);

/** Odd positions: scored, never tuned on. */
export const LAND57_HELD: readonly CitizenQuery[] = LAND57_BATCH.filter((_, i) => i % 2 === 1);

/**
 * No citizen's procedure answers these: compensation when the State takes land for a dyke (as land51), the market
 * price of a plot, a neighbour's fruit over the fence, advice on dividing land, when a road will be finished, termite
 * poison, a house's orientation.
 */
export const LAND57_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Nhà nước làm lại con đê, đất vườn nhà tôi nằm trong phạm vi phải giải tỏa, tôi đã ngoài bảy mươi, muốn hỏi xem được bồi thường hỗ trợ thế nào và nộp giấy tờ ở đâu ạ?', who: 'elderly' },
  { q: 'dat nha em nam trong hanh lang de bi thu hoi, muon hoi ve boi thuong ho tro', who: 'rural' },
  { q: 'bồi thường khi nhà nước thu hồi đất làm đê', who: 'young' },
  { q: 'Tôi có mảnh đất ở mặt đường tỉnh lộ, các con muốn bán để chia nhau, tôi muốn hỏi bây giờ giá thị trường mảnh đất ấy được bao nhiêu tiền ạ?', who: 'elderly' },
  { q: 'cay nhan nha ben canh chia canh sang dat nha em, em co duoc hai qua khong hay phai hoi ho', who: 'rural' },
  { q: 'Tôi có ba đứa con trai, đang phân vân không biết nên chia đất cho thằng cả giữ nhà thờ hay chia đều cho cả ba, cô khuyên tôi nên thế nào ạ?', who: 'elderly' },
  { q: 'bao giờ thì con đường qua xã em làm xong', who: 'young' },
  { q: 'dat vuon nha em bi moi an het goc cay, xin thuoc diet moi o dau', who: 'rural' },
  { q: 'Mảnh đất nhà tôi định làm nhà cho con, tôi muốn hỏi hướng nhà nào là hợp tuổi và phong thủy tốt cho con cháu ạ?', who: 'elderly' },
];
