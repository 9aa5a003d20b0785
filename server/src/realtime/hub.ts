import type { PlaylistPush, PlaylistPushOnWire } from '@hcc/shared/events';
import { type DevicePlacement, targetPlacements } from '@hcc/shared/playlists/targeting';
import { PlaylistPushSchema } from '@hcc/shared/schemas/bootstrap';
import type { Device } from '@hcc/shared/schemas/device';
import type { DossierFeedStatus, DossierScreenUpdate } from '@hcc/shared/schemas/dossier';
import type { Emergency } from '@hcc/shared/schemas/emergency';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { withoutDefaults } from '@hcc/shared/schemas/wire';
import type { Clock } from '../context';
import type { DeviceRecord } from '../devices/repo';
import type { OtherNodes } from './other-nodes';
import { type DeviceIo, rooms, type StaffNamespace, staffRooms } from './io';
import type { Presence } from './presence';

/**
 * A version as `playlist:update` carries it: without what the player's schema fills in (a quarter of a
 * typical playlist), so each of thousands of screens decodes and parses fewer bytes, and the server
 * writes fewer.
 */
export function playlistUpdate(version: PlaylistVersion, serverTime: string): PlaylistPushOnWire {
  const push: PlaylistPush = { version, serverTime };
  return withoutDefaults(PlaylistPushSchema, push);
}

/** The server's side of live traffic: what HTTP handlers call to reach devices and staff. */
export interface Hub {
  /** Sends a version to the screens of `placements` (by default all it targets). */
  pushVersion(v: PlaylistVersion, placements?: DevicePlacement[]): void;
  /** Every screen gets the whole active list and shows what applies to it (see emergenciesFor). */
  pushEmergencies(active: Emergency[]): void;
  revokeDevice(deviceId: string): void;
  reloadDevice(deviceId: string): void;
  /** The device's raw answer, or null when it is offline or does not answer in time. */
  requestScreenshot(deviceId: string): Promise<unknown>;
  announceScreenshot(e: { deviceId: string; takenAt: string }): void;
  /**
   * Kiosks re-download their catalogue copy, screens drop their cached spotlights. A change made here
   * is also told to the other nodes, which reload their index first and then tell their own devices,
   * so no device asks a node for a catalogue it has not read yet.
   */
  announceCatalogue(madeOn: 'this node' | 'another node'): void;
  /** A counted survey answer: the centre's screens refresh their results slide. */
  announceSurvey(centreId: string): void;
  /** A centre's screens get its ready list as it now stands. */
  pushDossiers(update: DossierScreenUpdate): void;
  /** The screen wall hears of a dossier feed's health. */
  announceDossierFeed(status: DossierFeedStatus): void;
  /** Devices as the console shows them, `online` on any node. */
  toDevices(rs: DeviceRecord[]): Promise<Device[]>;
  toDevice(r: DeviceRecord): Promise<Device>;
  announceDevices(rs: DeviceRecord[]): Promise<void>;
  /** Whether a console may be listening: no point reading device rows to announce them to nobody. */
  hasStaffListeners(): boolean;
  announcePlaylist(e: { playlistId: string; revision: number; by: string }): void;
  announcePublish(e: { playlistId: string; version: number; by: string }): void;
  /** Closes the consoles' sockets of a session that ended, or of every session of an account (on every node). */
  endStaffSessions(of: { sessionHash: string } | { userId: string }): void;
}

/** A 480-px frame is drawn and sent in well under a second; a screen that takes longer is not healthy. */
const SCREENSHOT_TIMEOUT_MS = 8000;

/** `others` is null on a node alone: then nothing is asked of or told to other nodes. */
export function createHub(io: DeviceIo, staff: StaffNamespace, presence: Presence, clock: Clock, others: OtherNodes | null): Hub {
  // A console on another node hears this node's announcements too.
  const hasStaffListeners = () => staff.sockets.size > 0 || (others?.consolesListening() ?? false);
  const toDevices = async (rs: DeviceRecord[]): Promise<Device[]> => {
    const online = await presence.online(rs.map((r) => r.id));
    return rs.map((r) => ({ ...r, online: online.has(r.id) }));
  };
  return {
    pushVersion(v, placements = targetPlacements(v)) {
      if (!placements.length) return;
      const targets = placements.map((p) => (p.group === null ? rooms.centre(p.centreId) : rooms.group(p.centreId, p.group)));
      // One emit over all rooms: socket.io sends once to a screen that sits in several of them.
      io.to(targets).emit('playlist:update', playlistUpdate(v, clock().toISOString()));
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
    announceCatalogue(madeOn) {
      io.local.emit('catalogue:changed', { at: clock().toISOString() });
      if (madeOn === 'this node') others?.catalogueChanged();
    },
    announceSurvey: (centreId) => void io.to(rooms.centre(centreId)).emit('survey:updated', { centreId }),
    pushDossiers: (update) => void io.to(rooms.centre(update.centreId)).emit('dossiers:updated', update),
    announceDossierFeed: (status) => void staff.emit('dossier:feed', status),
    toDevices,
    toDevice: async (r) => ({ ...r, online: (await presence.online([r.id])).has(r.id) }),
    async announceDevices(rs) {
      // With nobody listening, neither other nodes' presence nor Redis is worth a message.
      if (!hasStaffListeners()) return;
      for (const d of await toDevices(rs)) staff.emit('device:state', d);
    },
    hasStaffListeners,
    announcePlaylist: (e) => staff.emit('playlist:changed', e),
    announcePublish: (e) => staff.emit('playlist:published', e),
    endStaffSessions(of) {
      staff.in('userId' in of ? staffRooms.user(of.userId) : staffRooms.session(of.sessionHash)).disconnectSockets(true);
    },
  };
}
