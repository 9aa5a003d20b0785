import { describe, expect, it } from 'vitest';
import { estimateClockOffset } from './clock-offset';

describe('estimateClockOffset', () => {
  it('measures a TV clock that is two hours slow', () => {
    const twoHours = 2 * 3600_000;
    const r = estimateClockOffset([{ sentAt: 1_000, serverTime: 1_020 + twoHours, receivedAt: 1_040 }]);
    expect(r).toEqual({ offsetMs: twoHours, rttMs: 40 });
  });
  it('trusts the sample with the shortest round trip', () => {
    const r = estimateClockOffset([
      { sentAt: 0, serverTime: 900, receivedAt: 1_000 }, // slow, asymmetric
      { sentAt: 2_000, serverTime: 2_010, receivedAt: 2_020 },
    ]);
    expect(r).toEqual({ offsetMs: 0, rttMs: 20 });
  });
  it('ignores samples where the clock jumped backwards, and returns null with nothing usable', () => {
    expect(estimateClockOffset([{ sentAt: 5_000, serverTime: 10, receivedAt: 100 }])).toBeNull();
    expect(estimateClockOffset([])).toBeNull();
  });
});
