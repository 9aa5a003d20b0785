import type { DossierFound, DossierNotFound, DossierStatus } from '@hcc/shared/schemas/dossier';
import { VN_OFFSET_MS } from '@hcc/shared/schedule/local-time';
import { useLang, useT } from '../i18n';

const pad = (n: number) => String(n).padStart(2, '0');
/** "25/11/2026" in Vietnam time, whatever zone the kiosk is set to. */
function vnDay(iso: string): string {
  const d = new Date(Date.parse(iso) + VN_OFFSET_MS);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The step in English; the Vietnamese words (the counter, the late notice) come from the server (shared/src/dossiers/describe.ts). */
const STEP_EN: Record<DossierStatus, string> = {
  received: 'Your dossier has been received and is waiting to be passed to the deciding agency.',
  processing: 'Your dossier is being examined by the competent agency.',
  supplement: 'Your dossier needs more papers. Please read the request for supplements or ask at the reception counter.',
  ready: 'The result is ready — please collect it at the results counter.',
  returned: 'The result has been handed to you.',
  rejected: 'The dossier was not granted; the written answer gives the reason. Please ask at the reception counter.',
  withdrawn: 'The dossier was withdrawn at the applicant’s request.',
};

function stepEn(a: DossierFound): string {
  if (a.status === 'ready' && a.delivery === 'post') return 'The result is ready — it is being sent to you by post.';
  if (a.status === 'ready' && a.delivery === 'online') return 'The result is ready — it is sent to you online (public service portal, e-mail).';
  if (a.status === 'ready' && a.counter) return `The result is ready — please collect it at ${a.counter.replace(/^quầy\s*(số\s*)?/i, 'counter ')}.`;
  return STEP_EN[a.status];
}

/** One dossier, for the citizen holding its receipt: large, plain, the masked name to confirm it is theirs. */
export function FoundAnswer({ a }: { a: DossierFound }) {
  const t = useT();
  const lang = useLang();
  const ready = a.status === 'ready';
  const vi = lang === 'vi';
  return (
    <article class={`dossier-answer ${ready ? 'is-ready' : ''} ${a.isLate ? 'is-late' : ''}`} data-testid="dossier-answer" data-status={a.status}>
      <p class="dossier-code">
        {t('Mã hồ sơ', 'Dossier')} <strong>{a.code}</strong> · <span data-testid="dossier-name">{a.maskedName}</span>
      </p>
      <h2 lang="vi">{a.procedureName}</h2>
      <p class="dossier-step" data-testid="dossier-step">
        {vi ? a.step : stepEn(a)}
      </p>
      <dl class="dossier-dates">
        <div>
          <dt>{t('Ngày tiếp nhận', 'Received')}</dt>
          <dd>{vnDay(a.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('Ngày hẹn trả kết quả', 'Appointment')}</dt>
          <dd>{a.appointmentAt ? vnDay(a.appointmentAt) : t('Chưa có', 'Not set')}</dd>
        </div>
        {a.resultAt && (
          <div>
            <dt>{t('Ngày có kết quả', 'Result')}</dt>
            <dd>{vnDay(a.resultAt)}</dd>
          </div>
        )}
      </dl>
      {a.isLate && (
        <p class="dossier-late" data-testid="dossier-late">
          {vi && a.lateNotice
            ? a.lateNotice
            : a.resultAt
              ? t(
                  'Hồ sơ được giải quyết chậm so với ngày hẹn. Cơ quan giải quyết có trách nhiệm gửi ông/bà văn bản xin lỗi.',
                  'This dossier was resolved after its appointment date. The agency must send you a letter of apology.',
                )
              : t(
                  'Hồ sơ đã quá ngày hẹn trả kết quả. Cơ quan giải quyết có trách nhiệm gửi ông/bà văn bản xin lỗi và hẹn lại ngày trả.',
                  'This dossier is past its appointment date. The agency must send you a letter of apology with a new date.',
                )}
        </p>
      )}
      <p class="muted">
        {t('Nơi giải quyết:', 'Handled at:')} <span lang="vi">{a.centreName}</span>
      </p>
    </article>
  );
}

/** Never an error: what the code was read as, and what to check. */
export function NotFoundAnswer({ a }: { a: DossierNotFound | null }) {
  const t = useT();
  const lang = useLang();
  const checks =
    lang === 'vi' && a?.checks.length
      ? a.checks
      : [
          t('Mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thường ở góc trên, gần mã QR.', 'The dossier code printed on your receipt, usually at the top, near the QR code.'),
          t('Gõ đủ các chữ và số; dấu chấm, gạch ngang và chữ hoa hay thường không quan trọng.', 'Type every letter and digit; dots, dashes and upper or lower case do not matter.'),
          t(
            'Hồ sơ vừa nộp trong hôm nay có thể chưa kịp cập nhật. Nếu vẫn không thấy, mời ông/bà hỏi quầy tiếp nhận.',
            'A dossier submitted today may not be listed yet. If it still is not found, please ask at the reception counter.',
          ),
        ];
  return (
    <article class="dossier-answer not-found" data-testid="dossier-not-found">
      <h2>{t('Không tìm thấy hồ sơ', 'Dossier not found')}</h2>
      {a?.code && (
        <p>
          {t('Mã đã nhập:', 'Code entered:')} <strong>{a.code}</strong>
        </p>
      )}
      <p>{t('Ông/bà vui lòng kiểm tra:', 'Please check:')}</p>
      <ul>
        {checks.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
    </article>
  );
}
