import type { CitizenQuery } from './dev-set';

/**
 * Businesses as ordinary people ask about them (issue 17, helper session of 6 Dec 2026, batch firm50): a household
 * business (open, move, hand over, add a trade, pause, close, a lost certificate), a company (TNHH, cổ phần, doanh
 * nghiệp tư nhân, a new legal representative, more capital, a new name, a branch or representative office, pause,
 * dissolve), a cooperative and a cooperation group, and the permits shops ask about. 70 labelled queries, situations
 * each told by an elderly, a rural and a young citizen, written in one sitting at 23:25 UTC
 * (docs/search-drafts/firm50-draft-20261206T2325Z.txt) before any procedure name was grepped and before the engine was
 * run on them. Elderly: stories (a tạp hóa shop, a xưởng mộc, a quán cơm moving, a son taking over); rural: no
 * diacritics, "mần ăn", "tiệm", "dẹp", "hùn vốn", "hong", "tui"; young: HKD, TNHH, DNTN, HTX, ATTP, LPG.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), following
 * biz17 where the same need came up: a household business moving accepts the change of registration and the tax
 * office change that precedes it; a shop handed to a son or an heir accepts the change, or closing and a new
 * registration; a lost "giấy phép kinh doanh" accepts the household or the company reissue; a change of a cooperative
 * accepts its registration of the change or its notice; a cooperation group accepts its registration or its notice;
 * a gas shop and a karaoke bar accept the security-and-order certificate (as trade11 and biz17). The food-safety
 * certificate here is only the agriculture one (2.001827), which fits the young voice's generic wording; a noodle stall
 * and a bakery belong to the health sector, which this catalogue lacks. Also missing: the alcohol, tobacco and
 * pharmacy licences, and a company seal (enterprises make their own since 2021): those, a tax amount, a bank loan, a
 * market stall, selling on Facebook, rent, fake goods and a minimum wage are in FIRM50_NO_ANSWER.
 */
const HKD_NEW = '1.001612';
const HKD_CHANGE = '2.000720';
const HKD_REISSUE = '2.000575';
const HKD_PAUSE = '1.001570';
const HKD_END = '1.001266';
const HKD_MOVE = [HKD_CHANGE, '1.008504'];
const HKD_HANDOVER = [HKD_CHANGE, HKD_END, HKD_NEW];
const TNHH = ['2.001199', '2.001583'];
const CO_PHAN = '2.002043';
const DNTN = '2.001610';
const DN_REPRESENTATIVE = '2.002011';
const DN_CAPITAL = '2.002009';
const DN_CHANGE = '2.002041';
const DN_REISSUE = '2.002018';
const DN_PAUSE = '2.002029';
const DN_DISSOLVE = '2.002023';
const BRANCH = '2.002069';
const REISSUE = [HKD_REISSUE, DN_REISSUE];
const HTX_NEW = '1.005280';
const HTX_CHANGE = ['1.005277', '1.004979'];
const HTX_DISSOLVE = '1.004982';
const THT_NEW = ['2.002637', '2.002226'];
const FOOD_SAFETY = '2.001827';
const SECURITY_NEW = ['2.001478', '1.003204'];

export const FIRM50_BATCH: readonly CitizenQuery[] = [
  { q: 'Tôi bán tạp hóa ở nhà mấy chục năm nay, giờ cán bộ phường bảo phải đi đăng ký cho đàng hoàng thì làm giấy gì ạ', expect: [HKD_NEW], who: 'elderly' },
  { q: 'tui muon mo tiem tap hoa truoc nha thi phai dang ky giay phep kinh doanh o dau vay', expect: [HKD_NEW], who: 'rural' },
  { q: 'đăng ký hộ kinh doanh cá thể', expect: [HKD_NEW], who: 'young' },
  { q: 'Quán cơm của tôi phải dọn sang chỗ khác vì chủ nhà lấy lại mặt bằng, giấy phép kinh doanh có phải làm lại địa chỉ không ạ', expect: HKD_MOVE, who: 'elderly' },
  { q: 'doi cho buon ban qua xa ben, giay phep ho kinh doanh co phai sua dia chi hong', expect: HKD_MOVE, who: 'rural' },
  { q: 'thay đổi địa chỉ HKD', expect: HKD_MOVE, who: 'young' },
  { q: 'Tôi già rồi muốn để lại cửa hàng vật liệu xây dựng cho thằng con đứng tên thì thủ tục sang tên ra sao ạ', expect: HKD_HANDOVER, who: 'elderly' },
  { q: 'ba tui mat roi, tiem ban phan thuoc giờ tui dung ten thay thi lam sao', expect: HKD_HANDOVER, who: 'rural' },
  { q: 'đổi chủ hộ kinh doanh', expect: [HKD_CHANGE], who: 'young' },
  { q: 'Trước tôi đăng ký bán quần áo, nay muốn bán thêm cả giày dép với mỹ phẩm thì có phải khai lại ngành hàng không ạ', expect: [HKD_CHANGE], who: 'elderly' },
  { q: 'tiem tui dang ban tap hoa muon ban them do an uong thi bo sung nganh nghe kinh doanh sao', expect: [HKD_CHANGE], who: 'rural' },
  { q: 'bổ sung ngành nghề hộ kinh doanh', expect: [HKD_CHANGE], who: 'young' },
  { q: 'Tôi phải đi viện chữa bệnh mấy tháng, quán tạp hóa đóng cửa tạm thì có phải báo với nhà nước không để khỏi bị tính thuế ạ', expect: [HKD_PAUSE], who: 'elderly' },
  { q: 'nghi ban mot thoi gian cho het mua thi bao tam ngung kinh doanh o dau', expect: [HKD_PAUSE], who: 'rural' },
  { q: 'tạm ngừng kinh doanh hộ kinh doanh', expect: [HKD_PAUSE], who: 'young' },
  { q: 'Tôi già yếu không buôn bán được nữa, muốn đóng hẳn cái quán và trả lại giấy phép thì làm thế nào ạ', expect: [HKD_END], who: 'elderly' },
  { q: 'het mần ăn noi roi, dep tiem luon thi huy giay phep kinh doanh sao', expect: [HKD_END], who: 'rural' },
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: [HKD_END], who: 'young' },
  { q: 'Nhà tôi bị cháy mất cả giấy chứng nhận đăng ký kinh doanh của quán, giờ xin lại có được không ạ', expect: REISSUE, who: 'elderly' },
  { q: 'lam mat giay phep kinh doanh cua tiem roi, xin cap lai o dau', expect: REISSUE, who: 'rural' },
  { q: 'cấp lại giấy chứng nhận đăng ký HKD bị mất', expect: [HKD_REISSUE], who: 'young' },
  { q: 'Tôi có xưởng mộc làm đồ gỗ, khách lớn đòi xuất hóa đơn công ty nên muốn lập công ty hai người với con trai thì làm sao ạ', expect: TNHH, who: 'elderly' },
  { q: 'tui voi thang ban hun von mo cong ty trach nhiem huu han thi dang ky sao', expect: TNHH, who: 'rural' },
  { q: 'thành lập công ty TNHH 2 thành viên', expect: TNHH, who: 'young' },
  { q: 'Mấy anh em trong họ góp tiền mở công ty cổ phần làm gạch, nhờ cán bộ chỉ cho thủ tục đăng ký ạ', expect: [CO_PHAN], who: 'elderly' },
  { q: 'may nguoi hun von lap cong ty co phan can giay to gi', expect: [CO_PHAN], who: 'rural' },
  { q: 'đăng ký thành lập công ty cổ phần', expect: [CO_PHAN], who: 'young' },
  { q: 'Tôi muốn đứng tên một mình làm chủ doanh nghiệp tư nhân buôn gạo thì đăng ký ở đâu ạ', expect: [DNTN], who: 'elderly' },
  { q: 'mo doanh nghiep tu nhan mot minh tui lam chu thi sao', expect: [DNTN], who: 'rural' },
  { q: 'thành lập DNTN', expect: [DNTN], who: 'young' },
  { q: 'Ông giám đốc cũ của công ty tôi về hưu, giờ người khác làm đại diện theo pháp luật thì phải khai báo thế nào ạ', expect: [DN_REPRESENTATIVE], who: 'elderly' },
  { q: 'cong ty doi giam doc dung ten dai dien phap luat thi lam giay gi', expect: [DN_REPRESENTATIVE], who: 'rural' },
  { q: 'đổi người đại diện theo pháp luật công ty', expect: [DN_REPRESENTATIVE], who: 'young' },
  { q: 'Công ty nhà tôi muốn góp thêm tiền để làm ăn lớn hơn thì phải đăng ký tăng vốn với nhà nước thế nào ạ', expect: [DN_CAPITAL], who: 'elderly' },
  { q: 'cong ty tui muon tang von dieu le len thi lam sao', expect: [DN_CAPITAL], who: 'rural' },
  { q: 'tăng vốn điều lệ công ty TNHH', expect: [DN_CAPITAL], who: 'young' },
  { q: 'Tên công ty tôi bị trùng na ná với một công ty khác, khách hàng nhầm lẫn hoài nên muốn đổi tên thì làm sao ạ', expect: [DN_CHANGE], who: 'elderly' },
  { q: 'doi ten cong ty thi phai dang ky lai giay phep hong', expect: [DN_CHANGE], who: 'rural' },
  { q: 'thay đổi tên doanh nghiệp', expect: [DN_CHANGE], who: 'young' },
  { q: 'Công ty của con tôi ở thành phố muốn mở thêm một cửa hàng ở quê làm chi nhánh thì phải đăng ký gì ạ', expect: [BRANCH], who: 'elderly' },
  { q: 'cong ty mo them chi nhanh o tinh khac thi dang ky sao', expect: [BRANCH], who: 'rural' },
  { q: 'đăng ký hoạt động chi nhánh công ty', expect: [BRANCH], who: 'young' },
  { q: 'Công ty tôi ở Hà Nội muốn đặt một văn phòng giao dịch với khách ở Đà Nẵng, không buôn bán gì thì đăng ký thế nào ạ', expect: [BRANCH], who: 'elderly' },
  { q: 'lap van phong dai dien cong ty o ngoai tinh can giay gi', expect: [BRANCH], who: 'rural' },
  { q: 'thành lập văn phòng đại diện doanh nghiệp', expect: [BRANCH], who: 'young' },
  { q: 'Dạo này làm ăn thua lỗ, công ty tôi muốn nghỉ một năm rồi tính tiếp thì phải báo với ai ạ', expect: [DN_PAUSE], who: 'elderly' },
  { q: 'cong ty ế quá muon tam nghi mot thoi gian thi thong bao sao', expect: [DN_PAUSE], who: 'rural' },
  { q: 'thông báo tạm ngừng kinh doanh công ty', expect: [DN_PAUSE], who: 'young' },
  { q: 'Công ty của tôi làm ăn không được, muốn đóng cửa hẳn cho xong nợ nần thuế má thì thủ tục giải thể thế nào ạ', expect: [DN_DISSOLVE], who: 'elderly' },
  { q: 'dep cong ty luon, giai the doanh nghiep lam sao', expect: [DN_DISSOLVE], who: 'rural' },
  { q: 'giải thể công ty TNHH một thành viên', expect: [DN_DISSOLVE], who: 'young' },
  { q: 'Bà con trong xóm trồng rau sạch muốn họp nhau lập hợp tác xã để bán chung thì đăng ký ở đâu ạ', expect: [HTX_NEW], who: 'elderly' },
  { q: 'may ho trong ap muon lap hop tac xa nuoi bo thi lam sao', expect: [HTX_NEW], who: 'rural' },
  { q: 'thành lập HTX nông nghiệp', expect: [HTX_NEW], who: 'young' },
  { q: 'Hợp tác xã của chúng tôi bầu chủ nhiệm mới thay ông cũ, giấy chứng nhận đăng ký phải sửa lại thế nào ạ', expect: HTX_CHANGE, who: 'elderly' },
  { q: 'hop tac xa doi chu nhiem voi doi tru so thi dang ky thay doi sao', expect: HTX_CHANGE, who: 'rural' },
  { q: 'đăng ký thay đổi nội dung HTX', expect: HTX_CHANGE, who: 'young' },
  { q: 'Hợp tác xã dịch vụ của xã tôi lâu nay không hoạt động nữa, xã viên muốn giải thể thì làm thủ tục gì ạ', expect: [HTX_DISSOLVE], who: 'elderly' },
  { q: 'hop tac xa hong con lam an gi, giai the sao', expect: [HTX_DISSOLVE], who: 'rural' },
  { q: 'giải thể hợp tác xã tự nguyện', expect: [HTX_DISSOLVE], who: 'young' },
  { q: 'Mấy hộ làm nghề đan lát trong thôn muốn lập tổ hợp tác cho có giấy tờ, thì báo với ủy ban xã thế nào ạ', expect: THT_NEW, who: 'elderly' },
  { q: 'lap to hop tac nuoi ca may nha chung von thi dang ky o xa sao', expect: THT_NEW, who: 'rural' },
  { q: 'thông báo thành lập tổ hợp tác', expect: THT_NEW, who: 'young' },
  { q: 'giấy chứng nhận cơ sở đủ điều kiện ATTP', expect: [FOOD_SAFETY], who: 'young' },
  { q: 'Tôi muốn mở đại lý bán bình ga nấu ăn cho bà con trong xóm thì phải xin phép gì ạ', expect: SECURITY_NEW, who: 'elderly' },
  { q: 'mo cua hang ban ga binh thi can giay gi', expect: SECURITY_NEW, who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', expect: SECURITY_NEW, who: 'young' },
  { q: 'Con tôi sửa nhà làm mấy phòng hát karaoke cho thanh niên thì phải xin giấy phép ở đâu ạ', expect: SECURITY_NEW, who: 'elderly' },
  { q: 'mo quan karaoke o que can giay phep gi', expect: SECURITY_NEW, who: 'rural' },
  { q: 'giấy phép kinh doanh dịch vụ karaoke', expect: SECURITY_NEW, who: 'young' },
];

/** Even indexes of FIRM50_BATCH: the half tuned on. */
export const FIRM50_TUNE: readonly CitizenQuery[] = FIRM50_BATCH.filter((_, i) => i % 2 === 0);

/** Odd indexes of FIRM50_BATCH: the half held out (never read its misses). */
export const FIRM50_HELD: readonly CitizenQuery[] = FIRM50_BATCH.filter((_, i) => i % 2 === 1);

/** Questions this catalogue cannot answer (expect []). */
export const FIRM50_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  { q: 'Công ty tôi mới lập xong, giờ khắc con dấu thì có phải đăng ký mẫu dấu với công an hay sở nào không ạ', who: 'elderly' },
  { q: 'khac con dau cong ty roi co phai thong bao mau dau hong', who: 'rural' },
  { q: 'thông báo mẫu con dấu doanh nghiệp', who: 'young' },
  { q: 'Tôi mở quán bún bò bán buổi sáng, người ta bảo phải có giấy vệ sinh an toàn thực phẩm thì xin ở đâu ạ', who: 'elderly' },
  { q: 'mo lo banh mi can giay chung nhan an toan thuc pham hong, xin o dau', who: 'rural' },
  { q: 'Tiệm tạp hóa của tôi có bán bia với rượu chai, nghe nói phải có giấy phép bán rượu, xin ở đâu ạ', who: 'elderly' },
  { q: 'ban ruou de trong tiem tap hoa co can giay phep hong', who: 'rural' },
  { q: 'giấy phép bán lẻ rượu', who: 'young' },
  { q: 'Tôi bán thuốc lá lẻ ở quầy nước đầu ngõ, có phải xin giấy phép bán thuốc lá không ạ', who: 'elderly' },
  { q: 'ban thuoc la goi o quan nuoc can giay phep gi', who: 'rural' },
  { q: 'giấy phép bán lẻ sản phẩm thuốc lá', who: 'young' },
  { q: 'Con gái tôi học dược sĩ ra trường, muốn mở nhà thuốc tây ở nhà thì phải xin những giấy gì ạ', who: 'elderly' },
  { q: 'mo tiem thuoc tay o xa can giay phep gi', who: 'rural' },
  { q: 'giấy chứng nhận đủ điều kiện kinh doanh dược nhà thuốc', who: 'young' },
  { q: 'Bán tạp hóa nhỏ thế này mỗi tháng phải đóng thuế khoán bao nhiêu tiền ạ', who: 'elderly' },
  { q: 'vay von ngan hang de mo tiem tap hoa thi lam sao', who: 'rural' },
  { q: 'Tôi muốn thuê một sạp trong chợ xã để bán cá thì hỏi ai ạ', who: 'elderly' },
  { q: 'bán hàng online trên facebook có cần giấy phép không', who: 'young' },
  { q: 'cho thue mat bang mo quan thi gia bao nhieu', who: 'rural' },
  { q: 'Tôi mua phải hàng giả ở chợ thì báo với ai ạ', who: 'elderly' },
  { q: 'mức lương tối thiểu vùng trả nhân viên cửa hàng', who: 'young' },
];
