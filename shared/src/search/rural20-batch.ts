import type { CitizenQuery } from './dev-set';

/**
 * The countryside's other errands (issue 17, helper session of 6 Dec 2026): 80 queries written in one sitting at 12:42
 * UTC (docs/search-drafts/rural20-draft-20261206T1242Z.txt), before any procedure name was grepped and before the
 * engine was run on them: 32 elderly (stories told at the counter), 32 rural (no diacritics, Southern and Central words
 * and spellings: heo, ghe, xuồng, đìa, rẫy, hông, cất nhà) and 16 young (the official words). Farming and animals
 * (switching rice land to fruit trees, farms, plant-protection chemicals, fertiliser, veterinary work, vaccination,
 * quarantine for pigs and cattle sold to another province, slaughter), forestry (felling and carrying plantation
 * timber, being given forest), fisheries (fishing boats and licences, shrimp ponds, cage rafts), wells and
 * groundwater, waste water, rubbish, environment registration, farm vehicles and boats (máy cày, xe công nông, ba
 * gác, đò ngang, xuồng máy), building in the village (a house, repairs, a cattle shed, a fence, completion) and needs
 * a centre cannot meet (mains electricity, piped water, a school place).
 *
 * Four of the draft proved word-for-word in earlier sets (khai thac go rung trong, dang ky ghe danh ca, dang ky khai
 * thac nuoc duoi dat, xin phep xay nha o que): dropped, and replaced by four written after labelling had begun
 * (`late`). Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine):
 * every procedure a counter clerk would accept, following the labels earlier batches gave the same errands (a fence
 * or cattle shed takes the new-building permit, a ba gác the first vehicle registration). The three slaughterhouse
 * queries, first put among the unanswered, were moved to the end once the lexicon showed the agriculture office's
 * food-safety certificate (2.001827) is where a slaughterhouse is certified (before the engine was run on them).
 * Twenty have no answer in this catalogue: selling fertiliser, reporting sick animals, vaccinating a dog or pigs,
 * environment registration, registering a tractor or xe công nông (the specialised-vehicle register is not in it),
 * inspecting a passenger boat, crop losses to a storm, reporting a polluter or uncollected rubbish, electricity,
 * piped water and a first-grade place: RURAL20_NO_ANSWER. Split by alternation into RURAL20_TUNE (tuned on) and
 * RURAL20_HELD.
 */

const RICE_SWITCH = ['1.008004'];
const FARM = ['1.008128'];
const ANIMAL_OUT = ['1.002338'];
const PESTICIDE_SHOP = ['1.004363'];
const FELLING = ['1.011471', '1.011470', '1.000045'];
const TIMBER_LIST = ['1.000045'];
const FISHING_BOAT = ['1.003650', '1.003586'];
const FISHING_LICENCE = ['1.004359'];
const CAGE_OR_SHRIMP = ['1.014801', '1.004692', '1.014834'];
const WELL = ['1.001662', '1.004223'];
const DISCHARGE = ['1.010727', '1.010719'];
const BOAT = ['1.004088', '1.004047'];
const BUILD = ['1.013225'];
const REPAIR = ['1.013229'];
const COMPLETION = ['1.009794'];
// No slaughter procedure is named: a slaughterhouse is certified for food safety by the agriculture office.
const SLAUGHTER = ['2.001827'];

export const RURAL20_BATCH: readonly CitizenQuery[] = [
  { q: 'tôi có mấy sào ruộng lúa muốn chuyển sang trồng cây ăn trái thì phải xin ai', expect: RICE_SWITCH, who: 'elderly' },
  {
    q: 'nhà tôi nuôi hơn trăm con heo muốn được công nhận trang trại thì làm giấy gì',
    expect: FARM,
    who: 'elderly',
  },
  { q: 'tôi muốn bán cặp bò sang tỉnh bên thì phải có giấy kiểm dịch không', expect: ANIMAL_OUT, who: 'elderly' },
  { q: 'con trai tôi mở cửa hàng bán thuốc trừ sâu thì phải xin giấy phép gì', expect: PESTICIDE_SHOP, who: 'elderly' },
  {
    q: 'nhà tôi có mấy hecta keo rừng trồng giờ muốn chặt bán thì phải làm thủ tục gì',
    expect: FELLING,
    who: 'elderly',
  },
  {
    q: 'chở gỗ keo từ rẫy về xưởng có cần giấy tờ chứng minh nguồn gốc gỗ không',
    expect: TIMBER_LIST,
    who: 'elderly',
  },
  {
    q: 'tôi muốn nhận đất rừng để trồng rừng thì hỏi ở đâu',
    expect: ['1.014832', '1.014839', '1.013949', '1.013823'],
    who: 'elderly',
  },
  { q: 'chiếc tàu đánh cá của nhà tôi mới đóng xong phải đăng ký ở đâu', expect: FISHING_BOAT, who: 'elderly' },
  { q: 'giấy phép đánh bắt cá của tàu tôi hết hạn rồi xin cấp lại thế nào', expect: FISHING_LICENCE, who: 'elderly' },
  { q: 'tôi nuôi tôm mấy cái ao muốn đăng ký cơ sở nuôi', expect: [...CAGE_OR_SHRIMP, '1.004913'], who: 'elderly' },
  {
    q: 'nhà tôi muốn đặt mấy cái lồng bè nuôi cá trên sông có phải xin phép không',
    expect: CAGE_OR_SHRIMP,
    who: 'elderly',
  },
  { q: 'nhà tôi muốn khoan giếng lấy nước tưới vườn có phải xin phép không', expect: WELL, who: 'elderly' },
  {
    q: 'tôi chở đò ngang qua sông cho bà con có cần giấy phép không',
    expect: [...BOAT, '1.009455', '1.009454'],
    who: 'elderly',
  },
  { q: 'chiếc thuyền máy chở khách của tôi phải đăng ký ở đâu', expect: BOAT, who: 'elderly' },
  {
    q: 'tôi muốn xây lại căn nhà cấp bốn ở quê có phải xin giấy phép xây dựng không',
    expect: BUILD,
    who: 'elderly',
  },
  { q: 'nhà tôi muốn sửa lại mái nhà bị dột có cần xin phép không', expect: REPAIR, who: 'elderly' },
  { q: 'tôi muốn xây cái chuồng bò sau vườn có phải xin phép gì không', expect: BUILD, who: 'elderly' },
  { q: 'nhà xây xong rồi giờ muốn làm giấy hoàn công để bổ sung vào sổ đỏ', expect: COMPLETION, who: 'elderly' },
  { q: 'tôi muốn xây tường rào quanh đất nhà mình có phải xin phép không', expect: BUILD, who: 'elderly' },
  {
    q: 'tôi muốn làm thẻ bảo hiểm y tế để đi khám ở trạm xá xã',
    expect: ['2.000639', '1.003116'],
    who: 'elderly',
  },
  {
    q: 'đàn heo nhà tôi bị dịch tả heo châu phi phải tiêu hủy có được hỗ trợ tiền không',
    expect: ['1.013997'],
    who: 'elderly',
  },
  { q: 'chuyen dat lua sang trong cay an trai can lam gi', expect: RICE_SWITCH, who: 'rural' },
  { q: 'xin giay chung nhan trang trai nuoi heo', expect: FARM, who: 'rural' },
  { q: 'ban heo ra tinh khac can giay kiem dich hong', expect: ANIMAL_OUT, who: 'rural' },
  { q: 'giay kiem dich van chuyen bo ra tinh', expect: ANIMAL_OUT, who: 'rural' },
  { q: 'mở tiệm bán thuốc bảo vệ thực vật cần giấy gì', expect: PESTICIDE_SHOP, who: 'rural' },
  { q: 'van chuyen go rung trong can giay to gi', expect: TIMBER_LIST, who: 'rural' },
  { q: 'xin giay phep khai thac thuy san cho ghe', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'cap lai giay phep danh bat ca', expect: FISHING_LICENCE, who: 'rural' },
  { q: 'đăng ký nuôi tôm ở đìa', expect: [...CAGE_OR_SHRIMP, '1.004913'], who: 'rural' },
  { q: 'nuoi ca long be tren song', expect: CAGE_OR_SHRIMP, who: 'rural' },
  { q: 'xin phep khoan gieng nuoc ngam', expect: WELL, who: 'rural' },
  { q: 'giay phep xa nuoc thai ra song', expect: DISCHARGE, who: 'rural' },
  { q: 'xe ba gac co phai dang ky khong', expect: ['1.013067'], who: 'rural' },
  { q: 'mo ben do ngang qua song', expect: ['1.009455', '1.009453', '1.009454'], who: 'rural' },
  { q: 'dang ky xuong may cho khach', expect: BOAT, who: 'rural' },
  { q: 'xay chuong heo co can xin phep hong', expect: BUILD, who: 'rural' },
  { q: 'hoan cong nha o', expect: COMPLETION, who: 'rural' },
  { q: 'sửa nhà có cần xin phép hông', expect: REPAIR, who: 'rural' },
  { q: 'thu y kiem dich dong vat', expect: [...ANIMAL_OUT, '2.000873'], who: 'rural' },
  { q: 'giay phep hanh nghe thu y', expect: ['1.004756', '1.005319', '2.001064'], who: 'rural' },
  { q: 'thủ tục chuyển đổi cơ cấu cây trồng trên đất trồng lúa', expect: RICE_SWITCH, who: 'young' },
  { q: 'chứng nhận kinh tế trang trại', expect: FARM, who: 'young' },
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: [...ANIMAL_OUT, '2.000873'], who: 'young' },
  { q: 'giấy chứng nhận đủ điều kiện buôn bán thuốc bvtv', expect: PESTICIDE_SHOP, who: 'young' },
  { q: 'đăng ký tàu cá', expect: FISHING_BOAT, who: 'young' },
  { q: 'cấp giấy phép khai thác thủy sản', expect: FISHING_LICENCE, who: 'young' },
  { q: 'giấy phép khai thác nước dưới đất', expect: ['1.004223', '1.000070', '1.001662'], who: 'young' },
  { q: 'giấy phép xả thải vào nguồn nước', expect: DISCHARGE, who: 'young' },
  { q: 'đăng ký phương tiện thủy nội địa', expect: BOAT, who: 'young' },
  { q: 'giấy phép xây dựng nhà ở riêng lẻ nông thôn', expect: BUILD, who: 'young' },
  { q: 'cấp chứng chỉ hành nghề thú y', expect: ['1.004756'], who: 'young' },
  { q: 'khai thác gỗ rừng trồng', expect: FELLING, who: 'young' },
  { q: 'chat keo rung trong de ban can xin phep xa hong', expect: FELLING, who: 'rural', late: true },
  { q: 'lam giay to cho chiec xuong may moi mua', expect: BOAT, who: 'rural', late: true },
  { q: 'khoan gieng cho trai heo xai co phai dang ky', expect: WELL, who: 'rural', late: true },
  { q: 'cat nha moi tren dat vuon o que xin phep o dau', expect: BUILD, who: 'rural', late: true },
  { q: 'ông bà tôi muốn mở lò mổ heo nhỏ trong xóm có được không', expect: SLAUGHTER, who: 'elderly' },
  { q: 'dang ky co so giet mo gia suc', expect: SLAUGHTER, who: 'rural' },
  { q: 'giấy phép giết mổ gia súc', expect: SLAUGHTER, who: 'young' },
];

/** The tune half (even positions): its misses were read and fixed with general readings. */
export const RURAL20_TUNE: readonly CitizenQuery[] = RURAL20_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const RURAL20_HELD: readonly CitizenQuery[] = RURAL20_BATCH.filter((_, i) => i % 2 === 1);

/** Draft queries whose answer this catalogue lacks (see the header). */
export const RURAL20_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'tôi mở đại lý bán phân bón ở xã cần giấy tờ gì', who: 'elderly' },
  { q: 'đàn gà nhà tôi chết nhiều nghi bị dịch thì báo ai', who: 'elderly' },
  { q: 'cái xưởng gần nhà xả nước thải hôi thối ra mương tôi muốn báo thì báo ở đâu', who: 'elderly' },
  { q: 'xóm tôi rác không ai thu gom bốc mùi khó chịu thì phản ánh với ai', who: 'elderly' },
  { q: 'tôi có chiếc máy cày muốn chở lúa ra đường có phải đăng ký biển số không', who: 'elderly' },
  { q: 'nhà tôi ở xa chưa có điện lưới muốn kéo điện về thì xin ở đâu', who: 'elderly' },
  { q: 'xóm tôi chưa có nước máy muốn xin lắp đường ống nước sạch', who: 'elderly' },
  { q: 'cháu tôi học lớp một muốn xin học trường gần nhà', who: 'elderly' },
  { q: 'tôi làm ruộng bị mất mùa do bão muốn xin hỗ trợ thiệt hại', who: 'elderly' },
  { q: 'tôi muốn đăng ký tiêm phòng dại cho con chó nhà mình', who: 'elderly' },
  { q: 'giay phep ban phan bon', who: 'rural' },
  { q: 'dang ky moi truong cho co so chan nuoi', who: 'rural' },
  { q: 'dang ky bien so xe cong nong', who: 'rural' },
  { q: 'dang kiem ghe cho khach', who: 'rural' },
  { q: 'xin keo dien ve nha', who: 'rural' },
  { q: 'tiem phong cho heo bo', who: 'rural' },
  { q: 'ho tro thiet hai cay trong do thien tai', who: 'rural' },
  { q: 'đăng ký môi trường', who: 'young' },
  { q: 'đăng ký xe máy chuyên dùng', who: 'young' },
  { q: 'cấp nước sạch nông thôn', who: 'young' },
];
