import { DEFAULT_MIN_ANSWERS } from '@hcc/shared/survey/headline';
import type * as z from 'zod/mini';
import { type CampaignRefSchema, COMM_FORM_LABELS, type CommForm, type PlaylistItemInput, REFORM_AREA_LABELS, type ReformArea } from '@hcc/shared/schemas/playlist';
import type { MediaLibraryItem } from '@hcc/shared/schemas/media';
import type { PlanTarget } from '@hcc/shared/schemas/plan';
import { QrBuilder } from './QrBuilder';
import { useT } from './i18n';
import { Field } from './ui';

/** An item as the editor holds it, half-typed maybe; a campaign's place is one too. */
export type Draft = (PlaylistItemInput | z.input<typeof CampaignRefSchema>) & Record<string, unknown>;
type Errors = Record<string, string>;

const WEEKDAYS: [number, string, string][] = [
  [1, 'T2', 'Mon'],
  [2, 'T3', 'Tue'],
  [3, 'T4', 'Wed'],
  [4, 'T5', 'Thu'],
  [5, 'T6', 'Fri'],
  [6, 'T7', 'Sat'],
  [7, 'CN', 'Sun'],
];

/** ISO instant ↔ the value of a datetime-local input, in Vietnam time whatever the tablet's zone. */
const VN_MS = 7 * 3600_000;
const toLocalInput = (iso: unknown) => (typeof iso === 'string' && iso ? new Date(Date.parse(iso) + VN_MS).toISOString().slice(0, 16) : '');
const fromLocalInput = (v: string) => (v ? `${v}:00+07:00` : null);

/** The editor of one playlist item: the fields every item has, then those of its kind. */
export function ItemForm({ item, errors, media, planRows, onChange }: { item: Draft; errors: Errors; media: MediaLibraryItem[]; planRows: PlanTarget[]; onChange: (i: Draft) => void }) {
  const t = useT();
  const set = (patch: Record<string, unknown>) => onChange({ ...item, ...patch } as Draft);
  const err = (f: string) => errors[f];
  const str = (f: string) => (typeof item[f] === 'string' ? (item[f] as string) : '');
  const dayparts = (item.dayparts ?? []) as { start: string; end: string }[];
  const weekdays = (item.weekdays ?? []) as number[];

  return (
    <div class="grid item-form" data-testid="item-form">
      <Field label={t('Tiêu đề (dùng trong báo cáo)', 'Title (used in reports)')} error={err('title')} wide>
        <input data-testid="item-title" value={str('title')} onInput={(e) => set({ title: e.currentTarget.value })} />
      </Field>
      <Field label={t('Thời lượng (giây)', 'Duration (seconds)')} error={err('durationMs')}>
        <input
          data-testid="item-duration"
          type="number"
          inputMode="numeric"
          min={2}
          max={1800}
          value={Number(item.durationMs) / 1000}
          onInput={(e) => set({ durationMs: Math.round(Number(e.currentTarget.value) * 1000) })}
        />
      </Field>
      <Field label={t('Ưu tiên (0–100)', 'Priority (0–100)')} error={err('priority')}>
        <input type="number" inputMode="numeric" min={0} max={100} value={Number(item.priority ?? 0)} onInput={(e) => set({ priority: Number(e.currentTarget.value) })} />
      </Field>

      {(item.kind === 'video' || item.kind === 'image') && (
        <>
          <Field label={item.kind === 'video' ? t('Video', 'Video') : t('Ảnh', 'Image')} error={err('mediaId')} wide>
            <select data-testid="item-media" value={str('mediaId')} onChange={(e) => set({ mediaId: e.currentTarget.value })}>
              <option value="">{t('— chọn tệp trong thư viện —', '— choose a library file —')}</option>
              {media
                .filter((m) => m.kind === item.kind)
                .map((m) => (
                  <option value={m.id}>{m.name}</option>
                ))}
            </select>
          </Field>
          <Field label={t('Chú thích', 'Caption')} error={err('caption')} wide>
            <input value={str('caption')} maxLength={300} onInput={(e) => set({ caption: e.currentTarget.value })} />
          </Field>
        </>
      )}
      {item.kind === 'text' && (
        <>
          <Field label={t('Tiêu đề lớn', 'Heading')} error={err('heading')} wide>
            <input value={str('heading')} maxLength={200} onInput={(e) => set({ heading: e.currentTarget.value })} />
          </Field>
          <Field label={t('Nội dung', 'Body')} error={err('body')} wide>
            <textarea rows={4} maxLength={2000} value={str('body')} onInput={(e) => set({ body: e.currentTarget.value })} />
          </Field>
        </>
      )}
      {item.kind === 'ticker' && (
        <Field label={t('Dòng chữ chạy', 'Ticker text')} error={err('text')} wide>
          <textarea rows={2} maxLength={1000} value={str('text')} onInput={(e) => set({ text: e.currentTarget.value })} />
        </Field>
      )}
      {item.kind === 'procedure' && (
        <p class="wide">
          {t('Thủ tục', 'Procedure')} <strong>{str('procedureCode')}</strong>
          {err('procedureCode') && <span class="field-error">{err('procedureCode')}</span>}
        </p>
      )}
      {item.kind === 'qr' && <QrBuilder item={item} errors={errors} onChange={set} />}
      {item.kind === 'survey_results' && (
        <Field label={t('Kỳ tổng hợp', 'Period')}>
          <select value={str('period') || 'month'} onChange={(e) => set({ period: e.currentTarget.value })}>
            <option value="week">{t('Tuần', 'Week')}</option>
            <option value="month">{t('Tháng', 'Month')}</option>
            <option value="quarter">{t('Quý', 'Quarter')}</option>
          </select>
        </Field>
      )}
      {item.kind === 'survey_results' && (
        <Field label={t('Số lượt tối thiểu để hiện kết quả', 'Answers needed before a figure shows')} error={err('minAnswers')}>
          <input
            type="number"
            min={1}
            max={10000}
            step={1}
            value={typeof item['minAnswers'] === 'number' ? item['minAnswers'] : DEFAULT_MIN_ANSWERS}
            onInput={(e) => set({ minAnswers: Math.round(Number(e.currentTarget.value)) })}
          />
        </Field>
      )}
      {item.kind === 'dossiers_ready' && (
        <Field label={t('Số mã hồ sơ mỗi trang', 'Codes per page')} error={err('perPage')}>
          <input
            type="number"
            min={4}
            max={30}
            step={1}
            value={typeof item['perPage'] === 'number' ? item['perPage'] : 12}
            onInput={(e) => set({ perPage: Math.round(Number(e.currentTarget.value)) })}
          />
        </Field>
      )}
      {item.kind === 'dossiers_ready' && (
        <p class="wide muted">
          {t(
            'Chỉ hiện mã hồ sơ và họ tên đã che. Trang tự ẩn khi dữ liệu từ hệ thống một cửa quá cũ hoặc không có hồ sơ nào chờ trả.',
            'Shows only codes and masked names. The slide hides itself when the one-stop feed is stale or nothing is waiting.',
          )}
        </p>
      )}
      {item.kind === 'dossier_results' && (
        <label class="check wide">
          <input type="checkbox" checked={item['showCommunes'] === true} onChange={(e) => set({ showCommunes: e.currentTarget.checked })} />{' '}
          {t('Màn hình cấp tỉnh: hiện từng xã, phường thay cho từng lĩnh vực', 'Province screens: each commune instead of each field')}
        </label>
      )}

      <details class="wide">
        <summary>{t('Lịch phát và phân loại báo cáo', 'Schedule and report tags')}</summary>
        <div class="grid">
          <Field label={t('Hiệu lực từ', 'Valid from')} error={err('validFrom')}>
            <input type="datetime-local" value={toLocalInput(item.validFrom)} onInput={(e) => set({ validFrom: fromLocalInput(e.currentTarget.value) })} />
          </Field>
          <Field label={t('Hiệu lực đến', 'Valid to')} error={err('validTo')}>
            <input type="datetime-local" value={toLocalInput(item.validTo)} onInput={(e) => set({ validTo: fromLocalInput(e.currentTarget.value) })} />
          </Field>
          <fieldset class="wide">
            <legend>{t('Ngày trong tuần (không chọn = mọi ngày)', 'Weekdays (none = every day)')}</legend>
            <div class="row">
              {WEEKDAYS.map(([n, vi, en]) => (
                <label class="check">
                  <input type="checkbox" checked={weekdays.includes(n)} onChange={() => set({ weekdays: weekdays.includes(n) ? weekdays.filter((x) => x !== n) : [...weekdays, n].sort() })} />
                  {t(vi, en)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset class="wide">
            <legend>{t('Khung giờ (không có = cả ngày; qua nửa đêm được)', 'Dayparts (none = all day; may cross midnight)')}</legend>
            {dayparts.map((d, i) => (
              <div class="row">
                <input type="time" value={d.start} onInput={(e) => set({ dayparts: dayparts.map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)) })} />
                –
                <input type="time" value={d.end} onInput={(e) => set({ dayparts: dayparts.map((x, j) => (j === i ? { ...x, end: e.currentTarget.value } : x)) })} />
                <button type="button" class="secondary" onClick={() => set({ dayparts: dayparts.filter((_, j) => j !== i) })}>
                  {t('Xoá', 'Remove')}
                </button>
                {(err(`dayparts.${i}.start`) || err(`dayparts.${i}.end`)) && <span class="field-error">{err(`dayparts.${i}.start`) ?? err(`dayparts.${i}.end`)}</span>}
              </div>
            ))}
            <button type="button" class="secondary" onClick={() => set({ dayparts: [...dayparts, { start: '07:30', end: '11:30' }] })}>
              {t('+ Thêm khung giờ', '+ Add a daypart')}
            </button>
          </fieldset>
          <Field label={t('Lĩnh vực cải cách', 'Reform area')}>
            <select value={str('reformArea')} onChange={(e) => set({ reformArea: (e.currentTarget.value || null) as ReformArea | null })}>
              <option value="">—</option>
              {Object.entries(REFORM_AREA_LABELS).map(([k, v]) => (
                <option value={k}>{v}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Hình thức tuyên truyền', 'Communication form')}>
            <select value={str('form')} onChange={(e) => set({ form: (e.currentTarget.value || null) as CommForm | null })}>
              <option value="">—</option>
              {Object.entries(COMM_FORM_LABELS).map(([k, v]) => (
                <option value={k}>{v}</option>
              ))}
            </select>
          </Field>
          <Field label={t('Tính cho nhiệm vụ kế hoạch', 'Counts towards plan row')} error={err('targetId')}>
            <select data-testid="item-plan-row" value={str('targetId')} onChange={(e) => set({ targetId: e.currentTarget.value || null })}>
              <option value="">{t('— không tính —', '— none —')}</option>
              {planRows.map((r) => (
                <option value={r.id}>{`${r.seq}. ${r.product || r.content}`.slice(0, 90)}</option>
              ))}
            </select>
          </Field>
        </div>
      </details>
    </div>
  );
}
