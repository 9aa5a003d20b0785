import type { SurveyPeriod, SurveyResults } from '@hcc/shared/schemas/survey';
import { useEffect, useState } from 'preact/hooks';
import { qrDataUrl } from '@hcc/shared/qr/image';
import { loadSurveyResults, phoneSurveyLink, SURVEY_UPDATED } from './survey-results';

const PERIOD_LABEL: Record<SurveyPeriod, string> = { week: '7 ngày qua', month: '30 ngày qua', quarter: '90 ngày qua' };
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The centre's satisfaction, live: refreshed when it comes on screen and whenever an answer is counted. */
export function SurveyResultsSlide({ period }: { period: SurveyPeriod }) {
  const [r, setR] = useState<SurveyResults | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void loadSurveyResults(period).then((x) => live && x && setR(x));
    load();
    window.addEventListener(SURVEY_UPDATED, load);
    return () => {
      live = false;
      window.removeEventListener(SURVEY_UPDATED, load);
    };
  }, [period]);
  const link = phoneSurveyLink();
  return (
    <div class="slide slide-survey" data-testid="survey-results" data-n={r?.n ?? ''}>
      <h1>Mức độ hài lòng của người dân</h1>
      {!r || r.n === 0 ? (
        <p class="survey-empty">Chưa có đánh giá trong {PERIOD_LABEL[period]}. Mời ông/bà đánh giá tại kiosk hoặc quét mã QR.</p>
      ) : (
        <>
          <p class="survey-index">{pct(r.index)}</p>
          <p class="survey-sample">
            hài lòng · {r.n} lượt đánh giá trong {PERIOD_LABEL[period]}
            {` · khoảng tin cậy 95%: ${pct(r.ci.low)}–${pct(r.ci.high)}`}
          </p>
        </>
      )}
      {link && (
        <p class="survey-qr">
          <img src={qrDataUrl(link)} alt="" />
          <span>Quét mã để đánh giá trên điện thoại</span>
        </p>
      )}
    </div>
  );
}
