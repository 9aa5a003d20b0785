import { type Centre } from '@hcc/shared/schemas/centre';
import { planApi, registerApi } from '@hcc/shared/api/plans';
import type { PlanTarget } from '@hcc/shared/schemas/plan';
import { REGISTER_FORM_LABELS, type RegisterEntry, type RegisterForm, RegisterFormSchema, type RegisterProof } from '@hcc/shared/schemas/register';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';
import { uploadWithProgress } from './upload';

const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() + 7 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
const dmy = (d: string) => d.split('-').reverse().join('/');

interface Draft {
  date: string;
  targetId: string;
  form: RegisterForm;
  count: number;
  title: string;
  place: string;
  link: string;
  photo: { mediaId: string; name: string } | null;
}
const EMPTY = (): Draft => ({ date: vnToday(), targetId: '', form: 'tin_bai', count: 1, title: '', place: '', link: '', photo: null });

/**
 * The evidence register on the tablet: what was done outside the screens, entered in under a minute —
 * today's date, the plan row, the form, how many, a line of what, and a photo taken there and then or
 * a link to the post. A wrong entry is withdrawn with a reason, never edited.
 */
export function Register({ centres, canEdit, defaultCentre }: { centres: Centre[]; canEdit: boolean; defaultCentre: string | null }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [centre, setCentre] = useState(defaultCentre ?? centres.find((c) => c.kind === 'commune')?.id ?? centres[0]?.id ?? '');
  const [rows, setRows] = useState<PlanTarget[]>([]);
  const [entries, setEntries] = useState<RegisterEntry[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY());
  const [uploading, setUploading] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  // A slow answer for the centre picked before must not overwrite the one picked now.
  const shownCentre = useRef(centre);
  shownCentre.current = centre;
  const reload = async () => {
    if (!centre) return;
    const [plan, list] = await Promise.all([staffApi(planApi.list, { query: { centre } }), staffApi(registerApi.list, { query: { centre, from: daysAgo(120), to: daysAgo(-1) } })]);
    if (shownCentre.current !== centre) return;
    setRows(plan.items);
    setEntries(list.items.reverse());
  };
  useEffect(() => void reload().catch((err: unknown) => setNotice(failure(err, lang).notice)), [centre]);

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setUploading(0);
    try {
      const m = await uploadWithProgress(file, setUploading);
      set({ photo: { mediaId: m.id, name: file.name } });
    } catch (err) {
      setNotice(failure(err, lang).notice);
    } finally {
      setUploading(null);
      input.value = '';
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const proof: RegisterProof | null = draft.photo ? { kind: 'media', mediaId: draft.photo.mediaId } : draft.link.trim() ? { kind: 'link', url: draft.link.trim() } : null;
    try {
      await staffApi(registerApi.create, {
        body: { centreId: centre, targetId: draft.targetId || null, date: draft.date, form: draft.form, count: draft.count, title: draft.title, place: draft.place, proof },
      });
      setFields({});
      // The next entry is often of the same kind for the same row: keep those, clear the rest.
      setDraft({ ...EMPTY(), targetId: draft.targetId, form: draft.form, date: draft.date });
      // The notice comes once the list shows the entry; the entry is stored even if the list fails to refresh.
      await reload().catch(() => undefined);
      setNotice({ ok: true, text: t(`Đã ghi nhận “${draft.title}”.`, `Recorded “${draft.title}”.`) });
    } catch (err) {
      const f = failure(err, lang);
      setNotice(f.notice);
      setFields(f.fields);
    }
  };

  const withdraw = async (entry: RegisterEntry) => {
    const reason = prompt(t(`Lý do rút “${entry.title}”:`, `Why withdraw “${entry.title}”?`));
    if (!reason) return;
    try {
      await staffApi(registerApi.withdraw, { params: { id: entry.id }, body: { reason } });
      await reload();
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };

  return (
    <section>
      <h2>{t('Sổ ghi nhận hoạt động tuyên truyền', 'Evidence register')}</h2>
      <p>
        {t(
          'Ghi lại những gì đã làm ngoài màn hình chờ (bài đăng, tờ rơi, băng rôn, hội nghị…) để báo cáo quý tính vào kế hoạch.',
          'Record what was done outside the screens (posts, leaflets, banners, conferences…) so the quarterly report counts it against the plan.',
        )}
      </p>
      <NoticeLine notice={notice} testId="register-notice" />
      {canEdit && (
        <form class="card grid" data-testid="register-form" onSubmit={save}>
          <Field label={t('Trung tâm', 'Centre')}>
            <select data-testid="register-centre" value={centre} onChange={(e) => setCentre(e.currentTarget.value)}>
              {centres.map((c) => (
                <option value={c.id}>{c.name}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Ngày thực hiện', 'Date')} error={fields.date}>
            <input data-testid="register-date" type="date" value={draft.date} max={vnToday()} onInput={(e) => set({ date: e.currentTarget.value })} />
          </Field>
          <Field label={t('Nhiệm vụ trong kế hoạch', 'Plan row')} error={fields.targetId}>
            <select data-testid="register-row" value={draft.targetId} onChange={(e) => set({ targetId: e.currentTarget.value })}>
              <option value="">{t('— không thuộc nhiệm vụ nào —', '— none —')}</option>
              {rows.map((r) => (
                <option value={r.id}>{`${r.seq}. ${r.product || r.content}`.slice(0, 90)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Hình thức', 'Form')} error={fields.form}>
            <select data-testid="register-kind" value={draft.form} onChange={(e) => set({ form: e.currentTarget.value as RegisterForm })}>
              {RegisterFormSchema.options.map((f) => (
                <option value={f}>{REGISTER_FORM_LABELS[f]}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Số lượng', 'Count')} error={fields.count}>
            <input data-testid="register-count" type="number" min={1} inputMode="numeric" value={draft.count} onInput={(e) => set({ count: Number(e.currentTarget.value) })} />
          </Field>
          <Field wide label={t('Nội dung (một dòng)', 'What was done (one line)')} error={fields.title}>
            <input
              data-testid="register-title"
              value={draft.title}
              placeholder={t('vd: Bản tin hướng dẫn nộp hồ sơ trực tuyến trên Zalo OA', 'e.g. Bulletin on online filing, on the Zalo OA')}
              onInput={(e) => set({ title: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('Nơi thực hiện', 'Where')} error={fields.place}>
            <input data-testid="register-place" value={draft.place} onInput={(e) => set({ place: e.currentTarget.value })} />
          </Field>
          <div>
            {/* The browser's own file button speaks the tablet's system language; this label speaks the staff's. */}
            <label class="button secondary file-button">
              {draft.photo ? t('Đổi ảnh minh chứng', 'Change the photo') : t('Chụp hoặc chọn ảnh minh chứng', 'Take or choose a photo')}
              <input
                data-testid="register-photo"
                class="visually-hidden"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                capture="environment"
                disabled={uploading !== null}
                onChange={(e) => void attach(e.currentTarget)}
              />
            </label>
            {uploading !== null && <progress value={uploading} max={1} />}
            {draft.photo && <small data-testid="register-photo-name">✓ {draft.photo.name}</small>}
            {fields['proof.mediaId'] && (
              <span class="field-error" role="alert">
                {fields['proof.mediaId']}
              </span>
            )}
          </div>
          <Field label={t('hoặc đường dẫn bài đăng', 'or a link to the post')} error={fields.proof}>
            <input
              data-testid="register-link"
              type="url"
              inputMode="url"
              value={draft.link}
              disabled={draft.photo !== null}
              placeholder="https://"
              onInput={(e) => set({ link: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" data-testid="register-save" disabled={uploading !== null}>
            {t('Ghi nhận', 'Record')}
          </button>
        </form>
      )}
      <ul class="list" data-testid="register-list">
        {entries.map((e) => (
          <li class={`card row${e.withdrawn ? ' muted' : ''}`} data-testid="register-entry">
            <span class="grow">
              <strong>
                {dmy(e.date)} · {REGISTER_FORM_LABELS[e.form]}
                {e.count > 1 ? ` × ${e.count}` : ''}
              </strong>
              <br />
              {e.title}
              {e.withdrawn && <em> — {t(`đã rút: ${e.withdrawn.reason}`, `withdrawn: ${e.withdrawn.reason}`)}</em>}
            </span>
            {e.proof?.kind === 'media' && <img class="proof-thumb" src={`/media/${e.proof.mediaId}`} alt={t('Ảnh minh chứng', 'Proof photo')} loading="lazy" />}
            {e.proof?.kind === 'link' && <span class="badge">{t('có đường dẫn', 'link')}</span>}
            {canEdit && !e.withdrawn && (
              <button class="secondary" onClick={() => void withdraw(e)}>
                {t('Rút', 'Withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
