import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import { makeShowing, startTestServer, type TestServer, bufferBody } from './fixtures';

let t: TestServer;
afterEach(async () => t.close());

/**
 * A screen paired at Long Thành, whose playlist targets both communes, moved to Lộc Tấn at `movedAt`; on
 * 2 October its showings at `starts` are stored. Returns a viewer's report (JSON) and CSV, and the playlist.
 */
async function movedScreen(movedAt: string, starts: string[]) {
  let now = new Date('2026-06-20T02:00:00Z');
  t = await startTestServer({}, () => now);
  const screen = (await t.pairDevice({ centreId: 'lt' })).deviceId;
  const playlistId = await t.publishPlaylist({ targets: ['lt', 'ltan'] });
  now = new Date(movedAt);
  await t.http
    .patch(`/api/devices/${screen}`)
    .set('Cookie', await t.login('editor'))
    .send({ centreId: 'ltan' })
    .expect(200);
  now = new Date('2026-10-02T00:00:00Z');
  await t.deps.store.impressions.insertBatch(
    starts.map((startedAt) => makeShowing({ deviceId: screen, playlistId, startedAt })),
    now.toISOString(),
  );
  const viewer = await t.login('viewer');
  return {
    playlistId,
    report: async (q: string) => (await t.http.get(`/api/reports?${q}`).set('Cookie', viewer).expect(200)).body,
    csv: async (q: string) => (await t.http.get(`/api/reports?${q}&format=csv`).set('Cookie', viewer).expect(200)).text as string,
    xlsx: async (q: string) => (await t.http.get(`/api/reports?${q}&format=xlsx`).set('Cookie', viewer).buffer(true).parse(bufferBody).expect(200)).body as Buffer,
  };
}

/**
 * A screen moved from Long Thành to Lộc Tấn on 15 August: what it showed before counts for Long Thành,
 * what it showed after for Lộc Tấn, in both communes' reports, the province's, and its CSV.
 */
it('counts a moved screen at the centre it stood in when it showed each item', async () => {
  const { playlistId, report, csv, xlsx } = await movedScreen('2026-08-15T00:00:00Z', ['2026-07-10T02:00:00Z', '2026-08-14T02:00:00Z', '2026-09-10T02:00:00Z']);
  const [lt, ltan, dn] = await Promise.all(['lt', 'ltan', 'dn'].map((c) => report(`from=2026-07-01&to=2026-09-30&centre=${c}`)));
  expect(lt.showings.totals.showings).toBe(2);
  expect(lt.showings.byDay.map((d: { key: string }) => d.key)).toEqual(['2026-07-10', '2026-08-14']);
  expect(lt.uptime.map((u: { centreId: string }) => u.centreId)).toEqual(['lt']);
  // Its days with showings are those it showed something at the centre reported on.
  expect([lt, ltan].map((r) => r.uptime[0].daysWithShowings)).toEqual([2, 1]);
  expect(ltan.showings.totals.showings).toBe(1);
  expect(dn.showings.byCentre.map((c: { key: string; showings: number }) => [c.key, c.showings])).toEqual([
    ['lt', 2],
    ['ltan', 1],
  ]);
  // The province's screens add up per centre as its centres do: the moved screen has a row at each.
  expect(dn.showings.totals.screens).toBe(1);
  expect(dn.showings.byScreen.map((r: { centreId: string; showings: number }) => [r.centreId, r.showings])).toEqual([
    ['lt', 2],
    ['ltan', 1],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await xlsx('from=2026-07-01&to=2026-09-30&centre=dn')).buffer);
  const lines = (wb.getWorksheet('Màn hình')?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
  expect(lines.slice(1, 3).map((r) => [r[3], r[4]])).toEqual([
    ['Xã Long Thành', 2],
    ['Xã Lộc Tấn', 1],
  ]);
  // A year is tabled by month: August is split at the move, not given whole to either centre.
  const year = await report('from=2026-01-01&to=2026-12-31&centre=lt');
  expect(year.showings.byDay.map((d: { key: string; showings: number }) => [d.key, d.showings])).toEqual([
    ['2026-07-01', 1],
    ['2026-08-01', 1],
  ]);
  expect((await csv('from=2026-07-01&to=2026-09-30&centre=lt')).split('\n').filter((l) => l.includes(playlistId))).toHaveLength(2);
});

/** A screen offline when it was moved sends its old centre's showings afterwards: they were sent to it there. */
it("accepts a moved screen's backlog from where it stood, and nothing of its old centre's after the move", async () => {
  let now = new Date('2026-06-20T02:00:00Z');
  t = await startTestServer({}, () => now);
  const { deviceId, token } = await t.pairDevice({ centreId: 'lt' });
  const playlistId = await t.publishPlaylist({ targets: ['lt'] });
  now = new Date('2026-08-15T00:00:00Z');
  await t.http
    .patch(`/api/devices/${deviceId}`)
    .set('Cookie', await t.login('editor'))
    .send({ centreId: 'ltan' })
    .expect(200);
  now = new Date('2026-08-16T00:00:00Z');
  const show = (startedAt: string) => makeShowing({ deviceId, playlistId, startedAt });
  const post = async (startedAt: string) =>
    (
      await t.http
        .post('/api/impressions')
        .set('Authorization', `Bearer ${token}`)
        .send({ impressions: [show(startedAt)] })
        .expect(200)
    ).body;
  expect(await post('2026-08-14T02:00:00Z')).toEqual({ accepted: 1, duplicates: 0 });
  expect(await post('2026-08-15T02:00:00Z')).toEqual({ accepted: 0, duplicates: 0, refused: 1, reasons: { not_sent: 1 } });
});

/** Moved at noon: that day's morning counts for the centre it left, its afternoon for the new one, as the CSV lines say. */
it('splits the day a screen moved at the move, in the report and its CSV alike', async () => {
  // Moved at 12:00 in Vietnam.
  const { playlistId, report, csv } = await movedScreen('2026-08-15T05:00:00Z', ['2026-08-15T02:00:00Z', '2026-08-15T08:00:00Z', '2026-08-15T09:00:00Z']);
  for (const [period, grain] of [
    ['from=2026-07-01&to=2026-09-30', '2026-08-15'],
    ['from=2026-01-01&to=2026-12-31', '2026-08-01'],
  ]) {
    const [lt, ltan] = await Promise.all(['lt', 'ltan'].map((c) => report(`${period}&centre=${c}`)));
    expect([lt, ltan].map((r) => r.showings.byDay.map((d: { key: string; showings: number }) => [d.key, d.showings]))).toEqual([[[grain, 1]], [[grain, 2]]]);
    expect([lt, ltan].map((r) => r.showings.byItem[0].first)).toEqual(['2026-08-15T02:00:00.000Z', '2026-08-15T08:00:00.000Z']);
  }
  expect((await csv('from=2026-07-01&to=2026-09-30&centre=lt')).split('\n').filter((l) => l.includes(playlistId))).toHaveLength(1);
});
