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

export type RefusalReason = 'unknown_version' | 'not_sent' | 'unknown_item' | 'too_long' | 'future' | 'before_pairing' | 'before_publish';

/** What the screen wall says for each refusal: why the screen's showings were not counted. */
export const REFUSAL_TEXT: Record<RefusalReason, { vi: string; en: string }> = {
  unknown_version: { vi: 'danh sách phát không tồn tại hoặc chưa xuất bản', en: 'playlist version does not exist or was never published' },
  not_sent: { vi: 'danh sách phát không được gửi tới màn hình này', en: 'playlist version was never sent to this screen' },
  unknown_item: { vi: 'mục không có trong danh sách phát', en: 'item is not in that playlist version' },
  too_long: { vi: 'thời lượng dài hơn thời lượng của mục', en: 'longer than the item lasts' },
  future: { vi: 'thời điểm phát ở tương lai', en: 'dated in the future' },
  before_pairing: { vi: 'thời điểm phát trước khi màn hình được ghép nối', en: 'dated before the screen was paired' },
  before_publish: { vi: 'thời điểm phát trước khi danh sách được xuất bản', en: 'dated before the version was published' },
};

/** The playlist versions a batch names, looked up once per batch. */
export type VersionLookup = (playlistId: string, version: number) => PlaylistVersion | undefined;

interface Claim {
  playlistId: string;
  playlistVersion: number;
  itemId: string;
  /** When the first showing started and the last one ended, ms. */
  fromMs: number;
  toMs: number;
  /** Time on screen claimed, against the most the item allows for so many showings. */
  playMs: number;
  showings: number;
}

function refusal(device: DeviceRecord, versionOf: VersionLookup, c: Claim, nowMs: number): RefusalReason | null {
  const v = versionOf(c.playlistId, c.playlistVersion);
  if (!v) return 'unknown_version';
  // Sent to this screen: the version targets where the screen stands, or the screen said it played it.
  const acked = device.playing?.playlistId === c.playlistId && device.playing.version === c.playlistVersion;
  if (!acked && !targetsDevice(v, { centreId: device.centreId, group: device.group })) return 'not_sent';
  const item: PlaylistItem | undefined = v.items.find((i) => i.id === c.itemId);
  if (!item) return 'unknown_item';
  if (c.playMs > c.showings * (item.durationMs + OVERRUN_MS)) return 'too_long';
  if (c.toMs > nowMs + CLOCK_SKEW_MS) return 'future';
  if (c.fromMs < Date.parse(device.pairedAt) - CLOCK_SKEW_MS) return 'before_pairing';
  if (c.fromMs < Date.parse(v.publishedAt) - CLOCK_SKEW_MS) return 'before_publish';
  return null;
}

export function impressionRefusal(device: DeviceRecord, versionOf: VersionLookup, i: Impression, nowMs: number): RefusalReason | null {
  const start = Date.parse(i.startedAt);
  return refusal(device, versionOf, { ...i, fromMs: start, toMs: start + i.durationMs, playMs: i.durationMs, showings: 1 }, nowMs);
}

export function summaryRefusal(device: DeviceRecord, versionOf: VersionLookup, s: ImpressionSummary, nowMs: number): RefusalReason | null {
  return refusal(device, versionOf, { ...s, fromMs: Date.parse(s.first), toMs: Date.parse(s.last), playMs: s.playMs, showings: s.showings }, nowMs);
}
