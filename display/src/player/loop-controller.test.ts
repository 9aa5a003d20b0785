import type { Impression } from '@hcc/shared/schemas/impression';
import { type PlaylistItemInput, PlaylistItemSchema, type PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { beforeEach, describe, expect, it } from 'vitest';
import { IDLE_RECHECK_MS, type LoopView, LoopController, PREPARE_TIMEOUT_MS } from './loop-controller';

/** A hand-driven clock and timer queue: the loop's timing is tested without waiting. */
function harness() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const impressions: Impression[] = [];
  let view: LoopView = { slots: [null, null], front: null, version: null };
  const loop = new LoopController({
    wallNow: () => Date.parse('2026-03-02T02:00:00Z') + now,
    monoNow: () => now,
    offsetMs: () => 0,
    deviceId: () => 'screen-1',
    newId: () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    record: (i) => impressions.push(i),
    render: (v) => (view = v),
    setTimer: (fn, ms) => {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  const front = () => (view.front === null ? null : view.slots[view.front]);
  const back = () => view.slots[view.front === 0 ? 1 : 0];
  /** The layer being prepared reports its first frame. */
  const readyBack = () => {
    const b = back();
    if (b) loop.ready(view.front === 0 ? 1 : 0, b.n);
  };
  return { loop, advance, front, back, readyBack, impressions, view: () => view };
}

const item = (id: string, over: Partial<PlaylistItemInput> = {}) => PlaylistItemSchema.parse({ id, kind: 'video', title: id, durationMs: 5_000, mediaId: 'a'.repeat(64), ...over });
const version = (v: number, items = [item('a'), item('b'), item('c')]): PlaylistVersion => ({
  playlistId: 'p',
  version: v,
  name: 'P',
  centreId: 'lt',
  target: { centreIds: [], groups: [] },
  items,
  publishedAt: `2026-03-0${v}T00:00:00Z`,
  publishedBy: 'x',
  rollbackOf: null,
});

let h: ReturnType<typeof harness>;
beforeEach(() => {
  h = harness();
});

describe('LoopController', () => {
  it('shows nothing new until the first item is ready, then prepares the next behind it', () => {
    h.loop.setVersion(version(1));
    expect(h.front()).toBeNull();
    expect(h.back()?.item.id).toBe('a');
    h.readyBack();
    expect(h.front()?.item.id).toBe('a');
    expect(h.back()?.item.id).toBe('b');
  });

  it('keeps the current frame up until the next item is ready, then swaps', () => {
    h.loop.setVersion(version(1));
    h.readyBack();
    h.advance(5_000); // a's time is up, b not ready yet
    expect(h.front()?.item.id).toBe('a');
    h.advance(1_200);
    h.readyBack();
    expect(h.front()?.item.id).toBe('b');
    expect(h.impressions).toEqual([expect.objectContaining({ itemId: 'a', durationMs: 6_200, completed: true, reason: 'completed' })]);
  });

  it('skips an item that fails while being prepared and reports it as failed', () => {
    h.loop.setVersion(version(1));
    h.readyBack();
    const b = h.back();
    h.loop.failed(h.view().front === 0 ? 1 : 0, b?.n ?? 0);
    expect(h.back()?.item.id).toBe('c');
    expect(h.impressions).toEqual([expect.objectContaining({ itemId: 'b', durationMs: 0, completed: false, reason: 'failed' })]);
    h.advance(5_000);
    h.readyBack();
    expect(h.front()?.item.id).toBe('c');
  });

  it('gives up on an item that is not ready within the bounded wait', () => {
    h.loop.setVersion(version(1));
    h.readyBack();
    h.advance(PREPARE_TIMEOUT_MS);
    expect(h.impressions.map((i) => [i.itemId, i.reason])).toEqual([['b', 'failed']]);
    expect(h.back()?.item.id).toBe('c');
  });

  it('a failing front item ends as failed and the loop goes on', () => {
    h.loop.setVersion(version(1));
    h.readyBack();
    h.readyBack(); // b ready behind a
    h.advance(2_000);
    h.loop.failed(h.view().front ?? 0, h.front()?.n ?? 0);
    expect(h.front()?.item.id).toBe('b');
    expect(h.impressions).toEqual([expect.objectContaining({ itemId: 'a', durationMs: 2_000, reason: 'failed' })]);
  });

  it('switches to a new version at once when its first item is ready, recording the cut as preempted', () => {
    h.loop.setVersion(version(1));
    h.readyBack();
    h.advance(1_000);
    h.loop.setVersion(version(2, [item('x', { kind: 'text', heading: 'x', body: '' } as Partial<PlaylistItemInput>)]));
    expect(h.back()?.item.id).toBe('x');
    h.readyBack();
    expect(h.front()).toMatchObject({ item: { id: 'x' }, version: { version: 2 } });
    expect(h.impressions).toEqual([expect.objectContaining({ itemId: 'a', playlistVersion: 1, reason: 'preempted', completed: false })]);
  });

  it('shows the fallback when nothing is scheduled, and looks again later', () => {
    h.loop.setVersion(version(1, [item('sat', { weekdays: [6] })])); // 2026-03-02 is a Monday
    expect(h.front()).toBeNull();
    expect(h.back()).toBeNull();
    h.advance(IDLE_RECHECK_MS);
    expect(h.back()).toBeNull();
  });

  it('loops a single item with two layers', () => {
    h.loop.setVersion(version(1, [item('only')]));
    h.readyBack();
    expect(h.back()?.item.id).toBe('only');
    h.readyBack();
    h.advance(5_000);
    expect(h.front()?.item.id).toBe('only');
    expect(h.impressions).toHaveLength(1);
  });

  it('passes over an item with nothing to show, without a failure, and offers it again on the next round', () => {
    h.loop.setVersion(version(1));
    h.readyBack(); // a on air, b prepared behind
    h.loop.skipped(h.view().front === 0 ? 1 : 0, h.back()?.n ?? -1); // b's feed is stale
    expect(h.back()?.item.id).toBe('c');
    h.readyBack();
    h.advance(5_000);
    expect(h.front()?.item.id).toBe('c');
    expect(h.impressions.map((i) => [i.itemId, i.reason])).toEqual([['a', 'completed']]);
    // c on air: a is prepared next, and then b is tried again.
    h.readyBack();
    h.advance(5_000);
    expect(h.front()?.item.id).toBe('a');
    expect(h.back()?.item.id).toBe('b');
  });

  it('falls back when every item rests, and tries them again at the idle recheck', () => {
    h.loop.setVersion(version(1, [item('ready-list', { kind: 'text', heading: 'x', body: 'y' })]));
    const skipBack = () => h.loop.skipped(h.view().front === 0 ? 1 : 0, h.back()?.n ?? -1);
    skipBack();
    expect(h.front()).toBeNull();
    expect(h.back()).toBeNull();
    h.advance(IDLE_RECHECK_MS);
    expect(h.back()?.item.id).toBe('ready-list');
    h.readyBack();
    expect(h.front()?.item.id).toBe('ready-list');
    expect(h.impressions).toEqual([]);
  });
});
