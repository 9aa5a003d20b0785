import type { ComponentChildren } from 'preact';
import { ApiError } from '../lib/api';
import { errorText, fieldErrors, type Lang, type T } from './i18n';

export type Notice = { ok: boolean; text: string } | null;

export function NoticeLine({ notice, testId }: { notice: Notice; testId?: string }) {
  if (!notice) return null;
  return (
    <p class={notice.ok ? 'ok' : 'error'} role={notice.ok ? 'status' : 'alert'} data-testid={testId}>
      {notice.text}
    </p>
  );
}

/** A labelled field with its error underneath, where the eye already is. */
export function Field({ label, error, children, wide }: { label: string; error?: string | undefined; children: ComponentChildren; wide?: boolean }) {
  return (
    <label class={wide ? 'wide' : ''}>
      {label}
      {children}
      {error && (
        <span class="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** What a failed save shows: one message on top, and each field's own next to it. */
export function failure(err: unknown, lang: Lang, overrides: Parameters<typeof errorText>[1] = {}): { notice: Notice; fields: Record<string, string> } {
  const fields = err instanceof ApiError ? fieldErrors(err.body.issues, lang) : {};
  return { notice: { ok: false, text: errorText(err, overrides, lang) }, fields };
}

export const formatBytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} KB`);

/** Date and time as staff in Vietnam read them, whatever the tablet's zone. */
export const formatInstant = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An offline device's state: a screen paired but never switched on has no "since", and "since —" reads as a fault. */
export const offlineSince = (lastSeenAt: string | null, t: T) =>
  lastSeenAt ? `${t('Mất kết nối từ', 'Offline since')} ${formatInstant(lastSeenAt)}` : t('Chưa kết nối lần nào', 'Never connected yet');
