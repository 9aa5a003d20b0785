import type { Centre } from '@hcc/shared/schemas/centre';
import { surveyResultsApi } from '@hcc/shared/api/survey-results';
import { type SurveyComment, surveyApi } from '@hcc/shared/api/surveys';
import type { SurveyPeriod, SurveyResults } from '@hcc/shared/schemas/survey';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { SurveyForms } from './SurveyForms';
import { failure, type Notice, NoticeLine } from './ui';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Horizontal bars: one row per label, the value as a share of the bar. */
function Bars({ rows, testId, title }: { rows: { label: string; value: number; note: string }[]; testId: string; title: string }) {
  // The figures in words for a screen reader: the picture alone says nothing to it.
  return (
    <svg class="bars" data-testid={testId} viewBox={`0 0 860 ${rows.length * 34 + 4}`} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.note}`).join('; ')}`}>
      {rows.map((r, i) => (
        <g transform={`translate(0 ${i * 34})`}>
          <text x="0" y="22" font-size="14">
            {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
          </text>
          <rect x="260" y="6" width="300" height="22" rx="4" fill="#dbe4f0" />
          <rect x="260" y="6" width={Math.max(0, Math.min(1, r.value)) * 300} height="22" rx="4" fill="#1565c0" />
          <text x="566" y="22" font-size="13">
            {r.note}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Satisfaction: the index with its sample and interval, week by week, by criterion, by field, and comments. */
export function Surveys({ centres, canReadComments, isAdmin }: { centres: Centre[]; canReadComments: boolean; isAdmin: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [period, setPeriod] = useState<SurveyPeriod>('quarter');
  const [centre, setCentre] = useState('');
  const [r, setR] = useState<SurveyResults | null>(null);
  const [comments, setComments] = useState<SurveyComment[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    const query = { period, ...(centre ? { centre } : {}) };
    staffApi(surveyResultsApi.results, { query })
      .then(setR)
      .catch((err: unknown) => setNotice(failure(err, lang).notice));
    if (canReadComments)
      staffApi(surveyApi.comments, { query })
        .then((x) => setComments(x.items))
        .catch(() => undefined);
  }, [period, centre]);

  return (
    <section>
      <div class="row">
        <h2 class="grow">{t('Sự hài lòng của người dân', 'Citizen satisfaction')}</h2>
        <select aria-label={t('Kỳ', 'Period')} value={period} onChange={(e) => setPeriod(e.currentTarget.value as SurveyPeriod)}>
          <option value="week">{t('7 ngày', '7 days')}</option>
          <option value="month">{t('30 ngày', '30 days')}</option>
          <option value="quarter">{t('90 ngày', '90 days')}</option>
        </select>
        <select aria-label={t('Trung tâm', 'Centre')} value={centre} onChange={(e) => setCentre(e.currentTarget.value)}>
          <option value="">{t('Mọi trung tâm', 'All centres')}</option>
          {centres.map((c) => (
            <option value={c.id}>{c.name}</option>
          ))}
        </select>
      </div>
      <NoticeLine notice={notice} />
      {r && r.n === 0 && (
        <p class="card" data-testid="survey-index">
          {t(
            'Chưa có phiếu đánh giá nào trong kỳ này. Kết quả hiện ra khi người dân trả lời ở kiosk hoặc trên điện thoại.',
            'No answers in this period yet. Results appear as people answer at the kiosk or on their phones.',
          )}
        </p>
      )}
      {r && r.n > 0 && (
        <>
          <div class="card row" data-testid="survey-index">
            <strong class="big-figure">{r.n ? pct(r.index) : '—'}</strong>
            <span>
              {t('hài lòng', 'satisfied')} · n = {r.n} · {t('khoảng tin cậy 95%', '95% interval')} {pct(r.ci.low)}–{pct(r.ci.high)}
              {r.excluded > 0 && ` · ${t(`${r.excluded} phiếu bị loại (gửi dồn dập), giữ lại để xem xét`, `${r.excluded} excluded as bursts, kept for review`)}`}
            </span>
          </div>
          {r.n < 30 && r.n > 0 && (
            <p class="warning">{t('Mẫu nhỏ (dưới 30 phiếu): chỉ số còn dao động nhiều, xem khoảng tin cậy.', 'Small sample (under 30): read the interval, not just the figure.')}</p>
          )}
          <h3>{t('Theo tuần', 'By week')}</h3>
          <Bars
            title={t('Theo tuần', 'By week')}
            testId="survey-weeks"
            rows={r.weeks.map((w) => ({ label: `${t('Tuần từ', 'Week of')} ${w.start}`, value: w.index, note: `${pct(w.index)} (n=${w.n}, ${pct(w.ci.low)}–${pct(w.ci.high)})` }))}
          />
          <h3>{t('Theo tiêu chí', 'By criterion')}</h3>
          <Bars
            title={t('Theo tiêu chí', 'By criterion')}
            testId="survey-criteria"
            rows={r.criteria.map((c) => ({ label: c.text, value: c.average / c.max, note: `${c.average.toFixed(2)}/${c.max} (n=${c.n})` }))}
          />
          {r.byField.length > 0 && (
            <>
              <h3>{t('Theo lĩnh vực', 'By field')}</h3>
              <Bars
                title={t('Theo lĩnh vực', 'By field')}
                testId="survey-fields"
                rows={r.byField.map((f) => ({ label: f.field, value: f.index, note: `${pct(f.index)} (n=${f.n}, ${pct(f.ci.low)}–${pct(f.ci.high)})` }))}
              />
            </>
          )}
        </>
      )}
      {isAdmin && <SurveyForms />}
      {canReadComments && (
        <>
          <h3>{t('Góp ý của người dân', 'Comments')}</h3>
          {comments.length === 0 && <p>{t('Chưa có góp ý trong kỳ này.', 'No comments in this period.')}</p>}
          <ul class="list" data-testid="survey-comments">
            {comments.map((c) => (
              <li class="card">
                <small>
                  {c.day} · {centres.find((x) => x.id === c.centreId)?.name ?? c.centreId}
                  {c.field ? ` · ${c.field}` : ''}
                  {c.excluded ? ` · ${t('bị loại', 'excluded')}` : ''}
                </small>
                <p>{c.comment}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
