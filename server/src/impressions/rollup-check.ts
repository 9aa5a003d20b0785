import { groupKey, groupShowings, type ShowingGroup, vnDay } from '@hcc/shared/reports/aggregate';
import type { LogProblem } from '@hcc/shared/reports/report';
import { GENESIS, type Keying, rowLink, showingsOf, type StoredRow, type StoredSummary, summaryLink } from './chain';
import type { LogKey } from './log-key';
import type { GroupTuple } from './read-groups';
import { type SummaryRow, toGroup, toSummary } from './summaries';

export interface SealRow {
  day: string;
  groups: number;
  showings: number;
  digest: string;
  sealed_at: string;
}

/** What checking the roll-ups needs from an engine. */
export interface RollUpSource {
  /**
   * Each day's roll-up from…to as its seal reads it (sealText): every group a line of its fields, the
   * lines in code-unit order. Built by the database: reading a year's groups one by one was most of a
   * year's report (0.7 s of 1.4 s for 300,000 groups).
   */
  dayTexts(from: string, to: string): Promise<Map<string, string>>;
  seals(from: string, to: string): Promise<SealRow[]>;
  putSeal(s: SealRow): Promise<void>;
  /** One day's roll-up, its raw rows (a day either side, by text) and its summaries, read at one instant. */
  dayEvidence(day: string): Promise<{ rollUp: GroupTuple[]; raw: StoredRow[]; summaries: StoredSummary[] }>;
  /** The monthly table for these months and the same months summed from the daily table. */
  months(firstMonth: string, lastMonth: string): Promise<{ months: GroupTuple[]; fromDays: GroupTuple[] }>;
  /** When retention has pruned raw rows: the first day whose rows are all still there. */
  keptFrom(): Promise<string | null>;
  /** For each seq, the stored hash of the row just before it in its chain (null: none, or unhashed). */
  hashesBefore(chain: 'impressions' | 'summaries', seqs: number[]): Promise<Map<number, string | null>>;
  keying(): Promise<Keying>;
  anchorHash(): Promise<string | null>;
}

/**
 * The links of the rows a day is recomputed from, each checked against the hash stored before it: a
 * quick report walks only the rows added since the last walk, so rows it re-reads for a day are
 * checked here, or an edit made to a row and its roll-up alike would pass as a late showing.
 */
async function brokenLinks(src: RollUpSource, raw: readonly StoredRow[], summaries: readonly StoredSummary[]): Promise<LogProblem[]> {
  const k = await src.keying();
  const out: LogProblem[] = [];
  const before = await src.hashesBefore(
    'impressions',
    raw.map((r) => r.seq),
  );
  const anchor = (await src.anchorHash()) ?? GENESIS;
  const link = rowLink(k);
  for (const r of raw)
    if (link(before.get(r.seq) ?? anchor, r) !== r.chain_hash) out.push({ kind: 'row', seq: r.seq, deviceId: r.device_id, itemId: r.item_id, playlistId: r.playlist_id, at: r.started_at, day: null });
  const sBefore = await src.hashesBefore(
    'summaries',
    summaries.map((x) => x.seq),
  );
  const sLink = summaryLink(k);
  for (const x of summaries) {
    const expected = sLink(sBefore.get(x.seq) ?? GENESIS, x);
    if (expected !== x.chain_hash) out.push({ kind: 'summary', seq: x.seq, deviceId: x.device_id, itemId: x.item_id, playlistId: x.playlist_id, at: x.first_at, day: x.day });
  }
  return out;
}

export interface RollUpCheck {
  days: number;
  rederived: number;
  unverifiable: number;
  problems: LogProblem[];
}

const line = (t: readonly unknown[]) => t.join('\u001f');
/**
 * The same line in SQL, for dayTexts: `||` spells integers as JavaScript does, and the unit separator
 * sorts below every character an id may hold, so ordering the lines orders the groups by key.
 */
export const SEAL_LINE_SQL = (sep: string) => ['day', 'device_id', 'playlist_id', 'playlist_version', 'item_id', 'showings', 'play_ms', 'completed', 'first_at', 'last_at'].join(` || ${sep} || `);
const asTuple = (g: ShowingGroup): GroupTuple => [g.day, g.deviceId, g.playlistId, g.playlistVersion, g.itemId, g.showings, g.playMs, g.completed, g.first, g.last];
const keyOf = (t: GroupTuple) => line(t.slice(0, 5));
const sorted = (ts: readonly GroupTuple[]) => ts.map(line).sort();
/** What a day's seal is a MAC of: its groups' lines, sorted, one record separator between. */
export const sealText = (ts: readonly GroupTuple[]) => sorted(ts).join('\u001e');
export const sealDigest = (key: LogKey, day: string, ts: readonly GroupTuple[]) => key.mac('rollup', day, sealText(ts));

const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
function* daysOf(from: string, to: string) {
  for (let d = from; d <= to; d = shiftDay(d, 1)) yield d;
}

/** The day's groups recomputed from the evidence: the showings that count, plus the folded summaries. */
export function groupsFromEvidence(day: string, raw: readonly StoredRow[], summaries: readonly SummaryRow[]): GroupTuple[] {
  const groups = groupShowings(showingsOf(raw).filter((i) => vnDay(i.startedAt) === day));
  for (const s of summaries.map(toSummary).map(toGroup)) {
    const key = groupKey(s);
    const g = groups.get(key);
    if (!g) groups.set(key, s);
    else
      groups.set(key, {
        ...g,
        showings: g.showings + s.showings,
        playMs: g.playMs + s.playMs,
        completed: g.completed + s.completed,
        first: s.first < g.first ? s.first : g.first,
        last: s.last > g.last ? s.last : g.last,
      });
  }
  return [...groups.values()].map(asTuple);
}

/** Each group whose totals differ, as a problem a person can place: day, screen, item. */
function differences(kind: 'rollup' | 'month', stored: readonly GroupTuple[], derived: readonly GroupTuple[]): LogProblem[] {
  const a = new Map(stored.map((t) => [keyOf(t), t]));
  const b = new Map(derived.map((t) => [keyOf(t), t]));
  const out: LogProblem[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const [s, d] = [a.get(key), b.get(key)];
    if (s && d && line(s) === line(d)) continue;
    const t = (s ?? d) as GroupTuple;
    out.push({ kind, seq: null, deviceId: t[1], playlistId: t[2], itemId: t[4], at: null, day: t[0], detail: `${s?.[5] ?? 0}/${d?.[5] ?? 0}` });
  }
  return out;
}

/**
 * Checks the totals a report prints for days from…to against what they count. A day whose roll-up
 * still matches its seal (a MAC over its groups, written when they last equalled the rows) is good
 * without reading a row; any other day is recomputed from its raw rows and summaries and sealed anew
 * when equal (late showings from a screen that was offline change a day legitimately). A day whose
 * rows retention has pruned can only be compared with its seal. Months must equal the sum of their days.
 */
export async function checkRollUps(src: RollUpSource, from: string, to: string, at: string): Promise<RollUpCheck> {
  const { key } = await src.keying();
  const texts = await src.dayTexts(from, to);
  const seals = new Map((await src.seals(from, to)).map((s) => [s.day, s]));
  const keptFrom = await src.keptFrom();
  const out: RollUpCheck = { days: 0, rederived: 0, unverifiable: 0, problems: [] };
  for (const day of daysOf(from, to)) {
    out.days += 1;
    const seal = seals.get(day);
    if (seal && seal.digest === key.mac('rollup', day, texts.get(day) ?? '')) continue;
    if (keptFrom !== null && day < keptFrom) {
      if (seal) out.problems.push({ kind: 'rollup', seq: null, deviceId: null, playlistId: null, itemId: null, at: null, day, detail: 'sealed' });
      else out.unverifiable += 1;
      continue;
    }
    const ev = await src.dayEvidence(day);
    const raw = ev.raw.filter((r) => vnDay(r.started_at) === day);
    const derived = groupsFromEvidence(day, raw, ev.summaries);
    const diff = [...(await brokenLinks(src, raw, ev.summaries)), ...differences('rollup', ev.rollUp, derived)];
    if (diff.length) {
      out.problems.push(...diff);
      continue;
    }
    await src.putSeal({ day, groups: ev.rollUp.length, showings: ev.rollUp.reduce((n, t) => n + t[5], 0), digest: sealDigest(key, day, ev.rollUp), sealed_at: at });
    out.rederived += 1;
  }
  const m = await src.months(`${from.slice(0, 7)}-01`, `${to.slice(0, 7)}-01`);
  out.problems.push(...differences('month', m.months, m.fromDays));
  return out;
}
