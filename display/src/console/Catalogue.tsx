import { CatalogueImportReportSchema } from '@hcc/shared/schemas/catalogue-import';
import type { Centre } from '@hcc/shared/schemas/centre';
import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { SearchLoop } from './SearchLoop';
import { FileImportForm } from './FileImportForm';
import { Field, NoticeLine } from './ui';
import { useFileImport } from './use-file-import';

/** Catalogue import (preview, then apply) and what citizens searched for without finding it. */
export function Catalogue({ centres, isAdmin, canTeach }: { centres: Centre[]; isAdmin: boolean; canTeach: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [centre, setCentre] = useState('');
  const [replace, setReplace] = useState(false);
  const importer = useFileImport({
    path: '/api/catalogue/import',
    query: () => ({ replace: replace ? '1' : '0', ...(centre ? { centre } : {}) }),
    parse: (body) => CatalogueImportReportSchema.parse(body),
    lang,
    appliedText: () => t('Đã nhập danh mục; kiosk sẽ cập nhật trong vòng 15 giây.', 'Catalogue imported; kiosks update within 15 seconds.'),
    unsupportedText: t('Chỉ nhập được tệp .jsonl (dữ liệu thu thập) hoặc .xlsx (danh sách của Cổng DVC).', 'Only .jsonl crawls or the portal’s .xlsx lists can be imported.'),
  });
  const { report, notice } = importer;

  return (
    <section>
      {isAdmin && (
        <>
          <h2>{t('Nhập danh mục thủ tục', 'Import the procedure catalogue')}</h2>
          <FileImportForm
            importer={importer}
            label={t('Tệp .jsonl hoặc .xlsx', '.jsonl or .xlsx file')}
            accept=".jsonl,.xlsx"
            testIds={{ file: 'catalogue-file', preview: 'catalogue-preview', apply: 'catalogue-apply' }}
          >
            <Field label={t('Chọn thủ tục cho trung tâm (theo cấp)', 'Select procedures for a centre (by level)')}>
              <select value={centre} onChange={(e) => setCentre(e.currentTarget.value)} data-testid="catalogue-centre">
                <option value="">{t('— không —', '— none —')}</option>
                {centres.map((c) => (
                  <option value={c.id}>{c.name}</option>
                ))}
              </select>
            </Field>
            <label class="check">
              <input type="checkbox" checked={replace} onChange={() => setReplace(!replace)} />
              {t('Xoá thủ tục không có trong tệp', 'Remove procedures not in the file')}
            </label>
          </FileImportForm>
          <NoticeLine notice={notice} testId="catalogue-notice" />
          {report && (
            <div class="card" data-testid="catalogue-report">
              <p>
                <strong>{report.applied ? t('Đã nhập', 'Imported') : t('Sẽ nhập', 'Would import')}:</strong> {t('thêm', 'add')} {report.added}, {t('sửa', 'change')} {report.changed},{' '}
                {t('giữ nguyên', 'unchanged')} {report.unchanged}, {t('xoá', 'remove')} {report.removed}
                {report.centreSelection !== null && ` · ${t('chọn cho trung tâm', 'selected for the centre')}: ${report.centreSelection}`}
              </p>
              {report.keptShared > 0 && (
                <p data-testid="catalogue-kept-shared">
                  {t(
                    `Không sửa ${report.keptShared} thủ tục có nội dung khác trong tệp: danh mục dùng chung cho mọi trung tâm, chỉ quản trị cấp tỉnh sửa được (${report.samples.keptShared.join(', ')}${report.keptShared > report.samples.keptShared.length ? ', …' : ''}).`,
                    `Left ${report.keptShared} procedures as stored although the file's text differs: the catalogue is shared by every centre and only a province admin changes it (${report.samples.keptShared.join(', ')}${report.keptShared > report.samples.keptShared.length ? ', …' : ''}).`,
                  )}
                </p>
              )}
              {report.flagged.length > 0 && (
                <details open>
                  <summary>
                    {t('Cần kiểm tra', 'To check')} ({report.flagged.length})
                  </summary>
                  <ul>
                    {report.flagged.map((f) => (
                      <li>
                        <strong>{f.code}</strong>: {f.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {report.rejected.length > 0 && (
                <details open>
                  <summary>
                    {t('Dòng bị bỏ qua', 'Rows skipped')} ({report.rejected.length})
                  </summary>
                  <ul>
                    {report.rejected.map((r) => (
                      <li>
                        {r.file}:{r.line}: {r.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
        </>
      )}
      <SearchLoop canTeach={canTeach} />
    </section>
  );
}
