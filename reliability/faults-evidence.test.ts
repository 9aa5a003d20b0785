import { createHash, randomUUID } from 'node:crypto';
import type { Impression } from '@hcc/shared/schemas/impression';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../server/src/store/open';
import { emitAck, startTestServer, type TestServer } from '../server/test/fixtures';
import { rawSql, testEngine } from '../server/test/test-database';
import { record } from './figures';

/**
 * Issue 18, "the evidence itself": someone holding the database (but not the log's key, which lives
 * outside it) edits what the reports print, and a screen's token claims showings that never happened.
 * Each case is caught before a report says "toàn vẹn", or refused at the door.
 */
const DAY = 86_400_000;
let now = 0;
let t: TestServer;
let viewer: string;
let lt: { deviceId: string; token: string };
let ltPlaylist: string;
let ltanPlaylist: string;

const SLOGAN = { id: 'slogan', kind: 'ticker', title: 'Khẩu hiệu cải cách', durationMs: 10_000, text: 'Vì nhân dân phục vụ', form: 'khau_hieu', reformArea: 'tthc' };

beforeEach(async () => {
  now = Date.parse('2026-03-01T00:00:00Z');
  t = await startTestServer({}, () => new Date(now));
  ltPlaylist = await t.publishPlaylist({ centreId: 'lt', targets: ['lt'], items: [SLOGAN] });
  ltanPlaylist = await t.publishPlaylist({ centreId: 'ltan', targets: ['ltan'], items: [{ ...SLOGAN, id: 'other' }] });
  lt = await t.pairDevice({ centreId: 'lt' });
  await t.pairDevice({ centreId: 'ltan' });
  now = Date.parse('2026-03-20T03:00:00Z');
  viewer = await t.login('viewer');
});
afterEach(async () => t.close());

const showing = (deviceId: string, playlistId: string, itemId: string, startedAt: string, over: Partial<Impression> = {}): Impression => ({
  id: randomUUID(),
  deviceId,
  itemId,
  playlistId,
  playlistVersion: 1,
  startedAt,
  durationMs: 10_000,
  completed: true,
  reason: 'completed',
  ...over,
});
/** `n` showings on screen `d`, one a minute from 08:00 on 2 March (Vietnam), sent as the screen sends them. */
async function play(d: { deviceId: string; token: string }, playlistId: string, itemId: string, n: number, over: Partial<Impression> = {}) {
  const batch = Array.from({ length: n }, (_, i) => showing(d.deviceId, playlistId, itemId, new Date(Date.parse('2026-03-02T01:00:00Z') + i * 60_000).toISOString(), over));
  const res = await t.http.post('/api/impressions').set('Authorization', `Bearer ${d.token}`).send({ impressions: batch }).expect(200);
  return res.body as { accepted: number; refused?: number; reasons?: Record<string, number> };
}
const report = async (centre: string, format = 'json') => (await t.http.get(`/api/reports?from=2026-03-01&to=2026-03-31&centre=${centre}&format=${format}`).set('Cookie', viewer).expect(200)).body;
const dropTriggers =
  testEngine === 'pg'
    ? 'ALTER TABLE impressions DISABLE TRIGGER USER; ALTER TABLE impression_daily DISABLE TRIGGER USER; ALTER TABLE impression_monthly DISABLE TRIGGER USER; ALTER TABLE impression_summaries DISABLE TRIGGER USER;'
    : `DROP TRIGGER IF EXISTS impressions_no_update; DROP TRIGGER IF EXISTS impressions_no_delete; DROP TRIGGER IF EXISTS impression_daily_only_grows; DROP TRIGGER IF EXISTS impression_daily_no_delete;
       DROP TRIGGER IF EXISTS impression_monthly_only_grows; DROP TRIGGER IF EXISTS impression_monthly_no_delete; DROP TRIGGER IF EXISTS impression_summaries_no_update;`;
const tamper = (sql: string) => rawSql(t.deps.config, `${dropTriggers} ${sql}`);
const problemKinds = (r: { integrity: { problems: { kind: string }[] } }) => [...new Set(r.integrity.problems.map((p) => p.kind))].sort();

describe('evidence that holds up (issue 18)', () => {
  it('catches roll-ups multiplied by ten before a report says "toàn vẹn", naming screen, centre and item', async () => {
    await play(lt, ltPlaylist, 'slogan', 7);
    const before = await report('lt');
    expect(before.integrity).toMatchObject({ ok: true, rollUps: { days: 31 } });
    expect(before.showings.totals.showings).toBe(7);
    await tamper('UPDATE impression_daily SET showings = showings * 10, play_ms = play_ms * 10; UPDATE impression_monthly SET showings = showings * 10, play_ms = play_ms * 10;');
    const after = await report('lt');
    expect(after.integrity.ok).toBe(false);
    expect(after.integrity.problems[0]).toMatchObject({ kind: 'rollup', day: '2026-03-02', screenName: 'Test screen', centreName: 'Xã Long Thành', itemTitle: 'Khẩu hiệu cải cách', detail: '70/7' });
    // The other commune's report is not flagged for rows that are not its own.
    expect((await report('ltan')).integrity.ok).toBe(true);
    // Only the months: each must equal its days.
    await tamper("UPDATE impression_daily SET showings = showings / 10, play_ms = play_ms / 10; UPDATE impression_monthly SET showings = showings / 10 + 5 WHERE month = '2026-03-01';");
    expect(problemKinds(await report('lt'))).toEqual(['month']);
    record(import.meta.filename, {
      area: 'Faults',
      check: 'roll-ups edited (×10, then months only): caught before the report says "toàn vẹn"',
      tried: 2,
      passed: 2,
      note: 'report names the day, screen, centre and item; the other commune stays clean',
    });
  });

  it('catches the newest rows deleted after a report printed its fingerprint, and the fingerprint no longer matches', async () => {
    await play(lt, ltPlaylist, 'slogan', 5);
    const first = await report('lt');
    expect(first.integrity.ok).toBe(true);
    const fingerprint = first.integrity.fingerprint as string;
    expect(fingerprint).toMatch(/^5-[0-9a-f]{12}$/);
    expect(await t.deps.store.impressions.compareFingerprint(fingerprint)).toBe('matches');
    // Delete the last two rows and take them out of the roll-ups too, as a careful forger would.
    await tamper(
      "DELETE FROM impressions WHERE seq > 3; UPDATE impression_daily SET showings = 3, play_ms = 30000, completed = 3, last_at = '2026-03-02T01:02:00.000Z'; UPDATE impression_monthly SET showings = 3, play_ms = 30000, completed = 3, last_at = '2026-03-02T01:02:00.000Z';",
    );
    const after = await report('lt');
    expect(after.integrity.ok).toBe(false);
    expect(after.integrity.problems.some((p: { kind: string; detail?: string }) => p.kind === 'head' && p.detail === 'cut')).toBe(true);
    expect(await t.deps.store.impressions.compareFingerprint(fingerprint)).toBe('differs');
    record(import.meta.filename, {
      area: 'Faults',
      check: 'newest rows deleted (with roll-ups adjusted) after a report',
      tried: 1,
      passed: 1,
      note: 'recorded head and printed fingerprint no longer match',
    });
  });

  it('catches an old row edited and every hash after it recomputed without the key', async () => {
    await play(lt, ltPlaylist, 'slogan', 6);
    expect((await report('lt')).integrity.ok).toBe(true);
    // Rewrite row 2 and re-chain rows 2…6 with plain SHA-256, as the pre-HMAC chain allowed.
    const rows = (await t.deps.store.impressions.between('2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z')).map((r, i) => ({ ...r, seq: i + 1 }));
    const canonical = (r: Impression, receivedAt: string, duration: number) =>
      [r.id, r.deviceId, r.itemId, r.playlistId, r.playlistVersion, r.startedAt, duration, r.completed ? 1 : 0, r.reason, receivedAt].join('\u001f');
    const received = new Date(now).toISOString();
    let prev = '';
    const sql: string[] = [];
    for (const r of rows) {
      const duration = r.seq === 2 ? 600_000 : r.durationMs;
      if (r.seq === 1) {
        prev = createHash('sha256')
          .update('0'.repeat(64))
          .update('\u001e')
          .update(canonical(r, received, duration))
          .digest('hex');
        continue;
      }
      prev = createHash('sha256')
        .update(prev)
        .update('\u001e')
        .update(canonical(r, received, duration))
        .digest('hex');
      sql.push(`UPDATE impressions SET duration_ms = ${duration}, chain_hash = '${prev}' WHERE seq = ${r.seq};`);
    }
    await tamper(sql.join(' '));
    const r = await t.deps.store.impressions.verify({ full: true, at: new Date(now).toISOString() });
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.kind === 'row').map((p) => p.seq)).toEqual([2, 3, 4, 5, 6]);
    record(import.meta.filename, {
      area: 'Faults',
      check: 'old row edited and the chain recomputed after it (SHA-256, no key)',
      tried: 1,
      passed: 1,
      note: 'HMAC links need the key kept outside the database',
    });
  });

  it('after a restart, the first report walks the whole log: a change made while the server was down is caught', async () => {
    await play(lt, ltPlaylist, 'slogan', 4);
    expect((await report('lt')).integrity.ok).toBe(true);
    await tamper('UPDATE impressions SET duration_ms = 9000 WHERE seq = 1');
    // A second process over the same database, as after a restart.
    const again = await openStore(t.deps.config);
    try {
      const r = await again.impressions.verify({ full: false, at: new Date(now).toISOString(), reason: 'report' });
      expect(r.ok).toBe(false);
      expect(r.problems[0]).toMatchObject({ kind: 'row', seq: 1 });
    } finally {
      await again.close();
    }
    // And a server started with another key refuses to start rather than break the chain.
    await expect(openStore({ ...t.deps.config, logHmacKey: 'x'.repeat(40) })).rejects.toThrow(/keyed with key/);
    record(import.meta.filename, {
      area: 'Faults',
      check: 'log changed while the server was down; restart with another key',
      tried: 2,
      passed: 2,
      note: 'first check of a process is a full walk; a wrong key stops the start',
    });
  });

  it('catches a folded summary inflated in place, with its roll-ups', async () => {
    const s = await t.connectDevice(lt.token);
    const summary = {
      id: randomUUID(),
      deviceId: lt.deviceId,
      itemId: 'slogan',
      playlistId: ltPlaylist,
      playlistVersion: 1,
      day: '2026-03-03',
      showings: 10,
      playMs: 100_000,
      completed: 10,
      first: '2026-03-03T01:00:00.000Z',
      last: '2026-03-03T02:00:00.000Z',
    };
    expect(await emitAck(s, 'impression:summary', { summaries: [summary] })).toEqual({ ok: true, data: { accepted: 1, duplicates: 0 } });
    expect((await report('lt')).integrity.ok).toBe(true);
    await tamper('UPDATE impression_summaries SET showings = 100; UPDATE impression_daily SET showings = 100; UPDATE impression_monthly SET showings = 100;');
    const after = await report('lt');
    expect(after.integrity.ok).toBe(false);
    expect(problemKinds(after)).toContain('summary');
    record(import.meta.filename, { area: 'Faults', check: 'folded offline summary inflated with its roll-ups', tried: 1, passed: 1, note: 'summaries have a keyed chain of their own' });
  });

  it('refuses implausible proof of play with a reason, counted per screen, and the report stays at 0', async () => {
    const ask = (over: Partial<Impression>, playlistId = ltPlaylist, itemId = 'slogan', n = 100) =>
      t.http
        .post('/api/impressions')
        .set('Authorization', `Bearer ${lt.token}`)
        .send({ impressions: Array.from({ length: n }, (_, i) => showing(lt.deviceId, playlistId, itemId, new Date(Date.parse('2026-03-02T01:00:00Z') + i * 1000).toISOString(), over)) })
        .expect(200)
        .then((r) => r.body);
    const cases = [
      ['another centre’s playlist', await ask({}, ltanPlaylist, 'other'), 'not_sent'],
      ['an item not in the playlist', await ask({}, ltPlaylist, 'ghost'), 'unknown_item'],
      ['a version never published', await ask({ playlistVersion: 9 }), 'unknown_version'],
      ['24 hours each', await ask({ durationMs: 24 * 3_600_000 }), 'too_long'],
      ['months before pairing', await ask({ startedAt: '2025-11-02T01:00:00Z' }, ltPlaylist, 'slogan', 1), 'before_pairing'],
      ['tomorrow', await ask({ startedAt: new Date(now + DAY).toISOString() }, ltPlaylist, 'slogan', 1), 'future'],
    ] as const;
    for (const [, res, reason] of cases) expect(res).toMatchObject({ accepted: 0, refused: expect.any(Number), reasons: { [reason]: expect.any(Number) } });
    const r = await report('dn');
    expect(r.showings.totals.showings).toBe(0);
    const wall = (await t.http.get('/api/impressions/refusals').set('Cookie', viewer).expect(200)).body as { deviceId: string; reason: string; count: number; text: { vi: string } }[];
    expect(
      wall
        .filter((w) => w.deviceId === lt.deviceId)
        .map((w) => [w.reason, w.count])
        .sort(),
    ).toEqual([
      ['before_pairing', 1],
      ['future', 1],
      ['not_sent', 100],
      ['too_long', 100],
      ['unknown_item', 100],
      ['unknown_version', 100],
    ]);
    expect(wall.find((w) => w.reason === 'not_sent')?.text.vi).toBe('danh sách phát không được gửi tới màn hình này');
    record(import.meta.filename, {
      area: 'Faults',
      check: 'implausible showings from a screen’s own token',
      tried: 402,
      passed: 402,
      note: 'other centre’s playlist, unknown item or version, 24 h long, before pairing, in the future: refused with a reason on the screen wall, report stays 0',
    });
  });

  it('never counts failed or interrupted showings: totals, evidence list and plan progress', async () => {
    const editor = await t.login('editor');
    await t.http
      .post('/api/plan-targets')
      .set('Cookie', editor)
      .send({
        centreId: 'lt',
        seq: 1,
        content: 'Khẩu hiệu tại sảnh',
        product: 'Ít nhất 1 khẩu hiệu mỗi quý',
        lead: 'Trung tâm',
        partners: '',
        timing: 'Quý I',
        form: 'khau_hieu',
        measure: { count: 1, per: 'quarter' },
      })
      .expect(201);
    await play(lt, ltPlaylist, 'slogan', 12, { durationMs: 0, completed: false, reason: 'failed' });
    await play(lt, ltPlaylist, 'slogan', 3, { durationMs: 4_000, completed: false, reason: 'interrupted' });
    const r = await report('lt');
    expect(r.showings.totals).toMatchObject({ showings: 0, playMs: 0 });
    expect(r.showings.byItem).toEqual([]);
    expect(r.targets[0]).toMatchObject({ status: 'behind' });
    expect(r.integrity.ok).toBe(true);
    // The raw log keeps them, as evidence of what happened.
    expect(await t.deps.store.impressions.count()).toBe(15);
    record(import.meta.filename, {
      area: 'Faults',
      check: 'failed and interrupted showings',
      tried: 15,
      passed: 15,
      note: 'kept in the raw log, never counted in totals, evidence list or plan progress',
    });
  });
});
