import type { ShowingGroup } from '@hcc/shared/reports/aggregate';
import type { ScreenDay } from '@hcc/shared/reports/day-capacity';
import type { IntegrityReport } from '@hcc/shared/reports/report';
import type { Impression, ImpressionBatchResult } from '@hcc/shared/schemas/impression';
import { type ChainedRow, type Keying, showingsOf, type StoredRow } from './chain';
import { type ChainLog, checkChain, type HeadRow, recordDayHead } from './check-chain';
import { LOG_KEY_FILE, type LogKey, LogKeyError } from './log-key';
import type { RollUpCheck } from './rollup-check';
import type { SummaryRepo } from './summaries';

export interface ImpressionRepo extends SummaryRepo {
  /** Where keyed hashing starts and with which key; refuses (LogKeyError) a key the log was not keyed with. */
  keying(): Promise<Keying>;
  /** Idempotent by impression id: a replayed batch is accepted again but counted once. */
  insertBatch(batch: Impression[], receivedAt: string): Promise<ImpressionBatchResult>;
  count(): Promise<number>;
  /** Showings that started in [from, to), oldest first. */
  between(fromIso: string, toIso: string): Promise<Impression[]>;
  /**
   * The roll-up for Vietnam days fromDay…toDay, both included, grouped by day, by Monday week or by
   * month (`day` is then the week's Monday or the month's first day).
   */
  groups(fromDay: string, toDay: string, grain: Grain): Promise<ShowingGroup[]>;
  /** On how many days of the period each screen logged a showing. */
  daysOnAir(fromDay: string, toDay: string): Promise<Map<string, number>>;
  /** The screen-days of the period whose counted showings are more than a screen can show in a day (DAY_CAPACITY). */
  overfullDays(fromDay: string, toDay: string): Promise<ScreenDay[]>;
  /**
   * Walks both hash chains, checks every recorded head, records the walk and a new head. `full` starts
   * from the first row; otherwise the walk goes on from where the last one stopped — except that the
   * first check of a process is always full, so a report right after a restart never rests on a walk
   * made before it (while the server was down, the database could have been changed).
   */
  verify(opts: { full: boolean; at: string; reason?: 'report' | 'check' }): Promise<IntegrityReport>;
  /** Where both chains end at the close of a Vietnam day, recorded after a check. */
  recordDayHead(day: string, at: string): Promise<{ report: IntegrityReport; head: HeadRow }>;
  /** Does a fingerprint printed in an earlier report still match the log? */
  compareFingerprint(fingerprint: string): Promise<'matches' | 'differs' | 'pruned' | 'malformed'>;
  /** The daily and monthly totals of days fromDay…toDay against the rows they count. */
  checkRollUps(fromDay: string, toDay: string, at: string): Promise<RollUpCheck>;
  /** Counts showings refused as implausible, per screen and reason, for the screen wall. */
  recordRefusals(deviceId: string, refusals: readonly { reason: string; count: number; example: string }[], at: string): Promise<void>;
  refusals(): Promise<RefusalRow[]>;
  /**
   * Retention: deletes the oldest raw impressions, those received before `beforeIso` (a prefix of the
   * chain, so it still verifies from the anchor left behind). The roll-ups keep counting them; their
   * days are checked against the rows and sealed first, so they can still be checked afterwards.
   */
  prune(beforeIso: string, at: string): Promise<number>;
}

export interface RefusalRow {
  device_id: string;
  reason: string;
  count: number;
  last_at: string;
  example: string;
}

/**
 * The last row of the prunable prefix: every row up to it was received before the cut-off. Rows are
 * received in seq order, but a node's clock may lag another's; the first row received after the
 * cut-off ends the prefix whatever follows it.
 */
export const pruneLastSql = (param: string) => `SELECT seq, chain_hash FROM impressions
  WHERE seq < coalesce((SELECT MIN(seq) FROM impressions WHERE received_at >= ${param}), (SELECT MAX(seq) + 1 FROM impressions))
  ORDER BY seq DESC LIMIT 1`;

export type Grain = 'day' | 'week' | 'month';

/**
 * One showing, whatever id it was sent under: a screen shows one item at a time, so the same item of
 * the same version starting at the same instant and lasting as long on the same screen is the same
 * showing sent again (a replay under a fresh id is a duplicate, never a second count). Starts are
 * stored as the ingest wrote them, in UTC (see ingestImpressions), so equal instants are equal text.
 * A record with no time on screen (failed, or cut at once and restarted in the same millisecond) has
 * no key: it counts nowhere, and two of them may truly share their start.
 */
export const showingKey = (r: Pick<ChainedRow, 'device_id' | 'started_at' | 'item_id' | 'playlist_id' | 'playlist_version' | 'duration_ms'>): string | null =>
  r.duration_ms > 0 ? `${r.device_id}|${r.started_at}|${r.item_id}|${r.playlist_id}|${r.playlist_version}|${r.duration_ms}` : null;

/** An impression as the chain and the impressions table hold it. */
export const toChainedRow = (i: Impression, receivedAt: string): ChainedRow => ({
  id: i.id,
  device_id: i.deviceId,
  item_id: i.itemId,
  playlist_id: i.playlistId,
  playlist_version: i.playlistVersion,
  started_at: i.startedAt,
  duration_ms: i.durationMs,
  completed: i.completed ? 1 : 0,
  reason: i.reason,
  received_at: receivedAt,
});

/**
 * Showings that started in [from, to). Devices send their own offsets ("…+07:00" or "…Z"): the text
 * range handed to `read` is widened by a day, the exact instant decides.
 */
export async function showingsBetween(from: string, to: string, read: (lo: string, hi: string) => Promise<StoredRow[]>): Promise<Impression[]> {
  const day = 86_400_000;
  const [f, t] = [Date.parse(from), Date.parse(to)];
  const rows = (await read(new Date(f - day).toISOString(), new Date(t + day).toISOString())).filter((r) => {
    const at = Date.parse(r.started_at);
    return at >= f && at < t;
  });
  return showingsOf(rows);
}

/** Where keyed hashing starts: written at the first start with a key, then checked at every start. */
export function keyingFrom(row: { key_id: string; from_seq: number; summaries_from_seq: number; started_at: string } | null | undefined, key: LogKey): Keying | null {
  if (!row) return null;
  if (row.key_id !== key.id)
    throw new LogKeyError(
      `The proof-of-play log in this database is keyed with key ${row.key_id}, but the key from ${key.source} is ${key.id}. ` +
        `Put back the key the log was written with (the file ${LOG_KEY_FILE} from the old DATA_DIR, or the LOG_HMAC_KEY it ran with); see "Backups" in the README. ` +
        'A server with another key would break the chain.',
    );
  return { key, fromSeq: row.from_seq, summariesFromSeq: row.summaries_from_seq, startedAt: row.started_at };
}

/**
 * Wraps a chain log so that the first check of this process is a full walk, and a check already
 * running is joined rather than run twice.
 */
export function verifier(log: ChainLog): { verify: ImpressionRepo['verify']; recordDayHead: ImpressionRepo['recordDayHead'] } {
  let fullDone = false;
  let running: Promise<IntegrityReport> | null = null;
  const verify: ImpressionRepo['verify'] = async ({ full, at, reason = 'check' }) => {
    while (running) await running.catch(() => null);
    const run = checkChain(log, { full: full || !fullDone, at, reason });
    running = run;
    try {
      const r = await run;
      fullDone = true;
      return r;
    } finally {
      running = null;
    }
  };
  return {
    verify,
    recordDayHead: async (day, at) => {
      if (!fullDone) await verify({ full: true, at, reason: 'check' });
      return recordDayHead(log, day, at);
    },
  };
}
