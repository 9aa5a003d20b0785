import { problemText } from '@hcc/shared/reports/integrity-text';
import type { Centre } from '@hcc/shared/schemas/centre';
import { TARGET_STATUS_LABELS, type TargetProgress } from '@hcc/shared/reports/targets';
import { COMM_FORM_LABELS, type CommForm, REFORM_AREA_LABELS, type ReformArea } from '@hcc/shared/schemas/playlist';
import { useContext, useEffect } from 'preact/hooks';
import { sendAllSlidePictures } from './slide-pictures';
import { LangContext, useT } from './i18n';
import { PlanTargets } from './PlanTargets';
import { PeriodPresets, ReportText } from './ReportText';
import { ShowingsChart } from './ShowingsChart';
import { shownSpan } from './shown-span';
import { periodLine, rowMinutes } from './report-lines';
import { reportSearch } from './report-query';
import { Field, NoticeLine } from './ui';
import { usePlanTargets } from './use-plan-targets';
import { useReport } from './use-report';

const hours = (ms: number) => (ms / 3_600_000).toFixed(1);
/** A plan row's assessment, as the report prints it (Vietnamese); English from the same codes. */
const STATUS_EN: Record<TargetProgress['status'], string> = { met: 'Met', behind: 'Behind', done: 'Done', not_done: 'Not done', self: 'Self-assessed' };
const label = (key: string) => COMM_FORM_LABELS[key as CommForm] ?? REFORM_AREA_LABELS[key as ReformArea] ?? (key === 'none' ? '—' : key);

/** Reports for a period and scope, with the plan's targets; the plan's rows kept here too. */
export function Reports({ centres, canEdit }: { centres: Centre[]; canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const { query, setQuery, report, notice, setNotice, run } = useReport(lang, t);
  const plan = usePlanTargets({ scope: query.centre, centres, lang, onAdded: run, onFailure: setNotice });
  const statusLabel = (s: TargetProgress['status']) => t(TARGET_STATUS_LABELS[s], STATUS_EN[s]);
  // Pictures of slides published before they were drawn (or whose drawing failed), for the report's evidence.
  useEffect(() => {
    if (canEdit) void sendAllSlidePictures().catch(() => undefined);
  }, []);

  return (
    <section>
      <h2>{t('Báo cáo tuyên truyền', 'Communication report')}</h2>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <PeriodPresets onPick={(p) => setQuery({ ...query, ...p })} />
        <Field label={t('Từ ngày', 'From')}>
          <input data-testid="report-from" type="date" value={query.from} onInput={(e) => setQuery({ ...query, from: e.currentTarget.value })} />
        </Field>
        <Field label={t('Đến ngày', 'To')}>
          <input data-testid="report-to" type="date" value={query.to} onInput={(e) => setQuery({ ...query, to: e.currentTarget.value })} />
        </Field>
        <Field label={t('Phạm vi', 'Scope')}>
          <select data-testid="report-centre" value={query.centre} onChange={(e) => setQuery({ ...query, centre: e.currentTarget.value })}>
            <option value="">{t('Toàn bộ', 'Everything')}</option>
            {centres.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </select>
        </Field>
        <button data-testid="report-run" type="submit">
          {t('Lập báo cáo', 'Run')}
        </button>
        <a class="button" data-testid="report-docx" href={`/api/reports?${reportSearch(query, 'docx')}`} download>
          {t('Tải báo cáo (Word)', 'Report (Word)')}
        </a>
        <a class="button secondary" data-testid="report-xlsx" href={`/api/reports?${reportSearch(query, 'xlsx')}`} download>
          {t('Bảng số liệu (Excel)', 'Figures (Excel)')}
        </a>
        <a class="button secondary" href={`/api/reports?${reportSearch(query, 'csv')}`} download>
          {t('Tải CSV lượt phát', 'Showings CSV')}
        </a>
      </form>
      <NoticeLine notice={notice} testId="report-notice" />
      {report && (
        <div data-testid="report">
          <p class="card">
            <strong>{report.showings.totals.showings}</strong> {t('lượt phát', 'showings')}, {rowMinutes([report.showings.totals.playMs], lang)[0]}, {report.showings.totals.screens}{' '}
            {t('màn hình', 'screens')} · {t('hài lòng', 'satisfaction')} {report.satisfaction.n ? `${Math.round(report.satisfaction.index * 100)}% (n=${report.satisfaction.n})` : '—'} ·{' '}
            {report.integrity.ok ? t(`nhật ký toàn vẹn (${report.integrity.rows} dòng)`, `log intact (${report.integrity.rows} rows)`) : t('NHẬT KÝ BỊ SỬA ĐỔI', 'LOG TAMPERED WITH')}
            {report.integrity.fingerprint ? ` · ${t('dấu vân tay', 'fingerprint')} ${report.integrity.fingerprint}` : ''}
          </p>
          {report.integrity.problems.length > 0 && (
            <ul class="card error" data-testid="report-integrity-problems">
              {report.integrity.problems.slice(0, 20).map((p) => (
                <li>{problemText(p)}</li>
              ))}
            </ul>
          )}
          <ShowingsChart days={report.showings.byDay} monthly={report.grain === 'month'} period={{ from: report.period.from, to: report.period.through ?? report.period.to }} />
          <h3>{t('Tiến độ so với kế hoạch', 'Progress against the plan')}</h3>
          <table class="card audit" data-testid="report-targets">
            <tbody>
              {report.targets.map((p) => (
                <tr>
                  <td>{p.seq}</td>
                  <td>{p.content}</td>
                  <td>{p.product}</td>
                  <td>{p.lead}</td>
                  <td>{p.timing}</td>
                  <td class={p.status === 'behind' || p.status === 'not_done' ? 'error' : 'ok'}>{statusLabel(p.status)}</td>
                  <td>
                    {p.periods.map((x) => (
                      <div>{periodLine(x, lang)}</div>
                    ))}
                    {p.entries.length ? <div>{`${t('sổ ghi nhận', 'register')}: ${p.entries.length}`}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ReportText period={query} canEdit={canEdit} />
          <h3>{t('Theo hình thức', 'By form')}</h3>
          <table class="card audit">
            <thead>
              <tr>
                <th>{t('Hình thức', 'Form')}</th>
                <th>{t('Lượt phát', 'Showings')}</th>
                <th>{t('Thời lượng', 'Play time')}</th>
              </tr>
            </thead>
            <tbody>
              {report.showings.byForm.map((r, i, rows) => (
                <tr>
                  <td>{label(r.key)}</td>
                  <td>{r.showings}</td>
                  <td>
                    {
                      rowMinutes(
                        rows.map((x) => x.playMs),
                        lang,
                      )[i]
                    }
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('Thời gian hoạt động của màn hình (trong giờ làm việc)', 'Screen uptime (opening hours)')}</h3>
          <table class="card audit" data-testid="report-uptime">
            <tbody>
              {report.uptime.map((u) => (
                <tr>
                  <td>{u.name}</td>
                  <td>{u.openMs ? `${Math.round(u.share * 100)}%` : '—'}</td>
                  <td>
                    {hours(u.openOnlineMs)} / {hours(u.openMs)} {t('giờ', 'h')}
                  </td>
                  <td>
                    {u.daysWithShowings} {t('ngày có phát', 'days with showings')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('Theo nội dung', 'By item')}</h3>
          <table class="card audit" data-testid="report-items">
            <thead>
              <tr>
                <th>{t('Nội dung', 'Item')}</th>
                <th>{t('Lượt phát', 'Showings')}</th>
                <th>{t('Số màn hình', 'Screens')}</th>
                <th>{t('Phát lần đầu → lần cuối', 'First → last shown')}</th>
              </tr>
            </thead>
            <tbody>
              {report.showings.byItem.map((r) => (
                <tr>
                  <td>{r.label}</td>
                  <td>{r.showings}</td>
                  <td>{r.screens}</td>
                  <td>{shownSpan(r.first, r.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PlanTargets plan={plan} canEdit={canEdit} />
    </section>
  );
}
