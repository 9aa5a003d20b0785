import { ClientEventSchemas } from '@hcc/shared/events';
import { targetsDevice } from '@hcc/shared/playlists/targeting';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { ingestImpressions, ingestSummaries, publishedVersion } from '../impressions/ingest';
import type { Hub } from '../realtime/hub';
import { type DeviceIo, rooms } from '../realtime/io';
import { onEvent, refuseUnknownEvents } from '../realtime/on-event';
import type { Presence } from '../realtime/presence';
import { type DeviceBudget, RATE_LIMITED, type SocketGate } from '../realtime/socket-guard';
import { deviceForToken } from './pairing';
import type { DeviceStateWriter } from './state-writer';

/**
 * Devices connect with their token in the handshake; an unknown or revoked token is refused at once
 * (and counted against its network by the gate), a device connecting too often is told to wait.
 */
export function attachDeviceSockets(deps: Deps, io: DeviceIo, hub: Hub, presence: Presence, states: DeviceStateWriter, guard: { gate: SocketGate; budget: DeviceBudget }): void {
  io.use(async (socket, next) => {
    const token: unknown = socket.handshake.auth?.['token'];
    const device = await deviceForToken(deps, typeof token === 'string' ? token : undefined).catch(() => null);
    if (!device) {
      await guard.gate.failed(socket.request);
      return next(new Error('unauthorized'));
    }
    // Each connect writes a presence session and tells the consoles: a reconnect loop must not.
    const wait = await guard.budget.connect(device.id).catch(() => 0);
    if (wait > 0) {
      deps.log.warn({ deviceId: device.id, waitS: wait }, 'device reconnecting too often: socket refused');
      return next(Object.assign(new Error(RATE_LIMITED), { data: { retryAfterS: wait } }));
    }
    socket.data.principal = { kind: 'device', deviceId: device.id, centreId: device.centreId, group: device.group };
    next();
  });

  // Uptime is a report figure, not a reason to refuse a screen: a failed write is logged and play goes on.
  // A device's session rows are written in the order its sockets came and went, each at the time it
  // happened: on PostgreSQL two writes go out on two connections, and a close landing before its open
  // would leave the session open for ever.
  const sessionWrites = new Map<string, Promise<void>>();
  const logSession = (deviceId: string, write: () => Promise<void>) => {
    const next = (sessionWrites.get(deviceId) ?? Promise.resolve()).then(write).catch((err: unknown) => deps.log.error({ err, deviceId }, 'could not record device presence'));
    sessionWrites.set(deviceId, next);
    void next.then(() => sessionWrites.get(deviceId) === next && sessionWrites.delete(deviceId));
    return next;
  };

  io.on('connection', async (socket) => {
    const principal = socket.data.principal;
    if (principal?.kind !== 'device') return void socket.disconnect(true);
    const { deviceId, centreId, group } = principal;
    // Handlers first, before any await: a device sends right after it connects (its queued
    // impressions), and an event that arrives while the store answers would find no handler and be lost.
    guard.budget.guard(socket, deviceId);
    refuseUnknownEvents(socket, Object.keys(ClientEventSchemas));
    onEvent(socket, deps.log, 'playlist:ack', ClientEventSchemas['playlist:ack'], async (p) => {
      // What a screen says it plays makes its showings of that version count (impressions/plausible.ts),
      // so it is believed only for a version sent where the screen stands: another centre's playlist
      // acknowledged would let a screen report showings into that centre's evidence.
      const v = await publishedVersion(deps, p.playlistId, p.version);
      if (!v || !targetsDevice(v, { centreId, group })) throw new AppError('forbidden', `Playlist ${p.playlistId} version ${p.version} was never sent to this screen.`);
      states.recordPlaying(deviceId, p.playlistId, p.version);
      return null;
    });
    onEvent(socket, deps.log, 'impression:batch', ClientEventSchemas['impression:batch'], (p) => ingestImpressions(deps, deviceId, p.impressions));
    onEvent(socket, deps.log, 'impression:summary', ClientEventSchemas['impression:summary'], (p) => ingestSummaries(deps, deviceId, p.summaries));
    onEvent(socket, deps.log, 'device:heartbeat', ClientEventSchemas['device:heartbeat'], async (hb) => {
      states.recordHeartbeat(deviceId, hb);
      return null;
    });
    onEvent(socket, deps.log, 'clock:sync', ClientEventSchemas['clock:sync'], async () => ({ serverTime: deps.clock().toISOString() }));

    const device = await deps.store.devices.get(deviceId);
    // Gone while the store answered (a screen on a flapping network): its 'disconnect' has already fired,
    // so counting it present now would show it online, and keep its session open, for ever.
    if (!device || socket.disconnected) return void socket.disconnect(true);
    const joined = [rooms.device(deviceId)];
    if (device.kind === 'screen') joined.push(rooms.screens, rooms.centre(centreId), ...(group ? [rooms.group(centreId, group)] : []));
    else joined.push(rooms.kiosks(centreId));
    void socket.join(joined);
    const connectedAt = deps.clock().toISOString();
    const opened = presence.connect(deviceId) ? logSession(deviceId, () => deps.store.devices.openSession(deviceId, deps.config.nodeId, connectedAt)) : null;

    // Before any other await, so a disconnect while the session is written is not missed.
    socket.on('disconnect', async (reason) => {
      // A message past MAX_SOCKET_MESSAGE_BYTES, or one that is not socket.io's, ends here.
      if (reason === 'transport error' || reason === 'parse error') deps.log.warn({ deviceId, reason }, 'device socket closed: it sent a message too large or unreadable');
      if (!presence.disconnect(deviceId)) return;
      const at = deps.clock().toISOString();
      await logSession(deviceId, () => deps.store.devices.closeSession(deviceId, deps.config.nodeId, at));
      const d = await deps.store.devices.get(deviceId).catch(() => null);
      // Offline, unless it has meanwhile reconnected to another node: the hub asks them.
      if (d) await hub.announceDevices([d]);
    });
    await opened;
    await hub.announceDevices([device]);
  });
}
