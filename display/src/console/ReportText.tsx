import { reportApi } from '@hcc/shared/api/reports';
import type { IssuedReport } from '@hcc/shared/reports/archive';
import { type Narrative, NARRATIVE_HEADINGS } from '@hcc/shared/reports/narrative';
import { periodContaining, type PeriodKind, type PeriodRule, reportingPeriod } from '@hcc/shared/reports/periods';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, formatInstant, type Notice, NoticeLine } from './ui';

export interface Period {
  from: string;
  to: string;
  centre: string;
}

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The reporting periods a centre picks from: this and last quarter, the half and the year, cut off as
 * Decree 09/2019 says (15th to 14th) or by the calendar, whichever the plan asks for.
 */
export function periodChoices(rule: PeriodRule, today = vnToday()) {
  const quarter = periodContaining('quarter', today, rule);
  const previous = quarter.index === 1 ? reportingPeriod('quarter', quarter.year - 1, 4, rule) : reportingPeriod('quarter', quarter.year, quarter.index - 1, rule);
  const kinds: [PeriodKind, number][] = [
    ['half', 1],
    ['year', 1],
  ];
  return [
    quarter,
    previous,
    ...kinds.map(([k, i]) => reportingPeriod(k, quarter.year, i, rule)),
    reportingPeriod('month', periodContaining('month', today, rule).year, periodContaining('month', today, rule).index, rule),
  ];
}

/** Presets that fill the period's two dates; the dates stay editable for any other period. */
export function PeriodPresets({ onPick }: { onPick: (p: { from: string; to: string }) => void }) {
  const t = useT();
  const [rule, setRule] = useState<PeriodRule>('decree09');
  const choices = periodChoices(rule);
  return (
    <div class="row wide" data-testid="period-presets">
      <select aria-label={t('Cách tính kỳ báo cáo', 'How periods are cut')} value={rule} onChange={(e) => setRule(e.currentTarget.value as PeriodRule)}>
        <option value="decree09">{t('Kỳ theo Nghị định 09/2019 (15 → 14)', 'Decree 09/2019 periods (15th → 14th)')}</option>
        <option value="calendar">{t('Kỳ theo lịch (đầu → cuối tháng)', 'Calendar periods')}</option>
      </select>
      {choices.map((p) => (
        <button type="button" class="secondary" data-testid="period-preset" onClick={() => onPick({ from: p.from, to: p.to })}>
          {p.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The sections officers write (drafted from the figures until saved), issuing the report with its
 * number, and the reports already issued for this scope.
 */
export function ReportText({ period, canEdit }: { period: Period; canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [text, setText] = useState<Narrative | null>(null);
  const [savedBy, setSavedBy] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [archive, setArchive] = useState<IssuedReport[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const scope = { centre: period.centre || null, from: period.from, to: period.to };
  const centre = period.centre || undefined;

  const load = async () => {
    const [n, a] = await Promise.all([staffApi(reportApi.narrative, { query: { from: period.from, to: period.to, centre } }), staffApi(reportApi.archive, { query: { centre } })]);
    setText(n.narrative);
    setSavedBy(n.saved ? `${n.saved.updatedBy}, ${formatInstant(n.saved.updatedAt)}` : null);
    setArchive(a.items);
  };
  useEffect(() => void load().catch((err: unknown) => setNotice(failure(err, lang).notice)), [period.from, period.to, centre]);

  const save = async () => {
    if (!text) return;
    try {
      await staffApi(reportApi.saveNarrative, { body: { ...scope, narrative: text } });
      setNotice({ ok: true, text: t('Đã lưu phần nhận xét của báo cáo.', 'Saved the report’s text.') });
      await load();
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };
  const issue = async () => {
    try {
      await save();
      const meta = await staffApi(reportApi.issue, { body: { ...scope, number: number.trim() || null } });
      // The archive shows the issued report together with the notice that names it.
      setArchive((list) => [meta, ...list.filter((r) => r.id !== meta.id)]);
      setNotice({ ok: true, text: t(`Đã ban hành và lưu báo cáo${meta.number ? ` số ${meta.number}` : ''}.`, `Issued and archived${meta.number ? ` as ${meta.number}` : ''}.`) });
      await load();
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };

  return (
    <section class="card" data-testid="report-text">
      <h3>{t('Nhận xét, đánh giá của báo cáo', 'The report’s text')}</h3>
      <p>{savedBy ? t(`Đã lưu bởi ${savedBy}.`, `Saved by ${savedBy}.`) : t('Bản nháp tự soạn từ số liệu — hãy đọc, sửa rồi lưu.', 'A draft written from the figures — read, correct and save it.')}</p>
      <NoticeLine notice={notice} testId="report-text-notice" />
      {text && (
        <div class="grid">
          {(Object.keys(NARRATIVE_HEADINGS) as (keyof Narrative)[]).map((k) => (
            <Field wide label={NARRATIVE_HEADINGS[k]}>
              <textarea data-testid={`narrative-${k}`} rows={4} value={text[k]} readOnly={!canEdit} onInput={(e) => setText({ ...text, [k]: e.currentTarget.value })} />
            </Field>
          ))}
        </div>
      )}
      {canEdit && (
        <div class="row">
          <button data-testid="narrative-save" onClick={() => void save()}>
            {t('Lưu nhận xét', 'Save text')}
          </button>
          <Field label={t('Số/ký hiệu khi ban hành', 'Number when issued')}>
            <input data-testid="report-number" value={number} placeholder="12/BC-TTPVHCC" onInput={(e) => setNumber(e.currentTarget.value)} />
          </Field>
          <button class="secondary" data-testid="report-issue" onClick={() => void issue()}>
            {t('Ban hành và lưu trữ', 'Issue and archive')}
          </button>
        </div>
      )}
      <h4>{t('Báo cáo đã ban hành', 'Issued reports')}</h4>
      {!archive.length && <p>{t('Chưa có.', 'None yet.')}</p>}
      <ul class="list" data-testid="report-archive">
        {archive.map((r) => (
          <li class="row">
            <span class="grow">
              {r.number ?? t('(chưa số)', '(no number)')} · {r.from.split('-').reverse().join('/')} – {r.to.split('-').reverse().join('/')} · {formatInstant(r.issuedAt)} · {r.issuedBy}
            </span>
            <a class="button secondary" href={`/api/reports/archive/${r.id}/docx`} download>
              {t('Tải bản đã ban hành', 'Download as issued')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
