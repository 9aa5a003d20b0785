import type { Centre } from '@hcc/shared/schemas/centre';
import { deviceApi } from '@hcc/shared/api/devices';
import { pairingApi } from '@hcc/shared/api/pairing';
import type { Device } from '@hcc/shared/schemas/device';
import { useContext, useEffect, useState } from 'preact/hooks';
import { CentreSelect, initialCentre } from './CentreSelect';
import { FeedWarnings } from './FeedWarnings';
import { LangContext, useT } from './i18n';
import { afterPairing, type DeviceEdit, deviceEdit, deviceUpdate, type PairingForm, pairingApproval } from './device-forms';
import { deviceGroups, latestRefusalAt, uptime, wallDevices } from './device-wall';
import { useItemTitles } from './item-titles';
import { staffApi } from './staff-api';
import { Field, formatInstant, NoticeLine, offlineSince } from './ui';
import { useActionNotice } from './use-action-notice';
import { useDeviceWall } from './use-device-wall';

/** The screens and kiosks wall: live state, thumbnails, pairing approvals, rename/move/reload/revoke. */
export function Devices({ centres, canEdit, ownCentreId }: { centres: Centre[]; canEdit: boolean; ownCentreId: string | null }) {
  const t = useT();
  const lang = useContext(LangContext);
  const wall = useDeviceWall(canEdit);
  const { devices, pending, refusals, shots } = wall;
  const { notice, fields, act, setNotice, setFields } = useActionNotice(lang, wall.reload);
  const [form, setForm] = useState<PairingForm>({ code: '', name: '', centreId: initialCentre(centres, ownCentreId), group: '' });
  const [editing, setEditing] = useState<DeviceEdit | null>(null);
  const [groupFilter, setGroupFilter] = useState('');
  const onAir = useItemTitles(devices);
  // Centres arrive after the first render: the form then shows the centre it will assign.
  useEffect(() => {
    if (!form.centreId && initialCentre(centres, ownCentreId)) setForm((f) => ({ ...f, centreId: initialCentre(centres, ownCentreId) }));
  }, [centres]);

  const approve = (e: Event) => {
    e.preventDefault();
    const approval = pairingApproval(form);
    if (!approval.ok) {
      setFields({ centreId: t('Chọn trung tâm của thiết bị.', 'Choose the device’s centre.') });
      setNotice(null);
      return;
    }
    void act(
      async () => {
        await staffApi(pairingApi.approve, { body: approval.body });
        setForm(afterPairing(form));
        return t(`Đã ghép nối “${form.name}”.`, `Paired “${form.name}”.`);
      },
      {
        not_found: t('Không có thiết bị nào đang chờ với mã này; kiểm tra lại mã trên màn hình.', 'No device is waiting with this code; check the code on the screen.'),
        validation: t('Nhập mã 6 chữ số và tên thiết bị.', 'Enter the 6-digit code and a device name.'),
      },
    );
  };
  const screenshot = (d: Device) =>
    act(async () => {
      const { url, takenAt } = await staffApi(deviceApi.screenshot, { params: { id: d.id } });
      wall.showShot(d.id, url, takenAt);
      return t(`Đã chụp màn hình “${d.name}”.`, `Took a screenshot of “${d.name}”.`);
    });
  const reloadDevice = (d: Device) =>
    act(async () => {
      await staffApi(deviceApi.reload, { params: { id: d.id } });
      return t(`Đã yêu cầu “${d.name}” tải lại.`, `Asked “${d.name}” to reload.`);
    });
  const revoke = (d: Device) => {
    if (!confirm(t(`Thu hồi “${d.name}”? Thiết bị sẽ phải ghép nối lại.`, `Revoke “${d.name}”? It will have to be paired again.`))) return;
    void act(async () => {
      await staffApi(deviceApi.revoke, { params: { id: d.id } });
      return t(`Đã thu hồi “${d.name}”.`, `Revoked “${d.name}”.`);
    });
  };
  const saveEdit = () => {
    if (!editing) return;
    void act(async () => {
      await staffApi(deviceApi.update, { params: { id: editing.id }, body: deviceUpdate(editing) });
      setEditing(null);
      return t('Đã lưu thiết bị.', 'Device saved.');
    });
  };

  const groups = deviceGroups(devices);
  const shown = wallDevices(devices, groupFilter);
  const centreName = (id: string) => centres.find((c) => c.id === id)?.name ?? id;

  return (
    <section>
      <NoticeLine notice={notice} testId="devices-notice" />
      {canEdit && (
        <>
          <h2>{t('Ghép nối thiết bị mới', 'Pair a new device')}</h2>
          {pending.length > 0 && (
            <p class="card" data-testid="pending-codes">
              {t('Đang chờ ghép nối', 'Waiting to be paired')}:{' '}
              {pending.map((p) => (
                <button class="secondary" onClick={() => setForm({ ...form, code: p.code })}>
                  {p.code} ({p.kind === 'screen' ? t('màn hình', 'screen') : 'kiosk'})
                </button>
              ))}
            </p>
          )}
          <form class="card grid" onSubmit={approve}>
            <Field label={t('Mã trên màn hình', 'Code on the screen')} error={fields.code}>
              <input data-testid="pair-code" inputMode="numeric" value={form.code} onInput={(e) => setForm({ ...form, code: e.currentTarget.value })} placeholder="123 456" />
            </Field>
            <Field label={t('Tên thiết bị', 'Device name')} error={fields.name}>
              <input data-testid="pair-name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} placeholder={t('Màn hình sảnh chờ', 'Waiting-room screen')} />
            </Field>
            <Field label={t('Trung tâm', 'Centre')} error={fields.centreId}>
              <CentreSelect testId="pair-centre" centres={centres} value={form.centreId} onChange={(centreId) => setForm({ ...form, centreId })} />
            </Field>
            <Field label={t('Nhóm (tuỳ chọn)', 'Group (optional)')}>
              <input value={form.group} list="device-groups" onInput={(e) => setForm({ ...form, group: e.currentTarget.value })} />
            </Field>
            <button data-testid="pair-approve" type="submit">
              {t('Ghép nối', 'Pair')}
            </button>
          </form>
        </>
      )}
      <datalist id="device-groups">
        {groups.map((g) => (
          <option value={g} />
        ))}
      </datalist>

      <div class="row">
        <h2 class="grow">{t('Màn hình và kiosk', 'Screens and kiosks')}</h2>
        {groups.length > 0 && (
          <select aria-label={t('Lọc theo nhóm', 'Filter by group')} value={groupFilter} onChange={(e) => setGroupFilter(e.currentTarget.value)}>
            <option value="">{t('Mọi nhóm', 'All groups')}</option>
            {groups.map((g) => (
              <option value={g}>{g}</option>
            ))}
          </select>
        )}
      </div>
      <FeedWarnings centreName={centreName} />
      <ul class="list wall">
        {shown.map((d) => (
          <li class="card device" data-testid="device-row" data-id={d.id} data-online={String(d.online)}>
            <div class="row">
              <span class={`dot ${d.online ? 'on' : 'off'}`} />
              <strong class="grow">{d.name}</strong>
              <span class="badge">{d.kind === 'screen' ? t('Màn hình', 'Screen') : 'Kiosk'}</span>
            </div>
            {shots[d.id] ? (
              <img class="thumb" data-testid="device-thumb" src={shots[d.id]} alt={t(`Ảnh chụp ${d.name}`, `Screenshot of ${d.name}`)} />
            ) : (
              d.kind === 'screen' && <div class="thumb empty" />
            )}
            <span>
              {centreName(d.centreId)}
              {d.group ? ` · ${t('nhóm', 'group')} ${d.group}` : ''}
            </span>
            <span data-testid="device-status">{d.online ? t('Trực tuyến', 'Online') : offlineSince(d.lastSeenAt, t)}</span>
            {d.kind === 'screen' && (
              <span data-testid="device-playing">
                {d.playing ? `${onAir(d).playlist ? `“${onAir(d).playlist}” · ` : ''}${t('phiên bản', 'version')} ${d.playing.version}` : t('Chưa phát', 'Not playing')}
                {onAir(d).item ? ` · ${t('đang phát', 'showing')} “${onAir(d).item}”` : ''}
              </span>
            )}
            {d.heartbeat && (
              <small>
                {t('Nhịp cuối', 'Last heartbeat')} {d.lastSeenAt ? formatInstant(d.lastSeenAt) : '—'} · {t('chạy', 'up')} {uptime(d.heartbeat.uptimeMs)}
                {d.heartbeat.cachedItems !== undefined ? ` · ${t('bộ nhớ đệm', 'cached')} ${d.heartbeat.cachedItems}` : ''}
                {d.heartbeat.jsHeapBytes ? ` · ${Math.round(d.heartbeat.jsHeapBytes / 2 ** 20)} MB` : ''}
              </small>
            )}
            {d.heartbeat?.failedItemIds?.length ? (
              <small class="error" data-testid="device-failed-items">
                {t('Bỏ qua vì không phát được', 'Skipped, could not be shown')}: {d.heartbeat.failedItemIds.join(', ')}
              </small>
            ) : null}
            {refusals[d.id]?.length ? (
              <small class="error" data-testid="device-refused">
                {t('Lượt phát bị từ chối, không được tính', 'Showings refused, not counted')}:{' '}
                {(refusals[d.id] ?? []).map((r) => `${r.count.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en')} — ${r.text[lang]}`).join('; ')} · {t('gần nhất', 'latest')}{' '}
                {formatInstant(latestRefusalAt(refusals[d.id] ?? []))}
              </small>
            ) : null}
            {editing?.id === d.id ? (
              <div class="grid">
                <Field label={t('Tên', 'Name')} error={fields.name}>
                  <input data-testid="device-name" value={editing.name} onInput={(e) => setEditing({ ...editing, name: e.currentTarget.value })} />
                </Field>
                <Field label={t('Trung tâm', 'Centre')}>
                  <select value={editing.centreId} onChange={(e) => setEditing({ ...editing, centreId: e.currentTarget.value })}>
                    {centres.map((c) => (
                      <option value={c.id}>{c.name}</option>
                    ))}
                  </select>
                </Field>
                <Field label={t('Nhóm', 'Group')}>
                  <input value={editing.group} list="device-groups" onInput={(e) => setEditing({ ...editing, group: e.currentTarget.value })} />
                </Field>
                <div class="row">
                  <button data-testid="device-save" onClick={saveEdit}>
                    {t('Lưu', 'Save')}
                  </button>
                  <button class="secondary" onClick={() => setEditing(null)}>
                    {t('Huỷ', 'Cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <div class="row">
                {d.kind === 'screen' && d.online && (
                  <button class="secondary" data-testid="device-screenshot" onClick={() => screenshot(d)}>
                    {t('Chụp màn hình', 'Screenshot')}
                  </button>
                )}
                {canEdit && (
                  <>
                    <button class="secondary" data-testid="device-edit" onClick={() => setEditing(deviceEdit(d))}>
                      {t('Đổi tên / chuyển', 'Rename / move')}
                    </button>
                    {d.online && (
                      <button class="secondary" onClick={() => reloadDevice(d)}>
                        {t('Tải lại', 'Reload')}
                      </button>
                    )}
                    <button class="secondary" onClick={() => revoke(d)}>
                      {t('Thu hồi', 'Revoke')}
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
