import type { ComponentChildren } from 'preact';
import { useT } from './i18n';
import { Field } from './ui';
import type { useFileImport } from './use-file-import';

/**
 * The file, the import's own options (`children`), then Preview and Import. Import waits for a
 * preview of this file, and stays off once applied or when `canApply` says the report has nothing to import.
 */
export function FileImportForm<R extends { applied: boolean }>(props: {
  importer: ReturnType<typeof useFileImport<R>>;
  label: string;
  accept: string;
  testIds: { file: string; preview: string; apply: string };
  canApply?: (r: R) => boolean;
  children?: ComponentChildren;
}) {
  const t = useT();
  const { file, choose, report, busy, run } = props.importer;
  const canApply = !!file && !busy && !!report && !report.applied && (props.canApply?.(report) ?? true);
  return (
    <div class="card grid">
      <Field label={props.label} wide>
        <input data-testid={props.testIds.file} type="file" accept={props.accept} onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)} />
      </Field>
      {props.children}
      <button data-testid={props.testIds.preview} class="secondary" disabled={!file || busy} onClick={() => void run(true)}>
        {t('Xem trước', 'Preview')}
      </button>
      <button data-testid={props.testIds.apply} disabled={!canApply} onClick={() => void run(false)}>
        {t('Nhập', 'Import')}
      </button>
    </div>
  );
}
