import { useState } from 'preact/hooks';
import type { Lang } from './i18n';
import { staffFetch } from './staff-api';
import { failure, type Notice } from './ui';

/**
 * An export file imported in two steps: a preview (dry run) whose report staff read, then the
 * import itself. The file goes as the request's body to `path` with `query` (its name and the dry-run
 * flag added), and `parse` checks the report the server answers.
 */
export function useFileImport<R extends { applied: boolean }>(opts: {
  path: string;
  query: () => Record<string, string>;
  parse: (body: unknown) => R;
  lang: Lang;
  /** What the notice line says once the import is applied (a preview says nothing: its report speaks). */
  appliedText: (r: R) => string;
  /** What to say when the server refuses the file's kind. */
  unsupportedText: string;
  onApplied?: (r: R) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  /** Another file: the previous file's report no longer says what an import would do. */
  const choose = (next: File | null) => {
    setFile(next);
    setReport(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setNotice(null);
    try {
      const q = new URLSearchParams({ ...opts.query(), name: file.name, dryRun: dryRun ? '1' : '0' });
      const r = opts.parse(await staffFetch(`${opts.path}?${q}`, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } }));
      setReport(r);
      if (r.applied) {
        setNotice({ ok: true, text: opts.appliedText(r) });
        opts.onApplied?.(r);
      }
    } catch (err) {
      setNotice(failure(err, opts.lang, { unsupported_media: opts.unsupportedText }).notice);
    } finally {
      setBusy(false);
    }
  };

  return { file, choose, report, busy, notice, run };
}
