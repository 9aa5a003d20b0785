import { QR_PRESETS } from '@hcc/shared/qr/presets';
import { qrDataUrl } from '@hcc/shared/qr/image';
import { linkApi } from '@hcc/shared/api/links';
import { type LinkCheck, QrUrlSchema } from '@hcc/shared/schemas/link';
import { QrEcLevelSchema } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';
import { ApiError } from '../lib/api';
import { staffApi } from './staff-api';
import { Field } from './ui';

type Preset = keyof typeof QR_PRESETS;
const PRESET_LABELS: Record<Preset, [string, string]> = {
  dvc_portal: ['Cổng DVC quốc gia', 'National portal'],
  fee_payment: ['Thanh toán phí', 'Fee payment'],
  hotline_1022: ['Tổng đài 1022', 'Hotline 1022'],
  zalo_oa: ['Zalo OA', 'Zalo OA'],
};
const EC_LABELS: Record<string, [string, string]> = {
  L: ['Thấp (7 %) – mã nhỏ nhất', 'Low (7 %) – smallest code'],
  M: ['Vừa (15 %) – nên dùng', 'Medium (15 %) – recommended'],
  Q: ['Khá (25 %)', 'Quartile (25 %)'],
  H: ['Cao (30 %) – chịu bẩn, xước', 'High (30 %) – survives dirt and scratches'],
};

/** Checks the address with the same rule the server applies, so the message comes before saving. */
const urlProblem = (url: string) => !QrUrlSchema.safeParse(url).success;

/** Asks the server whether the link answers, a moment after typing stops. */
function useLinkCheck(url: string, valid: boolean): LinkCheck | 'internal' | null {
  const [result, setResult] = useState<{ url: string; check: LinkCheck | 'internal' } | null>(null);
  useEffect(() => {
    if (!valid) return;
    const timer = setTimeout(() => {
      staffApi(linkApi.check, { body: { url } })
        .then((check) => setResult({ url, check }))
        // The address is valid (checked above), so a 400 means the server refused to call it: internal.
        .catch((err: unknown) => setResult(err instanceof ApiError && err.status === 400 ? { url, check: 'internal' } : null));
    }, 600);
    return () => clearTimeout(timer);
  }, [url, valid]);
  return result?.url === url ? result.check : null;
}

export function QrBuilder({ item, errors, onChange }: { item: Record<string, unknown>; errors: Record<string, string>; onChange: (patch: Record<string, unknown>) => void }) {
  const t = useT();
  const url = typeof item.url === 'string' ? item.url : '';
  const ec = (item.ecLevel as string | undefined) ?? 'M';
  const badUrl = url !== '' && urlProblem(url);
  // A half-typed address is not worth a code; the preview waits for a valid one.
  const preview = url && !badUrl ? qrDataUrl(url, QrEcLevelSchema.parse(ec)) : null;
  const zaloIncomplete = item.preset === 'zalo_oa' && /^https:\/\/zalo\.me\/?$/.test(url);
  const link = useLinkCheck(url, url !== '' && !badUrl);
  const urlError = errors.url ?? (badUrl ? t('Đường dẫn phải bắt đầu bằng https://, http:// hoặc tel:', 'The link must start with https://, http:// or tel:') : undefined);

  return (
    <>
      <div class="row wide">
        {(Object.keys(QR_PRESETS) as Preset[]).map((p) => (
          <button type="button" class={item.preset === p ? '' : 'secondary'} data-testid={`qr-preset-${p}`} onClick={() => onChange({ ...QR_PRESETS[p], preset: p })}>
            {t(...PRESET_LABELS[p])}
          </button>
        ))}
      </div>
      <Field
        label={t('Đường dẫn (https://… hoặc tel:…)', 'Link (https://… or tel:…)')}
        error={urlError ?? (zaloIncomplete ? t('Thêm số Zalo OA của Trung tâm vào sau https://zalo.me/', 'Add the centre’s Zalo OA number after https://zalo.me/') : undefined)}
        wide
      >
        <input data-testid="qr-url" type="url" inputMode="url" value={url} onInput={(e) => onChange({ url: e.currentTarget.value.trim(), preset: item.preset === 'zalo_oa' ? 'zalo_oa' : 'custom' })} />
      </Field>
      {link === 'internal' && (
        <p class="warning wide" data-testid="qr-link-internal">
          {t(
            'Liên kết này trỏ vào mạng nội bộ hoặc chính máy chủ: điện thoại của người dân không mở được. Hãy dùng địa chỉ công khai trên Internet.',
            'This link points into a private network or at the server itself: citizens’ phones cannot open it. Use a public Internet address.',
          )}
        </p>
      )}
      {link && link !== 'internal' && !link.reachable && (
        <p class="warning wide" data-testid="qr-link-warning">
          {t(
            `Máy chủ không mở được liên kết này (${link.reason}). Kiểm tra lại địa chỉ trước khi xuất bản; nếu máy chủ không có Internet, có thể bỏ qua.`,
            `The server could not open this link (${link.reason}). Check the address before publishing; if the server has no Internet access, ignore this.`,
          )}
        </p>
      )}
      <Field label={t('Chú thích dưới mã', 'Caption under the code')} error={errors.caption} wide>
        <input data-testid="qr-caption" maxLength={200} value={typeof item.caption === 'string' ? item.caption : ''} onInput={(e) => onChange({ caption: e.currentTarget.value })} />
      </Field>
      <Field label={t('Mức sửa lỗi', 'Error correction')}>
        <select value={ec} onChange={(e) => onChange({ ecLevel: e.currentTarget.value })}>
          {QrEcLevelSchema.options.map((l) => (
            <option value={l}>{t(...(EC_LABELS[l] as [string, string]))}</option>
          ))}
        </select>
      </Field>
      <div class="qr-preview">
        {preview ? <img data-testid="qr-preview" src={preview} alt={t('Xem trước mã QR', 'QR preview')} /> : <span>{t('Nhập đường dẫn hợp lệ để xem mã', 'Enter a valid link to see the code')}</span>}
      </div>
    </>
  );
}
