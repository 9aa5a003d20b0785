import type { SurveyForm } from '../schemas/survey';

const THREE_LEVELS = [
  { score: 2, label: 'Rất hài lòng' },
  { score: 1, label: 'Hài lòng' },
  { score: 0, label: 'Không hài lòng' },
];
const TT01 = [
  { score: 2, label: 'Tốt' },
  { score: 1, label: 'Trung bình' },
  { score: 0, label: 'Chưa tốt' },
];
const FIVE_POINTS = [
  { score: 5, label: 'Rất hài lòng' },
  { score: 4, label: 'Hài lòng' },
  { score: 3, label: 'Bình thường' },
  { score: 2, label: 'Không hài lòng' },
  { score: 1, label: 'Rất không hài lòng' },
];

/**
 * The forms a centre starts with, as data: versioned, so an answer keeps the wording it was given on.
 * Wording follows Circular 01/2018/TT-VPCP and the SIPAS groups; check it against the official texts
 * before a centre goes live (DOMAIN.md).
 */
export const DEFAULT_SURVEY_FORMS: SurveyForm[] = [
  {
    id: 'quick',
    version: 1,
    kind: 'quick',
    title: 'Ông/Bà có hài lòng với việc giải quyết thủ tục hôm nay không?',
    questions: [{ id: 'overall', text: 'Mức độ hài lòng chung', group: null, options: THREE_LEVELS, required: true }],
  },
  {
    id: 'tt01',
    version: 1,
    kind: 'tt01',
    title: 'Đánh giá việc giải quyết thủ tục hành chính (Thông tư 01/2018/TT-VPCP)',
    questions: [
      ['thoi_gian', 'Tổng thời gian giải quyết so với thời gian quy định'],
      ['thoi_gian_don_vi', 'Thời gian thực hiện tại cơ quan trực tiếp giải quyết'],
      ['so_lan_lien_he', 'Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ'],
      ['so_co_quan', 'Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ'],
      ['mot_cua', 'Tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên thông'],
      ['cong_khai', 'Công khai thủ tục hành chính'],
      ['thai_do', 'Thái độ của công chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ'],
      ['tiep_thu', 'Tiếp thu, giải trình ý kiến phản ánh, kiến nghị'],
      ['truc_tuyen', 'Tiếp nhận hồ sơ trực tuyến'],
    ].map(([id, text]) => ({ id: id as string, text: text as string, group: null, options: TT01, required: true })),
  },
  {
    id: 'sipas',
    version: 1,
    kind: 'sipas',
    title: 'Khảo sát sự hài lòng (theo nhóm SIPAS)',
    questions: [
      ['tiep_can', 'Tiếp cận dịch vụ', 'Nơi tiếp nhận dễ tìm, đủ tiện nghi'],
      ['thu_tuc', 'Thủ tục hành chính', 'Thủ tục được niêm yết công khai, đầy đủ, dễ hiểu'],
      ['cong_chuc', 'Công chức phục vụ', 'Công chức lịch sự, tận tình, thành thạo'],
      ['ket_qua', 'Kết quả giải quyết', 'Kết quả đúng quy định, đúng hẹn'],
      ['phan_anh', 'Tiếp nhận, xử lý phản ánh', 'Ý kiến phản ánh được tiếp nhận và trả lời kịp thời'],
    ].map(([id, group, text]) => ({ id: id as string, text: text as string, group: group as string, options: FIVE_POINTS, required: true })),
  },
];
