import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS } from '../src/impressions/chain';
import { recordDayHead } from '../src/impressions/chain-checks';
import { walkBeside, type WalkDb } from '../src/impressions/walk-in-worker';
import { openWalkPages } from '../src/impressions/walk-pages';
import { DEFAULT_LIMITS } from '../src/security/limits';
import { emitAck, startTestServer, type TestServer } from './fixtures';
import { serverEntry } from './server-entry';
import { rawSql, storeEnv, testEngine } from './test-database';

let t: TestServer;
let playlistId: string;
// The showings below are dated 2 and 3 March 2026: the screens are paired and the playlist published
// on 1 March, and the clock moves to 5 March before they are sent (showings are refused from before
// pairing or publishing, or from the future).
let now = 0;
/** Each test's showings start 10 s apart (a screen shows one item at a time), from 08:00 on 2 March. */
let shown = 0;
beforeEach(async () => {
  now = Date.parse('2026-03-01T00:00:00Z');
  shown = 0;
  t = await startTestServer({}, () => new Date(now));
  playlistId = await t.publishPlaylist({ targets: ['lt'] });
});
const go = () => {
  now = Date.parse('2026-03-05T00:00:00Z');
};
afterEach(async () => t.close());

const makeImpression = (deviceId: string, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item-1',
  playlistId,
  playlistVersion: 1,
  startedAt: 'startedAt' in over ? '' : new Date(Date.parse('2026-03-02T08:00:00+07:00') + 10_000 * shown++).toISOString(),
  durationMs: 8000,
  completed: true,
  reason: 'completed' as const,
  ...over,
});

describe('impression ingest', () => {
  it('counts a replayed socket batch once', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    const batch = { impressions: [makeImpression(deviceId), makeImpression(deviceId), makeImpression(deviceId)] };
    expect(await emitAck(s, 'impression:batch', batch)).toEqual({ ok: true, data: { accepted: 3, duplicates: 0 } });
    expect(await emitAck(s, 'impression:batch', batch)).toEqual({ ok: true, data: { accepted: 0, duplicates: 3 } });
    expect(await t.deps.store.impressions.count()).toBe(3);
  });

  it('accepts the same batch over HTTP idempotently', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const batch = { impressions: [makeImpression(deviceId), makeImpression(deviceId)] };
    const auth = `Bearer ${token}`;
    expect((await t.http.post('/api/impressions').set('Authorization', auth).send(batch).expect(200)).body).toEqual({ accepted: 2, duplicates: 0 });
    const s = await t.connectDevice(token);
    expect((await emitAck(s, 'impression:batch', batch)).data).toEqual({ accepted: 0, duplicates: 2 });
    expect(await t.deps.store.impressions.count()).toBe(2);
    await t.http.post('/api/impressions').send(batch).expect(401);
  });

  it('refuses a batch that reports for another device, storing none of it', async () => {
    const a = await t.pairDevice();
    const b = await t.pairDevice();
    go();
    const s = await t.connectDevice(a.token);
    const res = await emitAck(s, 'impression:batch', { impressions: [makeImpression(a.deviceId), makeImpression(b.deviceId)] });
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.deps.store.impressions.count()).toBe(0);
  });

  it('counts a showing sent again under a new id once, in one batch or in the next, however its start is spelled', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const auth = `Bearer ${token}`;
    const first = makeImpression(deviceId, { startedAt: '2026-03-02T08:00:00+07:00' });
    const again = (startedAt: string) => makeImpression(deviceId, { startedAt });
    const next = makeImpression(deviceId, { startedAt: '2026-03-02T08:00:08+07:00' });
    expect(
      (
        await t.http
          .post('/api/impressions')
          .set('Authorization', auth)
          .send({ impressions: [first, again('2026-03-02T01:00:00Z'), next] })
          .expect(200)
      ).body,
    ).toEqual({ accepted: 2, duplicates: 1 });
    const respelt = ['2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00+00:00', '2026-03-02T09:00:00+08:00'].map(again);
    expect((await t.http.post('/api/impressions').set('Authorization', auth).send({ impressions: respelt }).expect(200)).body).toEqual({ accepted: 0, duplicates: 3 });
    const s = await t.connectDevice(token);
    expect(await emitAck(s, 'impression:batch', { impressions: [again('2026-03-02T08:00:00+07:00')] })).toEqual({ ok: true, data: { accepted: 0, duplicates: 1 } });
    expect(await t.deps.store.impressions.count()).toBe(2);
    expect((await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'day')).map((g) => g.showings)).toEqual([2]);
  });

  it('keeps a record with no time on screen beside a showing that started in the same millisecond', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const startedAt = '2026-03-02T01:00:00.000Z';
    const cut = makeImpression(deviceId, { startedAt, durationMs: 0, completed: false, reason: 'preempted' });
    const batch = [cut, { ...cut, id: randomUUID() }, makeImpression(deviceId, { startedAt })];
    expect((await t.http.post('/api/impressions').set('Authorization', `Bearer ${token}`).send({ impressions: batch }).expect(200)).body).toEqual({ accepted: 3, duplicates: 0 });
  });

  it('refuses showings from a kiosk, which plays no playlist, over HTTP and the socket, storing none', async () => {
    const { deviceId, token } = await t.pairDevice({ kind: 'kiosk' });
    go();
    const day = '2026-03-02';
    const summary = {
      id: randomUUID(),
      deviceId,
      itemId: 'item-1',
      playlistId,
      playlistVersion: 1,
      day,
      showings: 1,
      playMs: 8000,
      completed: 1,
      first: '2026-03-02T01:00:00Z',
      last: '2026-03-02T01:00:08Z',
    };
    const auth = `Bearer ${token}`;
    const http = await t.http
      .post('/api/impressions')
      .set('Authorization', auth)
      .send({ impressions: [makeImpression(deviceId)] })
      .expect(403);
    expect(http.body.message).toMatch(/kiosk/);
    await t.http
      .post('/api/impressions/summaries')
      .set('Authorization', auth)
      .send({ summaries: [summary] })
      .expect(403);
    const s = await t.connectDevice(token);
    expect(await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId)] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await emitAck(s, 'impression:summary', { summaries: [{ ...summary, id: randomUUID() }] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.deps.store.impressions.count()).toBe(0);
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'day')).toEqual([]);
  });

  it.each([
    ['a negative duration', { durationMs: -5 }],
    ['a non-UUID id', { id: 'abc' }],
    ['a start time without offset', { startedAt: '2026-03-02 08:00' }],
    ['an unknown reason', { reason: 'bored' }],
    ['an extra field', { viewerFace: 'x' }],
  ])('refuses %s with a validation ack', async (_name, over) => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    const res = await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId, over)] });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('validation');
    expect(await t.deps.store.impressions.count()).toBe(0);
  });

  it("refuses a screen's acknowledgement of another centre's playlist, so its showings of it stay refused", async () => {
    const { deviceId, token } = await t.pairDevice({ centreId: 'ltan' });
    go();
    const s = await t.connectDevice(token);
    const ack = await emitAck(s, 'playlist:ack', { playlistId, version: 1 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The devices list writes what screens acknowledged before it reads them.
    await t.http
      .get('/api/devices')
      .set('Cookie', await t.login('viewer'))
      .expect(200);
    const res = await t.http
      .post('/api/impressions')
      .set('Authorization', `Bearer ${token}`)
      .send({ impressions: [makeImpression(deviceId)] })
      .expect(200);
    expect(res.body).toMatchObject({ accepted: 0, refused: 1, reasons: { not_sent: 1 } });
    expect(await t.deps.store.impressions.count()).toBe(0);
  });

  it('answers unknown and malformed events with an error ack and stays connected', async () => {
    const { token } = await t.pairDevice();
    const s = await t.connectDevice(token);
    expect((await emitAck(s, 'playlist:delete', {})).error?.message).toMatch(/Unknown event/);
    expect((await emitAck(s, 'playlist:ack', 'not an object')).error?.code).toBe('validation');
    expect((await emitAck(s, 'device:heartbeat', { playing: null, currentItemId: null, uptimeMs: 5 })).ok).toBe(true);
    expect(s.connected).toBe(true);
  });

  it('cannot be edited or deleted in the database', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    await t.http
      .post('/api/impressions')
      .set('Authorization', `Bearer ${token}`)
      .send({ impressions: [makeImpression(deviceId)] })
      .expect(200);
    await expect(rawSql(t.deps.config, 'UPDATE impressions SET duration_ms = 1')).rejects.toThrow(/append-only/);
    await expect(rawSql(t.deps.config, 'DELETE FROM impressions')).rejects.toThrow(/append-only/);
    // PostgreSQL also has TRUNCATE, which no row trigger sees.
    if (testEngine === 'pg') await expect(rawSql(t.deps.config, 'TRUNCATE impressions')).rejects.toThrow(/append-only/);
  });
});

const full = () => ({ full: true, at: new Date().toISOString() });

describe('impression log integrity', () => {
  // Someone with the database in hand: the append-only triggers do not stop them, the chain shows it.
  const dropTriggers = testEngine === 'pg' ? 'ALTER TABLE impressions DISABLE TRIGGER USER;' : 'DROP TRIGGER IF EXISTS impressions_no_update; DROP TRIGGER IF EXISTS impressions_no_delete;';
  const tamper = (sql: string) => rawSql(t.deps.config, `${dropTriggers} ${sql}`);
  const verifyCli = () =>
    promisify(execFile)(process.execPath, serverEntry('log-verify'), { env: storeEnv(t.deps.config) }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );

  it('chains every stored impression, replays included, and says so', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    const batch = { impressions: [makeImpression(deviceId), makeImpression(deviceId), makeImpression(deviceId)] };
    await emitAck(s, 'impression:batch', batch);
    await emitAck(s, 'impression:batch', { impressions: [batch.impressions[1], makeImpression(deviceId)] });
    expect(await t.deps.store.impressions.verify(full())).toMatchObject({ ok: true, rows: 4, firstBroken: null });
    const ok = await verifyCli();
    expect(ok).toMatchObject({ code: 0, out: expect.stringContaining('holds: 4 rows') });
  }, 30_000);

  it.each([
    ['a changed duration', 'UPDATE impressions SET duration_ms = duration_ms * 10 WHERE seq = 2', 2],
    ['a removed row', 'DELETE FROM impressions WHERE seq = 2', 3],
  ])(
    'detects %s',
    async (_name, sql, brokenAt) => {
      const { deviceId, token } = await t.pairDevice();
      go();
      const s = await t.connectDevice(token);
      await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId), makeImpression(deviceId), makeImpression(deviceId)] });
      await tamper(sql);
      const r = await t.deps.store.impressions.verify(full());
      expect(r.ok).toBe(false);
      expect(r.firstBroken?.seq).toBe(brokenAt);
      const cli = await verifyCli();
      expect(cli.code).toBe(1);
      // Told in a person's terms: which item, which screen of which centre, when — not a row number.
      expect(cli.out).toContain('does NOT hold');
      expect(cli.out).toContain('Lượt phát «Tin cải cách» trên màn hình «Test screen» (Xã Long Thành) lúc 08:00 02/03/2026');
    },
    30_000,
  );

  it('re-checks only the rows added since the last walk, and catches a change among them', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId), makeImpression(deviceId)] });
    const viewer = await t.login('viewer');
    const first = (await t.http.get('/api/impressions/integrity?full=1').set('Cookie', viewer).expect(200)).body;
    expect(first).toMatchObject({ ok: true, rows: 2, fullCheckAt: expect.any(String) });
    await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId), makeImpression(deviceId), makeImpression(deviceId)] });
    // The quick check walks the three new rows on top of the two already checked.
    expect((await t.http.get('/api/impressions/integrity').set('Cookie', viewer).expect(200)).body).toMatchObject({ ok: true, rows: 5, fullCheckAt: first.fullCheckAt });
    await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId)] });
    await tamper("UPDATE impressions SET item_id = 'other' WHERE seq = 6");
    expect((await t.http.get('/api/impressions/integrity').set('Cookie', viewer).expect(200)).body).toMatchObject({ ok: false, firstBroken: { seq: 6 } });
    // It stays reported broken until a full walk says otherwise.
    expect((await t.http.get('/api/impressions/integrity').set('Cookie', viewer).expect(200)).body.ok).toBe(false);
    await t.http.get('/api/impressions/integrity').expect(401);
    await t.http.get('/api/impressions/integrity?full=yes').set('Cookie', viewer).expect(400);
  }, 30_000);
  it('bounds the full walks one account may ask for; the quick check stays free', async () => {
    const small = await startTestServer({ limits: { ...DEFAULT_LIMITS, chainWalks: { perUser: 2, windowS: 3600 } } });
    try {
      const [viewer, other] = [await small.login('viewer'), await small.login('viewer')];
      for (let i = 0; i < 2; i++) await small.http.get('/api/impressions/integrity?full=1').set('Cookie', viewer).expect(200);
      const refused = await small.http.get('/api/impressions/integrity?full=1').set('Cookie', viewer).expect(429);
      expect(refused.body).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('full walks') });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      await small.http.get('/api/impressions/integrity').set('Cookie', viewer).expect(200);
      await small.http.get('/api/impressions/integrity?full=1').set('Cookie', other).expect(200);
    } finally {
      await small.close();
    }
  });

  it('walks the same in a worker thread as on the event loop, a change included', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    await emitAck(s, 'impression:batch', { impressions: [makeImpression(deviceId), makeImpression(deviceId), makeImpression(deviceId)] });
    const db: WalkDb = t.deps.config.databaseUrl ? { engine: 'pg', url: t.deps.config.databaseUrl } : { engine: 'sqlite', file: path.join(t.deps.config.dataDir, 'hcc.sqlite') };
    const k = await t.deps.store.impressions.keying();
    const from = { rows: { seq: 0, hash: GENESIS }, summaries: { seq: 0, hash: GENESIS } };
    const { pages, close } = await openWalkPages(db);
    try {
      const walkBoth = async () => {
        const [inThread, inWorker] = [await walkBeside(db, pages, k, from, Infinity), await walkBeside(db, pages, k, from, 0)];
        expect(inWorker).toEqual(inThread);
        return inWorker;
      };
      expect((await walkBoth()).rows).toMatchObject({ ok: true, rows: 3, lastSeq: 3 });
      await tamper('UPDATE impressions SET duration_ms = duration_ms * 10 WHERE seq = 2');
      expect((await walkBoth()).rows).toMatchObject({ ok: false, rows: 3, broken: [{ seq: 2, chain: 'impressions', deviceId }] });
    } finally {
      await close();
    }
  }, 30_000);
});

describe('daily roll-up', () => {
  it('adds each stored showing once, by Vietnam day, screen, version and item — replays, refusals and interrupted showings add nothing', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const s = await t.connectDevice(token);
    const late = makeImpression(deviceId, { startedAt: '2026-03-02T23:59:00+07:00', durationMs: 5000, completed: false, reason: 'interrupted' });
    const batch = [makeImpression(deviceId), makeImpression(deviceId, { startedAt: '2026-03-02T00:30:00Z' }), late, makeImpression(deviceId, { startedAt: '2026-03-02T17:01:00Z' })];
    await emitAck(s, 'impression:batch', { impressions: batch });
    await emitAck(s, 'impression:batch', { impressions: batch });
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-03', 'day')).toEqual([
      { day: '2026-03-02', deviceId, playlistId, playlistVersion: 1, itemId: 'item-1', showings: 2, playMs: 16_000, completed: 2, first: '2026-03-02T00:30:00.000Z', last: '2026-03-02T01:00:00.000Z' },
      { day: '2026-03-03', deviceId, playlistId, playlistVersion: 1, itemId: 'item-1', showings: 1, playMs: 8000, completed: 1, first: '2026-03-02T17:01:00.000Z', last: '2026-03-02T17:01:00.000Z' },
    ]);
    expect(await t.deps.store.impressions.groups('2026-03-03', '2026-03-03', 'day')).toHaveLength(1);
    // By month (this one from the days, being ragged) and by Monday week: the same showings, added up.
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-03', 'month')).toMatchObject([
      { day: '2026-03-01', showings: 3, playMs: 24_000, completed: 3, first: '2026-03-02T00:30:00.000Z', last: '2026-03-02T17:01:00.000Z' },
    ]);
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'month')).toMatchObject([{ day: '2026-03-01', showings: 3 }]);
    expect(await t.deps.store.impressions.groups('2026-02-01', '2026-03-31', 'week')).toMatchObject([{ day: '2026-03-02', showings: 3 }]);
    expect(await t.deps.store.impressions.daysOnAir('2026-03-01', '2026-03-31')).toEqual(new Map([[deviceId, 2]]));
  });

  it('records the head of the day that ended, and seals that day’s totals, just after Vietnam midnight', async () => {
    const { deviceId } = await t.pairDevice();
    go();
    await t.deps.store.impressions.insertBatch([makeImpression(deviceId), makeImpression(deviceId)], new Date(now).toISOString());
    now = Date.parse('2026-03-03T00:05:00+07:00');
    await recordDayHead(t.deps);
    expect((await t.deps.store.audit.query({ action: 'log.day_head', limit: 1 }))[0]).toMatchObject({ subject: '2026-03-02', after: { ok: true } });
    // Sealed by the night's job: the report reads the day by its seal, not its rows.
    expect(await t.deps.store.impressions.checkRollUps('2026-03-02', '2026-03-02', new Date(now).toISOString())).toMatchObject({ days: 1, rederived: 0, problems: [] });
  });

  it('seals each day once: the database spells and orders its groups as the seal was written', async () => {
    // Ids that are prefixes of each other and versions 2 and 10, whose order as text is not their order as numbers.
    const showing = (deviceId: string, itemId: string, playlistVersion: number, at: string) => ({ ...makeImpression(deviceId), itemId, playlistVersion, startedAt: at });
    const rows = ['screen-1', 'screen-10', 'screen-1a'].flatMap((d, i) =>
      [2, 10].flatMap((v, j) => ['item', 'item-2', 'item-10'].map((item, k) => showing(d, item, v, `2026-03-0${2 + ((i + j + k) % 2)}T0${i}:${j}${k}:00.000Z`))),
    );
    expect((await t.deps.store.impressions.insertBatch(rows, new Date(now).toISOString())).accepted).toBe(rows.length);
    const at = new Date(now).toISOString();
    expect(await t.deps.store.impressions.checkRollUps('2026-03-01', '2026-03-04', at)).toMatchObject({ days: 4, rederived: 4, problems: [] });
    // Sealed now: the days are good by their seals alone, without reading a row.
    expect(await t.deps.store.impressions.checkRollUps('2026-03-01', '2026-03-04', at)).toMatchObject({ days: 4, rederived: 0, problems: [] });
    // A group changed behind the seal's back is read again, and found out.
    await rawSql(t.deps.config, `UPDATE impression_daily SET showings = showings + 1 WHERE device_id = 'screen-10' AND playlist_version = 10 AND item_id = 'item-2'`);
    const after = await t.deps.store.impressions.checkRollUps('2026-03-01', '2026-03-04', at);
    expect(after.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'rollup', deviceId: 'screen-10', itemId: 'item-2' })]));
  });
});
