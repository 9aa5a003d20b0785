import { randomUUID } from 'node:crypto';
import type { Impression } from '@hcc/shared/schemas/impression';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention } from '../src/privacy/retention';
import { startTestServer, type TestServer } from './fixtures';
import { rawSql } from './test-database';

const DAY = 86_400_000;
let now = Date.parse('2026-06-01T03:00:00Z');
let t: TestServer;
beforeEach(async () => {
  now = Date.parse('2026-06-01T03:00:00Z');
  t = await startTestServer({ retainImpressionsDays: 30, retainCommentsDays: 10 }, () => new Date(now));
});
afterEach(async () => t.close());

const show = (deviceId: string, startedAt: string): Impression => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item',
  playlistId: 'p',
  playlistVersion: 1,
  startedAt,
  durationMs: 10_000,
  completed: true,
  reason: 'completed',
});
const receivedDaysAgo = (days: number) => new Date(now - days * DAY).toISOString();

describe('retention', () => {
  it('prunes raw impressions past the period; the report still counts them and the chain still verifies', async () => {
    const { deviceId } = await t.pairDevice({ centreId: 'lt' });
    await t.deps.store.impressions.insertBatch([show(deviceId, '2026-04-01T01:00:00Z'), show(deviceId, '2026-04-02T01:00:00Z')], receivedDaysAgo(60));
    await t.deps.store.impressions.insertBatch([show(deviceId, '2026-04-03T01:00:00Z')], receivedDaysAgo(45));
    await t.deps.store.impressions.insertBatch([show(deviceId, '2026-05-25T01:00:00Z'), show(deviceId, '2026-05-26T01:00:00Z')], receivedDaysAgo(5));
    const viewer = await t.login('viewer');
    const report = async () => (await t.http.get('/api/reports?from=2026-04-01&to=2026-05-31&centre=lt').set('Cookie', viewer).expect(200)).body;
    const before = await report();

    expect(await applyRetention(t.deps)).toMatchObject({ impressionsPruned: 3, impressionsBefore: receivedDaysAgo(30) });
    expect(await t.deps.store.impressions.count()).toBe(2);
    // The reports read the roll-ups: the same totals after pruning.
    expect((await report()).showings.totals).toEqual(before.showings.totals);
    // The raw CSV has only what is left.
    expect((await t.http.get('/api/reports?from=2026-04-01&to=2026-05-31&centre=lt&format=csv').set('Cookie', viewer).expect(200)).text.trim().split('\n')).toHaveLength(3);
    expect(await t.deps.store.impressions.verify({ full: true, at: new Date(now).toISOString() })).toMatchObject({ ok: true, rows: 2 });
    // Nothing more is due: a second run prunes nothing.
    expect((await applyRetention(t.deps)).impressionsPruned).toBe(0);
    // Outside the retention job the log stays append-only, and tampering after the anchor is still seen.
    await expect(rawSql(t.deps.config, 'DELETE FROM impressions')).rejects.toThrow(/append-only/);
    await t.deps.store.impressions.insertBatch([show(deviceId, '2026-05-31T01:00:00Z')], new Date(now).toISOString());
    expect(await t.deps.store.impressions.verify({ full: true, at: new Date(now).toISOString() })).toMatchObject({ ok: true, rows: 3 });
  });

  it('empties old survey comments and keeps their scores, and nothing else about an answer may change', async () => {
    const answer = (days: number, comment: string) => ({
      id: randomUUID(),
      centreId: 'lt',
      formId: 'quick',
      formVersion: 1,
      answers: { overall: 5 },
      context: { channel: 'kiosk' as const },
      comment,
      submittedAt: receivedDaysAgo(days),
      receivedAt: receivedDaysAgo(days),
      sourceHash: 'x',
      excludedReason: null,
    });
    await t.deps.store.surveys.insert(answer(20, 'Cán bộ nhiệt tình'));
    await t.deps.store.surveys.insert(answer(2, 'Chờ hơi lâu'));
    expect((await applyRetention(t.deps)).commentsEmptied).toBe(1);
    const kept = await t.deps.store.surveys.since(null, '2000-01-01T00:00:00Z');
    expect(kept.map((a) => [a.comment, a.answers['overall']]).sort()).toEqual([
      ['', 5],
      ['Chờ hơi lâu', 5],
    ]);
    await expect(rawSql(t.deps.config, 'UPDATE survey_responses SET answers_json = \'{"overall":1}\'')).rejects.toThrow(/append-only/);
    await expect(rawSql(t.deps.config, "UPDATE survey_responses SET comment = 'sửa lại'")).rejects.toThrow(/append-only/);
    await expect(rawSql(t.deps.config, 'DELETE FROM survey_responses')).rejects.toThrow(/append-only/);
  });

  it('keeps everything when the periods are 0', async () => {
    const keep = await startTestServer({ retainImpressionsDays: 0, retainCommentsDays: 0 }, () => new Date(now));
    try {
      const { deviceId } = await keep.pairDevice();
      await keep.deps.store.impressions.insertBatch([show(deviceId, '2020-01-01T01:00:00Z')], '2020-01-01T01:00:00Z');
      expect(await applyRetention(keep.deps)).toEqual({ impressionsPruned: 0, commentsEmptied: 0, impressionsBefore: null, commentsBefore: null });
      expect(await keep.deps.store.impressions.count()).toBe(1);
    } finally {
      await keep.close();
    }
  });
});
