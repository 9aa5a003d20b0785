import { type Device, DeviceKindSchema, type DeviceKind, type Heartbeat, HeartbeatSchema } from '@hcc/shared/schemas/device';
import type { PresenceSpan } from '@hcc/shared/reports/uptime';
import type { Db } from '../db/sqlite';
import { parseJsonColumn } from '../store/json';

/** A device as stored; `online` is not stored: presence belongs to the socket layer. */
export type DeviceRecord = Omit<Device, 'online'>;

export interface PairingRecord {
  id: string;
  code: string;
  kind: DeviceKind;
  claimHash: string;
  createdAt: string;
  expiresAt: string;
  deviceId: string | null;
  claimedAt: string | null;
}

export interface DeviceRepo {
  list(): Promise<DeviceRecord[]>;
  get(id: string): Promise<DeviceRecord | null>;
  getByTokenHash(hash: string): Promise<DeviceRecord | null>;
  create(d: DeviceRecord, tokenHash: string | null): Promise<void>;
  setTokenHash(id: string, hash: string): Promise<void>;
  revoke(id: string): Promise<boolean>;
  update(id: string, u: Partial<Pick<DeviceRecord, 'name' | 'centreId' | 'group'>>): Promise<void>;
  /** Many devices' latest acks and heartbeats, in one transaction. */
  recordStates(
    playing: { id: string; playlistId: string; version: number; at: string }[],
    heartbeats: { id: string; hb: Heartbeat; at: string }[],
  ): Promise<void>;
  /** Keeps only the latest screenshot of a device. */
  saveScreenshot(id: string, s: Screenshot): Promise<void>;
  getScreenshot(id: string): Promise<Screenshot | null>;
  /** Presence history for uptime: a device's first socket on a node opens a session, its last closes it. */
  openSession(deviceId: string, nodeId: string, at: string): Promise<void>;
  closeSession(deviceId: string, nodeId: string, at: string): Promise<void>;
  /** After a crash: closes the node's sessions left open, at each device's last sign of life. */
  closeOrphanSessions(nodeId: string): Promise<number>;
  /** Sessions that overlap [fromIso, toIso). */
  sessions(fromIso: string, toIso: string): Promise<PresenceSpan[]>;
  /** A span already known to end (presence heard over HTTP); its row id, to extend it with `extendSpan`. */
  openSpan(deviceId: string, nodeId: string, fromIso: string, toIso: string): Promise<number>;
  extendSpan(id: number, toIso: string): Promise<void>;
}

export interface Screenshot {
  takenAt: string;
  jpeg: Buffer;
}

export interface PairingRepo {
  create(p: PairingRecord): Promise<void>;
  get(id: string): Promise<PairingRecord | null>;
  /** Open = not yet approved and not expired at `now`. */
  findOpenByCode(code: string, now: string): Promise<PairingRecord | null>;
  listOpen(now: string): Promise<PairingRecord[]>;
  countOpen(now: string): Promise<number>;
  approve(id: string, deviceId: string): Promise<void>;
  /** Marks the ticket claimed; false when it already was (a replayed claim). */
  markClaimed(id: string, at: string): Promise<boolean>;
}

export interface DeviceRow {
  id: string;
  kind: string;
  name: string;
  centre_id: string;
  grp: string | null;
  status: 'active' | 'revoked';
  paired_at: string;
  last_seen_at: string | null;
  playing_playlist_id: string | null;
  playing_version: number | null;
  heartbeat_json: string | null;
}

export const toDevice = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  kind: DeviceKindSchema.parse(r.kind),
  name: r.name,
  centreId: r.centre_id,
  group: r.grp,
  status: r.status,
  pairedAt: r.paired_at,
  lastSeenAt: r.last_seen_at,
  playing: r.playing_playlist_id && r.playing_version ? { playlistId: r.playing_playlist_id, version: r.playing_version } : null,
  heartbeat: r.heartbeat_json ? parseJsonColumn(HeartbeatSchema, r.heartbeat_json, `heartbeat of device ${r.id}`) : null,
});

export interface SessionRow {
  device_id: string;
  connected_at: string;
  disconnected_at: string | null;
}
export const toPresenceSpan = (r: SessionRow): PresenceSpan => ({ deviceId: r.device_id, from: r.connected_at, to: r.disconnected_at });

export function sqliteDeviceRepo(db: Db): DeviceRepo {
  const list = db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY centre_id, name');
  const get = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
  const byToken = db.prepare<[string], DeviceRow>("SELECT * FROM devices WHERE token_hash = ? AND status = 'active'");
  const insert = db.prepare(
    `INSERT INTO devices (id, kind, name, centre_id, grp, status, token_hash, paired_at)
     VALUES (@id, @kind, @name, @centreId, @group, @status, @tokenHash, @pairedAt)`,
  );
  const setToken = db.prepare('UPDATE devices SET token_hash = ? WHERE id = ?');
  const update = db.prepare(
    'UPDATE devices SET name = coalesce(@name, name), centre_id = coalesce(@centreId, centre_id), grp = CASE WHEN @setGroup THEN @group ELSE grp END WHERE id = @id',
  );
  // The token hash is dropped on revoke, so a stolen token stops working even if the row is restored.
  const revoke = db.prepare("UPDATE devices SET status = 'revoked', token_hash = NULL WHERE id = ? AND status = 'active'");
  const playing = db.prepare('UPDATE devices SET playing_playlist_id = ?, playing_version = ?, last_seen_at = ? WHERE id = ?');
  const heartbeat = db.prepare('UPDATE devices SET heartbeat_json = ?, last_seen_at = ? WHERE id = ?');
  const putShot = db.prepare(
    `INSERT INTO device_screenshots (device_id, taken_at, jpeg) VALUES (?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET taken_at = excluded.taken_at, jpeg = excluded.jpeg`,
  );
  const getShot = db.prepare<[string], { taken_at: string; jpeg: Buffer }>('SELECT taken_at, jpeg FROM device_screenshots WHERE device_id = ?');
  const openSession = db.prepare('INSERT INTO device_sessions (device_id, node_id, connected_at) VALUES (?, ?, ?)');
  const openSpan = db.prepare('INSERT INTO device_sessions (device_id, node_id, connected_at, disconnected_at) VALUES (?, ?, ?, ?)');
  const extendSpan = db.prepare('UPDATE device_sessions SET disconnected_at = max(disconnected_at, ?) WHERE id = ?');
  const closeSession = db.prepare('UPDATE device_sessions SET disconnected_at = ? WHERE device_id = ? AND node_id = ? AND disconnected_at IS NULL');
  const closeOrphans = db.prepare(
    `UPDATE device_sessions SET disconnected_at = max(connected_at, coalesce((SELECT last_seen_at FROM devices d WHERE d.id = device_id), connected_at))
     WHERE node_id = ? AND disconnected_at IS NULL`,
  );
  const sessions = db.prepare<[string, string], SessionRow>(
    'SELECT device_id, connected_at, disconnected_at FROM device_sessions WHERE connected_at < ? AND (disconnected_at IS NULL OR disconnected_at >= ?)',
  );
  const writeStates = db.transaction(
    (p: { id: string; playlistId: string; version: number; at: string }[], h: { id: string; hb: Heartbeat; at: string }[]) => {
      for (const x of p) playing.run(x.playlistId, x.version, x.at, x.id);
      for (const x of h) heartbeat.run(JSON.stringify(x.hb), x.at, x.id);
    },
  );
  return {
    list: async () => list.all().map(toDevice),
    get: async (id) => {
      const r = get.get(id);
      return r ? toDevice(r) : null;
    },
    getByTokenHash: async (h) => {
      const r = byToken.get(h);
      return r ? toDevice(r) : null;
    },
    create: async (d, tokenHash) => void insert.run({ ...d, tokenHash }),
    setTokenHash: async (id, h) => void setToken.run(h, id),
    revoke: async (id) => revoke.run(id).changes === 1,
    update: async (id, u) => void update.run({ id, name: u.name ?? null, centreId: u.centreId ?? null, setGroup: u.group === undefined ? 0 : 1, group: u.group ?? null }),
    recordStates: async (p, h) => writeStates(p, h),
    saveScreenshot: async (id, shot) => void putShot.run(id, shot.takenAt, shot.jpeg),
    getScreenshot: async (id) => {
      const r = getShot.get(id);
      return r ? { takenAt: r.taken_at, jpeg: r.jpeg } : null;
    },
    openSession: async (deviceId, nodeId, at) => void openSession.run(deviceId, nodeId, at),
    closeSession: async (deviceId, nodeId, at) => void closeSession.run(at, deviceId, nodeId),
    closeOrphanSessions: async (nodeId) => closeOrphans.run(nodeId).changes,
    sessions: async (from, to) => sessions.all(to, from).map(toPresenceSpan),
    openSpan: async (deviceId, nodeId, from, to) => Number(openSpan.run(deviceId, nodeId, from, to).lastInsertRowid),
    extendSpan: async (id, to) => void extendSpan.run(to, id),
  };
}

export interface PairingRow {
  id: string;
  code: string;
  kind: string;
  claim_hash: string;
  created_at: string;
  expires_at: string;
  device_id: string | null;
  claimed_at: string | null;
}
export const toPairing = (r: PairingRow): PairingRecord => ({
  id: r.id,
  code: r.code,
  kind: DeviceKindSchema.parse(r.kind),
  claimHash: r.claim_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  deviceId: r.device_id,
  claimedAt: r.claimed_at,
});

export function sqlitePairingRepo(db: Db): PairingRepo {
  const insert = db.prepare(
    `INSERT INTO pairings (id, code, kind, claim_hash, created_at, expires_at) VALUES (@id, @code, @kind, @claimHash, @createdAt, @expiresAt)`,
  );
  const get = db.prepare<[string], PairingRow>('SELECT * FROM pairings WHERE id = ?');
  const open = 'device_id IS NULL AND expires_at > ?';
  const byCode = db.prepare<[string, string], PairingRow>(`SELECT * FROM pairings WHERE code = ? AND ${open}`);
  const listOpen = db.prepare<[string], PairingRow>(`SELECT * FROM pairings WHERE ${open} ORDER BY created_at`);
  const countOpen = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM pairings WHERE ${open}`);
  const approve = db.prepare('UPDATE pairings SET device_id = ? WHERE id = ?');
  const claim = db.prepare('UPDATE pairings SET claimed_at = ? WHERE id = ? AND claimed_at IS NULL');
  return {
    create: async (p) => void insert.run(p),
    get: async (id) => {
      const r = get.get(id);
      return r ? toPairing(r) : null;
    },
    findOpenByCode: async (code, now) => {
      const r = byCode.get(code, now);
      return r ? toPairing(r) : null;
    },
    listOpen: async (now) => listOpen.all(now).map(toPairing),
    countOpen: async (now) => countOpen.get(now)?.n ?? 0,
    approve: async (id, deviceId) => void approve.run(deviceId, id),
    markClaimed: async (id, at) => claim.run(at, id).changes === 1,
  };
}
