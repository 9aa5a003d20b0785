import { describe, expect, it } from 'vitest';
import { ImpressionSchema } from '../schemas/impression';
import { type PlaylistItem, PlaylistItemSchema } from '../schemas/playlist';
import { toImpression } from './impression';
import { nextItem } from './next-item';

const item = (id: string): PlaylistItem => PlaylistItemSchema.parse({ id, kind: 'text', title: id, durationMs: 5000, heading: id, body: '' });
const loop = ['a', 'b', 'c'].map(item);

describe('nextItem', () => {
  it.each([
    ['starts at the top', null, [], 'a'],
    ['advances', 'a', [], 'b'],
    ['wraps around', 'c', [], 'a'],
    ['skips a broken item', 'a', ['b'], 'c'],
    ['skips broken items across the wrap', 'b', ['c', 'a'], 'b'],
    ['restarts when the current item left the schedule', 'gone', [], 'a'],
    ['restarts at the first playable one', 'gone', ['a'], 'b'],
    ['gives up only when everything is broken', 'a', ['a', 'b', 'c'], null],
  ])('%s', (_name, current, broken, expected) => {
    expect(nextItem(loop, current, new Set(broken))?.id ?? null).toBe(expected);
  });
  it('returns null for an empty loop', () => {
    expect(nextItem([], null, new Set())).toBeNull();
  });
});

describe('toImpression', () => {
  const showing = {
    id: '3f1c9a52-7a8e-4f7b-9a57-0d1c2b3a4f5e',
    deviceId: 'd1',
    itemId: 'a',
    playlistId: 'p',
    playlistVersion: 3,
    startedWallMs: Date.parse('2026-03-02T01:00:00Z'),
    startedMono: 1_000.4,
    endedMono: 9_000.9,
    offsetMs: 90_000,
    reason: 'completed' as const,
  };
  it('uses the monotonic duration and the server-corrected start', () => {
    const imp = toImpression(showing);
    expect(imp).toMatchObject({ durationMs: 8001, completed: true, startedAt: '2026-03-02T01:01:30.000Z' });
    expect(ImpressionSchema.safeParse(imp).success).toBe(true);
  });
  it('never reports a negative duration', () => {
    expect(toImpression({ ...showing, endedMono: 0, reason: 'interrupted' })).toMatchObject({ durationMs: 0, completed: false });
  });
});
