import { DEFAULT_MIN_ANSWERS, satisfactionHeadline } from '@hcc/shared/survey/headline';
import type { SurveyPeriod, SurveyResults } from '@hcc/shared/schemas/survey';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFit } from './fit';
import { QrImage } from './QrImage';
import { loadSurveyResults, phoneSurveyLink, SURVEY_UPDATED } from './survey-results';

const PERIOD_LABEL: Record<SurveyPeriod, string> = { week: '7 ngày qua', month: '30 ngày qua', quarter: '90 ngày qua' };

/**
 * The centre's satisfaction, live: refreshed when it comes on screen and whenever an answer is counted.
 * Citizens read one sentence ("9 trên 10 người hài lòng"); the figures behind it are secondary, and
 * below the minimum number of answers the slide invites answers instead of showing a shaky figure.
 */
export function SurveyResultsSlide({ centreId, period, minAnswers = DEFAULT_MIN_ANSWERS }: { centreId: string | null; period: SurveyPeriod; minAnswers?: number }) {
  const [r, setR] = useState<SurveyResults | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadSurveyResults(period, centreId).then((x) => live && x && setR(x));
    load();
    window.addEventListener(SURVEY_UPDATED, load);
    return () => {
      live = false;
      window.removeEventListener(SURVEY_UPDATED, load);
    };
  }, [period, centreId]);
  const h = satisfactionHeadline(r, minAnswers);
  const link = centreId ? phoneSurveyLink(location.origin, centreId) : null;
  const box = useRef<HTMLDivElement>(null);
  useFit(box, [h.text, h.n, link]);
  return (
    <div class={`slide slide-with-aside slide-survey${link ? ' with-qr' : ''}`} data-testid="survey-results" data-n={r?.n ?? ''} data-headline={h.kind}>
      <div class="slide-column survey-main" ref={box}>
        <h1>Mức độ hài lòng của người dân</h1>
        {h.kind === 'score' ? (
          <>
            <p class="survey-index">
              {h.outOfTen > 0 ? (
                <>
                  <strong>{h.outOfTen}</strong> trên 10
                </>
              ) : (
                'Dưới 1 trên 10'
              )}
            </p>
            <p class="survey-lead">người dân hài lòng</p>
            <p class="survey-sample">
              {h.percent} trong {h.n} lượt đánh giá, {PERIOD_LABEL[period]}
              <br />
              <small>Khoảng tin cậy 95%: {h.interval}</small>
            </p>
          </>
        ) : (
          <>
            <p class="survey-lead">Đang thu thập ý kiến</p>
            <p class="survey-sample">
              {h.n === 0 ? `Chưa có đánh giá trong ${PERIOD_LABEL[period]}.` : `Đã có ${h.n} lượt đánh giá trong ${PERIOD_LABEL[period]}; kết quả được công bố khi đủ ${h.needed} lượt.`}
              <br />
              Mời ông/bà cho ý kiến tại kiosk{link ? ' hoặc quét mã QR' : ''}.
            </p>
          </>
        )}
      </div>
      {link && (
        <div class="slide-aside-qr survey-qr">
          <QrImage text={link} class="qr survey-qr-code" />
          <p>Quét mã để đánh giá trên điện thoại</p>
        </div>
      )}
    </div>
  );
}
