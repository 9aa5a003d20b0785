import { problemText } from '@hcc/shared/reports/integrity-text';
import type { Centre } from '@hcc/shared/schemas/centre';
import { periodContaining } from '@hcc/shared/reports/periods';
import { TARGET_STATUS_LABELS, type TargetProgress } from '@hcc/shared/reports/targets';
import { planApi } from '@hcc/shared/api/plans';
import { PLAN_MEASURE_LABELS, type PlanMeasureSource, PlanMeasureSourceSchema, type PlanPeriod, PlanPeriodSchema, type PlanTarget } from '@hcc/shared/schemas/plan';
import { COMM_FORM_LABELS, type CommForm, REFORM_AREA_LABELS, type ReformArea } from '@hcc/shared/schemas/playlist';
import { useContext, useEffect, useState } from 'preact/hooks';
import { sendAllSlidePictures } from './slide-pictures';
import * as z from 'zod/mini';
import { LangContext, useT } from './i18n';
import { PeriodPresets, ReportText } from './ReportText';
import { ShowingsChart } from './ShowingsChart';
import { staffApi, staffFetch } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';

const Row = z.object({ key: z.string(), label: z.string(), showings: z.number(), playMs: z.number() });
const ReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), through: z.optional(z.string()), days: z.number() }),
  grain: z.enum(['day', 'month']),
  uptime: z.array(z.object({ deviceId: z.string(), name: z.string(), share: z.number(), openOnlineMs: z.number(), openMs: z.number(), daysWithShowings: z.number() })),
  showings: z.object({
    totals: z.object({ showings: z.number(), playMs: z.number(), completed: z.number(), screens: z.number() }),
    byItem: z.array(z.extend(Row, { first: z.string(), last: z.string(), screens: z.number() })),
    byForm: z.array(Row),
    byReformArea: z.array(Row),
    byCentre: z.array(Row),
    byDay: z.array(Row),
  }),
  targets: z.array(
    z.object({
      targetId: z.string(),
      seq: z.number(),
      content: z.string(),
      product: z.string(),
      lead: z.string(),
      timing: z.string(),
      status: z.enum(['met', 'behind', 'done', 'not_done', 'self']),
      entries: z.array(z.object({ title: z.string(), count: z.number() })),
      periods: z.array(z.object({ from: z.string(), to: z.string(), required: z.number(), shown: z.number(), partial: z.boolean() })),
    }),
  ),
  satisfaction: z.object({ n: z.number(), index: z.number(), ci: z.object({ low: z.number(), high: z.number() }) }),
  integrity: z.object({
    ok: z.boolean(),
    rows: z.number(),
    fullCheckAt: z.nullable(z.string()),
    fingerprint: z.optional(z.nullable(z.string())),
    problems: z._default(
      z.array(
        z.object({
          kind: z.enum(['row', 'summary', 'head', 'anchor', 'rollup', 'month']),
          seq: z.nullable(z.number()),
          deviceId: z.nullable(z.string()),
          itemId: z.nullable(z.string()),
          playlistId: z.nullable(z.string()),
          at: z.nullable(z.string()),
          day: z.nullable(z.string()),
          detail: z.optional(z.string()),
          screenName: z.optional(z.string()),
          centreName: z.optional(z.string()),
          itemTitle: z.optional(z.string()),
        }),
      ),
      [],
    ),
  }),
});
type Report = z.infer<typeof ReportSchema>;

/** The current quarter as Decree 09/2019 cuts it (15th to 14th): what a commune reports most often. */
function thisQuarter(): { from: string; to: string } {
  const { from, to } = periodContaining('quarter', new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10), 'decree09');
  return { from, to };
}
const hours = (ms: number) => (ms / 3_600_000).toFixed(1);
/** A plan row's assessment, as the report prints it (Vietnamese); English from the same codes. */
const STATUS_EN: Record<TargetProgress['status'], string> = { met: 'Met', behind: 'Behind', done: 'Done', not_done: 'Not done', self: 'Self-assessed' };
const label = (key: string) => COMM_FORM_LABELS[key as CommForm] ?? REFORM_AREA_LABELS[key as ReformArea] ?? (key === 'none' ? '—' : key);

/** Reports for a period and scope, with the plan's targets; the plan's rows kept here too. */
export function Reports({ centres, canEdit }: { centres: Centre[]; canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [query, setQuery] = useState({ ...thisQuarter(), centre: '' });
  const [report, setReport] = useState<Report | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [targets, setTargets] = useState<PlanTarget[]>([]);
  const [draft, setDraft] = useState({
    seq: 1,
    content: '',
    product: '',
    lead: '',
    partners: '',
    timing: 'Thường xuyên',
    form: '' as CommForm | '',
    measuredBy: 'showings' as PlanMeasureSource,
    count: 1,
    per: 'month' as PlanPeriod,
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const statusLabel = (s: TargetProgress['status']) => t(TARGET_STATUS_LABELS[s], STATUS_EN[s]);
  const qs = (format: string) => new URLSearchParams({ from: query.from, to: query.to, format, ...(query.centre ? { centre: query.centre } : {}) }).toString();

  const run = async () => {
    try {
      setReport(ReportSchema.parse(await staffFetch(`/api/reports?${qs('json')}`, {})));
      setNotice(null);
    } catch (err) {
      setReport(null);
      setNotice(
        failure(err, lang, {
          validation: t('Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 400 ngày.', 'Not a valid period: the start must come before the end, 400 days at most.'),
        }).notice,
      );
    }
  };
  const loadTargets = async () => setTargets((await staffApi(planApi.list, { query: { centre: query.centre || undefined } })).items);
  useEffect(() => void run(), []);
  // Pictures of slides published before they were drawn (or whose drawing failed), for the report's evidence.
  useEffect(() => {
    if (canEdit) void sendAllSlidePictures().catch(() => undefined);
  }, []);
  useEffect(() => void loadTargets().catch(() => undefined), [query.centre]);

  const addTarget = async (e: Event) => {
    e.preventDefault();
    try {
      const centreId = query.centre || centres.find((c) => c.kind === 'commune')?.id || '';
      await staffApi(planApi.create, {
        body: {
          centreId,
          seq: draft.seq,
          content: draft.content,
          product: draft.product,
          lead: draft.lead,
          partners: draft.partners,
          timing: draft.timing,
          form: draft.form || null,
          measuredBy: draft.measuredBy,
          measure: draft.measuredBy !== 'self' && draft.count > 0 ? { count: draft.count, per: draft.per } : null,
        },
      });
      setFields({});
      setDraft({ ...draft, seq: draft.seq + 1, content: '', product: '' });
      await loadTargets();
      await run();
    } catch (err) {
      const f = failure(err, lang);
      setNotice(f.notice);
      setFields(f.fields);
    }
  };
  const removeTarget = async (id: string) => {
    await staffApi(planApi.delete, { params: { id } }).catch((err: unknown) => setNotice(failure(err, lang).notice));
    await loadTargets();
  };

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
        <a class="button" data-testid="report-docx" href={`/api/reports?${qs('docx')}`} download>
          {t('Tải báo cáo (Word)', 'Report (Word)')}
        </a>
        <a class="button secondary" data-testid="report-xlsx" href={`/api/reports?${qs('xlsx')}`} download>
          {t('Bảng số liệu (Excel)', 'Figures (Excel)')}
        </a>
        <a class="button secondary" href={`/api/reports?${qs('csv')}`} download>
          {t('Tải CSV lượt phát', 'Showings CSV')}
        </a>
      </form>
      <NoticeLine notice={notice} testId="report-notice" />
      {report && (
        <div data-testid="report">
          <p class="card">
            <strong>{report.showings.totals.showings}</strong> {t('lượt phát', 'showings')}, {hours(report.showings.totals.playMs)} {t('giờ', 'hours')}, {report.showings.totals.screens}{' '}
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
                    {p.periods.map((x) => `${x.from.slice(5)}: ${x.shown}/${x.required}${x.partial ? '*' : ''}`).join(' · ')}
                    {p.entries.length ? ` · ${t('sổ ghi nhận', 'register')}: ${p.entries.length}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ReportText period={query} canEdit={canEdit} />
          <h3>{t('Theo hình thức', 'By form')}</h3>
          <table class="card audit">
            <tbody>
              {report.showings.byForm.map((r) => (
                <tr>
                  <td>{label(r.key)}</td>
                  <td>{r.showings}</td>
                  <td>{hours(r.playMs)} h</td>
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
            <tbody>
              {report.showings.byItem.map((r) => (
                <tr>
                  <td>{r.label}</td>
                  <td>{r.showings}</td>
                  <td>{r.screens}</td>
                  <td>
                    {r.first.slice(0, 10)} → {r.last.slice(0, 10)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('Kế hoạch (phụ lục phân công)', 'Plan (appendix rows)')}</h3>
      <ul class="list" data-testid="plan-targets">
        {targets.map((p) => (
          <li class="card row">
            <strong>{p.seq}.</strong>
            <span class="grow">
              {p.content} — <em>{p.product}</em>
            </span>
            <span>{`${PLAN_MEASURE_LABELS[p.measuredBy ?? (p.measure ? 'showings' : 'self')]}${p.measure ? ` · ${p.measure.count}/${p.measure.per}` : ''}`}</span>
            {canEdit && (
              <button class="secondary" onClick={() => removeTarget(p.id)}>
                {t('Xoá', 'Remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form class="card grid" onSubmit={addTarget}>
          <Field label="Stt">
            <input type="number" min={1} value={draft.seq} onInput={(e) => setDraft({ ...draft, seq: Number(e.currentTarget.value) })} />
          </Field>
          <Field label={t('Nội dung công việc', 'Task')} error={fields.content} wide>
            <input data-testid="target-content" value={draft.content} onInput={(e) => setDraft({ ...draft, content: e.currentTarget.value })} />
          </Field>
          <Field label={t('Sản phẩm (như kế hoạch ghi)', 'Product (as the plan writes it)')} wide>
            <input data-testid="target-product" value={draft.product} onInput={(e) => setDraft({ ...draft, product: e.currentTarget.value })} />
          </Field>
          <Field label={t('Cơ quan chủ trì', 'Lead')}>
            <input value={draft.lead} onInput={(e) => setDraft({ ...draft, lead: e.currentTarget.value })} />
          </Field>
          <Field label={t('Cơ quan phối hợp', 'Partners')}>
            <input value={draft.partners} onInput={(e) => setDraft({ ...draft, partners: e.currentTarget.value })} />
          </Field>
          <Field label={t('Thời gian thực hiện', 'Timing')}>
            <input value={draft.timing} onInput={(e) => setDraft({ ...draft, timing: e.currentTarget.value })} />
          </Field>
          <Field label={t('Cách tính kết quả', 'Counted by')}>
            <select data-testid="target-measured-by" value={draft.measuredBy} onChange={(e) => setDraft({ ...draft, measuredBy: e.currentTarget.value as PlanMeasureSource })}>
              {PlanMeasureSourceSchema.options.map((m) => (
                <option value={m}>{PLAN_MEASURE_LABELS[m]}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Hình thức (tham khảo)', 'Form (for reference)')}>
            <select data-testid="target-form" value={draft.form} onChange={(e) => setDraft({ ...draft, form: e.currentTarget.value as CommForm | '' })}>
              <option value="">{t('— không chọn —', '— none —')}</option>
              {Object.entries(COMM_FORM_LABELS).map(([k, v]) => (
                <option value={k}>{v}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Số sản phẩm tối thiểu', 'At least')} error={fields['measure.count']}>
            <input data-testid="target-count" type="number" min={1} value={draft.count} onInput={(e) => setDraft({ ...draft, count: Number(e.currentTarget.value) })} />
          </Field>
          <Field label={t('Mỗi', 'Per')}>
            <select value={draft.per} onChange={(e) => setDraft({ ...draft, per: PlanPeriodSchema.parse(e.currentTarget.value) })}>
              <option value="week">{t('tuần', 'week')}</option>
              <option value="month">{t('tháng', 'month')}</option>
              <option value="quarter">{t('quý', 'quarter')}</option>
              <option value="half">{t('6 tháng', 'half-year')}</option>
              <option value="year">{t('năm', 'year')}</option>
            </select>
          </Field>
          <button data-testid="target-add" type="submit">
            {t('Thêm dòng kế hoạch', 'Add plan row')}
          </button>
        </form>
      )}
    </section>
  );
}
