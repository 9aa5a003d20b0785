import type { Centre } from '@hcc/shared/schemas/centre';
import { deviceApi } from '@hcc/shared/api/devices';
import { emergencyApi } from '@hcc/shared/api/emergencies';
import type { Device } from '@hcc/shared/schemas/device';
import type { Emergency } from '@hcc/shared/schemas/emergency';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import { upsertDevice } from './device-wall';
import { LangContext, useT } from './i18n';
import { useLive } from './live';
import { staffApi } from './staff-api';
import { failure, Field, formatInstant, type Notice, NoticeLine, offlineSince } from './ui';

const DURATIONS = [15, 60, 240, 480, 1440];
const HOME_REFRESH_MS = 60_000;

/**
 * The home screen: the emergency message one tap away, and how many screens are up. `centres` is
 * undefined while the shell is still loading them: the screens' labels name their centre, and showing
 * its id first and the name a moment later would shift the page under the staff member's finger.
 */
export function Home({ centres, canEdit }: { centres: Centre[] | undefined; canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [active, setActive] = useState<Emergency[]>([]);
  const [devices, setDevices] = useState<Device[]>([]);
  const [form, setForm] = useState({ text: '', severity: 'warning' as Emergency['severity'], minutes: 60, deviceIds: [] as string[] });
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [isLoaded, setLoaded] = useState(false);

  const reload = async () => {
    const [emergencies, deviceList] = await Promise.all([staffApi(emergencyApi.active), staffApi(deviceApi.list)]);
    setActive(emergencies.items);
    setDevices(deviceList.items);
    // With the data, so the first answer renders once (a no-op on later reloads).
    setLoaded(true);
  };
  // A layout effect, not an effect: the requests leave as Home first renders, not a frame later after
  // it has painted "loading", since their answer is what this screen is for.
  useLayoutEffect(() => {
    // Shown once the first answer is in (or failed): not "0/0 screens" first, and no form jumping down
    // under the list of offline screens when it arrives.
    void reload().catch(() => setLoaded(true));
    // The live events carry every change, a node's death included; this catches those missed while
    // this console's own connection was down.
    const timer = setInterval(() => void reload().catch(() => undefined), HOME_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  // A screen paired since the page opened is added, not dropped.
  useLive('device:state', (d) => setDevices((all) => upsertDevice(all, d)));

  const screens = devices.filter((d) => d.kind === 'screen' && d.status === 'active');
  const show = async (e: Event) => {
    e.preventDefault();
    try {
      await staffApi(emergencyApi.show, { body: { text: form.text, severity: form.severity, durationMinutes: form.minutes, deviceIds: form.deviceIds } });
      setNotice({ ok: true, text: t('Đã hiển thị thông báo khẩn trên màn hình.', 'The emergency message is on the screens.') });
      setFields({});
      setForm({ ...form, text: '' });
      await reload();
    } catch (err) {
      const f = failure(err, lang);
      setNotice(f.notice);
      setFields(f.fields);
    }
  };
  const clear = async (id?: string) => {
    try {
      await (id ? staffApi(emergencyApi.clear, { params: { id } }) : staffApi(emergencyApi.clearAll));
      setNotice({ ok: true, text: t('Đã gỡ thông báo khẩn.', 'Emergency message cleared.') });
      await reload();
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };
  const toggleDevice = (id: string) => setForm({ ...form, deviceIds: form.deviceIds.includes(id) ? form.deviceIds.filter((x) => x !== id) : [...form.deviceIds, id] });
  const online = screens.filter((d) => d.online).length;

  if (!isLoaded || !centres) return <p role="status">{t('Đang tải…', 'Loading…')}</p>;
  return (
    <section>
      <p class="card row" data-testid="screens-summary">
        <strong>{t(`${online}/${screens.length} màn hình đang trực tuyến`, `${online}/${screens.length} screens online`)}</strong>
        {screens
          .filter((d) => !d.online)
          .map((d) => (
            <span class="badge off">
              {d.name} · {offlineSince(d.lastSeenAt, t)}
            </span>
          ))}
      </p>
      <h2>{t('Thông báo khẩn', 'Emergency message')}</h2>
      <NoticeLine notice={notice} testId="home-notice" />
      {active.length > 0 && (
        <div class="card emergency-active" data-testid="emergency-active">
          {active.map((e) => (
            <p class="row">
              <strong class={`sev-${e.severity}`}>{e.text}</strong>
              <span>
                {t('đến', 'until')} {formatInstant(e.expiresAt)} · {e.deviceIds.length ? t(`${e.deviceIds.length} màn hình`, `${e.deviceIds.length} screens`) : t('mọi màn hình', 'all screens')}
              </span>
              {canEdit && (
                <button class="secondary" onClick={() => clear(e.id)}>
                  {t('Gỡ', 'Clear')}
                </button>
              )}
            </p>
          ))}
          {canEdit && (
            <button class="danger big" data-testid="emergency-clear-all" onClick={() => clear()}>
              {t('Gỡ tất cả thông báo khẩn', 'Clear every emergency message')}
            </button>
          )}
        </div>
      )}
      {canEdit && (
        <form class="card grid" onSubmit={show}>
          <Field label={t('Nội dung (hiện trên toàn màn hình)', 'Text (covers the whole screen)')} error={fields.text} wide>
            <textarea data-testid="emergency-text" rows={3} maxLength={500} value={form.text} onInput={(e) => setForm({ ...form, text: e.currentTarget.value })} />
          </Field>
          <Field label={t('Mức độ', 'Severity')}>
            <select value={form.severity} onChange={(e) => setForm({ ...form, severity: e.currentTarget.value as Emergency['severity'] })}>
              <option value="info">{t('Thông tin', 'Information')}</option>
              <option value="warning">{t('Cảnh báo', 'Warning')}</option>
              <option value="danger">{t('Khẩn cấp', 'Danger')}</option>
            </select>
          </Field>
          <Field label={t('Hiển thị trong', 'Show for')} error={fields.durationMinutes}>
            <select data-testid="emergency-minutes" value={form.minutes} onChange={(e) => setForm({ ...form, minutes: Number(e.currentTarget.value) })}>
              {DURATIONS.map((m) => (
                <option value={m}>{m < 60 ? `${m} ${t('phút', 'minutes')}` : `${m / 60} ${t('giờ', 'hours')}`}</option>
              ))}
            </select>
          </Field>
          <fieldset class="wide">
            <legend>{t('Màn hình (không chọn = tất cả)', 'Screens (none chosen = all)')}</legend>
            <div class="row">
              {screens.map((d) => (
                <label class="check">
                  <input type="checkbox" checked={form.deviceIds.includes(d.id)} onChange={() => toggleDevice(d.id)} />
                  {d.name} · {centres.find((c) => c.id === d.centreId)?.name ?? d.centreId}
                </label>
              ))}
            </div>
          </fieldset>
          <button class="danger big wide" data-testid="emergency-show" type="submit">
            {t('Hiển thị thông báo khẩn', 'Show emergency message')}
          </button>
        </form>
      )}
    </section>
  );
}
