import { type Device, DeviceKindSchema, type DeviceKind, type Heartbeat, HeartbeatSchema } from '@hcc/shared/schemas/device';
import type { PresenceSpan } from '@hcc/shared/reports/uptime';
import { type Selectable, sql } from 'kysely';
import { affected, chunks, type Kdb } from '../db/kysely';
import type { DevicesTable, PairingsTable } from '../db/schema';
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
  recordStates(playing: { id: string; playlistId: string; version: number; at: string }[], heartbeats: { id: string; hb: Heartbeat; at: string }[]): Promise<void>;
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

const toDevice = (r: Selectable<DevicesTable>): DeviceRecord => ({
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

/** `(VALUES (…), (…))`: both engines name its columns column1, column2, … */
const valuesList = (rows: unknown[][]) => sql`(VALUES ${sql.join(rows.map((r) => sql`(${sql.join(r)})`))})`;

export function deviceRepo(db: Kdb): DeviceRepo {
  const devices = () => db.selectFrom('devices').selectAll();
  const first = async (q: ReturnType<typeof devices>) => {
    const r = await q.executeTakeFirst();
    return r ? toDevice(r) : null;
  };
  return {
    list: async () => (await devices().orderBy('centre_id').orderBy('name').execute()).map(toDevice),
    get: (id) => first(devices().where('id', '=', id)),
    getByTokenHash: (h) => first(devices().where('token_hash', '=', h).where('status', '=', 'active')),
    create: async (d, tokenHash) =>
      void (await db
        .insertInto('devices')
        .values({ id: d.id, kind: d.kind, name: d.name, centre_id: d.centreId, grp: d.group, status: d.status, token_hash: tokenHash, paired_at: d.pairedAt })
        .execute()),
    setTokenHash: async (id, h) => void (await db.updateTable('devices').set({ token_hash: h }).where('id', '=', id).execute()),
    // The token hash is dropped on revoke, so a stolen token stops working even if the row is restored.
    revoke: async (id) => affected(await db.updateTable('devices').set({ status: 'revoked', token_hash: null }).where('id', '=', id).where('status', '=', 'active').executeTakeFirst()) === 1,
    update: async (id, u) => {
      const set = { ...(u.name !== undefined && { name: u.name }), ...(u.centreId !== undefined && { centre_id: u.centreId }), ...(u.group !== undefined && { grp: u.group }) };
      if (Object.keys(set).length) await db.updateTable('devices').set(set).where('id', '=', id).execute();
    },
    // One statement per kind and chunk over a VALUES list instead of one per device: a publish makes
    // thousands of screens ack at once. The writer hands over one entry per device, as UPDATE … FROM
    // needs. VALUES' parameters are text to PostgreSQL, hence the cast of the version.
    recordStates: async (playing, heartbeats) => {
      if (!playing.length && !heartbeats.length) return;
      await db.transaction().execute(async (tx) => {
        for (const part of chunks(playing))
          await sql`UPDATE devices SET playing_playlist_id = u.column2, playing_version = CAST(u.column3 AS BIGINT), last_seen_at = u.column4
            FROM ${valuesList(part.map((x) => [x.id, x.playlistId, x.version, x.at]))} AS u WHERE devices.id = u.column1`.execute(tx);
        for (const part of chunks(heartbeats))
          await sql`UPDATE devices SET heartbeat_json = u.column2, last_seen_at = u.column3
            FROM ${valuesList(part.map((x) => [x.id, JSON.stringify(x.hb), x.at]))} AS u WHERE devices.id = u.column1`.execute(tx);
      });
    },
    saveScreenshot: async (id, shot) =>
      void (await db
        .insertInto('device_screenshots')
        .values({ device_id: id, taken_at: shot.takenAt, jpeg: shot.jpeg })
        .onConflict((oc) => oc.column('device_id').doUpdateSet({ taken_at: shot.takenAt, jpeg: shot.jpeg }))
        .execute()),
    getScreenshot: async (id) => {
      const r = await db.selectFrom('device_screenshots').select(['taken_at', 'jpeg']).where('device_id', '=', id).executeTakeFirst();
      return r ? { takenAt: r.taken_at, jpeg: r.jpeg } : null;
    },
    openSession: async (deviceId, nodeId, at) => void (await db.insertInto('device_sessions').values({ device_id: deviceId, node_id: nodeId, connected_at: at }).execute()),
    closeSession: async (deviceId, nodeId, at) =>
      void (await db.updateTable('device_sessions').set({ disconnected_at: at }).where('device_id', '=', deviceId).where('node_id', '=', nodeId).where('disconnected_at', 'is', null).execute()),
    // The later of the connection and the device's last sign of life (CASE, as SQLite's max() and
    // PostgreSQL's GREATEST are spelt differently; a NULL last_seen_at compares false).
    closeOrphanSessions: async (nodeId) =>
      affected(
        await db
          .updateTable('device_sessions')
          .set({
            disconnected_at: sql<string>`coalesce((SELECT CASE WHEN d.last_seen_at > device_sessions.connected_at THEN d.last_seen_at ELSE device_sessions.connected_at END
              FROM devices d WHERE d.id = device_sessions.device_id), device_sessions.connected_at)`,
          })
          .where('node_id', '=', nodeId)
          .where('disconnected_at', 'is', null)
          .executeTakeFirst(),
      ),
    sessions: async (from, to) =>
      (
        await db
          .selectFrom('device_sessions')
          .select(['device_id', 'connected_at', 'disconnected_at'])
          .where('connected_at', '<', to)
          .where((eb) => eb.or([eb('disconnected_at', 'is', null), eb('disconnected_at', '>=', from)]))
          .execute()
      ).map((r): PresenceSpan => ({ deviceId: r.device_id, from: r.connected_at, to: r.disconnected_at })),
    openSpan: async (deviceId, nodeId, from, to) =>
      Number((await db.insertInto('device_sessions').values({ device_id: deviceId, node_id: nodeId, connected_at: from, disconnected_at: to }).returning('id').executeTakeFirstOrThrow()).id),
    // Never moves a span's end back (the later of the two, spelt as CASE for both engines).
    extendSpan: async (id, to) =>
      void (await db
        .updateTable('device_sessions')
        .set({ disconnected_at: sql<string>`CASE WHEN disconnected_at < ${to} THEN ${to} ELSE disconnected_at END` })
        .where('id', '=', id)
        .execute()),
  };
}

const toPairing = (r: Selectable<PairingsTable>): PairingRecord => ({
  id: r.id,
  code: r.code,
  kind: DeviceKindSchema.parse(r.kind),
  claimHash: r.claim_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  deviceId: r.device_id,
  claimedAt: r.claimed_at,
});

export function pairingRepo(db: Kdb): PairingRepo {
  /** Open = not yet approved and not expired at `now`. */
  const open = (now: string) => db.selectFrom('pairings').where('device_id', 'is', null).where('expires_at', '>', now);
  return {
    create: async (p) => void (await db.insertInto('pairings').values({ id: p.id, code: p.code, kind: p.kind, claim_hash: p.claimHash, created_at: p.createdAt, expires_at: p.expiresAt }).execute()),
    get: async (id) => {
      const r = await db.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toPairing(r) : null;
    },
    findOpenByCode: async (code, now) => {
      const r = await open(now).selectAll().where('code', '=', code).executeTakeFirst();
      return r ? toPairing(r) : null;
    },
    listOpen: async (now) => (await open(now).selectAll().orderBy('created_at').execute()).map(toPairing),
    countOpen: async (now) =>
      (
        await open(now)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    approve: async (id, deviceId) => void (await db.updateTable('pairings').set({ device_id: deviceId }).where('id', '=', id).execute()),
    markClaimed: async (id, at) => affected(await db.updateTable('pairings').set({ claimed_at: at }).where('id', '=', id).where('claimed_at', 'is', null).executeTakeFirst()) === 1,
  };
}
