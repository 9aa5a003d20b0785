import { useContext } from 'preact/hooks';
import { PLAN_MEASURE_LABELS, type PlanMeasureSource, PlanMeasureSourceSchema, PlanPeriodSchema } from '@hcc/shared/schemas/plan';
import { COMM_FORM_LABELS, type CommForm } from '@hcc/shared/schemas/playlist';
import { LangContext, useT } from './i18n';
import { measureText, PLAN_PERIOD_LABELS } from './plan-target-draft';
import { Field } from './ui';
import type { usePlanTargets } from './use-plan-targets';

/** The plan's rows (the appendix of the unit's communication plan) and, for editors, the form that adds one. */
export function PlanTargets({ plan, canEdit }: { plan: ReturnType<typeof usePlanTargets>; canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const { draft, setDraft, fields } = plan;
  return (
    <>
      <h3>{t('Kế hoạch (phụ lục phân công)', 'Plan (appendix rows)')}</h3>
      <ul class="list" data-testid="plan-targets">
        {plan.targets.map((p) => (
          <li class="card row">
            <strong>{p.seq}.</strong>
            <span class="grow">
              {p.content} — <em>{p.product}</em>
            </span>
            <span>{`${PLAN_MEASURE_LABELS[p.measuredBy ?? (p.measure ? 'showings' : 'self')]}${p.measure ? ` · ${measureText(p.measure, lang)}` : ''}`}</span>
            {canEdit && (
              <button class="secondary" onClick={() => void plan.remove(p.id)}>
                {t('Xoá', 'Remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form
          class="card grid"
          onSubmit={(e) => {
            e.preventDefault();
            void plan.add();
          }}
        >
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
              {(['week', 'month', 'quarter', 'half', 'year'] as const).map((per) => (
                <option value={per}>{t(...PLAN_PERIOD_LABELS[per])}</option>
              ))}
            </select>
          </Field>
          <button data-testid="target-add" type="submit">
            {t('Thêm dòng kế hoạch', 'Add plan row')}
          </button>
        </form>
      )}
    </>
  );
}
