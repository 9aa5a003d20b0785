import { surveyApi } from '@hcc/shared/api/surveys';
import type { SurveyForm } from '@hcc/shared/schemas/survey';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';

/** What staff call each kind of form: its id ("tt01") means nothing on a tablet. */
const KIND_LABEL: Record<SurveyForm['kind'], [string, string]> = {
  quick: ['Phiếu nhanh tại kiosk (3 mức)', 'Quick kiosk form (3 levels)'],
  tt01: ['Mẫu theo Thông tư 01/2018/TT-VPCP', 'Circular 01/2018 form'],
  sipas: ['Mẫu SIPAS (5 mức, theo nhóm)', 'SIPAS form (5 points, by group)'],
};

/**
 * Editing a survey form's wording (admin). Scores stay as the form kind defines them, so the index
 * means the same across versions; saving makes a new version and earlier answers keep theirs.
 */
export function SurveyForms() {
  const t = useT();
  const lang = useContext(LangContext);
  const [forms, setForms] = useState<SurveyForm[]>([]);
  const [draft, setDraft] = useState<SurveyForm | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const reload = async () => setForms((await staffApi(surveyApi.forms)).items);
  useEffect(() => void reload().catch(() => undefined), []);

  const save = async () => {
    if (!draft) return;
    try {
      const saved = await staffApi(surveyApi.saveForm, { params: { id: draft.id }, body: { title: draft.title, questions: draft.questions } });
      setNotice({ ok: true, text: t(`Đã lưu phiên bản ${saved.version}; kiosk dùng phiên bản mới từ lần tải sau.`, `Saved version ${saved.version}; kiosks use it from their next load.`) });
      setDraft(null);
      setFields({});
      await reload();
    } catch (err) {
      const f = failure(err, lang);
      setNotice(f.notice);
      setFields(f.fields);
    }
  };
  const setQuestion = (i: number, patch: Partial<SurveyForm['questions'][number]>) => draft && setDraft({ ...draft, questions: draft.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });

  return (
    <section>
      <h3>{t('Mẫu phiếu khảo sát', 'Survey forms')}</h3>
      <NoticeLine notice={notice} testId="forms-notice" />
      <ul class="list">
        {forms.map((f) => (
          <li class="card row" data-testid="survey-form-row" data-id={f.id}>
            <span class="grow stack">
              <strong>{t(...KIND_LABEL[f.kind])}</strong>
              <span>{f.title}</span>
            </span>
            <span>
              {t('phiên bản', 'version')} {f.version} · {f.questions.length} {t('câu', 'questions')}
            </span>
            <button class="secondary" data-testid={`form-edit-${f.id}`} onClick={() => setDraft(f)}>
              {t('Sửa', 'Edit')}
            </button>
          </li>
        ))}
      </ul>
      {draft && (
        <div class="card grid" data-testid="form-editor">
          <Field label={t('Tiêu đề (câu hỏi chính)', 'Title (the main question)')} error={fields.title} wide>
            <input data-testid="form-title" value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          </Field>
          {draft.questions.map((q, i) => (
            <fieldset class="wide">
              <legend>
                {t('Câu', 'Question')} {i + 1}
              </legend>
              <Field label={t('Nội dung', 'Text')} error={fields[`questions.${i}.text`]} wide>
                <input value={q.text} onInput={(e) => setQuestion(i, { text: e.currentTarget.value })} />
              </Field>
              <div class="row">
                {q.options.map((o, k) => (
                  <Field label={`${t('Lựa chọn', 'Option')} (${o.score} ${t('điểm', 'points')})`} error={fields[`questions.${i}.options.${k}.label`]}>
                    <input value={o.label} onInput={(e) => setQuestion(i, { options: q.options.map((x, m) => (m === k ? { ...x, label: e.currentTarget.value } : x)) })} />
                  </Field>
                ))}
              </div>
            </fieldset>
          ))}
          <button data-testid="form-save" onClick={save}>
            {t('Lưu thành phiên bản mới', 'Save as a new version')}
          </button>
          <button class="secondary" onClick={() => setDraft(null)}>
            {t('Huỷ', 'Cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
