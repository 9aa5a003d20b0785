import type { ProcedureSummary } from '../schemas/procedure';
import type { GapDemand, GapNote } from './gap-note';
import { compileGaps, gapIn, padded } from './gaps';

/**
 * The needs citizens bring to a centre that the national crawl has no procedure for (gaps.ts). Where they
 * come from: the no-answer lists of the development batches and the kinds of no-answer situations the blind
 * sets' writers reported (social assistance, people of merit, education, labour, health, retail licences,
 * culture, military service, electricity and water, consular legalisation, traffic fines, complaints, SIMs, banks,
 * visas abroad), checked against the crawl's names and fields.
 *
 * `present`: phrases of a procedure's name or field that show a catalogue does answer the need (one imported
 * with the Ministry of Health's list, say); such a catalogue is not sent the gap. `say`: what citizens type,
 * specific enough that a query answered by the catalogue does not carry it (server/test/search-quality.test.ts
 * counts the notes shown on every labelled development set); `unless`: what turns the phrase to a procedure
 * the catalogue has ("lĩnh thay trợ cấp thất nghiệp" is a social-insurance proxy, "chứng thực bằng tốt nghiệp"
 * a certified copy).
 */
interface Gap extends GapNote {
  /** The need in a few words, for the console's count of who asked for it. */
  topic: { vi: string; en: string };
  present: string[];
}

const ASK = 'Xin hỏi cán bộ tại quầy hoặc gọi đường dây nóng 1022.';
const ASK_EN = 'Please ask at the counter or call the 1022 hotline.';
/** A need with no procedure at all: its topic, and the note saying so. */
const missing = (vi: string, en: string) => ({
  topic: { vi, en },
  note: { vi: `Thủ tục về ${vi} chưa có trong danh mục của kiosk này. ${ASK}`, en: `Procedures for ${en} are not in this kiosk's catalogue. ${ASK_EN}` },
});

/** Papers copied, certified or translated are the catalogue's own (chứng thực), whatever they are about. */
const COPIES = ['chứng thực', 'sao y', 'công chứng', 'bản sao', 'dịch thuật', 'hợp pháp hóa'];

/**
 * The papers a benefit's, a school's or a job's dossier asks of the commune or the police, which the catalogue
 * has: a story naming one asks for that paper ("mẹ tôi già yếu, xin làm căn cước tại nhà").
 */
const PAPERS = [
  ...COPIES,
  'căn cước',
  'cccd',
  'cmnd',
  'chứng minh nhân dân',
  'định danh',
  'vneid',
  'hộ chiếu',
  'khai sinh',
  'khai sanh',
  'khai tử',
  'trích lục',
  'cư trú',
  'thường trú',
  'tạm trú',
  // …as said in the North and the Centre ("tạm chú"), and its counterpart, a long absence declared.
  'tạm chú',
  'tạm vắng',
  'hộ khẩu',
  'lý lịch tư pháp',
  'lý lịch',
  'ủy quyền',
  'uỷ quyền',
  // …by the old word for it ("cái giấy ủy thác cho con").
  'ủy thác',
  'uỷ thác',
  'di chúc',
  'thừa kế',
];

/** What people say for "an allowance", "some help", "a benefit": the request half of a need named in two halves. */
const BENEFIT = 'trợ cấp|tro cap|trợ giúp|hỗ trợ|chế độ|chính sách|bảo trợ|phụ cấp|tiền hằng tháng|tiền hàng tháng|lãnh tiền|lĩnh tiền|nhận tiền|tiền trợ cấp';
/** Older people as they are named at a counter: the topic half of an old-age allowance. */
const ELDER =
  'người già|người cao tuổi|cao tuổi|tuổi già|già yếu|già cả|cụ già|tám mươi|tám chục|80 tuổi|81 tuổi|82 tuổi|83 tuổi|84 tuổi|85 tuổi|86 tuổi|87 tuổi|88 tuổi|89 tuổi|90 tuổi|trên 80|đủ 80|tròn 80|ngoài 80|không có lương hưu|không lương hưu|hổng có lương hưu';
/** Disability as families name it: a condition rather than the law's word. */
const DISABLED =
  'khuyết tật|tàn tật|tàn phế|bại não|bại liệt|thiểu năng|chậm phát triển|tự kỷ|câm điếc|khiếm thị|khiếm thính|mù lòa|liệt nửa người|bị liệt|bị tật|tật bẩm sinh|nằm một chỗ|tai biến|down';
/** Children and adults with nobody to keep them. */
const ALONE = 'mồ côi|đơn thân|nuôi con một mình|neo đơn|sống một mình|ở một mình|không nơi nương tựa|không ai nuôi|không con cái|không có con|góa chồng|goá chồng|chồng mất sớm';

export const CATALOGUE_GAPS: readonly Gap[] = [
  {
    id: 'people-of-merit',
    // The crawl holds the police's own people of merit only: said as such, since its procedures are listed below.
    topic: { vi: 'chế độ người có công (liệt sĩ, thương binh, người hoạt động kháng chiến)', en: "people of merit (martyrs' families, war invalids, veterans)" },
    note: {
      vi: `Danh mục của kiosk này chỉ có chế độ người có công của lực lượng Công an; chế độ liệt sĩ, thương binh, người hoạt động kháng chiến khác chưa có. ${ASK}`,
      en: `This kiosk's catalogue holds only the police's own people of merit; other martyrs', war invalids' and veterans' benefits are not in it. ${ASK_EN}`,
    },
    say: [
      'liệt sĩ',
      'liệt sỹ',
      'thương binh',
      'bệnh binh',
      'có công với cách mạng',
      'chất độc da cam',
      'chất độc hóa học',
      'mẹ việt nam anh hùng',
      'tổ quốc ghi công',
      'người hoạt động kháng chiến',
      'dân công hỏa tuyến',
      'người có công|nhiễm da cam|bị da cam|giúp đỡ cách mạng|nuôi giấu cán bộ|tù đày|bị địch bắt',
      'huân chương|huy chương + kháng chiến|chống mỹ|chống pháp',
      // Not a veteran's story alone ("cựu chiến binh", "đi bộ đội chống Mỹ" and a benefit): the one-off allowance of
      // soldiers who fought at the borders or in Cambodia (1.003220) names the army with the police, and is listed.
    ],
    unless: [...COPIES, 'công an', 'tiền sử dụng đất', 'thuế'],
    // Not a bare "liệt sĩ": the police's own recognition of martyrs (1.004163, "… tại Công an cấp tỉnh") holds it.
    present: ['thờ cúng liệt sĩ', 'hài cốt liệt sĩ', 'người có công với cách mạng'],
  },
  {
    id: 'social-assistance',
    ...missing('trợ cấp, bảo trợ xã hội (người cao tuổi, người khuyết tật, trẻ mồ côi)', 'social assistance (older people, people with disabilities, orphans)'),
    say: [
      'trợ cấp xã hội',
      'bảo trợ xã hội',
      'trợ cấp người cao tuổi',
      'trợ cấp người già',
      'trợ cấp tuổi già',
      'tiền người già',
      'lương người già',
      'tiền người cao tuổi',
      'lương người cao tuổi',
      'trợ cấp khuyết tật',
      'người khuyết tật',
      'xác nhận khuyết tật',
      'mức độ khuyết tật',
      'giám định khuyết tật',
      'tật nguyền',
      'trẻ mồ côi',
      'dưỡng lão',
      'không nơi nương tựa',
      'đơn thân nuôi con',
      'mẹ đơn thân',
      // A need in two halves: an allowance, and who it is for.
      `${BENEFIT} + ${ELDER}`,
      `${BENEFIT} + ${DISABLED}`,
      `${BENEFIT} + ${ALONE}`,
      // The commune's gifts and funeral help for the old and the lone.
      'mừng thọ|chúc thọ|quà thọ',
      'mai táng|ma chay|chôn cất|lo hậu sự + không nơi nương tựa|sống một mình|ở một mình|neo đơn|không con cái|không có con|người già|cao tuổi|nghèo',
      // Emergency help: rice before the harvest, a house burnt or collapsed. Not a home for the poor: the catalogue has
      // the province's scheme (Đề án hỗ trợ nhà ở cho hộ nghèo), which the development sets accept.
      'cứu đói|gạo cứu đói|hỗ trợ gạo|trợ cấp gạo|xin gạo',
      'cháy nhà|nhà bị cháy|bị cháy hết|sập nhà|nhà bị sập|nhà sập|bão sập|tàu bị chìm|ghe bị chìm|đột xuất + hỗ trợ|trợ cấp|giúp đỡ|cứu trợ',
    ],
    // The allowance's dossier asks the commune for papers it has: an extract of the birth record, say. A pension,
    // a social-insurance lump sum or a survivor's benefit is social insurance's, in the catalogue; so is the
    // recognition of a poor household, and the approval of a poor district's housing scheme.
    unless: [
      ...PAPERS,
      'pháp lý',
      'bảo hiểm y tế',
      'bhyt',
      'thẻ bảo hiểm',
      'lái xe',
      'bằng lái',
      'con nuôi',
      'giám hộ',
      // Not "lương hưu" alone: "không có lương hưu" is why an old person asks for the allowance.
      'hưởng lương hưu',
      'lĩnh lương hưu',
      'lãnh lương hưu',
      'nhận lương hưu',
      'về hưu',
      'nghỉ hưu',
      'bảo hiểm xã hội',
      'bhxh',
      'tử tuất',
      'một lần',
      'thai sản',
      'ốm đau',
      'công nhận hộ nghèo',
      'xét hộ nghèo',
      'giấy chứng nhận hộ nghèo',
      'đề án',
      'nhà ở xã hội',
      'công an',
      'xung kích',
      'thuế',
      'bồi thường',
      'đền bù',
      'cán bộ xã',
    ],
    present: ['bảo trợ xã hội', 'trợ cấp xã hội', 'người khuyết tật', 'người cao tuổi'],
  },
  {
    id: 'policy-loans',
    ...missing('vay vốn ưu đãi của Ngân hàng Chính sách xã hội (hộ nghèo, học sinh, sinh viên)', "the Social Policy Bank's loans (poor households, students)"),
    say: [
      'ngân hàng chính sách',
      'vay vốn ưu đãi',
      'vay vốn hộ nghèo',
      'vay vốn sinh viên',
      'vay vốn học sinh',
      'vay vốn đi học',
      'vay vốn giải quyết việc làm',
      'nhcsxh|ngân hàng csxh|nh chính sách',
      'vay vốn|vay tiền|vay ưu đãi|cho vay + hộ nghèo|cận nghèo|sinh viên|học sinh|đi học|việc làm|nước sạch|xuất khẩu lao động|mới thoát nghèo|chính sách',
    ],
    // The loan is often only why the commune's papers are asked: the mortgage, residence, a poor household confirmed;
    // the social-housing loan is the catalogue's.
    unless: ['thế chấp', 'xóa', 'xác nhận', 'cư trú', 'sổ đỏ', 'nhà ở xã hội', 'công nhận hộ nghèo', 'trồng rừng', 'chứng khoán', 'chứng nhận', 'làm nhà', 'xây nhà', 'nhà ở'],
    present: ['ngân hàng chính sách xã hội'],
  },
  {
    id: 'labour',
    ...missing('lao động, việc làm và bảo hiểm thất nghiệp', 'labour, jobs and unemployment benefit'),
    say: ['trợ cấp thất nghiệp', 'bảo hiểm thất nghiệp', 'tiền thất nghiệp', 'thất nghiệp', 'bhtn', 'giấy phép lao động', 'work permit', 'nội quy lao động', 'tìm việc làm'],
    // Drawing someone else's unemployment pay is a proxy the Justice sector certifies; the papers a work permit asks
    // for (a criminal record, certified copies, a passport) are the catalogue's.
    unless: [...PAPERS, 'lĩnh thay', 'nhận thay', 'lãnh thay', 'kinh doanh'],
    present: ['hưởng trợ cấp thất nghiệp', 'giấy phép lao động'],
  },
  {
    id: 'jobs',
    ...missing('việc làm, học nghề, đi làm việc ở nước ngoài và tranh chấp lao động', 'jobs, vocational training, working abroad and labour disputes'),
    say: [
      'việc làm',
      'tìm việc|kiếm việc|xin việc|tuyển dụng|tuyển công nhân',
      'học nghề|đào tạo nghề|dạy nghề|trường nghề|trung cấp nghề',
      // Not "xuất khẩu lao động" or "đi Hàn làm việc": the development sets mostly ask, so, for the papers it needs.
      'eps|thực tập sinh|kỹ sư đi nhật|đơn hàng nhật|đơn hàng hàn|thi tiếng hàn',
      'nợ lương|quỵt lương|chậm lương|không trả lương|trả lương|lương tối thiểu|sa thải|đuổi việc|cho nghỉ việc|tranh chấp lao động|thỏa ước lao động|công đoàn|hợp đồng lao động',
    ],
    // The papers a job or a job abroad asks for are the catalogue's: a criminal record, a passport, a certified copy;
    // so are social insurance's benefits (a lump sum on leaving work, an accident at work) and the police's own recruits.
    unless: [
      ...PAPERS,
      'bảo hiểm xã hội',
      'bhxh',
      'một lần',
      'tai nạn lao động',
      'bệnh nghề nghiệp',
      'công an',
      'thuế',
      'người nước ngoài',
      'visa',
      'thị thực',
      'lĩnh thay',
      'nhận thay',
      'lãnh thay',
      // Someone working abroad is mostly the reason for a paper asked at home, or the one who died there.
      'giấy tờ',
      'xác nhận',
      'xn',
      'giấy chứng nhận',
      'tạm vắng',
      'chứng tử',
      'hộ tịch',
      'hôn nhân',
      'độc thân',
      'lltp',
      'ltp',
      'tiền án',
      'tiền sự',
      'tòa án',
      'passport',
      'sổ đỏ',
      'đất',
      'tặng cho',
      'kinh doanh',
      'thế chấp',
      'lái',
      'nơi ở',
    ],
    present: ['việc làm', 'đưa người lao động', 'giáo dục nghề nghiệp'],
  },
  {
    id: 'education',
    ...missing('giáo dục (nhập học, chuyển trường, học phí, văn bằng)', 'education (enrolment, changing school, fees, diplomas)'),
    say: [
      'chuyển trường',
      'nhập học',
      'vào lớp một',
      'vào lớp 1',
      'học phí',
      'học bổng',
      'công nhận văn bằng',
      'trường mầm non',
      'nhóm trẻ',
      'xin học|đăng ký học|xin vào trường|tuyển sinh|thi vào lớp 10|thi tốt nghiệp|thi đại học|học bạ|du học',
      'bằng tốt nghiệp|bằng cấp 3|bằng cấp ba|bằng đại học|bằng cao đẳng|bằng trung cấp|văn bằng|chứng chỉ tiếng anh|chứng chỉ ngoại ngữ|chứng chỉ tin học|bằng thạc sĩ',
      'tiền ăn trưa|mẫu giáo|mầm non|nhà trẻ|bán trú|trường tiểu học|trường thcs|trường thpt|trường cấp',
      'mất bằng|cấp lại bằng|làm lại bằng + tốt nghiệp|cấp 3|cấp ba|cấp 2|đại học|cao đẳng|trung cấp',
    ],
    // The school asks the family for the commune's papers: residence, a poor household's certificate, a passport, a
    // birth certificate ("sắp vào lớp một mà chưa đi khai sinh"); a driving licence is a "bằng" too.
    unless: [...PAPERS, 'xác nhận', 'giấy chứng nhận', 'hộ nghèo', 'cận nghèo', 'lái', 'gplx', 'thuyền trưởng', 'máy trưởng', 'visa', 'thị thực', 'kết hôn', 'ltp', 'lltp', 'passport'],
    present: ['chuyển trường', 'học phí', 'văn bằng'],
  },
  {
    id: 'military-service',
    ...missing('nghĩa vụ quân sự', 'military service'),
    // Asks only: a story of a son gone to the army mostly asks about his residence.
    say: [
      'đăng ký nghĩa vụ quân sự',
      'khám nghĩa vụ',
      'hoãn nghĩa vụ',
      'tạm hoãn nghĩa vụ',
      'miễn nghĩa vụ quân sự',
      'nvqs',
      'nghĩa vụ quân sự|nhập ngũ|giấy gọi nhập ngũ|lệnh gọi nhập ngũ|khám tuyển quân|dân quân|dự bị động viên|quân nhân dự bị',
    ],
    unless: [...PAPERS, 'công an', 'tạm vắng', 'lái xe', 'bằng lái'],
    present: ['nghĩa vụ quân sự'],
  },
  {
    id: 'health',
    ...missing('y tế (hành nghề khám chữa bệnh, nhà thuốc, giấy chứng sinh, khám sức khỏe)', 'health (medical practice, pharmacies, birth notes, health checks)'),
    say: [
      'phòng khám',
      'hành nghề khám',
      'khám chữa bệnh tư nhân',
      'hành nghề y',
      'hành nghề dược',
      'nhà thuốc',
      'quầy thuốc',
      'hiệu thuốc',
      'thuốc tây',
      'tiêm chủng',
      // Not the birth note: people name it as a paper of a birth registration.
      'bệnh án|giấy ra viện|giấy xuất viện|chuyển viện|chuyển tuyến|giấy nghỉ ốm|nghỉ ốm|giám định y khoa',
      'khám sức khỏe|khám sức khoẻ|giấy sức khỏe|giấy sức khoẻ',
      'bệnh viện|trạm y tế|y tế xã|y tế phường',
      'tiêm vắc xin|tiêm vacxin|tiêm vaccine|sổ tiêm|tiêm ngừa cho con|tiêm ngừa cho bé|tiêm cho bé|tiêm cho con',
    ],
    // A birth note or a health check named as a paper of a birth registration, a licence or an adoption is the
    // catalogue's; so are health-insurance cards, social insurance's sick pay and the vet's work.
    unless: [
      ...PAPERS,
      'thú y',
      'bảo hiểm y tế',
      'bhyt',
      'bảo hiểm xã hội',
      'bhxh',
      'ốm đau',
      'thai sản',
      'tai nạn lao động',
      'lái xe',
      'lái',
      'gplx',
      'con nuôi',
      'kết hôn',
      'nghĩa vụ',
      'giám hộ',
      'báo tử',
      'chứng tử',
      'bảo hiểm',
      'khám bệnh ban đầu',
      'nơi khám',
      'viện phí',
      'thuyền viên',
      'động vật',
      'vật nuôi',
      'gia súc',
      'gia cầm',
      'chó',
      'mèo',
      'heo',
      'lợn',
      'trâu',
      'bò',
      'gà',
      'vịt',
    ],
    present: ['khám bệnh, chữa bệnh', 'hành nghề dược', 'giấy chứng sinh'],
  },
  {
    id: 'retail-licences',
    ...missing('buôn bán rượu, thuốc lá, xăng dầu', 'selling alcohol, tobacco and fuel'),
    // Not cooking gas: its dealers' safety certificates are the police's, in the catalogue.
    say: [
      'bán rượu',
      'bán lẻ rượu',
      'rượu thuốc lá',
      'bán thuốc lá',
      'cây xăng',
      'bán xăng',
      'rượu|thuốc lá + giấy phép|bán|buôn|kinh doanh|đại lý|tạp hóa|tạp hoá|quán',
      'xăng dầu + cửa hàng|bán|kinh doanh|đại lý|mở',
    ],
    unless: ['nhập khẩu', 'xuất khẩu', 'hải quan', 'tem', 'hộ kinh doanh', 'đăng ký kinh doanh', 'trả lại', 'thuế', 'quốc lộ', 'đấu nối', 'lối ra vào', 'đường bộ'],
    present: ['bán lẻ rượu', 'bán lẻ sản phẩm thuốc lá', 'cửa hàng bán lẻ xăng dầu'],
  },
  {
    id: 'fertiliser-shop',
    ...missing('buôn bán phân bón', 'selling fertiliser'),
    // Its certificate was abolished in 2022; the catalogue has the makers' certificate and the pesticide shop's, which
    // a shop selling both needs.
    say: ['phân bón + buôn bán|tiệm|đại lý|mở cửa hàng|mở tiệm|mở hàng|mở quầy|mở một cửa hàng|giấy phép bán|giấy phép kinh doanh'],
    unless: ['sản xuất', 'lưu hành', 'khảo nghiệm', 'nhập khẩu', 'xuất khẩu', 'thuốc', 'bvtv', 'vật tư nông nghiệp', 'hộ kinh doanh', 'đăng ký kinh doanh', 'thuế'],
    present: ['buôn bán phân bón'],
  },
  {
    id: 'culture',
    ...missing(
      'văn hóa, du lịch và tôn giáo (lễ hội, biểu diễn, hướng dẫn viên, quảng cáo, sinh hoạt tôn giáo)',
      'culture, tourism and religion (festivals, performances, tour guides, advertising, worship)',
    ),
    // Not karaoke or homestays: the police's security certificate and guests' stay declaration are in the catalogue.
    say: [
      'lễ hội',
      'hướng dẫn viên',
      'lữ hành',
      'biểu diễn nghệ thuật',
      'băng rôn',
      'gia đình văn hóa',
      'sinh hoạt tôn giáo',
      'hoạt động tôn giáo',
      'cúng đình|rước kiệu|hội làng|lễ cúng|giỗ tổ|lễ chùa',
      'xuất bản|bản tin|giấy phép in|gia phả|di tích|thư viện|giải chạy|marathon|giải bóng đá|văn nghệ',
    ],
    unless: [...PAPERS, 'thuốc thú y', 'kiểm dịch', 'động vật', 'kết hôn', 'giấy phép xây dựng', 'xây dựng', 'lòng đường', 'vỉa hè'],
    present: ['karaoke', 'lễ hội', 'lưu trú du lịch', 'hướng dẫn viên du lịch'],
  },
  {
    id: 'disaster-relief',
    ...missing('hỗ trợ thiệt hại do thiên tai (bão, lũ, mất mùa)', 'relief after a natural disaster (storms, floods, lost harvests)'),
    say: [
      'hỗ trợ thiệt hại',
      'thiệt hại do thiên tai',
      'thiệt hại thiên tai',
      'hỗ trợ thiên tai',
      'thiệt hại do bão',
      'thiệt hại do lũ',
      'cứu trợ',
      'hỗ trợ sau bão',
      'hỗ trợ khẩn cấp',
      // Not a bare "bão": folded, it is "bao" of "bao lâu" and "bảo hiểm".
      'hạn hán|khô hạn|hạn mặn|xâm nhập mặn|nhiễm mặn|mất mùa|mất trắng|lũ quét|lũ lụt|ngập lụt|lũ về|nước lũ|bão lũ|bão lụt|siêu bão|giông lốc|lốc xoáy|mưa đá|sạt lở|thiên tai|sau lũ|lũ cuốn|cuốn trôi|chết rét|rét đậm|rét hại + hỗ trợ|trợ cấp|đền bù|bồi thường|cứu trợ|giúp đỡ|được nhà nước|nhà nước có',
      'tái canh|trồng lại cà phê|cà phê già cỗi',
    ],
    // Asks for relief only: a paper the flood carried away is a reissue the catalogue has. The catalogue has the
    // support after an animal epidemic, the inspection of a planted forest's damage, crop insurance, dyke permits.
    unless: [
      ...PAPERS,
      'sổ đỏ',
      'giấy tờ',
      'giấy chứng nhận',
      'bằng lái',
      'dịch bệnh',
      'dịch',
      'rừng trồng',
      'xung kích',
      'cấp lại',
      'bảo hiểm nông nghiệp',
      'đê',
      'đất ở',
      'giao đất',
      'cấp đất',
      'tái định cư',
      'thu hồi đất',
      'thuế',
      'hộ nghèo',
      'cận nghèo',
      'xin phép',
      'giếng',
      'chuyển đổi',
      'chuyển sang',
    ],
    present: ['thiệt hại do thiên tai', 'khôi phục sản xuất'],
  },
  {
    id: 'banking',
    topic: { vi: 'tiền gửi, vay vốn, tài khoản ngân hàng', en: 'savings, loans and bank accounts' },
    note: {
      vi: `Sổ tiết kiệm, vay vốn, tài khoản và thẻ ngân hàng do ngân hàng nơi bạn giao dịch giải quyết, không có trong danh mục của kiosk này. ${ASK}`,
      en: `Savings books, loans, bank accounts and cards are handled by your bank, not in this kiosk's catalogue. ${ASK_EN}`,
    },
    say: [
      // Not a savings book, an account or a bank loan alone: a dead depositor's savings are claimed with a notarised
      // inheritance, and a loan is mostly why a mortgage is registered or a paper asked, all in the catalogue.
      'thẻ atm|thẻ ngân hàng|mất thẻ atm|khóa thẻ atm|vay tín chấp|lãi suất vay|lãi suất ngân hàng',
    ],
    // A deceased depositor's savings are claimed with a notarised inheritance; a loan's mortgage is registered: both
    // are the catalogue's.
    unless: [
      ...PAPERS,
      'thế chấp',
      'sổ đỏ',
      'biện pháp bảo đảm',
      'xóa',
      'khai nhận',
      'di sản',
      'nhà ở xã hội',
      'chứng khoán',
      'tổ chức tín dụng',
      'dịch vụ công',
      // …or asks the commune for a paper the bank wants: single status, a poor household, a death.
      'xác nhận',
      'xn',
      'độc thân',
      'hôn nhân',
      'hộ nghèo',
      'chứng tử',
      'lương hưu',
      'bhxh',
      'sang tên',
      'tặng cho',
      'để lại',
      // …or is the pension paid into an account, or the State Bank's foreign-exchange permits.
      'trợ cấp',
      'chế độ',
      'lĩnh',
      'lãnh',
      'nước ngoài',
      'ngoại tệ',
      'ngoại hối',
      'doanh nghiệp',
      'công ty',
    ],
    present: [],
  },
  {
    id: 'consular',
    topic: { vi: 'hợp pháp hóa, chứng nhận lãnh sự', en: 'consular legalisation and authentication' },
    note: {
      vi: `Hợp pháp hóa, chứng nhận lãnh sự giấy tờ do Bộ Ngoại giao (Cục Lãnh sự) hoặc Sở Ngoại vụ giải quyết, chưa có trong danh mục của kiosk này. ${ASK}`,
      en: `Consular legalisation and authentication are done by the Ministry of Foreign Affairs (Consular Department) or the provincial foreign affairs office, not in this kiosk's catalogue. ${ASK_EN}`,
    },
    say: [
      'hợp pháp hóa lãnh sự',
      'chứng nhận lãnh sự',
      'hợp pháp hóa giấy tờ',
      'hợp pháp hóa bằng',
      'lãnh sự|apostille|bộ ngoại giao|sở ngoại vụ|hợp pháp hoá',
      'dùng ở nước ngoài|dùng bên nước ngoài|sử dụng ở nước ngoài|dùng bên đó|dùng bên kia|dùng được ở việt nam|dùng ở việt nam + đóng dấu|chứng nhận|giấy tờ|bằng',
    ],
    // Translating and certifying a paper is the commune's.
    unless: ['chứng thực', 'sao y', 'dịch thuật', 'công chứng', 'người dịch'],
    present: ['hợp pháp hóa lãnh sự', 'chứng nhận lãnh sự'],
  },
  {
    id: 'visa-abroad',
    topic: { vi: 'thị thực (visa) đi nước ngoài', en: 'visas to travel abroad' },
    note: {
      vi: `Thị thực (visa) để đi nước ngoài do đại sứ quán, lãnh sự quán của nước đó cấp; danh mục của kiosk này chỉ có hộ chiếu và thị thực cho người nước ngoài vào Việt Nam. ${ASK}`,
      en: `A visa to travel abroad is issued by that country's embassy or consulate; this kiosk's catalogue holds passports and visas for foreigners coming to Viet Nam only. ${ASK_EN}`,
    },
    say: ['visa|thị thực + đi hàn|đi nhật|đi mỹ|đi úc|đi đài loan|đi trung quốc|đi châu âu|đi canada|đi anh|đi pháp|đi đức|đi du lịch|sang hàn|sang nhật|sang mỹ|sang úc|sang đài loan|schengen'],
    // Foreigners' visas, exemptions and stays are the police's, in the catalogue; so is the passport.
    unless: ['người nước ngoài', 'nước ngoài vào', 'gia hạn', 'miễn thị thực', 'tạm trú', 'việt kiều', 'định cư', 'hộ chiếu', 'người hàn', 'người nhật', 'người mỹ', 'người úc', 'quốc tịch'],
    present: [],
  },
  {
    id: 'complaints',
    topic: { vi: 'khiếu nại, tố cáo, kiến nghị với chính quyền', en: 'complaints and petitions to the authorities' },
    note: {
      vi: `Khiếu nại, tố cáo, kiến nghị với Ủy ban nhân dân và cán bộ (ngoài lực lượng Công an) được nhận tại nơi tiếp công dân của Ủy ban, chưa có trong danh mục của kiosk này. ${ASK}`,
      en: `Complaints and petitions about the People's Committee and its officials (other than the police) are received at the Committee's citizen reception office, not in this kiosk's catalogue. ${ASK_EN}`,
    },
    // Named with what is complained of: a bare "khiếu nại" is read, as the development sets read it, as the police's.
    say: [
      'khiếu kiện|đơn thư|tiếp công dân|tiếp dân',
      'khiếu nại|tố cáo|kiến nghị|phản ánh|phản ảnh + ủy ban|uỷ ban|ubnd|chính quyền|trưởng thôn|trưởng ấp|trưởng khu phố|cán bộ xã|cán bộ địa chính|địa chính xã|thu hồi đất|thu hôi đất|đền bù|bồi thường|giải phóng mặt bằng|giải tỏa|tái định cư|tiếng ồn|ồn ào|karaoke|ô nhiễm|quyết định của xã|quyết định xã|qd xa|qđ xã|lên huyện|lên tỉnh',
    ],
    // Complaints about the police and about legal aid have procedures in the catalogue; so do the courts' and tax's.
    unless: ['công an', 'cảnh sát', 'csgt', 'trợ giúp pháp lý', 'thuế', 'hải quan', 'tòa', 'toà', 'khởi kiện', 'tranh chấp', 'hòa giải'],
    present: ['giải quyết khiếu nại lần đầu', 'tiếp công dân'],
  },
  {
    id: 'traffic-fines',
    topic: { vi: 'nộp phạt vi phạm giao thông', en: 'paying traffic fines' },
    note: {
      vi: 'Nộp phạt vi phạm giao thông không phải thủ tục hành chính: nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc tại kho bạc, ngân hàng ghi trong quyết định xử phạt.',
      en: 'Paying a traffic fine is not an administrative procedure: pay online on the National Public Service Portal (dichvucong.gov.vn) or at the treasury or bank named in the penalty decision.',
    },
    say: [
      'nộp phạt',
      'đóng phạt',
      'tiền phạt',
      'phạt nguội',
      'bị phạt|biên bản phạt|quyết định xử phạt|lập biên bản|bị giữ xe|tạm giữ xe|giữ bằng|tước bằng + giao thông|csgt|cảnh sát giao thông|vượt đèn|đèn đỏ|nồng độ cồn|quá tốc độ|mũ bảo hiểm',
    ],
    // The tax office's penalties for late payment are the catalogue's; so is a permit or a registration the fine was for.
    unless: ['thuế', 'chậm nộp', 'nộp thừa', 'giấy phép', 'đăng ký', 'xây', 'hải quan', 'sang tên', 'cấp lại', 'đổi bằng', 'đăng kiểm', 'cư trú', 'tạm trú', 'làm lại', 'sợ bị phạt'],
    present: ['nộp phạt vi phạm', 'xử phạt vi phạm hành chính'],
  },
  {
    id: 'utilities',
    topic: { vi: 'điện, nước sinh hoạt', en: 'electricity and tap water' },
    note: {
      vi: `Điện, nước sinh hoạt, internet, thu gom rác không phải thủ tục hành chính: xin liên hệ công ty điện lực, cấp nước hoặc nhà cung cấp dịch vụ. ${ASK}`,
      en: `Electricity, tap water, internet and rubbish collection are not administrative procedures: please contact the power or water company or the provider. ${ASK_EN}`,
    },
    say: [
      'tiền điện',
      'hóa đơn tiền điện',
      'công tơ điện',
      'đồng hồ điện',
      'mất điện',
      'cắt điện',
      'kéo điện',
      'lắp điện',
      'nước máy',
      'tiền nước',
      'đồng hồ nước',
      'điện lực|câu điện|xin điện|đấu điện|gắn điện|hợp đồng mua bán điện|hợp đồng điện|cúp điện|chỉ số điện|điện sinh hoạt|điện kế|điện 3 pha|điện ba pha',
      // Not "mất nước": folded, it is "mặt nước", a water surface leased for a fish farm.
      'nước sạch|lắp nước|câu nước|xin nước máy|cúp nước|hóa đơn nước|hoá đơn nước|nước sinh hoạt',
      'cáp quang|lắp internet|lắp mạng|mạng internet|lắp wifi|thu gom rác|tiền rác|đổ rác|phí rác',
    ],
    // "tiền điện tử" is e-money, "hóa đơn điện tử" an e-invoice: the tax office's. Water drawn from a river or a
    // well, and the irrigation works' water, are licensed in the catalogue. "Nhà nước" is the State: folded, "nhà nước
    // mấy héc ta" holds "nước máy".
    unless: [
      'điện tử',
      'nhà nước',
      'tài nguyên nước',
      'khai thác nước',
      'nước dưới đất',
      'nước mặt',
      'nước thải',
      'thủy lợi',
      'thuỷ lợi',
      'giấy phép',
      'hành lang',
      'thi công',
      'đào đường',
      'xin phép',
    ],
    present: [],
  },
  {
    id: 'telecom',
    topic: { vi: 'SIM, thuê bao điện thoại', en: 'SIM cards and phone subscriptions' },
    note: {
      vi: `Đăng ký, khóa, đổi SIM và thuê bao điện thoại do nhà mạng (Viettel, VinaPhone, MobiFone…) giải quyết tại cửa hàng của nhà mạng, không có trong danh mục của kiosk này. ${ASK}`,
      en: `Registering, blocking or replacing a SIM or a phone subscription is done by the mobile operator in its shops, not in this kiosk's catalogue. ${ASK_EN}`,
    },
    // Not a bare "thuê bao": folded, it is "thuế bao nhiêu".
    say: ['sim|thuê bao di động|thuê bao điện thoại|số thuê bao|nhà mạng|viettel|vinaphone|mobifone + chính chủ|đăng ký|khóa|khoá|bị khóa|chuẩn hóa|đổi|mất|cắt|kích hoạt|làm lại|sang tên'],
    // The phone number of an electronic identity account (VNeID) is the police's, in the catalogue.
    unless: ['vneid', 'định danh', 'căn cước', 'cccd', 'tài khoản định danh', 'dịch vụ công'],
    present: [],
  },
];

/** The needs a catalogue lacks: those none of whose `present` phrases is in a procedure's name or field. */
export function openGaps(procedures: readonly Pick<ProcedureSummary, 'name' | 'field'>[], gaps: readonly Gap[] = CATALOGUE_GAPS): GapNote[] {
  // Read as the kiosk reads a query (gaps.ts), each phrase once: the catalogue is 2,600 names, read at every reload.
  const texts = procedures.map((p) => padded(`${p.name} . ${p.field}`));
  const isPresent = (phrase: string) => texts.some((t) => t.includes(phrase));
  return gaps.filter(({ present }) => !present.map(padded).some(isPresent)).map(({ id, note, say, unless }) => ({ id, note, say, unless }));
}

/**
 * The needs of `open` that citizens' searches asked for, most asked first: each search (folded, as stored, with
 * how many times it was typed) counted for the first need it names, with its commonest wordings.
 */
export function gapDemand(open: readonly GapNote[], searches: readonly { q: string; count: number }[], examples = 5): GapDemand[] {
  const compiled = compileGaps(open);
  const byId = new Map<string, { count: number; wordings: { q: string; count: number }[] }>();
  for (const s of searches) {
    const id = gapIn(compiled, s.q)?.id;
    if (!id) continue;
    const d = byId.get(id) ?? { count: 0, wordings: [] };
    d.count += s.count;
    d.wordings.push(s);
    byId.set(id, d);
  }
  const topics = new Map(CATALOGUE_GAPS.map((g) => [g.id, g.topic]));
  return [...byId]
    .map(([id, d]) => ({
      id,
      topic: topics.get(id) ?? { vi: id, en: id },
      count: d.count,
      examples: d.wordings
        .sort((a, b) => b.count - a.count || (a.q < b.q ? -1 : 1))
        .slice(0, examples)
        .map((w) => w.q),
    }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}
