import { type Centre, CentreSchema } from '@hcc/shared/schemas/centre';
import { type Device, DeviceSchema } from '@hcc/shared/schemas/device';
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { apiFetch } from '../lib/api';
import { errorText } from './i18n';

const PendingSchema = z.object({ items: z.array(z.object({ pairingId: z.string(), code: z.string(), kind: z.enum(['screen', 'kiosk']), expiresAt: z.string() })) });

/** Pairing approvals and the list of screens and kiosks (the live wall comes with the console issue). */
export function Devices({ centres }: { centres: Centre[] }) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [pending, setPending] = useState<z.infer<typeof PendingSchema>['items']>([]);
  const [form, setForm] = useState({ code: '', name: '', centreId: centres.find((c) => c.kind === 'commune')?.id ?? '', group: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = async () => {
    setDevices(z.object({ items: z.array(DeviceSchema) }).parse(await apiFetch('/api/devices')).items);
    setPending(PendingSchema.parse(await apiFetch('/api/pairings')).items);
  };
  useEffect(() => {
    void reload().catch(() => undefined);
    const t = setInterval(() => void reload().catch(() => undefined), 5000);
    return () => clearInterval(t);
  }, []);

  const approve = async (e: Event) => {
    e.preventDefault();
    try {
      await apiFetch('/api/pairings/approve', { method: 'POST', json: { code: form.code.replace(/\s/g, ''), name: form.name, centreId: form.centreId, group: form.group.trim() || null } });
      setMessage({ ok: true, text: `Đã ghép nối “${form.name}”.` });
      setForm({ ...form, code: '', name: '' });
      await reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, { not_found: 'Không có màn hình nào đang chờ với mã này; kiểm tra lại mã trên màn hình.', validation: 'Nhập mã 6 chữ số và tên thiết bị.' }) });
    }
  };
  const [shots, setShots] = useState<Record<string, string>>({});
  const screenshot = async (d: Device) => {
    try {
      const { url, takenAt } = z.object({ url: z.string(), takenAt: z.string() }).parse(await apiFetch(`/api/devices/${d.id}/screenshot`, { method: 'POST' }));
      // The URL never changes; the time in the query makes the browser fetch the new frame.
      setShots({ ...shots, [d.id]: `${url}?t=${encodeURIComponent(takenAt)}` });
    } catch (err) {
      setMessage({ ok: false, text: `${d.name}: ${errorText(err)}` });
    }
  };
  const revoke = async (d: Device) => {
    if (!confirm(`Thu hồi “${d.name}”? Thiết bị sẽ phải ghép nối lại.`)) return;
    await apiFetch(`/api/devices/${d.id}/revoke`, { method: 'POST' });
    await reload();
  };

  return (
    <section>
      <h2>Ghép nối thiết bị mới</h2>
      <form class="card row" onSubmit={approve}>
        <label>
          Mã trên màn hình
          <input data-testid="pair-code" inputMode="numeric" value={form.code} onInput={(e) => setForm({ ...form, code: e.currentTarget.value })} placeholder="123 456" />
        </label>
        <label>
          Tên thiết bị
          <input data-testid="pair-name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} placeholder="Màn hình sảnh chờ" />
        </label>
        <label>
          Trung tâm
          <select data-testid="pair-centre" value={form.centreId} onChange={(e) => setForm({ ...form, centreId: e.currentTarget.value })}>
            {centres.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </select>
        </label>
        <label>
          Nhóm (tuỳ chọn)
          <input value={form.group} onInput={(e) => setForm({ ...form, group: e.currentTarget.value })} />
        </label>
        <button data-testid="pair-approve" type="submit">
          Ghép nối
        </button>
      </form>
      {message && <p class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      {pending.length > 0 && <p>Đang chờ ghép nối: {pending.map((p) => p.code).join(', ')}</p>}

      <h2>Thiết bị</h2>
      <ul class="list">
        {devices.map((d) => (
          <li class="card row" data-testid="device-row">
            <span class={`dot ${d.online ? 'on' : 'off'}`} title={d.online ? 'Trực tuyến' : 'Ngoại tuyến'} />
            <strong>{d.name}</strong>
            <span>{centres.find((c) => c.id === d.centreId)?.name ?? d.centreId}</span>
            <span>{d.playing ? `Phiên bản ${d.playing.version}` : 'Chưa phát'}</span>
            <span>{d.status === 'revoked' ? 'Đã thu hồi' : ''}</span>
            {shots[d.id] && <img class="thumb" data-testid="device-thumb" src={shots[d.id]} alt={`Ảnh chụp màn hình ${d.name}`} />}
            {d.kind === 'screen' && d.online && (
              <button class="secondary" data-testid="device-screenshot" onClick={() => screenshot(d)}>
                Chụp màn hình
              </button>
            )}
            {d.status === 'active' && (
              <button class="secondary" onClick={() => revoke(d)}>
                Thu hồi
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
