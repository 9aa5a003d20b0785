import { versionForDevice } from '@hcc/shared/playlists/targeting';
import type { Deps } from '../context';
import { playlistUpdate } from '../realtime/hub';
import type { DeviceIo } from '../realtime/io';

/**
 * Sends this node's connected devices the state a publish, an emergency message, a revoke or a move
 * would have pushed to them. Redis keeps no pub/sub message for a node that was cut off, so a
 * broadcast made meanwhile on another node never arrives; a screen whose socket stayed up would
 * otherwise play the old version, or keep a cleared emergency, until it reconnects. What it already
 * has changes nothing (a player adopts the same version as "same").
 */
export async function resendDeviceState(deps: Deps, io: DeviceIo): Promise<void> {
  const sockets = [...io.sockets.sockets.values()];
  if (!sockets.length) return;
  const now = deps.clock().toISOString();
  const [devices, versions, emergencies] = await Promise.all([deps.store.devices.list(), deps.store.playlists.latestVersions(), deps.store.emergencies.active(now)]);
  const byId = new Map(devices.map((d) => [d.id, d]));
  for (const socket of sockets) {
    const principal = socket.data.principal;
    if (principal?.kind !== 'device') continue;
    const device = byId.get(principal.deviceId);
    if (!device || device.status !== 'active') {
      socket.emit('device:revoked');
      socket.disconnect(true);
    } else if (device.centreId !== principal.centreId || device.group !== principal.group) {
      // Moved: its rooms are the old centre's; reloaded, it connects again into the new one.
      socket.emit('device:reload');
    } else if (device.kind === 'screen') {
      const version = versionForDevice(versions, device);
      if (version) socket.emit('playlist:update', playlistUpdate(version, now));
      socket.emit('emergency:update', emergencies);
    }
  }
}

/**
 * `work` run at most once at a time: a call while it runs makes it run once more after, so a burst
 * of calls (every node relinking after one Redis outage) costs two runs, not one each.
 */
export function coalesced(work: () => Promise<void>, onError: (err: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) return void (again = true);
    running = true;
    work()
      .catch(onError)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}
