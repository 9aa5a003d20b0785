import type { ProcedureSummary } from '../schemas/procedure';
import type { GapDemand, GapNote } from './gap-note';
import { compileGaps, gapIn, padded } from './gaps';

/**
 * The needs citizens bring to a centre that the national crawl has no procedure for (gaps.ts). Where they
 * come from: the no-answer lists of the development batches and the kinds of no-answer situations the blind
 * sets' writers reported (social assistance, people of merit, education, labour, health, retail licences,
 * culture, military service, electricity and water, consular legalisation, traffic fines), checked against the crawl's names and fields.
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

export const CATALOGUE_GAPS: readonly Gap[] = [
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
      'tật nguyền',
      'trẻ mồ côi',
      'dưỡng lão',
      'không nơi nương tựa',
      'đơn thân nuôi con',
    ],
    // The allowance's dossier asks the commune for papers it has: an extract of the birth record, say.
    unless: [...COPIES, 'pháp lý', 'bảo hiểm y tế', 'bhyt', 'lái xe', 'bằng lái', 'con nuôi', 'giám hộ', 'cư trú', 'trích lục', 'khai sinh', 'khai sanh'],
    present: ['bảo trợ xã hội', 'trợ cấp xã hội', 'người khuyết tật', 'người cao tuổi'],
  },
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
    ],
    unless: [...COPIES, 'công an', 'tiền sử dụng đất', 'thuế'],
    // Not a bare "liệt sĩ": the police's own recognition of martyrs (1.004163, "… tại Công an cấp tỉnh") holds it.
    present: ['thờ cúng liệt sĩ', 'hài cốt liệt sĩ', 'người có công với cách mạng'],
  },
  {
    id: 'labour',
    ...missing('lao động, việc làm và bảo hiểm thất nghiệp', 'labour, jobs and unemployment benefit'),
    // Not "xuất khẩu lao động": those going abroad to work mostly ask for the papers it needs (criminal record, passport).
    say: ['trợ cấp thất nghiệp', 'bảo hiểm thất nghiệp', 'tiền thất nghiệp', 'bhtn', 'giấy phép lao động', 'work permit', 'nội quy lao động', 'tìm việc làm'],
    unless: ['lĩnh thay', 'nhận thay', 'lãnh thay', 'ủy quyền', 'uỷ quyền'],
    present: ['hưởng trợ cấp thất nghiệp', 'giấy phép lao động'],
  },
  {
    id: 'education',
    ...missing('giáo dục (nhập học, chuyển trường, học phí, văn bằng)', 'education (enrolment, changing school, fees, diplomas)'),
    say: ['chuyển trường', 'nhập học', 'vào lớp một', 'vào lớp 1', 'học phí', 'học bổng', 'công nhận văn bằng', 'trường mầm non', 'nhóm trẻ'],
    // The school asks the family for the commune's papers: residence, a poor household's certificate, a passport, a
    // birth certificate ("sắp vào lớp một mà chưa đi khai sinh").
    unless: [...COPIES, 'xác nhận', 'giấy chứng nhận', 'hộ nghèo', 'cận nghèo', 'cư trú', 'thường trú', 'hộ chiếu', 'khai sinh', 'khai sanh'],
    present: ['chuyển trường', 'học phí', 'văn bằng'],
  },
  {
    id: 'health',
    ...missing('y tế (hành nghề khám chữa bệnh, nhà thuốc, giấy chứng sinh, khám sức khỏe)', 'health (medical practice, pharmacies, birth notes, health checks)'),
    // Not the birth note or the health check: people name them as papers of a birth registration or a job dossier.
    say: ['phòng khám', 'hành nghề khám', 'khám chữa bệnh tư nhân', 'hành nghề y', 'hành nghề dược', 'nhà thuốc', 'quầy thuốc', 'hiệu thuốc', 'thuốc tây', 'tiêm chủng'],
    unless: [...COPIES, 'thú y', 'bảo hiểm y tế', 'bhyt', 'lái xe', 'bằng lái', 'khai sinh', 'khai sanh'],
    present: ['khám bệnh, chữa bệnh', 'hành nghề dược', 'giấy chứng sinh'],
  },
  {
    id: 'retail-licences',
    ...missing('buôn bán rượu, thuốc lá, xăng dầu', 'selling alcohol, tobacco and fuel'),
    // Not cooking gas: its dealers' safety certificates are the police's, in the catalogue.
    say: ['bán rượu', 'bán lẻ rượu', 'rượu thuốc lá', 'bán thuốc lá', 'cây xăng', 'bán xăng'],
    unless: ['nhập khẩu', 'hải quan', 'tem', 'hộ kinh doanh', 'đăng ký kinh doanh', 'trả lại'],
    present: ['bán lẻ rượu', 'bán lẻ sản phẩm thuốc lá', 'cửa hàng bán lẻ xăng dầu'],
  },
  {
    id: 'culture',
    ...missing(
      'văn hóa, du lịch và tôn giáo (lễ hội, biểu diễn, hướng dẫn viên, quảng cáo, sinh hoạt tôn giáo)',
      'culture, tourism and religion (festivals, performances, tour guides, advertising, worship)',
    ),
    // Not karaoke or homestays: the police's security certificate and guests' stay declaration are in the catalogue.
    say: ['lễ hội', 'hướng dẫn viên', 'lữ hành', 'biểu diễn nghệ thuật', 'băng rôn', 'gia đình văn hóa', 'sinh hoạt tôn giáo', 'hoạt động tôn giáo'],
    unless: ['thuốc thú y'],
    present: ['karaoke', 'lễ hội', 'lưu trú du lịch', 'hướng dẫn viên du lịch'],
  },
  {
    id: 'military-service',
    ...missing('nghĩa vụ quân sự', 'military service'),
    // Asks only: a story of a son gone to the army mostly asks about his residence.
    say: ['đăng ký nghĩa vụ quân sự', 'khám nghĩa vụ', 'hoãn nghĩa vụ', 'tạm hoãn nghĩa vụ', 'miễn nghĩa vụ quân sự', 'nvqs'],
    unless: ['công an', 'cư trú', 'hộ khẩu', 'tạm vắng'],
    present: ['nghĩa vụ quân sự'],
  },
  {
    id: 'disaster-relief',
    ...missing('hỗ trợ thiệt hại do thiên tai (bão, lũ, mất mùa)', 'relief after a natural disaster (storms, floods, lost harvests)'),
    // Asks for relief only: a paper the flood carried away is a reissue the catalogue has.
    say: ['hỗ trợ thiệt hại', 'thiệt hại do thiên tai', 'thiệt hại thiên tai', 'hỗ trợ thiên tai', 'thiệt hại do bão', 'thiệt hại do lũ', 'cứu trợ', 'hỗ trợ sau bão', 'hỗ trợ khẩn cấp'],
    // The catalogue has the support after an animal epidemic and the inspection of a planted forest's damage.
    unless: ['dịch bệnh', 'dịch', 'rừng trồng', 'xung kích'],
    present: ['thiệt hại do thiên tai', 'khôi phục sản xuất'],
  },
  {
    id: 'policy-loans',
    ...missing('vay vốn ưu đãi của Ngân hàng Chính sách xã hội (hộ nghèo, học sinh, sinh viên)', "the Social Policy Bank's loans (poor households, students)"),
    say: ['ngân hàng chính sách', 'vay vốn ưu đãi', 'vay vốn hộ nghèo', 'vay vốn sinh viên', 'vay vốn học sinh', 'vay vốn đi học', 'vay vốn giải quyết việc làm'],
    // The loan is often only why the commune's papers are asked: the mortgage, residence, a poor household confirmed.
    unless: ['thế chấp', 'xóa', 'xác nhận', 'cư trú', 'sổ đỏ'],
    present: ['ngân hàng chính sách xã hội'],
  },
  {
    id: 'consular',
    topic: { vi: 'hợp pháp hóa, chứng nhận lãnh sự', en: 'consular legalisation and authentication' },
    note: {
      vi: `Hợp pháp hóa, chứng nhận lãnh sự giấy tờ do Bộ Ngoại giao (Cục Lãnh sự) hoặc Sở Ngoại vụ giải quyết, chưa có trong danh mục của kiosk này. ${ASK}`,
      en: `Consular legalisation and authentication are done by the Ministry of Foreign Affairs (Consular Department) or the provincial foreign affairs office, not in this kiosk's catalogue. ${ASK_EN}`,
    },
    say: ['hợp pháp hóa lãnh sự', 'chứng nhận lãnh sự', 'hợp pháp hóa giấy tờ', 'hợp pháp hóa bằng'],
    unless: [],
    present: ['hợp pháp hóa lãnh sự', 'chứng nhận lãnh sự'],
  },
  {
    id: 'traffic-fines',
    topic: { vi: 'nộp phạt vi phạm giao thông', en: 'paying traffic fines' },
    note: {
      vi: 'Nộp phạt vi phạm giao thông không phải thủ tục hành chính: nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc tại kho bạc, ngân hàng ghi trong quyết định xử phạt.',
      en: 'Paying a traffic fine is not an administrative procedure: pay online on the National Public Service Portal (dichvucong.gov.vn) or at the treasury or bank named in the penalty decision.',
    },
    say: ['nộp phạt', 'đóng phạt', 'tiền phạt', 'phạt nguội'],
    // The tax office's penalties for late payment are the catalogue's; so is a permit or a registration the fine was for.
    unless: ['thuế', 'chậm nộp', 'nộp thừa', 'giấy phép', 'đăng ký', 'xây', 'hải quan'],
    present: ['nộp phạt vi phạm', 'xử phạt vi phạm hành chính'],
  },
  {
    id: 'utilities',
    topic: { vi: 'điện, nước sinh hoạt', en: 'electricity and tap water' },
    note: {
      vi: `Điện, nước sinh hoạt không phải thủ tục hành chính: xin liên hệ công ty điện lực hoặc công ty cấp nước. ${ASK}`,
      en: `Electricity and tap water are not administrative procedures: please contact the power or water company. ${ASK_EN}`,
    },
    say: ['tiền điện', 'hóa đơn tiền điện', 'công tơ điện', 'đồng hồ điện', 'mất điện', 'cắt điện', 'kéo điện', 'lắp điện', 'nước máy', 'tiền nước', 'đồng hồ nước'],
    // "tiền điện tử" is e-money, "hóa đơn điện tử" an e-invoice: the tax office's.
    unless: ['điện tử'],
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
