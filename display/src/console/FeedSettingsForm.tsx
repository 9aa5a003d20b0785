import { dossierApi } from '@hcc/shared/api/dossiers';
import type { DossierFeedSettings, DossierFeedStatus } from '@hcc/shared/schemas/dossier';
import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';

/** The form's text as typed: numbers stay strings until sent, so a bad value reaches the server's check and gets its message. */
type Draft = { staleAfterMinutes: string; isPulled: boolean; url: string; format: 'json' | 'csv'; everyMinutes: string };

const draftOf = (s: DossierFeedSettings): Draft => ({
  staleAfterMinutes: String(s.staleAfterMinutes),
  isPulled: s.pull !== null,
  url: s.pull?.url ?? '',
  format: s.pull?.format ?? 'json',
  everyMinutes: String(s.pull?.everyMinutes ?? 15),
});

/** How one centre's feed is judged stale and whether it is fetched on a schedule: admins only. */
export function FeedSettingsForm({ feed, onSaved, onCancel }: { feed: DossierFeedStatus; onSaved: (f: DossierFeedStatus) => void; onCancel: () => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [draft, setDraft] = useState(() => draftOf(feed.settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setNotice(null);
    setErrors({});
    // Not checked here: the server's check is the one that counts, and it names each field. A box that
    // is not a number is sent as NaN, which JSON turns into null, refused like any other bad value.
    const body: DossierFeedSettings = {
      staleAfterMinutes: Number(draft.staleAfterMinutes),
      pull: draft.isPulled ? { url: draft.url.trim(), format: draft.format, everyMinutes: Number(draft.everyMinutes) } : null,
    };
    try {
      onSaved(await staffApi(dossierApi.setFeed, { params: { centreId: feed.centreId }, body }));
    } catch (err) {
      const f = failure(err, lang, { validation: t('Kiểm tra các ô được đánh dấu.', 'Check the marked fields.') });
      setNotice(f.notice);
      setErrors(f.fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="grid" data-testid="feed-form" onSubmit={(e) => void save(e)}>
      <Field
        label={t('Coi là cũ sau (phút, 5–10080)', 'Stale after (minutes, 5–10080)')}
        error={errors['staleAfterMinutes'] && t('Từ 5 phút đến 7 ngày (10080 phút).', 'From 5 minutes to 7 days (10080 minutes).')}
      >
        <input data-testid="feed-stale-after" inputMode="numeric" value={draft.staleAfterMinutes} onInput={(e) => set({ staleAfterMinutes: e.currentTarget.value })} />
      </Field>
      <label class="check wide">
        <input data-testid="feed-pull" type="checkbox" checked={draft.isPulled} onChange={(e) => set({ isPulled: e.currentTarget.checked })} />
        {t('Máy chủ tự kéo dữ liệu định kỳ từ một địa chỉ', 'The server fetches the data from an address on a schedule')}
      </label>
      {draft.isPulled && (
        <>
          <Field
            label={t('Địa chỉ (http:// hoặc https://)', 'Address (http:// or https://)')}
            error={errors['pull.url'] && t('Nhập địa chỉ đầy đủ, bắt đầu bằng http:// hoặc https://.', 'Enter a full address starting with http:// or https://.')}
            wide
          >
            <input
              data-testid="feed-url"
              type="url"
              maxLength={2000}
              value={draft.url}
              onInput={(e) => set({ url: e.currentTarget.value })}
              placeholder="https://motcua.example.gov.vn/xuat/ho-so.json"
            />
          </Field>
          <Field label={t('Định dạng', 'Format')} error={errors['pull.format']}>
            <select data-testid="feed-format" value={draft.format} onChange={(e) => set({ format: e.currentTarget.value === 'csv' ? 'csv' : 'json' })}>
              <option value="json">JSON</option>
              <option value="csv">CSV</option>
            </select>
          </Field>
          <Field
            label={t('Kéo mỗi (phút, 1–1440)', 'Fetch every (minutes, 1–1440)')}
            error={errors['pull.everyMinutes'] && t('Từ 1 phút đến 1 ngày (1440 phút).', 'From 1 minute to 1 day (1440 minutes).')}
          >
            <input data-testid="feed-every" inputMode="numeric" value={draft.everyMinutes} onInput={(e) => set({ everyMinutes: e.currentTarget.value })} />
          </Field>
        </>
      )}
      <div class="row wide">
        <button data-testid="feed-save" type="submit" disabled={busy}>
          {t('Lưu cài đặt', 'Save settings')}
        </button>
        <button class="secondary" type="button" onClick={onCancel}>
          {t('Huỷ', 'Cancel')}
        </button>
      </div>
      <NoticeLine notice={notice} testId="feed-notice" />
    </form>
  );
}
