import type { DossierFigures } from '../schemas/dossier';
import type { SurveySummary } from '../survey/scoring';
import type { ShowingReport } from './aggregate';
import type { RegisterEntry } from '../schemas/register';
import type { TargetProgress } from './targets';

/** How much of the period a screen was connected, from its presence history. */
export interface ScreenUptime {
  deviceId: string;
  name: string;
  centreId: string;
  /** Time connected within the period, ms. */
  onlineMs: number;
  /** Time connected within the centre's opening hours (Mon–Fri 07:00–17:00, Sat 07:00–11:30 Vietnam time), ms. */
  openOnlineMs: number;
  /** The opening hours of the period, ms: the denominator of `share`. */
  openMs: number;
  /** openOnlineMs / openMs, 0–1. */
  share: number;
  /** Vietnam days on which the screen logged at least one showing. */
  daysWithShowings: number;
}

/**
 * One thing wrong with the evidence, in the terms a person checks it by: which screen, which time,
 * which item, whose reports it touches. The server fills the names in for the report it builds.
 */
export interface LogProblem {
  /**
   * row: a showing whose link does not follow (it, or the row just before it, was edited, removed or
   * inserted); summary: the same for a folded summary; head: a recorded chain head no longer matches
   * (rows cut from the end, or rewritten); anchor: retention's anchor is not the one retention wrote;
   * rollup: a day's totals differ from its rows; month: a month's totals differ from its days;
   * overfull: a screen's day holds more showings or time on screen than a screen can show in a day
   * (DAY_CAPACITY: its token may be in the wrong hands).
   */
  kind: 'row' | 'summary' | 'head' | 'anchor' | 'rollup' | 'month' | 'overfull';
  seq: number | null;
  deviceId: string | null;
  itemId: string | null;
  playlistId: string | null;
  /** When the showing started, or when the head was recorded. */
  at: string | null;
  day: string | null;
  /** head: 'cut' | 'rewritten' | 'forged'; rollup: what the totals say against the rows; overfull: `showings/playMs`. */
  detail?: string;
  screenName?: string;
  centreId?: string;
  centreName?: string;
  itemTitle?: string;
}

/** Whether the proof-of-play log, and the totals the report prints, still hold together. */
export interface IntegrityReport {
  /** True only when the chains, every recorded head and the period's totals were checked and hold. */
  ok: boolean;
  /** Rows checked by the last full walk plus those checked since (showings and summaries). */
  rows: number;
  /** The first broken row, kept for older readers; `problems` names them all. */
  firstBroken: { seq: number; id: string } | null;
  problems: LogProblem[];
  /** When the whole chain was last walked from its first row (null: never yet). */
  fullCheckAt: string | null;
  checkedAt: string;
  /** Where keyed hashing (HMAC, key outside the database) starts: rows up to fromSeq predate it. */
  keying: { keyId: string; fromSeq: number; startedAt: string } | null;
  /** The chain head this report was checked at, short: a later check can compare it (log:verify --fingerprint). */
  fingerprint: string | null;
  /** The period's daily and monthly totals against the rows they count. */
  rollUps: { days: number; rederived: number; unverifiable: number } | null;
}

/**
 * The report a centre sends upward for a period: what the screens showed (by item, reform area,
 * form, screen, centre, day), progress against the plan, satisfaction, kiosk use, screen uptime and
 * the log's integrity. One object, rendered as JSON, XLSX and DOCX alike.
 */
export interface Report {
  generatedAt: string;
  /** `through` is the last day counted (today, while the period runs); `days` counts from `from` to `through`. */
  period: { from: string; to: string; through: string; days: number };
  /** `showings.byDay` holds days, or — for periods longer than a quarter — months keyed by their first day. */
  grain: 'day' | 'month';
  scope: { id: string | null; name: string; centres: { id: string; name: string }[] };
  showings: ShowingReport;
  targets: (TargetProgress & { centreId: string })[];
  /** What staff recorded outside the screens in the period (withdrawn entries left out). */
  register: RegisterEntry[];
  satisfaction: SurveySummary;
  /** Each form on its own (the quick question, Circular 01/2018's nine criteria, the SIPAS scale), with its sample. */
  satisfactionByForm: (SurveySummary & { formId: string; title: string })[];
  /** Answers received in the period but left out of every figure as bursts (too fast, over quota). */
  surveysExcluded: number;
  /** Kiosk counts are per day across every kiosk, not per centre. */
  kiosk: {
    searches: number;
    withoutResult: number;
    mostViewed: { code: string; name: string; count: number }[];
    emptySearches: { q: string; count: number; lastDay: string }[];
  };
  uptime: ScreenUptime[];
  /**
   * Dossiers handled in the period (from the one-stop system's feed), by field, with late ones and the
   * letters of apology due, and the look-ups citizens made at the kiosk and on their phones. Absent in
   * reports archived before it was added.
   */
  dossiers?: DossierReport;
  integrity: IntegrityReport;
}

export interface DossierReport {
  total: DossierFigures;
  byField: (DossierFigures & { field: string })[];
  lookups: { found: number; notFound: number };
}
