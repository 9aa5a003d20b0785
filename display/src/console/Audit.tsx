import { useContext, useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { LangContext, useT } from './i18n';
import { staffFetch } from './staff-api';
import { failure, formatInstant, type Notice, NoticeLine } from './ui';

const EntrySchema = z.object({ seq: z.number(), at: z.string(), actor: z.string(), action: z.string(), subject: z.string(), before: z.unknown(), after: z.unknown() });
type Entry = z.infer<typeof EntrySchema>;

/** The audit log (admins): who changed what, when, before and after; filterable, and as CSV. */
export function Audit() {
  const t = useT();
  const lang = useContext(LangContext);
  const [filter, setFilter] = useState({ actor: '', action: '', from: '', to: '' });
  const [rows, setRows] = useState<Entry[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const query = (format: 'json' | 'csv') => {
    const p = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(filter)) if (v.trim()) p.set(k, v.trim());
    return `/api/audit?${p}`;
  };
  const load = async () => {
    try {
      setRows(z.object({ items: z.array(EntrySchema) }).parse(await staffFetch(query('json'), {})).items);
      setNotice(null);
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };
  useEffect(() => void load(), []);
  const input = (k: keyof typeof filter, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={filter[k]} onInput={(e) => setFilter({ ...filter, [k]: e.currentTarget.value })} />
    </label>
  );
  return (
    <section>
      <h2>{t('Nhật ký thay đổi', 'Audit log')}</h2>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        {input('actor', t('Người thực hiện', 'Who'))}
        {input('action', t('Thao tác (vd. playlist.publish)', 'Action (e.g. playlist.publish)'))}
        {input('from', t('Từ ngày', 'From'), 'date')}
        {input('to', t('Đến ngày', 'To'), 'date')}
        <button type="submit" data-testid="audit-filter">
          {t('Lọc', 'Filter')}
        </button>
        <a class="button secondary" data-testid="audit-csv" href={query('csv')} download>
          {t('Tải CSV', 'Download CSV')}
        </a>
      </form>
      <NoticeLine notice={notice} />
      <table class="card audit" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t('Thời gian', 'When')}</th>
            <th>{t('Người', 'Who')}</th>
            <th>{t('Thao tác', 'Action')}</th>
            <th>{t('Đối tượng', 'Subject')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <>
              <tr onClick={() => setOpen(open === r.seq ? null : r.seq)} class="clickable">
                <td>{formatInstant(r.at)}</td>
                <td>{r.actor}</td>
                <td>{r.action}</td>
                <td>{r.subject}</td>
              </tr>
              {open === r.seq && (
                <tr>
                  <td colSpan={4}>
                    <div class="diff">
                      <pre>{JSON.stringify(r.before, null, 1)}</pre>
                      <pre>{JSON.stringify(r.after, null, 1)}</pre>
                    </div>
                  </td>
                </tr>
              )}
            </>
          ))}
        </tbody>
      </table>
    </section>
  );
}
