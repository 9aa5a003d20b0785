import { qrDataUrl } from '@hcc/shared/qr/encode';
import { DEFAULT_SURVEY_FORMS } from '@hcc/shared/survey/forms';
import { useEffect, useState } from 'preact/hooks';
import { centreParam } from './catalogue';
import { useT } from './i18n';
import { Keyboard } from './Keyboard';
import { type SurveyAnswer, sendNow, submit, uuid } from './survey-queue';

const QUICK = DEFAULT_SURVEY_FORMS.find((f) => f.id === 'quick');
const FACES: Record<number, string> = { 2: '😀', 1: '🙂', 0: '🙁' };
/** The thank-you stays up this long, then the next person starts from the home screen. */
const THANKS_MS = 6_000;
/** Someone who walks away at the comment step still has their answer counted. */
const AUTO_SEND_MS = 20_000;

export const phoneSurveyUrl = (centreId: string) => `${location.origin}/kiosk/?survey=1&centre=${encodeURIComponent(centreId)}`;

/**
 * The satisfaction question: one tap, then an optional comment and lĩnh vực, a thank-you, and home.
 * On a phone (?survey=1) the same page, answered once a day.
 */
export function Survey({ onDone, fields, phone = false }: { onDone: () => void; fields: string[]; phone?: boolean }) {
  const t = useT();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [field, setField] = useState('');
  const [state, setState] = useState<'ask' | 'more' | 'thanks' | 'already'>('ask');
  const centreId = centreParam();

  useEffect(() => {
    if (phone) void fetch('/api/surveys/phone', { method: 'POST' }).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (state === 'thanks' && !phone) {
      const timer = setTimeout(onDone, THANKS_MS);
      return () => clearTimeout(timer);
    }
    if (state === 'more' && !phone) {
      const timer = setTimeout(() => void send(), AUTO_SEND_MS);
      return () => clearTimeout(timer);
    }
  }, [state, comment, field]);

  if (!QUICK || !centreId) return <p>{t('Kiosk chưa được gán cho trung tâm nào; vui lòng báo cán bộ.', 'This kiosk has no centre set; please tell the staff.')}</p>;
  const question = QUICK.questions[0];
  if (!question) return null;

  async function send() {
    if (score === null || !QUICK || !question) return;
    const r: SurveyAnswer = {
      id: uuid(),
      centreId,
      formId: QUICK.id,
      formVersion: QUICK.version,
      answers: { [question.id]: score },
      context: { channel: phone ? 'phone' : 'kiosk', ...(field ? { field } : {}) },
      comment: comment.trim(),
      submittedAt: new Date().toISOString(),
    };
    if (phone) setState((await sendNow(r)) === 'already' ? 'already' : 'thanks');
    else {
      submit(r);
      setState('thanks');
    }
  }

  if (state === 'thanks' || state === 'already')
    return (
      <section class="survey-thanks" data-testid="survey-thanks">
        <h1>{state === 'already' ? t('Ông/bà đã đánh giá hôm nay. Xin cảm ơn!', 'You have already answered today. Thank you!') : t('Cảm ơn ông/bà đã đánh giá!', 'Thank you for your feedback!')}</h1>
      </section>
    );
  if (state === 'more')
    return (
      <section class="survey" data-testid="survey-more">
        <h1>{t('Ông/bà có muốn góp ý thêm? (không bắt buộc)', 'Anything to add? (optional)')}</h1>
        {fields.length > 0 && (
          <div class="survey-fields">
            {fields.slice(0, 8).map((f) => (
              <button class={`chip ${field === f ? 'on' : ''}`} onClick={() => setField(field === f ? '' : f)}>
                {f}
              </button>
            ))}
          </div>
        )}
        <textarea class="search" data-testid="survey-comment" rows={3} maxLength={2000} inputMode={phone ? 'text' : 'none'} value={comment} onInput={(e) => setComment(e.currentTarget.value)} placeholder={t('Góp ý của ông/bà…', 'Your comment…')} />
        <p class="muted">{t('Xin đừng ghi số điện thoại hay số giấy tờ: đánh giá là ẩn danh.', 'Please do not write phone or ID numbers: answers are anonymous.')}</p>
        <button class="big-send" data-testid="survey-send" onClick={() => void send()}>
          {t('Gửi đánh giá', 'Send')}
        </button>
        {!phone && <Keyboard value={comment} onChange={setComment} />}
      </section>
    );
  return (
    <section class="survey" data-testid="survey">
      <h1>{QUICK.title}</h1>
      <div class="survey-options">
        {question.options.map((o) => (
          <button
            class={`survey-option s${o.score}`}
            data-testid={`survey-${o.score}`}
            onClick={() => {
              setScore(o.score);
              setState('more');
            }}
          >
            <span class="face" aria-hidden="true">
              {FACES[o.score] ?? ''}
            </span>
            {o.label}
          </button>
        ))}
      </div>
      <p class="muted">{t('Đánh giá ẩn danh: không ghi tên, số điện thoại hay số giấy tờ của ông/bà.', 'Anonymous: no name, phone or ID number is recorded.')}</p>
      {!phone && (
        <div class="survey-phone">
          <img class="qr" src={qrDataUrl(phoneSurveyUrl(centreId))} alt="" />
          <span>{t('Hoặc quét mã để đánh giá trên điện thoại của mình', 'Or scan to answer on your own phone')}</span>
        </div>
      )}
    </section>
  );
}
