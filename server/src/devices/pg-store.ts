import { allRows, changes, firstRow, type Pg, transaction } from '../db/pg';
import { type DeviceRepo, type DeviceRow, type PairingRepo, type PairingRow, type SessionRow, toDevice, toPairing, toPresenceSpan } from './store';

export function pgDeviceRepo(db: Pg): DeviceRepo {
  const one = async (sql: string, param: string) => {
    const r = await firstRow<DeviceRow>(db, sql, [param]);
    return r ? toDevice(r) : null;
  };
  return {
    list: async () => (await allRows<DeviceRow>(db, 'SELECT * FROM devices ORDER BY centre_id, name')).map(toDevice),
    get: (id) => one('SELECT * FROM devices WHERE id = $1', id),
    getByTokenHash: (h) => one("SELECT * FROM devices WHERE token_hash = $1 AND status = 'active'", h),
    create: async (d, tokenHash) =>
      void (await changes(db, 'INSERT INTO devices (id, kind, name, centre_id, grp, status, token_hash, paired_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        d.id,
        d.kind,
        d.name,
        d.centreId,
        d.group,
        d.status,
        tokenHash,
        d.pairedAt,
      ])),
    setTokenHash: async (id, h) => void (await changes(db, 'UPDATE devices SET token_hash = $1 WHERE id = $2', [h, id])),
    // The token hash is dropped on revoke, so a stolen token stops working even if the row is restored.
    revoke: async (id) => (await changes(db, "UPDATE devices SET status = 'revoked', token_hash = NULL WHERE id = $1 AND status = 'active'", [id])) === 1,
    update: async (id, u) =>
      void (await changes(db, 'UPDATE devices SET name = coalesce($2, name), centre_id = coalesce($3, centre_id), grp = CASE WHEN $4 THEN $5 ELSE grp END WHERE id = $1', [
        id,
        u.name ?? null,
        u.centreId ?? null,
        u.group !== undefined,
        u.group ?? null,
      ])),
    // One statement per kind over arrays instead of a round trip per device: a publish makes thousands
    // of screens ack at once. The writer hands over one entry per device, as an UPDATE … FROM needs.
    recordStates: (playing, heartbeats) =>
      transaction(db, async (c) => {
        if (playing.length)
          await changes(
            c,
            `UPDATE devices d SET playing_playlist_id = u.playlist_id, playing_version = u.version, last_seen_at = u.at
             FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS u(id, playlist_id, version, at) WHERE d.id = u.id`,
            [playing.map((x) => x.id), playing.map((x) => x.playlistId), playing.map((x) => x.version), playing.map((x) => x.at)],
          );
        if (heartbeats.length)
          await changes(
            c,
            `UPDATE devices d SET heartbeat_json = u.hb, last_seen_at = u.at
             FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, hb, at) WHERE d.id = u.id`,
            [heartbeats.map((x) => x.id), heartbeats.map((x) => JSON.stringify(x.hb)), heartbeats.map((x) => x.at)],
          );
      }),
    saveScreenshot: async (id, shot) =>
      void (await changes(
        db,
        `INSERT INTO device_screenshots (device_id, taken_at, jpeg) VALUES ($1, $2, $3)
         ON CONFLICT (device_id) DO UPDATE SET taken_at = excluded.taken_at, jpeg = excluded.jpeg`,
        [id, shot.takenAt, shot.jpeg],
      )),
    getScreenshot: async (id) => {
      const r = await firstRow<{ taken_at: string; jpeg: Buffer }>(db, 'SELECT taken_at, jpeg FROM device_screenshots WHERE device_id = $1', [id]);
      return r ? { takenAt: r.taken_at, jpeg: r.jpeg } : null;
    },
    openSession: async (deviceId, nodeId, at) => void (await changes(db, 'INSERT INTO device_sessions (device_id, node_id, connected_at) VALUES ($1, $2, $3)', [deviceId, nodeId, at])),
    closeSession: async (deviceId, nodeId, at) =>
      void (await changes(db, 'UPDATE device_sessions SET disconnected_at = $1 WHERE device_id = $2 AND node_id = $3 AND disconnected_at IS NULL', [at, deviceId, nodeId])),
    closeOrphanSessions: (nodeId) =>
      changes(
        db,
        `UPDATE device_sessions s SET disconnected_at = GREATEST(s.connected_at, coalesce((SELECT d.last_seen_at FROM devices d WHERE d.id = s.device_id), s.connected_at))
         WHERE s.node_id = $1 AND s.disconnected_at IS NULL`,
        [nodeId],
      ),
    sessions: async (from, to) =>
      (
        await allRows<SessionRow>(db, 'SELECT device_id, connected_at, disconnected_at FROM device_sessions WHERE connected_at < $1 AND (disconnected_at IS NULL OR disconnected_at >= $2)', [
          to,
          from,
        ])
      ).map(toPresenceSpan),
    openSpan: async (deviceId, nodeId, from, to) => {
      const r = await firstRow<{ id: number | string }>(db, 'INSERT INTO device_sessions (device_id, node_id, connected_at, disconnected_at) VALUES ($1, $2, $3, $4) RETURNING id', [deviceId, nodeId, from, to]);
      return Number(r?.id);
    },
    extendSpan: async (id, to) => void (await changes(db, 'UPDATE device_sessions SET disconnected_at = GREATEST(disconnected_at, $1) WHERE id = $2', [to, id])),
  };
}

export function pgPairingRepo(db: Pg): PairingRepo {
  const open = 'device_id IS NULL AND expires_at > $1';
  return {
    create: async (p) =>
      void (await changes(db, 'INSERT INTO pairings (id, code, kind, claim_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        p.id,
        p.code,
        p.kind,
        p.claimHash,
        p.createdAt,
        p.expiresAt,
      ])),
    get: async (id) => {
      const r = await firstRow<PairingRow>(db, 'SELECT * FROM pairings WHERE id = $1', [id]);
      return r ? toPairing(r) : null;
    },
    findOpenByCode: async (code, now) => {
      const r = await firstRow<PairingRow>(db, `SELECT * FROM pairings WHERE ${open} AND code = $2`, [now, code]);
      return r ? toPairing(r) : null;
    },
    listOpen: async (now) => (await allRows<PairingRow>(db, `SELECT * FROM pairings WHERE ${open} ORDER BY created_at`, [now])).map(toPairing),
    countOpen: async (now) => (await firstRow<{ n: number }>(db, `SELECT COUNT(*) AS n FROM pairings WHERE ${open}`, [now]))?.n ?? 0,
    approve: async (id, deviceId) => void (await changes(db, 'UPDATE pairings SET device_id = $1 WHERE id = $2', [deviceId, id])),
    markClaimed: async (id, at) => (await changes(db, 'UPDATE pairings SET claimed_at = $1 WHERE id = $2 AND claimed_at IS NULL', [at, id])) === 1,
  };
}
