import { dossierApi } from '@hcc/shared/api/dossiers';
import type { Centre } from '@hcc/shared/schemas/centre';
import { DOSSIER_PATHS, DOSSIER_STATUS_LABELS, type DossierFeedStatus, type DossierImportReport, DossierImportReportSchema, type IntegrationToken } from '@hcc/shared/schemas/dossier';
import { replaceFeed } from '@hcc/shared/dossiers/feed-health';
import { useContext, useEffect, useState } from 'preact/hooks';
import { FeedSettingsForm } from './FeedSettingsForm';
import { FileImportForm } from './FileImportForm';
import { LangContext, useT } from './i18n';
import { minutesText } from './minutes-text';
import { staffApi } from './staff-api';
import { failure, Field, formatInstant, type Notice, NoticeLine } from './ui';
import { useFileImport } from './use-file-import';

/**
 * The link to the province's one-stop system (Hệ thống thông tin giải quyết TTHC): how fresh each
 * centre's feed is, the tokens its push connector uses, and the import of its XLSX/CSV export.
 */
export function Integrations({ centres, isAdmin }: { centres: Centre[]; isAdmin: boolean }) {
  const t = useT();
  const [feeds, setFeeds] = useState<DossierFeedStatus[] | null>(null);
  const loadFeeds = () =>
    void staffApi(dossierApi.feeds)
      .then(setFeeds)
      .catch(() => setFeeds([]));
  useEffect(loadFeeds, []);
  const centreName = (id: string) => centres.find((c) => c.id === id)?.name ?? id;
  return (
    <section>
      <h2>{t('Tình trạng kết nối', 'Connector status')}</h2>
      <Feeds feeds={feeds} centreName={centreName} isAdmin={isAdmin} onSaved={(f) => setFeeds((all) => all && replaceFeed(all, f))} />
      {isAdmin && <Tokens centres={centres} centreName={centreName} />}
      <FileImport centres={centres} onImported={loadFeeds} />
    </section>
  );
}

function Feeds({ feeds, centreName, isAdmin, onSaved }: { feeds: DossierFeedStatus[] | null; centreName: (id: string) => string; isAdmin: boolean; onSaved: (f: DossierFeedStatus) => void }) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  if (!feeds) return <p class="muted">{t('Đang tải…', 'Loading…')}</p>;
  if (!feeds.length) return <p class="muted">{t('Chưa có trung tâm nào nhận dữ liệu hồ sơ.', 'No centre receives dossier data yet.')}</p>;
  return (
    <>
      <NoticeLine notice={notice} testId="feed-saved" />
      <table class="card audit" data-testid="dossier-feeds">
        <thead>
          <tr>
            <th>{t('Trung tâm', 'Centre')}</th>
            <th>{t('Cập nhật gần nhất', 'Last update')}</th>
            <th>{t('Tình trạng', 'State')}</th>
            <th>{t('Kéo dữ liệu định kỳ', 'Scheduled pull')}</th>
            <th>{t('Cài đặt', 'Settings')}</th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <>
              <tr data-testid="dossier-feed" data-centre={f.centreId} data-stale={f.isStale}>
                <td>{centreName(f.centreId)}</td>
                <td>{f.lastUpdateAt ? formatInstant(f.lastUpdateAt) : t('Chưa có', 'Never')}</td>
                <td>
                  {!f.lastUpdateAt ? (
                    <span class="badge">{t('Chưa nhận dữ liệu — màn hình chưa hiện danh sách', 'No data yet — screens show no list')}</span>
                  ) : f.isStale ? (
                    <span class="badge warn">
                      {t(
                        `Quá ${t(...minutesText(f.settings.staleAfterMinutes))} chưa cập nhật — màn hình ẩn danh sách`,
                        `No update for over ${t(...minutesText(f.settings.staleAfterMinutes))} — screens hide the list`,
                      )}
                    </span>
                  ) : (
                    <span class="badge ok">{t('Đang cập nhật', 'Up to date')}</span>
                  )}
                </td>
                <td>
                  {!f.pull || !f.settings.pull ? (
                    <span class="muted">{t('Không (đẩy hoặc nhập tệp)', 'None (push or file import)')}</span>
                  ) : (
                    <>
                      <span>{f.settings.pull.url}</span>
                      <br />
                      {f.pull.failures > 0 ? (
                        <span class="field-error">
                          {t(`${f.pull.failures} lần lỗi liên tiếp`, `${f.pull.failures} failures in a row`)}: {f.pull.lastError}
                          {f.pull.nextAttemptAt && ` · ${t('thử lại lúc', 'retry at')} ${formatInstant(f.pull.nextAttemptAt)}`}
                        </span>
                      ) : (
                        <span class="muted">{f.pull.lastOkAt ? `${t('Lần kéo thành công', 'Last good pull')}: ${formatInstant(f.pull.lastOkAt)}` : t('Chưa kéo lần nào', 'Not pulled yet')}</span>
                      )}
                    </>
                  )}
                </td>
                <td data-testid="feed-settings">
                  {t(`Cũ sau ${t(...minutesText(f.settings.staleAfterMinutes))}`, `Stale after ${t(...minutesText(f.settings.staleAfterMinutes))}`)}
                  {f.settings.pull && (
                    <>
                      <br />
                      {t(
                        `Kéo ${f.settings.pull.format.toUpperCase()} mỗi ${t(...minutesText(f.settings.pull.everyMinutes))}`,
                        `Fetch ${f.settings.pull.format.toUpperCase()} every ${t(...minutesText(f.settings.pull.everyMinutes))}`,
                      )}
                    </>
                  )}
                  {isAdmin && editing !== f.centreId && (
                    <>
                      <br />
                      <button
                        class="secondary"
                        data-testid="feed-edit"
                        aria-label={t(`Sửa cài đặt của ${centreName(f.centreId)}`, `Edit the settings of ${centreName(f.centreId)}`)}
                        onClick={() => {
                          setEditing(f.centreId);
                          setNotice(null);
                        }}
                      >
                        {t('Sửa', 'Edit')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
              {isAdmin && editing === f.centreId && (
                <tr>
                  <td colSpan={5}>
                    <FeedSettingsForm
                      feed={f}
                      onCancel={() => setEditing(null)}
                      onSaved={(saved) => {
                        onSaved(saved);
                        setEditing(null);
                        setNotice({ ok: true, text: t(`Đã lưu cài đặt của ${centreName(saved.centreId)}.`, `Saved the settings of ${centreName(saved.centreId)}.`) });
                      }}
                    />
                  </td>
                </tr>
              )}
            </>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Tokens({ centres, centreName }: { centres: Centre[]; centreName: (id: string) => string }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [tokens, setTokens] = useState<IntegrationToken[]>([]);
  const [name, setName] = useState('');
  const [centre, setCentre] = useState(centres[0]?.id ?? '');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = () =>
    void staffApi(dossierApi.tokens)
      .then(setTokens)
      .catch((err: unknown) => setNotice(failure(err, lang).notice));
  useEffect(load, []);

  const issue = async () => {
    setNotice(null);
    setErrors({});
    try {
      const created = await staffApi(dossierApi.createToken, { body: { name, centreId: centre || (centres[0]?.id ?? '') } });
      setSecret({ name: created.token.name, secret: created.secret });
      setName('');
      load();
    } catch (err) {
      const f = failure(err, lang);
      setNotice(f.notice);
      setErrors(f.fields);
    }
  };
  const revoke = async (tok: IntegrationToken) => {
    if (!confirm(t(`Thu hồi mã "${tok.name}"? Hệ thống dùng mã này sẽ không gửi được dữ liệu nữa.`, `Revoke "${tok.name}"? The system using it can no longer send data.`))) return;
    try {
      await staffApi(dossierApi.revokeToken, { params: { id: tok.id } });
      load();
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };

  return (
    <>
      <h2>{t('Mã tích hợp (hệ thống một cửa gửi dữ liệu)', 'Integration tokens (the one-stop system pushes data)')}</h2>
      <div class="card grid">
        <Field label={t('Tên gợi nhớ', 'Name')} error={errors['name']}>
          <input
            data-testid="token-name"
            maxLength={120}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder={t('Ví dụ: Một cửa tỉnh Đồng Nai', 'e.g. Provincial one-stop system')}
          />
        </Field>
        <Field label={t('Trung tâm (tỉnh: mọi xã trực thuộc)', 'Centre (a province: every commune in it)')} error={errors['centreId']}>
          <select data-testid="token-centre" value={centre} onChange={(e) => setCentre(e.currentTarget.value)}>
            {centres.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </select>
        </Field>
        <button data-testid="token-issue" disabled={!name.trim()} onClick={() => void issue()}>
          {t('Cấp mã', 'Issue token')}
        </button>
      </div>
      <NoticeLine notice={notice} testId="token-notice" />
      {secret && (
        <div class="card secret-once" data-testid="token-secret" role="status">
          <p>
            <strong>{t(`Mã của "${secret.name}" — chỉ hiện một lần này.`, `Token for "${secret.name}" — shown this once only.`)}</strong>{' '}
            {t('Hãy chép vào cấu hình hệ thống một cửa ngay bây giờ; máy chủ chỉ lưu bản băm.', 'Copy it into the one-stop system now; the server keeps only its hash.')}
          </p>
          <code class="secret" data-testid="token-secret-value">
            {secret.secret}
          </code>
          <p class="muted">
            POST {location.origin}
            {DOSSIER_PATHS.batch} · Authorization: Bearer …
          </p>
          <button class="secondary" onClick={() => setSecret(null)}>
            {t('Đã chép, ẩn mã', 'Copied, hide it')}
          </button>
        </div>
      )}
      <table class="card audit" data-testid="token-list">
        <tbody>
          {tokens.map((tok) => (
            <tr data-testid="token-row" data-revoked={tok.revokedAt !== null}>
              <td>
                <strong>{tok.name}</strong>
                <br />
                <span class="muted">{centreName(tok.centreId)}</span>
              </td>
              <td>
                {t('Cấp', 'Issued')} {formatInstant(tok.createdAt)} · {tok.createdBy}
                <br />
                {tok.lastUsedAt ? `${t('Dùng gần nhất', 'Last used')} ${formatInstant(tok.lastUsedAt)}` : t('Chưa dùng', 'Never used')}
              </td>
              <td>
                {tok.revokedAt ? (
                  <span class="muted">
                    {t('Đã thu hồi', 'Revoked')} {formatInstant(tok.revokedAt)}
                  </span>
                ) : (
                  <button class="danger" data-testid="token-revoke" onClick={() => void revoke(tok)}>
                    {t('Thu hồi', 'Revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FileImport({ centres, onImported }: { centres: Centre[]; onImported: () => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [centre, setCentre] = useState(centres[0]?.id ?? '');
  const importer = useFileImport({
    path: DOSSIER_PATHS.import,
    query: () => ({ centre: centre || (centres[0]?.id ?? '') }),
    parse: (body) => DossierImportReportSchema.parse(body),
    lang,
    appliedText: (r) => t(`Đã nhập ${r.result?.stored ?? r.valid} hồ sơ; màn hình chờ cập nhật ngay.`, `Imported ${r.result?.stored ?? r.valid} dossiers; screens update at once.`),
    unsupportedText: t('Chỉ nhập được tệp .xlsx hoặc .csv xuất từ hệ thống một cửa.', 'Only .xlsx or .csv exports of the one-stop system can be imported.'),
    onApplied: onImported,
  });
  const { report, notice } = importer;

  return (
    <>
      <h2>{t('Nhập tệp xuất từ hệ thống một cửa', 'Import the one-stop system’s export')}</h2>
      <FileImportForm
        importer={importer}
        label={t('Tệp .xlsx hoặc .csv', '.xlsx or .csv file')}
        accept=".xlsx,.csv"
        testIds={{ file: 'dossier-file', preview: 'dossier-preview', apply: 'dossier-commit' }}
        canApply={(r) => r.valid > 0}
      >
        <Field label={t('Trung tâm', 'Centre')}>
          <select data-testid="dossier-import-centre" value={centre} onChange={(e) => setCentre(e.currentTarget.value)}>
            {centres.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </select>
        </Field>
      </FileImportForm>
      <NoticeLine notice={notice} testId="dossier-import-notice" />
      {report && <ImportReport report={report} />}
    </>
  );
}

function ImportReport({ report }: { report: DossierImportReport }) {
  const t = useT();
  return (
    <div class="card" data-testid="dossier-import-report" data-applied={report.applied}>
      <p>
        <strong>{report.applied ? t('Đã nhập', 'Imported') : t('Sẽ nhập', 'Would import')}:</strong>{' '}
        {t(`${report.valid} trong ${report.rows} dòng hợp lệ`, `${report.valid} of ${report.rows} rows valid`)}
        {report.result && ` · ${t('mới hoặc thay đổi', 'new or changed')} ${report.result.stored}, ${t('không đổi', 'unchanged')} ${report.result.unchanged}`}
      </p>
      {report.problems.length > 0 && (
        <details open>
          <summary>
            {t('Dòng lỗi, sẽ bỏ qua', 'Broken rows, skipped')} ({report.problems.length})
          </summary>
          <ul data-testid="dossier-import-problems">
            {report.problems.map((p) => (
              <li>
                {t('Dòng', 'Row')} {p.row}
                {p.code && ` (${p.code})`}: {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.sample.length > 0 && (
        <table class="audit" data-testid="dossier-import-sample">
          <thead>
            <tr>
              <th>{t('Mã hồ sơ', 'Code')}</th>
              <th>{t('Thủ tục', 'Procedure')}</th>
              <th>{t('Trạng thái', 'Status')}</th>
              <th>{t('Tiếp nhận', 'Received')}</th>
              <th>{t('Hẹn trả', 'Due')}</th>
              <th>{t('Người nộp (đã che)', 'Applicant (masked)')}</th>
            </tr>
          </thead>
          <tbody>
            {report.sample.map((s) => (
              <tr>
                <td>{s.code}</td>
                <td>{s.procedureCode}</td>
                <td>{DOSSIER_STATUS_LABELS[s.status]}</td>
                <td>{formatInstant(s.receivedAt)}</td>
                <td>{s.appointmentAt ? formatInstant(s.appointmentAt) : '—'}</td>
                <td>{s.maskedName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
