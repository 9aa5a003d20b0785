import type { CitizenQuery } from './dev-set';

/**
 * An older person's errands about trade, tax, animals, farming, vehicles and the village (issue 17, helper session of
 * 6 Dec 2026): 68 queries written in one sitting at 20:37 UTC (docs/search-drafts/elderly15-draft-20261206T2037Z.txt),
 * before any procedure name was grepped and before the engine was run on them: 20 situations in three voices
 * (elderly: long polite stories of an old couple's tạp hóa, hủ tiếu, bún, bánh canh or phở stall, a pigsty, cows, a
 * garden, a ghe passed from "ông già tôi" to the son, "ổng", "bả", "dẹp quán", "đốn cây", "rẫy", "chích ngừa", "xe ba
 * gác", "xe lam", "bằng lái giấy bìa"; rural: no diacritics, "lai" for the dealer, "ban e"; young: short, "PET",
 * "hộ kinh doanh", "thuế khoán") and 8 more elderly-only situations.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine), with the
 * code families of biz17, rural32 and rural36. Judgement calls: handing the stall to a child is a change of the
 * household business's content (the chủ hộ is one of its entries), not a closure and a new registration; asking
 * for less lump-sum tax while sick or idle accepts the pause notice, the tax reduction for illness and the household
 * business tax declaration (the three ways a tax clerk would take it); cutting old trees in one's garden accepts the
 * commune's and the province's harvesting plans (not the urban cây xanh permit); a household well accepts the
 * commune's registration and the province's small-scale permits; a home-made ba gác accepts first registration (the
 * clerk tells the conditions there); a fishing boat passed from father to son accepts the registration certificate
 * and its reissue; a phở stall's food-safety certificate accepts the only such certificate in the catalogue.
 * The catalogue has no vaccination certificate for animals, no reporting of a sick herd, no recognition of a
 * kinh tế trang trại (the large-scale livestock certificate is not what a garden-pond-pigsty family asks for), no
 * grave building, no village festival or religious rite, no noise complaint and no alcohol or tobacco retail licence:
 * those 17 queries are in ELDERLY15_NO_ANSWER. Split by alternation into ELDERLY15_TUNE and ELDERLY15_HELD.
 */
const HKD_NEW = ['1.001612'];
const HKD_CHANGE = ['2.000720'];
const HKD_END = ['1.001266'];
const HKD_REISSUE = ['2.000575'];
const LAND_TAX = ['1.007695'];
const KHOAN = ['1.001570', '3.000083', '1.011022'];
const ANIMAL_OUT = ['1.002338'];
const ANIMAL_LOSS = ['1.013997'];
const TREES = ['1.011471', '1.011470'];
const WELL = ['1.001662', '1.004223', '1.004232'];
const FIRST_REG = ['1.013067', '1.012575'];
const REG_REVOKE = ['1.013123', '1.013065'];
const LICENCE_CHANGE = ['3.000347'];
const LICENCE_LOST = ['3.000348'];
const RICE_SWITCH = ['1.008004'];
const BOAT_REG = ['1.003650', '1.003634'];
const BOAT_DELETE = ['1.003681'];
const FOOD_SAFETY = ['2.001827'];

export const ELDERLY15_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Thưa chú, vợ chồng tôi già rồi mà còn khỏe, muốn mở cái tiệm tạp hóa nhỏ trước nhà bán mắm muối cho bà con trong xóm, người ta nói phải đăng ký kinh doanh, xin hỏi tôi làm ở đâu và có tốn tiền không',
    expect: HKD_NEW,
    who: 'elderly',
  },
  { q: 'mo tiem tap hoa nho truoc nha dang ky kinh doanh o dau', expect: HKD_NEW, who: 'rural' },
  { q: 'đăng ký hộ kinh doanh tiệm tạp hóa', expect: HKD_NEW, who: 'young' },
  {
    q: 'Cái quán hủ tiếu của vợ chồng tôi bán mấy chục năm nay dời từ đầu chợ về trong hẻm nhà, giấy phép cũ còn ghi địa chỉ cũ, xin hỏi tôi phải làm sao để sửa lại địa chỉ trên giấy',
    expect: HKD_CHANGE,
    who: 'elderly',
  },
  { q: 'quan hu tieu doi cho khac thi sua dia chi tren giay phep kinh doanh sao', expect: HKD_CHANGE, who: 'rural' },
  { q: 'thay đổi địa chỉ hộ kinh doanh', expect: HKD_CHANGE, who: 'young' },
  {
    q: 'Bà nhà tôi mất rồi, tôi già yếu không bán nổi nữa nên muốn dẹp luôn cái quán bún, xin hỏi cán bộ tôi phải báo nghỉ bán ở đâu để khỏi bị tính thuế nữa',
    expect: HKD_END,
    who: 'elderly',
  },
  { q: 'nghi ban luon dep quan thi tra giay phep kinh doanh o dau', expect: HKD_END, who: 'rural' },
  { q: 'chấm dứt hoạt động hộ kinh doanh', expect: HKD_END, who: 'young' },
  {
    q: 'Tôi đứng tên cái tiệm tạp hóa mấy chục năm, nay tuổi cao muốn giao lại cho thằng con trai út đứng tên buôn bán tiếp, xin hỏi thủ tục sang tên chủ hộ kinh doanh cho con làm thế nào',
    expect: HKD_CHANGE,
    who: 'elderly',
  },
  { q: 'tiem tap hoa cua ba gio giao lai cho con trai dung ten thi lam sao', expect: HKD_CHANGE, who: 'rural' },
  { q: 'đổi chủ hộ kinh doanh sang tên con', expect: HKD_CHANGE, who: 'young' },
  {
    q: 'Năm nay tôi nhận được cái giấy báo thuế đất ở, ghi là thuế sử dụng đất phi nông nghiệp, tôi già rồi không hiểu, xin hỏi người già như tôi có được miễn giảm thuế đất không và nộp ở đâu',
    expect: LAND_TAX,
    who: 'elderly',
  },
  { q: 'giay bao thue dat o phi nong nghiep nguoi gia co duoc mien khong', expect: LAND_TAX, who: 'rural' },
  { q: 'miễn giảm thuế sử dụng đất phi nông nghiệp', expect: LAND_TAX, who: 'young' },
  {
    q: 'Cái sạp bán bánh canh của bà già này mỗi tháng phải đóng thuế khoán, nay buôn bán ế ẩm lại bệnh nằm viện nghỉ mấy tháng, xin hỏi có làm đơn xin giảm thuế khoán được không',
    expect: KHOAN,
    who: 'elderly',
  },
  { q: 'ban e qua nghi may thang xin giam thue khoan duoc khong', expect: KHOAN, who: 'rural' },
  { q: 'giảm thuế khoán hộ kinh doanh khi tạm nghỉ', expect: KHOAN, who: 'young' },
  {
    q: 'Nhà tôi nuôi được chuồng heo, nay có lái buôn ở tỉnh khác vô mua chở đi, người ta đòi giấy kiểm dịch mới cho chở qua tỉnh, xin hỏi tôi xin giấy đó ở đâu ạ',
    expect: ANIMAL_OUT,
    who: 'elderly',
  },
  { q: 'ban heo cho lai cho qua tinh khac xin giay kiem dich o dau', expect: ANIMAL_OUT, who: 'rural' },
  { q: 'kiểm dịch động vật vận chuyển ra khỏi tỉnh', expect: ANIMAL_OUT, who: 'young' },
  {
    q: 'Đàn heo nhà tôi tự nhiên bỏ ăn rồi chết mấy con, người ta nói là dịch tả heo châu Phi, nhà nước có hỗ trợ tiền cho người nuôi bị thiệt hại không, tôi phải làm giấy gì',
    expect: ANIMAL_LOSS,
    who: 'elderly',
  },
  { q: 'heo bi dich ta chet het co duoc ho tro tien khong', expect: ANIMAL_LOSS, who: 'rural' },
  { q: 'hỗ trợ thiệt hại do dịch bệnh động vật', expect: ANIMAL_LOSS, who: 'young' },
  {
    q: 'Trong vườn nhà tôi có mấy cây xà cừ, cây dầu ông bà trồng từ hồi xưa, nay cây già sợ ngã vô nhà, tôi muốn đốn bán gỗ thì có phải xin phép ai không',
    expect: TREES,
    who: 'elderly',
  },
  { q: 'don cay xa cu trong vuon nha ban go co phai xin phep khong', expect: TREES, who: 'rural' },
  { q: 'khai thác gỗ cây trồng trong vườn nhà', expect: TREES, who: 'young' },
  {
    q: 'Nhà tôi ở xóm trên thiếu nước sinh hoạt, muốn khoan một cái giếng sâu để dùng và tưới rẫy, xin hỏi khoan giếng có phải xin giấy phép không, làm ở xã hay ở huyện',
    expect: WELL,
    who: 'elderly',
  },
  { q: 'khoan gieng nuoc tuoi ray co can xin phep khong', expect: WELL, who: 'rural' },
  { q: 'giấy phép khai thác nước dưới đất khoan giếng', expect: WELL, who: 'young' },
  {
    q: 'Tôi có chiếc xe ba gác máy tự chế chở hàng ra chợ, nay công an nói xe không có giấy tờ, xin hỏi loại xe này có đăng ký biển số được không hay phải bỏ',
    expect: FIRST_REG,
    who: 'elderly',
  },
  { q: 'xe ba gac may tu che co dang ky bien so duoc khong', expect: FIRST_REG, who: 'rural' },
  { q: 'đăng ký xe ba bánh tự chế', expect: FIRST_REG, who: 'young' },
  {
    q: 'Cái bằng lái xe máy của tôi là loại giấy bìa cấp từ năm tám mấy, nay con cháu nói phải đổi sang bằng thẻ nhựa mới, xin hỏi ông già như tôi đi đổi ở đâu, mất bao lâu',
    expect: LICENCE_CHANGE,
    who: 'elderly',
  },
  { q: 'bang lai xe giay cu doi sang the nhua o dau', expect: LICENCE_CHANGE, who: 'rural' },
  { q: 'đổi bằng lái xe giấy sang thẻ PET', expect: LICENCE_CHANGE, who: 'young' },
  {
    q: 'Hôm lũ về nước cuốn trôi hết đồ đạc trong nhà, cái bằng lái xe của tôi cũng mất luôn, xin hỏi giờ làm lại bằng lái có phải thi lại không ạ',
    expect: LICENCE_LOST,
    who: 'elderly',
  },
  { q: 'mat bang lai xe roi lam lai co phai thi lai khong', expect: LICENCE_LOST, who: 'rural' },
  { q: 'cấp lại giấy phép lái xe bị mất', expect: LICENCE_LOST, who: 'young' },
  {
    q: 'Mấy sào ruộng lúa của tôi trồng lúa lỗ hoài, con cháu khuyên chuyển qua trồng cây ăn trái như bưởi, sầu riêng, xin hỏi có phải xin phép xã mới được chuyển không',
    expect: RICE_SWITCH,
    who: 'elderly',
  },
  { q: 'ruong lua chuyen qua trong cay an trai co phai xin phep xa khong', expect: RICE_SWITCH, who: 'rural' },
  { q: 'đăng ký chuyển đổi cây trồng trên đất lúa', expect: RICE_SWITCH, who: 'young' },
  {
    q: 'Ông già tôi đi biển cả đời, nay ổng yếu rồi muốn giao chiếc ghe đánh cá lại cho thằng con trai đứng tên, xin hỏi sang tên tàu cá từ cha qua con làm ở đâu',
    expect: BOAT_REG,
    who: 'elderly',
  },
  { q: 'sang ten ghe danh ca tu cha qua con lam o dau', expect: BOAT_REG, who: 'rural' },
  { q: 'đăng ký lại tàu cá khi đổi chủ', expect: BOAT_REG, who: 'young' },
  {
    q: 'Con gái tôi phụ bán quán phở, người ta nói quán ăn phải có giấy chứng nhận an toàn thực phẩm, xin hỏi cái quán nhỏ của gia đình có cần không, làm ở đâu',
    expect: FOOD_SAFETY,
    who: 'elderly',
  },
  {
    q: 'Cái giấy chứng nhận đăng ký hộ kinh doanh của tôi bị chuột gặm rách mất một góc, xin hỏi tôi xin cấp lại tờ khác ở đâu',
    expect: HKD_REISSUE,
    who: 'elderly',
  },
  {
    q: 'Miếng ruộng của tôi bị nhà nước miễn thuế nông nghiệp lâu rồi, nay người ta đưa giấy báo nộp tiền thuế đất nông nghiệp, xin hỏi có làm đơn xin miễn được không',
    expect: LAND_TAX,
    who: 'elderly',
  },
  {
    q: 'Chiếc ghe của ông nhà tôi đã mục nát bỏ không đi biển nữa, xin hỏi tôi có phải báo xóa tên tàu cá ở đâu không',
    expect: BOAT_DELETE,
    who: 'elderly',
  },
  {
    q: 'Chiếc xe Honda cũ của tôi hư hết máy, bán ve chai rồi, con cháu nói phải đi trả lại biển số, xin hỏi tôi nộp biển số ở đâu ạ',
    expect: REG_REVOKE,
    who: 'elderly',
  },
  {
    q: 'Tôi là chủ chiếc xe lam chở khách ngày xưa, nay xe hết niên hạn, xin hỏi muốn hủy giấy đăng ký xe thì làm thế nào',
    expect: REG_REVOKE,
    who: 'elderly',
  },
];

/** Even indices of ELDERLY15_BATCH: the half tuned on. */
export const ELDERLY15_TUNE: readonly CitizenQuery[] = ELDERLY15_BATCH.filter((_, i) => i % 2 === 0);
/** Odd indices of ELDERLY15_BATCH: held out, never tuned on. */
export const ELDERLY15_HELD: readonly CitizenQuery[] = ELDERLY15_BATCH.filter((_, i) => i % 2 === 1);

/** Needs the catalogue lacks (see the header); kept to watch what the engine offers for them. */
export const ELDERLY15_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Tôi nuôi mấy con bò, nay muốn bán con bò cho người ở huyện bên, người ta hỏi bò đã chích ngừa lở mồm long móng chưa, xin hỏi tôi xin giấy chứng nhận đã tiêm phòng cho bò ở đâu',
    who: 'elderly',
  },
  { q: 'bo da chich ngua lo mom long mong xin giay chung nhan o dau', who: 'rural' },
  { q: 'giấy chứng nhận tiêm phòng cho bò', who: 'young' },
  {
    q: 'Nhà tôi có mấy mẫu vườn với ao cá, nuôi thêm heo gà, nghe nói được công nhận là trang trại thì được vay vốn ưu đãi, xin hỏi làm giấy chứng nhận trang trại thế nào',
    who: 'elderly',
  },
  { q: 'nha co vuon ao chuong muon dang ky trang trai de vay von', who: 'rural' },
  { q: 'cấp giấy chứng nhận kinh tế trang trại', who: 'young' },
  {
    q: 'Ông bà tôi chôn trong miếng đất ruộng của gia đình từ hồi xưa, nay con cháu muốn xây lại cái mộ cho đàng hoàng, xin hỏi xây mộ trên đất nhà mình có phải xin phép không',
    who: 'elderly',
  },
  { q: 'xay lai mo ong ba tren dat ruong nha co phai xin phep khong', who: 'rural' },
  { q: 'xin phép xây mộ trên đất nông nghiệp', who: 'young' },
  {
    q: 'Làng tôi năm nào cũng tổ chức lễ cúng đình, rước kiệu cầu an vào tháng giêng, năm nay ban trị sự nhờ tôi đi hỏi phải báo cáo xin phép chính quyền thế nào ạ',
    who: 'elderly',
  },
  { q: 'lang to chuc le cung dinh ruoc kieu phai xin phep o dau', who: 'rural' },
  { q: 'đăng ký tổ chức lễ hội truyền thống ở làng', who: 'young' },
  {
    q: 'Nhà hàng xóm mở quán karaoke hát tới nửa đêm, ông bà già chúng tôi không ngủ được, đã nói mà họ không nghe, xin hỏi tôi gửi đơn phản ánh ở đâu thì được giải quyết',
    who: 'elderly',
  },
  { q: 'quan karaoke hat on ao toi khuya gui don phan anh o dau', who: 'rural' },
  { q: 'khiếu nại tiếng ồn karaoke hàng xóm', who: 'young' },
  {
    q: 'Vợ chồng tôi bán thêm rượu với thuốc lá ở tiệm tạp hóa, người ta nói phải có giấy phép bán lẻ, xin hỏi cái giấy đó xin ở phòng nào',
    who: 'elderly',
  },
  {
    q: 'Chuồng bò của tôi có một con bị bệnh lở mồm long móng, tôi phải báo cho ai ở xã để được chữa và tiêm phòng cho cả đàn',
    who: 'elderly',
  },
];
