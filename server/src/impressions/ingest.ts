import { summaryProblem } from '@hcc/shared/playback/fold-showings';
import type { Impression, ImpressionBatchResult, ImpressionSummary } from '@hcc/shared/schemas/impression';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import type { Deps } from '../context';
import { readMoves } from '../devices/moves';
import type { DeviceRecord } from '../devices/repo';
import { AppError } from '../http/errors';
import { impressionRefusal, type Plausibility, plausibility, type RefusalReason, summaryRefusal, type VersionLookup } from './plausible';

/** Published versions never change: each is read once per process. */
const versionCache = new WeakMap<object, { known: Map<string, PlaylistVersion>; reading: Map<string, Promise<PlaylistVersion | undefined>> }>();

const cacheOf = (deps: Deps) => {
  let cache = versionCache.get(deps.store);
  if (!cache) versionCache.set(deps.store, (cache = { known: new Map(), reading: new Map() }));
  return cache;
};
const keyOf = (id: string, v: number) => `${id}@${v}`;

/**
 * A published version, from the cache when it was read before. Reads of one version are shared: a
 * publish makes every screen acknowledge it within milliseconds, and a thousand acks must not become
 * a thousand reads of the same row.
 */
export function publishedVersion(deps: Deps, playlistId: string, version: number): Promise<PlaylistVersion | undefined> {
  const { known, reading } = cacheOf(deps);
  const k = keyOf(playlistId, version);
  const v = known.get(k);
  if (v) return Promise.resolve(v);
  let read = reading.get(k);
  if (!read) {
    // An unknown version is not remembered: it may be published yet (and is refused meanwhile).
    read = deps.store.playlists
      .version(playlistId, version)
      .then((found) => {
        if (found) known.set(k, found);
        return found ?? undefined;
      })
      .finally(() => reading.delete(k));
    reading.set(k, read);
  }
  return read;
}

async function versionsOf(deps: Deps, wanted: readonly { playlistId: string; playlistVersion: number }[]): Promise<VersionLookup> {
  const { known } = cacheOf(deps);
  for (const w of wanted) await publishedVersion(deps, w.playlistId, w.playlistVersion);
  return (id, v) => known.get(keyOf(id, v));
}

async function deviceOf(deps: Deps, deviceId: string): Promise<DeviceRecord> {
  const device = await deps.store.devices.get(deviceId);
  if (!device || device.status !== 'active') throw new AppError('unauthorized', 'This device is not paired, or its pairing was revoked.');
  return device;
}

/**
 * Splits a batch into what could be true and what could not, counting the refusals per screen and
 * reason for the screen wall. The refused are answered, not stored: the screen drops them rather
 * than send them for ever.
 */
async function sift<T extends { id: string; playlistId: string; playlistVersion: number }>(
  deps: Deps,
  deviceId: string,
  batch: T[],
  refusalOf: (judge: Plausibility, x: T) => RefusalReason | null,
  checked: DeviceRecord | undefined,
): Promise<{ ok: T[]; refused: Map<RefusalReason, T[]> }> {
  const device = checked ?? (await deviceOf(deps, deviceId));
  // A kiosk plays no playlist: showings it claims could only be made up, and would count as a screen's.
  if (device.kind !== 'screen') throw new AppError('forbidden', `Device ${deviceId} is a ${device.kind}; only screens report showings.`);
  const versionOf = await versionsOf(deps, unique(batch));
  const judge = plausibility(device, versionOf, deps.clock().getTime());
  const ok: T[] = [];
  const refused = new Map<RefusalReason, T[]>();
  const sort = (xs: T[], judgeBy: Plausibility) => {
    for (const x of xs) {
      const why = refusalOf(judgeBy, x);
      const same = why && refused.get(why);
      if (!why) ok.push(x);
      else if (same) same.push(x);
      else refused.set(why, [x]);
    }
  };
  sort(batch, judge);
  // Rare, so read only then: the screen may have been moved since it showed them.
  const notSent = refused.get('not_sent');
  const placed = notSent && (await judgeWhereItStood(deps, device, versionOf));
  if (notSent && placed) {
    refused.delete('not_sent');
    sort(notSent, placed);
  }
  if (refused.size) {
    const at = deps.clock().toISOString();
    const rows = [...refused].map(([reason, xs]) => ({ reason, count: xs.length, example: JSON.stringify(xs[0]) }));
    await deps.store.impressions.recordRefusals(deviceId, rows, at);
    deps.log.warn({ deviceId, refused: Object.fromEntries(rows.map((r) => [r.reason, r.count])) }, 'implausible showings refused');
  }
  return { ok, refused };
}

/**
 * Judges each showing as sent to where the screen stood when it started: a screen offline when it was
 * moved to another centre or group sends its old playlist's showings afterwards, and they were sent to
 * it there. Null when the screen never moved.
 */
async function judgeWhereItStood(deps: Deps, device: DeviceRecord, versionOf: VersionLookup): Promise<Plausibility | null> {
  const moves = await readMoves(deps.store, { deviceId: device.id });
  if (!moves.length) return null;
  const nowMs = deps.clock().getTime();
  const judges = moves.map((m) => plausibility({ ...device, ...m.before, playing: null }, versionOf, nowMs));
  return (c) => {
    // Before the first move after it started, the screen stood where that move took it from.
    const then = judges[moves.findIndex((m) => Date.parse(m.at) > c.fromMs)];
    return then ? then(c) : 'not_sent';
  };
}

const unique = (xs: readonly { playlistId: string; playlistVersion: number }[]) => [...new Map(xs.map((x) => [`${x.playlistId}@${x.playlistVersion}`, x])).values()];
const answer = (stored: ImpressionBatchResult, refused: Map<RefusalReason, unknown[]>): ImpressionBatchResult =>
  refused.size === 0
    ? stored
    : {
        ...stored,
        refused: [...refused.values()].reduce((n, xs) => n + xs.length, 0),
        reasons: Object.fromEntries([...refused].map(([r, xs]) => [r, xs.length])),
      };

/**
 * A device may only report its own showings; a batch naming another device is refused whole rather
 * than partly stored, so a forged batch leaves no trace in the evidence. Each showing must be one
 * that could have happened (see plausible.ts); the rest are refused with a reason. `checked`: the
 * device as this request's token was just checked (HTTP), not read again for every batch; a socket,
 * paired long ago, has its device read afresh (it may have been revoked since).
 */
export async function ingestImpressions(deps: Deps, deviceId: string, sent: Impression[], checked?: DeviceRecord): Promise<ImpressionBatchResult> {
  // Starts in UTC, as every other instant is stored: one instant is one text, so the same showing
  // sent again with its start spelt another way ("+07:00", ".000Z") is still found (see showingKey).
  const batch = sent.map((i) => ({ ...i, startedAt: new Date(i.startedAt).toISOString() }));
  const foreign = batch.find((i) => i.deviceId !== deviceId);
  if (foreign) throw new AppError('forbidden', `Impression ${foreign.id} names device ${foreign.deviceId}, but this token belongs to ${deviceId}.`);
  const { ok, refused } = await sift(deps, deviceId, batch, impressionRefusal, checked);
  const stored = ok.length ? await deps.store.impressions.insertBatch(ok, deps.clock().toISOString()) : { accepted: 0, duplicates: 0 };
  return answer(stored, refused);
}

/** The same for the summaries a player folded while offline; one that could not come from real showings is refused too. */
export async function ingestSummaries(deps: Deps, deviceId: string, batch: ImpressionSummary[], checked?: DeviceRecord): Promise<ImpressionBatchResult> {
  const foreign = batch.find((s) => s.deviceId !== deviceId);
  if (foreign) throw new AppError('forbidden', `Summary ${foreign.id} names device ${foreign.deviceId}, but this token belongs to ${deviceId}.`);
  for (const [n, s] of batch.entries()) {
    const problem = summaryProblem(s);
    if (problem) throw new AppError('validation', `Summary ${s.id} is inconsistent (${problem}).`, [{ path: `summaries.${n}`, message: problem }]);
  }
  const { ok, refused } = await sift(deps, deviceId, batch, summaryRefusal, checked);
  const stored = ok.length ? await deps.store.impressions.insertSummaries(ok, deps.clock().toISOString()) : { accepted: 0, duplicates: 0 };
  return answer(stored, refused);
}
