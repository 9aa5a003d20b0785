import { describe, expect, it } from 'vitest';
import { idleUpdater } from './idle-updater';

function harness(idleMs: number) {
  let t = 0;
  const ticks: { ms: number; fn: () => void }[] = [];
  let touch = () => {};
  let applied = 0;
  const u = idleUpdater(idleMs, { now: () => t, every: (ms, fn) => void ticks.push({ ms, fn }), onActivity: (fn) => (touch = fn) }, () => applied++);
  const advance = (ms: number) => {
    const step = ticks[0]?.ms ?? 1000;
    for (let i = 0; i < ms / step; i++) {
      t += step;
      ticks.forEach((x) => x.fn());
    }
  };
  return { u, advance, touch: () => touch(), applied: () => applied };
}

describe('kiosk updates', () => {
  it('applies a waiting version only after the idle time with nobody touching the screen', () => {
    const h = harness(60_000);
    h.advance(120_000);
    expect(h.applied()).toBe(0); // nothing waiting
    h.u.versionWaiting();
    h.touch();
    h.advance(30_000);
    h.touch(); // a citizen is still there
    h.advance(55_000);
    expect(h.applied()).toBe(0);
    h.advance(10_000);
    expect(h.applied()).toBe(1);
    h.advance(120_000);
    expect(h.applied()).toBe(1); // once
  });
});
