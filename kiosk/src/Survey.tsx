import { surveyApi } from '@hcc/shared/api/surveys';
import type { SurveyForm } from '@hcc/shared/schemas/survey';
import { DEFAULT_SURVEY_FORMS } from '@hcc/shared/survey/forms';
import { useEffect, useState } from 'preact/hooks';
import { attempt } from './api';
import { centreParam } from './catalogue';
import { useT } from './i18n';
import { FaceGrinning, FaceSlightlyFrowning, FaceSlightlySmiling, type LucideIcon } from './icons';
import { Keyboard } from './Keyboard';
import { PrivacyNotice } from './Privacy';
import { useQrDataUrl } from './qr';
import { coolingDown, type SurveyAnswer, sendNow, submit, uuid } from './survey-queue';

/** Which form a kiosk asks (?form=tt01 or sipas for the longer ones); the quick question by default. */
const FORM_ID = new URLSearchParams(location.search).get('form') ?? 'quick';
const FALLBACK = DEFAULT_SURVEY_FORMS.find((f) => f.id === FORM_ID) ?? DEFAULT_SURVEY_FORMS[0];

/** The form's current version from the server (the service worker keeps it), else the built-in one. */
async function loadForm(): Promise<SurveyForm | undefined> {
  const r = await attempt(surveyApi.forms);
  return r.ok ? (r.data.items.find((f) => f.id === FORM_ID) ?? FALLBACK) : FALLBACK;
}
/** Faces as SVG shipped with the app: Debian's Chromium has no emoji font to draw 😀 🙂 🙁 with. */
const FACES: Record<number, LucideIcon> = { 2: FaceGrinning, 1: FaceSlightlySmiling, 0: FaceSlightlyFrowning };
/** The thank-you stays up this long, then the next person starts from the home screen. */
const THANKS_MS = 6_000;
/** Someone who walks away at the comment step still has their answer counted. */
const AUTO_SEND_MS = 20_000;

export const phoneSurveyUrl = (centreId: string) => `${location.origin}/kiosk/?survey=1&centre=${encodeURIComponent(centreId)}`;

/**
 * The satisfaction question: one tap, then an optional comment and lĩnh vực, a thank-you, and home.
 * On a phone (?survey=1) the same page, answered once a day.
 */
/** How many counters the centre has (?counters=N on the kiosk's address), for "which counter served you". */
const COUNTERS = Math.min(20, Math.max(0, Number(new URLSearchParams(location.search).get('counters') ?? 6) || 0));

export function Survey({ onDone, fields, phone = false, procedure }: { onDone: () => void; fields: string[]; phone?: boolean; procedure?: { code: string; name: string } | null }) {
  const t = useT();
  const [form, setForm] = useState<SurveyForm | undefined>(undefined);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [field, setField] = useState('');
  const [counter, setCounter] = useState('');
  const [aboutProcedure, setAboutProcedure] = useState(false);
  const [state, setState] = useState<'ask' | 'more' | 'thanks' | 'already' | 'busy'>('ask');
  const centreId = centreParam();

  useEffect(() => {
    void loadForm().then(setForm);
    if (phone) void attempt(surveyApi.phoneTicket);
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

  if (!centreId) return <p>{t('Kiosk chưa được gán cho trung tâm nào; vui lòng báo cán bộ.', 'This kiosk has no centre set; please tell the staff.')}</p>;
  if (!form) return null;
  // One question at a time, big buttons each; the quick form is a single tap.
  const question = form.questions.find((q) => answers[q.id] === undefined);

  async function send() {
    if (!form || form.questions.some((q) => q.required && answers[q.id] === undefined)) return;
    const r: SurveyAnswer = {
      id: uuid(),
      centreId,
      formId: form.id,
      formVersion: form.version,
      answers,
      context: { channel: phone ? 'phone' : 'kiosk', ...(field ? { field } : {}), ...(counter ? { counter } : {}), ...(aboutProcedure && procedure ? { procedureCode: procedure.code } : {}) },
      comment: comment.trim(),
      submittedAt: new Date().toISOString(),
    };
    if (phone) {
      const outcome = await sendNow(r);
      setState(outcome === 'sent' ? 'thanks' : outcome);
    } else {
      // Thanks only once the answer is safely on the kiosk's disk.
      await submit(r);
      setState('thanks');
    }
  }

  if (state === 'busy')
    return (
      <section class="survey-thanks" data-testid="survey-busy">
        <h1>{t('Hiện có quá nhiều đánh giá gửi từ mạng này. Xin ông/bà thử lại sau ít phút.', 'Too many answers are coming from this network right now. Please try again in a few minutes.')}</h1>
      </section>
    );
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
        {procedure && (
          <div class="survey-fields">
            <button class={`chip ${aboutProcedure ? 'on' : ''}`} data-testid="survey-procedure" onClick={() => setAboutProcedure(!aboutProcedure)}>
              {t('Về thủ tục', 'About')}: {procedure.name.length > 60 ? `${procedure.name.slice(0, 59)}…` : procedure.name}
            </button>
          </div>
        )}
        {COUNTERS > 0 && (
          <div class="survey-fields" role="group" aria-label={t('Quầy đã phục vụ', 'Counter that served you')}>
            {Array.from({ length: COUNTERS }, (_, i) => String(i + 1)).map((c) => (
              <button class={`chip ${counter === c ? 'on' : ''}`} data-testid={`survey-counter-${c}`} onClick={() => setCounter(counter === c ? '' : c)}>
                {t('Quầy', 'Counter')} {c}
              </button>
            ))}
          </div>
        )}
        {fields.length > 0 && (
          <div class="survey-fields">
            {fields.slice(0, 8).map((f) => (
              <button class={`chip ${field === f ? 'on' : ''}`} onClick={() => setField(field === f ? '' : f)}>
                {f}
              </button>
            ))}
          </div>
        )}
        <textarea
          class="search"
          data-testid="survey-comment"
          rows={3}
          maxLength={2000}
          inputMode={phone ? 'text' : 'none'}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
          placeholder={t('Góp ý của ông/bà…', 'Your comment…')}
        />
        <p class="muted">{t('Xin đừng ghi số điện thoại hay số giấy tờ: đánh giá là ẩn danh.', 'Please do not write phone or ID numbers: answers are anonymous.')}</p>
        <button class="big-send" data-testid="survey-send" onClick={() => void send()}>
          {t('Gửi đánh giá', 'Send')}
        </button>
        {!phone && <Keyboard onChange={setComment} />}
      </section>
    );
  if (!question) return null;
  if (!phone && coolingDown())
    return (
      <section class="survey-thanks" data-testid="survey-cooldown">
        <h1>{t('Kiosk vừa nhận một đánh giá. Xin mời người tiếp theo sau ít giây.', 'An answer was just given here. The next person can answer in a few seconds.')}</h1>
      </section>
    );
  const step = form.questions.indexOf(question);
  return (
    <section class="survey" data-testid="survey">
      <h1>{form.title}</h1>
      {form.questions.length > 1 && (
        <h2>
          {step + 1}/{form.questions.length}. {question.group ? `${question.group}: ` : ''}
          {question.text}
        </h2>
      )}
      <div class="survey-options">
        {question.options.map((o) => (
          <button
            class={`survey-option s${o.score}`}
            data-testid={`survey-${o.score}`}
            onClick={() => {
              const next = { ...answers, [question.id]: o.score };
              setAnswers(next);
              if (form.questions.every((q) => next[q.id] !== undefined)) setState('more');
            }}
          >
            <Face score={o.score} />
            {o.label}
          </button>
        ))}
      </div>
      <PrivacyNotice />
      {!phone && (
        <div class="survey-phone">
          <PhoneQr url={phoneSurveyUrl(centreId)} />
          <span>{t('Hoặc quét mã để đánh giá trên điện thoại của mình', 'Or scan to answer on your own phone')}</span>
        </div>
      )}
    </section>
  );
}

/** The code's square is kept while the encoder loads, so the words beside it do not move. */
function PhoneQr({ url }: { url: string }) {
  const src = useQrDataUrl(url);
  return src ? <img class="qr" src={src} alt="" /> : <span class="qr" />;
}

function Face({ score }: { score: number }) {
  const Icon = FACES[score];
  return Icon ? <Icon class="face" size={120} strokeWidth={1.5} /> : null;
}
