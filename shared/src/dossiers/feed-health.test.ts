import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_SETTINGS, type DossierFeedStatus } from '../schemas/dossier';
import { feedTroubles, replaceFeed } from './feed-health';

const makeFeed = (over: Partial<DossierFeedStatus> = {}): DossierFeedStatus => ({
  centreId: 'long-thanh',
  settings: DEFAULT_FEED_SETTINGS,
  lastUpdateAt: '2026-12-01T01:00:00.000Z',
  isStale: false,
  pull: null,
  ...over,
});
const pull = { lastAttemptAt: '2026-12-01T02:00:00.000Z', lastOkAt: null, failures: 3, lastError: 'HTTP 503', nextAttemptAt: '2026-12-01T03:00:00.000Z' };

describe('feedTroubles', () => {
  it('a fresh feed, or one that never received data, is no trouble', () => {
    expect(feedTroubles(makeFeed())).toEqual([]);
    expect(feedTroubles(makeFeed({ lastUpdateAt: null, isStale: true }))).toEqual([]);
  });

  it('a stale feed names its last update and the limit it passed', () => {
    expect(feedTroubles(makeFeed({ isStale: true }))).toEqual([{ kind: 'stale', lastUpdateAt: '2026-12-01T01:00:00.000Z', staleAfterMinutes: 240 }]);
  });

  it('a failing pull is named while the data is still fresh, and alongside staleness', () => {
    expect(feedTroubles(makeFeed({ pull })).map((t) => t.kind)).toEqual(['failing']);
    expect(feedTroubles(makeFeed({ pull, isStale: true })).map((t) => t.kind)).toEqual(['stale', 'failing']);
    expect(feedTroubles(makeFeed({ pull: { ...pull, failures: 0 } }))).toEqual([]);
  });
});

describe('replaceFeed', () => {
  it('replaces the centre’s entry and ignores centres not in the list', () => {
    const list = [makeFeed(), makeFeed({ centreId: 'an-phuoc' })];
    expect(replaceFeed(list, makeFeed({ isStale: true }))[0]?.isStale).toBe(true);
    expect(replaceFeed(list, makeFeed({ centreId: 'elsewhere', isStale: true }))).toEqual(list);
  });
});
