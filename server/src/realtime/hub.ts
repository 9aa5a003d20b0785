import type { PlaylistPush } from '@hcc/shared/events';
import { targetPlacements } from '@hcc/shared/playlists/targeting';
import type { Device } from '@hcc/shared/schemas/device';
import type { Emergency } from '@hcc/shared/schemas/emergency';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import type { Clock } from '../context';
import type { DeviceRecord } from '../devices/store';
import { type DeviceIo, rooms, type StaffNamespace } from './io';
import type { Presence } from './presence';

/** The server's side of live traffic: what HTTP handlers call to reach devices and staff. */
export interface Hub {
  pushVersion(v: PlaylistVersion): void;
  /** Every screen gets the whole active list and shows what applies to it (see emergenciesFor). */
  pushEmergencies(active: Emergency[]): void;
  revokeDevice(deviceId: string): void;
  reloadDevice(deviceId: string): void;
  /** The device's raw answer, or null when it is offline or does not answer in time. */
  requestScreenshot(deviceId: string): Promise<unknown>;
  announceScreenshot(e: { deviceId: string; takenAt: string }): void;
  /** Kiosks re-download their catalogue copy, screens drop their cached spotlights. */
  announceCatalogue(): void;
  /** A counted survey answer: the centre's screens refresh their results slide. */
  announceSurvey(centreId: string): void;
  toDevice(r: DeviceRecord): Device;
  announceDevice(r: DeviceRecord): void;
  /** Whether any console is connected: no point reading device rows to announce them to nobody. */
  hasStaffListeners(): boolean;
  announcePlaylist(e: { playlistId: string; revision: number; by: string }): void;
  announcePublish(e: { playlistId: string; version: number; by: string }): void;
}

/** A 480-px frame is drawn and sent in well under a second; a screen that takes longer is not healthy. */
const SCREENSHOT_TIMEOUT_MS = 8000;

export function createHub(io: DeviceIo, staff: StaffNamespace, presence: Presence, clock: Clock): Hub {
  const toDevice = (r: DeviceRecord): Device => ({ ...r, online: presence.isOnline(r.id) });
  return {
    pushVersion(v) {
      const push: PlaylistPush = { version: v, serverTime: clock().toISOString() };
      const targets = targetPlacements(v).map((p) => (p.group === null ? rooms.centre(p.centreId) : rooms.group(p.centreId, p.group)));
      // One emit over all rooms: socket.io sends once to a screen that sits in several of them.
      io.to(targets).emit('playlist:update', push);
    },
    pushEmergencies(active) {
      io.to(rooms.screens).emit('emergency:update', active);
    },
    revokeDevice(id) {
      io.to(rooms.device(id)).emit('device:revoked');
      io.in(rooms.device(id)).disconnectSockets(true);
    },
    reloadDevice(id) {
      io.to(rooms.device(id)).emit('device:reload');
    },
    async requestScreenshot(id) {
      try {
        const replies = await io.to(rooms.device(id)).timeout(SCREENSHOT_TIMEOUT_MS).emitWithAck('device:screenshot');
        return replies[0] ?? null;
      } catch {
        return null; // timed out: some socket in the room did not answer
      }
    },
    announceScreenshot: (e) => staff.emit('device:screenshot', e),
    announceCatalogue: () => void io.emit('catalogue:changed', { at: clock().toISOString() }),
    announceSurvey: (centreId) => void io.to(rooms.centre(centreId)).emit('survey:updated', { centreId }),
    toDevice,
    announceDevice: (r) => staff.emit('device:state', toDevice(r)),
    hasStaffListeners: () => staff.sockets.size > 0,
    announcePlaylist: (e) => staff.emit('playlist:changed', e),
    announcePublish: (e) => staff.emit('playlist:published', e),
  };
}
