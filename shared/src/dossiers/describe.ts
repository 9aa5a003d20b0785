import { foldVietnamese } from '../search/fold';
import { DOSSIER_STATUS_LABELS, DOSSIER_STEP_WORDS, type DossierFound, type DossierNotFound } from '../schemas/dossier';
import type { DossierState } from './merge';
import { dossierOutcome, isDossierLate } from './timeliness';

interface CentreFacts {
  name: string;
  hotline: string;
}

/** "Quầy số 3" stays as is; a bare "3" becomes "quầy 3". */
const counterPhrase = (counter: string) => (foldVietnamese(counter).startsWith('quay') ? counter : `quầy ${counter}`);

function stepWords(d: Pick<DossierState, 'status' | 'delivery' | 'counter'>, centre: CentreFacts): string {
  if (d.status === 'ready') {
    if (d.delivery === 'post') return 'Đã có kết quả — kết quả được gửi đến ông/bà qua dịch vụ bưu chính.';
    if (d.delivery === 'online') return 'Đã có kết quả — kết quả được trả trực tuyến, mời ông/bà xem trên Cổng Dịch vụ công hoặc hộp thư đã đăng ký.';
    const where = d.counter ? counterPhrase(d.counter) : `bộ phận trả kết quả của ${centre.name}`;
    return `Đã có kết quả — mời ông/bà đến ${where} để nhận.`;
  }
  if (d.status === 'returned') {
    if (d.delivery === 'post') return 'Kết quả đã được gửi đến ông/bà qua dịch vụ bưu chính.';
    if (d.delivery === 'online') return 'Kết quả đã được trả trực tuyến cho ông/bà.';
  }
  return DOSSIER_STEP_WORDS[d.status];
}

/** What the kiosk and the phone show for a dossier found: its progress in plain words, the name masked. */
export function describeDossier(d: DossierState, centre: CentreFacts, now: Date): DossierFound {
  const isLate = isDossierLate(d, now);
  const resolvedLate = dossierOutcome(d) === 'late';
  const lateNotice = !isLate
    ? null
    : resolvedLate
      ? 'Hồ sơ được giải quyết chậm so với ngày hẹn. Cơ quan giải quyết có trách nhiệm gửi ông/bà văn bản xin lỗi.'
      : `Hồ sơ đã quá ngày hẹn trả kết quả. Cơ quan giải quyết có trách nhiệm gửi ông/bà văn bản xin lỗi và hẹn lại ngày trả; mọi thắc mắc xin gọi ${centre.hotline}.`;
  return {
    found: true,
    code: d.code,
    procedureCode: d.procedureCode,
    // A local variant the catalogue does not hold and the source did not name: its code is all there is.
    procedureName: d.procedureName ?? `Thủ tục ${d.procedureCode}`,
    field: d.field ?? '',
    centreName: centre.name,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    status: d.status,
    statusLabel: DOSSIER_STATUS_LABELS[d.status],
    step: stepWords(d, centre),
    isReady: d.status === 'ready',
    delivery: d.delivery,
    counter: d.counter,
    resultAt: d.resultAt,
    isLate,
    apologyDue: isLate,
    lateNotice,
    maskedName: d.maskedName ?? '',
  };
}

/** Never an error: the citizen is told what to check. `key` is null when the input could not be a code. */
export function dossierNotFound(key: string | null, hotline: string): DossierNotFound {
  return {
    found: false,
    code: key,
    message: key ? 'Không tìm thấy hồ sơ có mã này.' : 'Mã hồ sơ chưa đúng dạng — không tìm thấy.',
    checks: [
      'Kiểm tra lại mã hồ sơ trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (chữ O và số 0, chữ I và số 1 dễ nhầm).',
      'Hồ sơ vừa nộp có thể chưa được cập nhật: mời ông/bà thử lại sau ít phút.',
      'Hồ sơ nộp trực tuyến hoặc tại cơ quan khác: tra cứu trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).',
      `Cần hỗ trợ: hỏi quầy hướng dẫn hoặc gọi ${hotline}.`,
    ],
  };
}
