import { targetsDevice } from '@hcc/shared/playlists/targeting';
import type { Impression, ImpressionSummary } from '@hcc/shared/schemas/impression';
import type { PlaylistItem, PlaylistVersion } from '@hcc/shared/schemas/playlist';
import type { DeviceRecord } from '../devices/repo';

/** How far a screen's clock may run ahead of the server's (players sync to it; this is the slack). */
export const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * How much longer than its item a showing may run: the player keeps the current frame up while the
 * next item prepares (at most 8 s, display/src/player/loop-controller.ts), plus timer slack.
 */
export const OVERRUN_MS = 8_000 + 4_000;

export type RefusalReason = 'unknown_version' | 'not_sent' | 'unknown_item' | 'too_long' | 'crowded' | 'future' | 'before_pairing' | 'before_publish';

/** What the screen wall says for each refusal: why the screen's showings were not counted. */
export const REFUSAL_TEXT: Record<RefusalReason, { vi: string; en: string }> = {
  unknown_version: { vi: 'danh sách phát không tồn tại hoặc chưa xuất bản', en: 'playlist version does not exist or was never published' },
  not_sent: { vi: 'danh sách phát không được gửi tới màn hình này', en: 'playlist version was never sent to this screen' },
  unknown_item: { vi: 'mục không có trong danh sách phát', en: 'item is not in that playlist version' },
  too_long: { vi: 'thời lượng dài hơn thời lượng của mục', en: 'longer than the item lasts' },
  crowded: { vi: 'tổng thời lượng vượt quá khoảng thời gian giữa lần phát đầu và lần phát cuối', en: 'more time on screen than fits between the first and the last showing' },
  future: { vi: 'thời điểm phát ở tương lai', en: 'dated in the future' },
  before_pairing: { vi: 'thời điểm phát trước khi màn hình được ghép nối', en: 'dated before the screen was paired' },
  before_publish: { vi: 'thời điểm phát trước khi danh sách được xuất bản', en: 'dated before the version was published' },
};

/** The playlist versions a batch names, looked up once per batch. */
export type VersionLookup = (playlistId: string, version: number) => PlaylistVersion | undefined;

export interface Claim {
  playlistId: string;
  playlistVersion: number;
  itemId: string;
  /** When the first showing started and the last one ended, ms. */
  fromMs: number;
  toMs: number;
  /** When the last showing started, ms. */
  lastStartMs: number;
  /** Time on screen claimed, against the most the item allows for so many showings. */
  playMs: number;
  showings: number;
}

/** What a claim is checked against that depends on its version only, worked out once per version and batch. */
interface VersionFacts {
  sent: boolean;
  publishedMs: number;
  /** Each item's longest showing allowed. */
  maxMs: ReadonlyMap<string, number>;
}

/**
 * The refusal rules for one screen's batch. A batch holds up to 500 showings of a handful of
 * versions: the version's targeting, items and dates are looked up once each, not once per showing
 * (per row they were a fifth of the ingest's time).
 */
export type Plausibility = (c: Claim) => RefusalReason | null;

export function plausibility(device: DeviceRecord, versionOf: VersionLookup, nowMs: number): Plausibility {
  const pairedMs = Date.parse(device.pairedAt);
  const facts = new Map<string, VersionFacts | null>();
  const factsOf = (playlistId: string, version: number): VersionFacts | null => {
    const key = `${playlistId}@${version}`;
    let f = facts.get(key);
    if (f !== undefined) return f;
    const v = versionOf(playlistId, version);
    // Sent to this screen: the version targets where the screen stands, or the screen said it played it.
    const acked = device.playing?.playlistId === playlistId && device.playing.version === version;
    f = v
      ? {
          sent: acked || targetsDevice(v, { centreId: device.centreId, group: device.group }),
          publishedMs: Date.parse(v.publishedAt),
          maxMs: new Map(v.items.map((i: PlaylistItem) => [i.id, i.durationMs + OVERRUN_MS])),
        }
      : null;
    facts.set(key, f);
    return f;
  };
  return (c) => {
    const f = factsOf(c.playlistId, c.playlistVersion);
    if (!f) return 'unknown_version';
    if (!f.sent) return 'not_sent';
    const maxMs = f.maxMs.get(c.itemId);
    if (maxMs === undefined) return 'unknown_item';
    if (c.playMs > c.showings * maxMs) return 'too_long';
    // One screen shows an item once at a time, each counted showing for at least a millisecond: the
    // showings follow one another, so their time on screen fits between the first start and the last
    // one's end (a summary claiming a million showings in one instant does not).
    if (c.playMs > c.lastStartMs - c.fromMs + maxMs + CLOCK_SKEW_MS || c.showings > Math.max(c.playMs, 1)) return 'crowded';
    if (c.toMs > nowMs + CLOCK_SKEW_MS) return 'future';
    if (c.fromMs < pairedMs - CLOCK_SKEW_MS) return 'before_pairing';
    if (c.fromMs < f.publishedMs - CLOCK_SKEW_MS) return 'before_publish';
    return null;
  };
}

export function impressionRefusal(judge: Plausibility, i: Impression): RefusalReason | null {
  const start = Date.parse(i.startedAt);
  return judge({ playlistId: i.playlistId, playlistVersion: i.playlistVersion, itemId: i.itemId, fromMs: start, toMs: start + i.durationMs, lastStartMs: start, playMs: i.durationMs, showings: 1 });
}

export function summaryRefusal(judge: Plausibility, s: ImpressionSummary): RefusalReason | null {
  return judge({
    playlistId: s.playlistId,
    playlistVersion: s.playlistVersion,
    itemId: s.itemId,
    fromMs: Date.parse(s.first),
    toMs: Date.parse(s.last),
    lastStartMs: Date.parse(s.last),
    playMs: s.playMs,
    showings: s.showings,
  });
}
