import { deviceApi } from '@hcc/shared/api/devices';
import { type PendingPairing, pairingApi } from '@hcc/shared/api/pairing';
import { impressionApi, type Refusal } from '@hcc/shared/api/impressions';
import type { Device } from '@hcc/shared/schemas/device';
import { useEffect, useState } from 'preact/hooks';
import { refusalsByDevice, screenshotSrc, upsertDevice } from './device-wall';
import { useLive } from './live';
import { staffApi } from './staff-api';

/** Pairing requests do not come over the staff socket (an unpaired TV is nobody yet): they are polled. */
const POLL_MS = 5000;

/**
 * What the devices wall shows, kept current: the devices (live over the staff socket, and polled),
 * the codes waiting to be paired (for editors), each screen's refused showings and its latest screenshot.
 */
export function useDeviceWall(canEdit: boolean) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [pending, setPending] = useState<PendingPairing[]>([]);
  const [refusals, setRefusals] = useState<Record<string, Refusal[]>>({});
  const [shots, setShots] = useState<Record<string, string>>({});

  const reload = async () => {
    setDevices((await staffApi(deviceApi.list)).items);
    if (canEdit) setPending((await staffApi(pairingApi.pending)).items);
    setRefusals(refusalsByDevice(await staffApi(impressionApi.refusals)));
  };
  useEffect(() => {
    // A failed poll leaves the wall as it was; the next one, or a live event, brings it up to date.
    void reload().catch(() => undefined);
    const timer = setInterval(() => void reload().catch(() => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const showShot = (deviceId: string, url: string, takenAt: string) => setShots((s) => ({ ...s, [deviceId]: screenshotSrc(url, takenAt) }));
  useLive('device:state', (d) => setDevices((all) => upsertDevice(all, d)));
  useLive('device:screenshot', (e) => showShot(e.deviceId, `/api/devices/${e.deviceId}/screenshot`, e.takenAt));

  return { devices, pending, refusals, shots, reload, showShot };
}
