import { DEFAULT_SURVEY_FORMS } from '@hcc/shared/survey/forms';
import { useEffect, useState } from 'preact/hooks';
import { centreParam } from './catalogue';
import { useT } from './i18n';
import { submit, uuid } from './survey-queue';

const QUICK = DEFAULT_SURVEY_FORMS.find((f) => f.id === 'quick');
const FACES: Record<number, string> = { 2: '😀', 1: '🙂', 0: '🙁' };
/** The thank-you stays up this long, then the next person starts from the home screen. */
const THANKS_MS = 6_000;

/** The one-tap satisfaction question: anonymous, big buttons, a thank-you, then home. */
export function Survey({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (!sent) return;
    const timer = setTimeout(onDone, THANKS_MS);
    return () => clearTimeout(timer);
  }, [sent]);
  const centreId = centreParam();
  if (!QUICK || !centreId) return <p>{t('Kiosk chưa được gán cho trung tâm nào; vui lòng báo cán bộ.', 'This kiosk has no centre set; please tell the staff.')}</p>;
  const question = QUICK.questions[0];
  if (!question) return null;
  if (sent)
    return (
      <section class="survey-thanks" data-testid="survey-thanks">
        <h1>{t('Cảm ơn ông/bà đã đánh giá!', 'Thank you for your feedback!')}</h1>
      </section>
    );
  const answer = (score: number) => {
    submit({ id: uuid(), centreId, formId: QUICK.id, formVersion: QUICK.version, answers: { [question.id]: score }, context: {}, comment: '', submittedAt: new Date().toISOString() });
    setSent(true);
  };
  return (
    <section class="survey" data-testid="survey">
      <h1>{QUICK.title}</h1>
      <div class="survey-options">
        {question.options.map((o) => (
          <button class={`survey-option s${o.score}`} data-testid={`survey-${o.score}`} onClick={() => answer(o.score)}>
            <span class="face" aria-hidden="true">
              {FACES[o.score] ?? ''}
            </span>
            {o.label}
          </button>
        ))}
      </div>
      <p class="muted">{t('Đánh giá ẩn danh: không ghi tên, số điện thoại hay số giấy tờ của ông/bà.', 'Anonymous: no name, phone or ID number is recorded.')}</p>
    </section>
  );
}
