import { randomUUID } from 'node:crypto';
import type { ImpressionSummary } from '@hcc/shared/schemas/impression';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emitAck, startTestServer, type TestServer } from './fixtures';
import { rawSql } from './test-database';

let t: TestServer;
let p1: string;
// Screens paired and the playlist published on 1 March; the summaries of 2–3 March are sent on the 5th.
let now = 0;
beforeEach(async () => {
  now = Date.parse('2026-03-01T00:00:00Z');
  t = await startTestServer({}, () => new Date(now));
  p1 = await t.publishPlaylist({ targets: ['lt'] });
});
const go = () => {
  now = Date.parse('2026-03-05T00:00:00Z');
};
afterEach(async () => t.close());

const summaryOf = (deviceId: string, over: Partial<ImpressionSummary> = {}): ImpressionSummary => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item-1',
  playlistId: p1,
  playlistVersion: 1,
  day: '2026-03-02',
  showings: 40,
  playMs: 320_000,
  completed: 38,
  first: '2026-03-02T07:30:00+07:00',
  last: '2026-03-02T11:00:00.000Z',
  ...over,
});
const impressionOf = (deviceId: string, startedAt: string) => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item-1',
  playlistId: p1,
  playlistVersion: 1,
  startedAt,
  durationMs: 8000,
  completed: true,
  reason: 'completed' as const,
});
const showingsOf = async (deviceId: string, grain: 'day' | 'month') =>
  (await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', grain)).filter((g) => g.deviceId === deviceId).map((g) => [g.day, g.showings, g.playMs, g.completed, g.first, g.last]);

describe('impression summaries', () => {
  it('counts a summary in both roll-ups beside the impressions of its group, once however often it is sent', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    await t.deps.store.impressions.insertBatch([impressionOf(deviceId, '2026-03-02T06:00:00.000Z')], new Date().toISOString());
    const s = await t.connectDevice(token);
    const batch = {
      summaries: [summaryOf(deviceId), summaryOf(deviceId, { day: '2026-03-03', first: '2026-03-03T01:00:00Z', last: '2026-03-03T01:00:00Z', showings: 1, playMs: 8000, completed: 1 })],
    };
    expect(await emitAck(s, 'impression:summary', batch)).toEqual({ ok: true, data: { accepted: 2, duplicates: 0 } });
    // The lost-ack case: the same summaries again, over the socket and over HTTP.
    expect(await emitAck(s, 'impression:summary', batch)).toEqual({ ok: true, data: { accepted: 0, duplicates: 2 } });
    expect((await t.http.post('/api/impressions/summaries').set('Authorization', `Bearer ${token}`).send(batch).expect(200)).body).toEqual({ accepted: 0, duplicates: 2 });

    expect(await showingsOf(deviceId, 'day')).toEqual([
      ['2026-03-02', 41, 328_000, 39, '2026-03-02T00:30:00.000Z', '2026-03-02T11:00:00.000Z'],
      ['2026-03-03', 1, 8000, 1, '2026-03-03T01:00:00.000Z', '2026-03-03T01:00:00.000Z'],
    ]);
    expect(await showingsOf(deviceId, 'month')).toEqual([['2026-03-01', 42, 336_000, 40, '2026-03-02T00:30:00.000Z', '2026-03-03T01:00:00.000Z']]);
    expect(await t.deps.store.impressions.count()).toBe(1);

    // The raw CSV lists them, so its lines add up to the report's totals.
    const viewer = await t.login('viewer');
    const csv = (await t.http.get('/api/reports?from=2026-03-01&to=2026-03-31&centre=lt&format=csv').set('Cookie', viewer).expect(200)).text.trim().split(/\r?\n/);
    expect(csv[0]).toContain('Mã kết quả,Số lượt,Lần phát cuối (giờ Việt Nam)');
    expect(csv.filter((l) => l.includes(',summary,')).map((l) => l.split(',').at(-2))).toEqual(['40', '1']);
    const report = (await t.http.get('/api/reports?from=2026-03-01&to=2026-03-31&centre=lt').set('Cookie', viewer).expect(200)).body;
    expect(report.showings.totals.showings).toBe(42);
  });

  it('counts a summary sent again under a new id once, in one batch or in the next', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const auth = `Bearer ${token}`;
    const fold = summaryOf(deviceId);
    const again = () => ({ ...fold, id: randomUUID() });
    expect(
      (
        await t.http
          .post('/api/impressions/summaries')
          .set('Authorization', auth)
          .send({ summaries: [fold, again()] })
          .expect(200)
      ).body,
    ).toEqual({ accepted: 1, duplicates: 1 });
    expect(
      (
        await t.http
          .post('/api/impressions/summaries')
          .set('Authorization', auth)
          .send({ summaries: [again(), again()] })
          .expect(200)
      ).body,
    ).toEqual({ accepted: 0, duplicates: 2 });
    expect(await showingsOf(deviceId, 'day')).toEqual([['2026-03-02', 40, 320_000, 38, '2026-03-02T00:30:00.000Z', '2026-03-02T11:00:00.000Z']]);
  });

  it('refuses summaries naming another device, storing none of the batch', async () => {
    const a = await t.pairDevice();
    const b = await t.pairDevice();
    go();
    const s = await t.connectDevice(a.token);
    expect(await emitAck(s, 'impression:summary', { summaries: [summaryOf(a.deviceId), summaryOf(b.deviceId)] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.http
      .post('/api/impressions/summaries')
      .set('Authorization', `Bearer ${a.token}`)
      .send({ summaries: [summaryOf(b.deviceId)] })
      .expect(403);
    await t.http
      .post('/api/impressions/summaries')
      .send({ summaries: [summaryOf(a.deviceId)] })
      .expect(401);
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'day')).toEqual([]);
  });

  it.each([
    ['a million showings in one instant', { showings: 1_000_000, completed: 1_000_000, playMs: 10_000_000_000, last: '2026-03-02T07:30:00+07:00' }],
    ['more time on screen than from the first showing to the last', { showings: 4000, completed: 4000, playMs: 40_000_000 }],
    ['more showings than milliseconds on screen', { showings: 5000, completed: 0, playMs: 4000 }],
  ])('refuses a summary with %s as crowded, counting nothing', async (_name, over) => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const res = await t.http
      .post('/api/impressions/summaries')
      .set('Authorization', `Bearer ${token}`)
      .send({ summaries: [summaryOf(deviceId, over)] })
      .expect(200);
    expect(res.body).toMatchObject({ accepted: 0, refused: 1, reasons: { crowded: 1 } });
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'day')).toEqual([]);
  });

  it('names in the report a screen-day holding more than a screen can show in a day, and still counts it', async () => {
    const { deviceId, token } = await t.pairDevice();
    go();
    // Parts each plausible alone (a denser series than any screen plays): together more than a day holds.
    let n = 0;
    const part = () =>
      summaryOf(deviceId, { showings: 40_000, completed: 40_000, playMs: 40_000_000, first: `2026-03-02T00:${String(n++).padStart(2, '0')}:00+07:00`, last: '2026-03-02T23:59:00+07:00' });
    const send = async (summaries: ImpressionSummary[]) => (await t.http.post('/api/impressions/summaries').set('Authorization', `Bearer ${token}`).send({ summaries }).expect(200)).body;
    expect(await send([part(), part()])).toEqual({ accepted: 2, duplicates: 0 });
    const viewer = await t.login('viewer');
    const report = async () => (await t.http.get('/api/reports?from=2026-03-01&to=2026-03-31&centre=lt&format=json').set('Cookie', viewer).expect(200)).body;
    expect((await report()).integrity).toMatchObject({ ok: true, problems: [] });
    expect(await send([part()])).toEqual({ accepted: 1, duplicates: 0 });
    const r = await report();
    expect(r.showings.totals.showings).toBe(120_000);
    expect(r.integrity.ok).toBe(false);
    expect(r.integrity.problems).toEqual([expect.objectContaining({ kind: 'overfull', deviceId, day: '2026-03-02', detail: '120000/120000000', screenName: expect.any(String) })]);
    // A period without that day does not name it.
    expect((await t.http.get('/api/reports?from=2026-03-03&to=2026-03-31&centre=lt&format=json').set('Cookie', viewer).expect(200)).body.integrity.problems).toEqual([]);
  });

  it.each([
    ['more completed than shown', { completed: 41 }],
    ['a showing outside its day', { last: '2026-03-02T17:00:00Z' }],
    ['no showings', { showings: 0 }],
    ['a day that is not a date', { day: '2026-3-2' }],
    ['an id that is not a UUID', { id: 'abc' }],
  ])('refuses %s', async (_name, over) => {
    const { deviceId, token } = await t.pairDevice();
    go();
    const res = await t.http
      .post('/api/impressions/summaries')
      .set('Authorization', `Bearer ${token}`)
      .send({ summaries: [summaryOf(deviceId, over)] });
    expect(res.status).toBe(400);
    expect(await t.deps.store.impressions.groups('2026-03-01', '2026-03-31', 'day')).toEqual([]);
  });

  it('keeps stored summaries append-only', async () => {
    const { deviceId } = await t.pairDevice();
    await t.deps.store.impressions.insertSummaries([summaryOf(deviceId)], new Date().toISOString());
    await expect(rawSql(t.deps.config, 'UPDATE impression_summaries SET showings = 1')).rejects.toThrow(/append-only/);
    await expect(rawSql(t.deps.config, 'DELETE FROM impression_summaries')).rejects.toThrow(/append-only/);
  });
});
