import type { CitizenQuery } from './dev-set';

/**
 * The three voices' fifteenth round on social protection and livelihoods (issue 17, helper session of 6 Dec 2026):
 * 90 queries written in one sitting at 11:46 UTC (docs/search-drafts/social15-draft-20261206T1146Z.txt), before any
 * procedure name was grepped and before the engine was run on them: 45 elderly (long polite stories with family
 * members, years, places and reasons), 22 rural (mostly without diacritics, regional words) and 23 young (short,
 * bhxh, bhyt, hkd, gpkd, tcxh, attp). Fields: social assistance, poor households, people with merit, health-insurance
 * cards, social insurance, labour, household businesses and companies, co-operatives, farming, animals, food safety.
 *
 * Labelled by grepping the names in server/seed/tthc/national-crawl.jsonl.gz (never by running the engine): every
 * procedure a counter clerk would accept. The catalogue has no social assistance (tiền già, disability, orphans,
 * care centres), no unemployment benefit or work permit, no general pension award, and of the merit procedures only
 * the police ones: following the earlier sets, recognition and allowances of thương binh, liệt sĩ, bệnh binh and
 * da cam accept those, while reissued certificates, burial allowances, graves, schooling, housing and transfers of a
 * merit file have no answer. A pensioner's death accepts tử tuất; a bệnh binh's widow accepts tử tuất or the bệnh binh
 * procedure. A food shop accepts the only food-safety certificate (nông, lâm, thủy sản), as earlier sets did. The 33
 * queries without an answer are in SOCIAL15_NO_ANSWER. Split by alternation into SOCIAL15_TUNE and SOCIAL15_HELD.
 */
const BHYT_CHILD = ['2.000986', '2.001023', '1.001939'];
const SO_THE_CHANGE = ['1.002759'];
const POOR = ['1.011607', '1.011606'];
const TU_TUAT = '2.000821';
const BHXH_ONCE = ['1.001613'];
const MATERNITY = ['2.000693'];
const PENSION_MOVE = ['1.001742'];
const HKD_NEW = '1.001612';
const HKD_STOP = ['1.001266'];
const HKD_PAUSE = '1.001570';
const HTX_NEW = ['1.005280'];
const FARM = ['1.008128'];
const ANIMAL_TRANSPORT = '1.002338';
const FOOD_SAFETY = ['2.001827'];
const THUONG_BINH = '1.004089';
const LIET_SI = '1.004163';
const DA_CAM = ['1.004205'];
const BENH_BINH = '1.004198';

export const SOCIAL15_BATCH: readonly CitizenQuery[] = [
  {
    q: 'Anh tôi đi bộ đội ở chiến trường miền Nam bị nhiễm chất độc da cam, con cháu bị dị tật, xin hỏi làm hồ sơ hưởng chế độ thế nào',
    expect: DA_CAM,
    who: 'elderly',
  },
  {
    q: 'Mẹ tôi đang lĩnh lương hưu, nay chuyển về ở với vợ chồng tôi ở tỉnh khác thì chuyển nơi nhận lương hưu thế nào',
    expect: PENSION_MOVE,
    who: 'elderly',
  },
  {
    q: 'Bố tôi hưu trí mất hồi tháng 3, nghe nói gia đình được nhận tiền tuất và tiền mai táng, xin hỏi làm ở đâu',
    expect: [TU_TUAT],
    who: 'elderly',
  },
  {
    q: 'Nhà tôi thuộc diện hộ nghèo mấy năm nay, năm nay làm ăn khá lên rồi, xin hỏi thủ tục thoát nghèo',
    expect: ['1.011608', '1.011606'],
    who: 'elderly',
  },
  {
    q: 'Tôi làm ở công ty may được 8 năm rồi nghỉ việc, không biết có rút bảo hiểm xã hội một lần được không cô',
    expect: BHXH_ONCE,
    who: 'elderly',
  },
  {
    q: 'Con dâu tôi sinh cháu đầu lòng, công ty không lo giùm, giờ muốn tự nộp hồ sơ hưởng chế độ thai sản thì làm sao',
    expect: MATERNITY,
    who: 'elderly',
  },
  {
    q: 'Thẻ bảo hiểm y tế của tôi bị mất khi đi chợ, tôi 75 tuổi, muốn làm lại thẻ để đi khám bệnh',
    expect: SO_THE_CHANGE,
    who: 'elderly',
  },
  {
    q: 'Cháu nội tôi mới sinh được 2 tháng, muốn làm thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    expect: BHYT_CHILD,
    who: 'elderly',
  },
  {
    q: 'Thẻ bảo hiểm y tế của ông tôi ghi sai năm sinh, xin hỏi sửa lại thông tin trên thẻ',
    expect: SO_THE_CHANGE,
    who: 'elderly',
  },
  {
    q: 'Tôi là bố của liệt sĩ, năm nay đã ngoài 90, muốn hỏi về chế độ thờ cúng liệt sĩ và trợ cấp cho thân nhân',
    expect: [LIET_SI],
    who: 'elderly',
  },
  {
    q: 'Chồng tôi là bệnh binh, nay ông mất, tôi là vợ thì có được hưởng trợ cấp tuất hàng tháng không',
    expect: [TU_TUAT, BENH_BINH],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn mở quán bán phở nhỏ trước nhà, có cần đăng ký hộ kinh doanh không, làm ở đâu',
    expect: [HKD_NEW],
    who: 'elderly',
  },
  {
    q: 'Vợ chồng tôi bán tạp hóa ở nhà, nay già rồi không bán nữa, muốn đóng cửa hộ kinh doanh cho xong thuế',
    expect: HKD_STOP,
    who: 'elderly',
  },
  {
    q: 'Tôi bán quán cơm bị ốm phải nghỉ mấy tháng, muốn báo tạm ngừng kinh doanh để không bị thu thuế',
    expect: [HKD_PAUSE, '1.007042'],
    who: 'elderly',
  },
  {
    q: 'Tôi muốn sang tên cái giấy phép kinh doanh hộ gia đình cho con gái đứng tên',
    expect: ['2.000720', HKD_NEW],
    who: 'elderly',
  },
  {
    q: 'Mấy hộ trong xóm muốn góp vốn lập hợp tác xã trồng rau sạch, xin hỏi đăng ký thế nào',
    expect: HTX_NEW,
    who: 'elderly',
  },
  {
    q: 'Tôi nuôi mấy trăm con lợn và vài nghìn con gà, muốn được cấp giấy chứng nhận trang trại',
    expect: FARM,
    who: 'elderly',
  },
  { q: 'Nhà tôi có con bò bị bệnh chết, muốn xin hỗ trợ vì dịch bệnh gia súc', expect: ['1.013997'], who: 'elderly' },
  {
    q: 'Tôi muốn bán thịt lợn ra tỉnh khác thì phải có giấy kiểm dịch động vật vận chuyển phải không',
    expect: [ANIMAL_TRANSPORT],
    who: 'elderly',
  },
  {
    q: 'Con gái tôi mở tiệm bánh mì nhỏ, người ta bảo phải có giấy chứng nhận an toàn thực phẩm, làm ở đâu',
    expect: FOOD_SAFETY,
    who: 'elderly',
  },
  {
    q: 'Tôi bị tai nạn lao động ở công trường bị gãy chân, công ty nói làm hồ sơ hưởng chế độ tai nạn lao động',
    expect: ['1.001632'],
    who: 'elderly',
  },
  {
    q: 'Sổ bảo hiểm xã hội của tôi bị thất lạc khi chuyển nhà, muốn xin cấp lại sổ',
    expect: SO_THE_CHANGE,
    who: 'elderly',
  },
  { q: 'Tôi muốn xin giấy chứng nhận hộ cận nghèo để được mua thẻ bảo hiểm y tế', expect: POOR, who: 'elderly' },
  { q: 'lam the bhyt cho con nho moi de', expect: BHYT_CHILD, who: 'rural' },
  { q: 'mat the bao hiem y te lam lai', expect: SO_THE_CHANGE, who: 'rural' },
  { q: 'ho ngheo xin xac nhan de vay von', expect: POOR, who: 'rural' },
  { q: 'rut bao hiem xa hoi 1 lan o dau vay', expect: BHXH_ONCE, who: 'rural' },
  { q: 'đăng ký kinh doanh quán nhậu nhỏ ven đường', expect: [HKD_NEW], who: 'rural' },
  { q: 'xin giay phep ban thuoc thu y', expect: ['1.001686'], who: 'rural' },
  { q: 'lam giay chung nhan trang trai nuoi heo', expect: FARM, who: 'rural' },
  { q: 'van chuyen heo di tinh khac can giay gi', expect: [ANIMAL_TRANSPORT], who: 'rural' },
  { q: 'dang ky hop tac xa nong nghiep', expect: HTX_NEW, who: 'rural' },
  { q: 'che do thuong binh liet si gia dinh chinh sach', expect: [THUONG_BINH, LIET_SI], who: 'rural' },
  { q: 'xin tien mai tang cho ba noi moi mat', expect: [TU_TUAT], who: 'rural' },
  { q: 'nghỉ bán tạp hoá đóng giấy phép kinh doanh', expect: HKD_STOP, who: 'rural' },
  { q: 'huong che do thai san khi vo sinh em be', expect: MATERNITY, who: 'rural' },
  { q: 'xin chung nhan co so an toan thuc pham lo banh', expect: FOOD_SAFETY, who: 'rural' },
  { q: 'giong lua moi muon san xuat can giay phep gi', expect: ['1.007996'], who: 'rural' },
  { q: 'bhxh 1 lần', expect: BHXH_ONCE, who: 'young' },
  { q: 'cấp lại thẻ bhyt', expect: SO_THE_CHANGE, who: 'young' },
  { q: 'đăng ký hkd', expect: [HKD_NEW], who: 'young' },
  { q: 'tạm ngừng hkd', expect: [HKD_PAUSE], who: 'young' },
  { q: 'gpkd hộ cá thể', expect: [HKD_NEW], who: 'young' },
  { q: 'bhyt cho trẻ em', expect: BHYT_CHILD, who: 'young' },
  { q: 'đăng ký thành lập công ty tnhh', expect: ['2.001583', '2.001199'], who: 'young' },
  { q: 'giải thể doanh nghiệp', expect: ['2.002023'], who: 'young' },
  { q: 'thai sản cho chồng', expect: MATERNITY, who: 'young' },
  { q: 'xác nhận hộ nghèo', expect: POOR, who: 'young' },
  { q: 'đổi thông tin sổ bhxh', expect: SO_THE_CHANGE, who: 'young' },
  { q: 'giấy chứng nhận attp', expect: FOOD_SAFETY, who: 'young' },
  { q: 'đăng ký htx', expect: HTX_NEW, who: 'young' },
  { q: 'chốt sổ bhxh', expect: ['1.002051', '1.002759'], who: 'young' },
  { q: 'lương hưu chuyển tỉnh', expect: PENSION_MOVE, who: 'young' },
  { q: 'mai táng phí', expect: [TU_TUAT], who: 'young' },
  {
    q: 'người có công',
    expect: [THUONG_BINH, LIET_SI, ...DA_CAM, BENH_BINH, '1.004209', '1.004151'],
    who: 'young',
  },
  { q: 'thú y kiểm dịch', expect: [ANIMAL_TRANSPORT, '2.000873'], who: 'young' },
  { q: 'đăng ký kinh doanh online', expect: [HKD_NEW], who: 'young' },
];

/** The tune half (even positions): its misses read and fixed with general readings. */
export const SOCIAL15_TUNE: readonly CitizenQuery[] = SOCIAL15_BATCH.filter((_, i) => i % 2 === 0);

/** The held half (odd positions): scored before and after, its misses not read while tuning. */
export const SOCIAL15_HELD: readonly CitizenQuery[] = SOCIAL15_BATCH.filter((_, i) => i % 2 === 1);

/**
 * Draft queries whose answer this catalogue lacks: social assistance (tiền già, disability, orphans, mental illness,
 * care centres, lone elderly), unemployment, work permits, vocational training, a worker's or a voluntary pension,
 * the civil merit procedures (burial, reissued certificates, graves, prisoners of war, youth volunteers, schooling,
 * housing, moving the file), disaster relief and dog vaccination.
 */
export const SOCIAL15_NO_ANSWER: readonly Pick<CitizenQuery, 'q' | 'who'>[] = [
  {
    q: 'Tôi năm nay 81 tuổi, ở với con trai út, nghe nói người trên 80 được hưởng tiền già hàng tháng thì làm giấy tờ ở đâu ạ',
    who: 'elderly',
  },
  { q: 'Bà cụ nhà tôi 86 tuổi rồi mà chưa được lĩnh trợ cấp người cao tuổi, cháu muốn hỏi thủ tục xin cho bà', who: 'elderly' },
  { q: 'Ông nhà tôi mất tháng trước, ông là thương binh hạng 2/4, tôi muốn hỏi xin tiền mai táng phí cho ông', who: 'elderly' },
  {
    q: 'Chồng tôi là liệt sĩ hy sinh năm 1972 ở Quảng Trị, nay tôi muốn xin cấp lại bằng Tổ quốc ghi công vì bị mối xông mất',
    who: 'elderly',
  },
  {
    q: 'Thưa cô, tôi làm công nhân nhà máy dệt 30 năm, năm nay đủ tuổi nghỉ hưu, muốn làm hồ sơ hưởng lương hưu',
    who: 'elderly',
  },
  {
    q: 'Tôi có đứa cháu nội bố mẹ nó mất trong tai nạn, ông bà nuôi, muốn xin trợ cấp cho cháu mồ côi',
    who: 'elderly',
  },
  {
    q: 'Con gái tôi bị bại não từ nhỏ, năm nay 20 tuổi, muốn xin xác định mức độ khuyết tật để hưởng trợ cấp',
    who: 'elderly',
  },
  {
    q: 'Tôi già yếu, con cái đi làm xa, ở một mình, muốn xin vào trung tâm bảo trợ xã hội nuôi dưỡng được không',
    who: 'elderly',
  },
  {
    q: 'Gia đình tôi muốn đi tìm mộ và di chuyển hài cốt liệt sĩ là chú tôi từ nghĩa trang Trường Sơn về quê',
    who: 'elderly',
  },
  {
    q: 'Tôi từng tham gia kháng chiến bị địch bắt tù đày, nay muốn làm hồ sơ công nhận người hoạt động kháng chiến bị tù đày',
    who: 'elderly',
  },
  { q: 'Tôi có giấy chứng nhận thương binh bị rách nát, muốn xin cấp lại giấy chứng nhận', who: 'elderly' },
  {
    q: 'Con trai tôi 35 tuổi bị công ty cho nghỉ việc, nghe nói được trợ cấp thất nghiệp, làm hồ sơ ở đâu vậy cô',
    who: 'elderly',
  },
  {
    q: 'Tôi ngày xưa đi thanh niên xung phong thời chống Mỹ, nay được hưởng trợ cấp một lần, hồ sơ gồm những gì',
    who: 'elderly',
  },
  {
    q: 'Tôi 70 tuổi, không có lương hưu, con cái nghèo, xin hỏi người già cô đơn có được trợ cấp xã hội không',
    who: 'elderly',
  },
  { q: 'Mẹ tôi là mẹ Việt Nam anh hùng, nay bà mất, gia đình xin hỏi chế độ mai táng', who: 'elderly' },
  { q: 'Nhà tôi bị lũ cuốn trôi mất nhà cửa năm ngoái, muốn xin hỗ trợ làm lại nhà', who: 'elderly' },
  {
    q: 'Cho tôi hỏi tôi đóng bảo hiểm xã hội tự nguyện được 15 năm, năm nay 62 tuổi thì lĩnh lương hưu thế nào',
    who: 'elderly',
  },
  {
    q: 'Ông tôi được hưởng trợ cấp hàng tháng ở tỉnh cũ, nay cả nhà chuyển vào Sài Gòn, muốn chuyển hồ sơ người có công về đây',
    who: 'elderly',
  },
  { q: 'Cháu tôi là con thương binh đang học đại học, muốn xin hưởng ưu đãi giáo dục miễn học phí', who: 'elderly' },
  {
    q: 'Con trai tôi là người khuyết tật nặng không tự đi lại được, tôi ở nhà chăm con có được hỗ trợ kinh phí chăm sóc không',
    who: 'elderly',
  },
  { q: 'Em tôi bị tâm thần mấy năm nay, gia đình muốn xin hưởng trợ cấp xã hội hàng tháng', who: 'elderly' },
  { q: 'Ông cụ thân sinh ra tôi là người có công cách mạng, nay muốn xin hỗ trợ làm nhà ở', who: 'elderly' },
  { q: 'tien gia cho ong ba tren 80 tuoi lam sao', who: 'rural' },
  { q: 'xin tro cap nguoi khuyet tat o dau', who: 'rural' },
  { q: 'tiem phong dai cho cho', who: 'rural' },
  { q: 'con toi bi tat bam sinh xin tro cap', who: 'rural' },
  { q: 'lanh tien that nghiep lam ho so o dau', who: 'rural' },
  { q: 'trợ cấp mồ côi cho cháu ngoại', who: 'rural' },
  { q: 'xin ho tro lu lut mat mua', who: 'rural' },
  { q: 'hưởng tcxh', who: 'young' },
  { q: 'trợ cấp thất nghiệp', who: 'young' },
  { q: 'giấy phép lao động cho người nước ngoài', who: 'young' },
  { q: 'hỗ trợ học nghề', who: 'young' },
];
