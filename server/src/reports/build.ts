import { aggregateShowings, groupShowings, itemIndex, type ShowingGroup, vnDay } from '@hcc/shared/reports/aggregate';
import { countedPart } from '@hcc/shared/reports/periods';
import type { IntegrityReport, LogProblem, Report } from '@hcc/shared/reports/report';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { targetProgress } from '@hcc/shared/reports/targets';
import { screenUptime } from '@hcc/shared/reports/uptime';
import type { Centre } from '@hcc/shared/schemas/centre';
import { summarise } from '@hcc/shared/survey/scoring';
import type { Deps } from '../context';
import type { Store } from '../store/store';
import type { Grain } from '../impressions/repo';
import { AppError } from '../http/errors';
import { dossierReport } from '../dossiers/report';
import { placementsSince } from './placements';

/** A year and a bit: the annual report, with room for a calendar quarter overlap. */
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3600_000;
/** The longest period whose showings are tabled day by day. */
const DAILY_UP_TO = 92;
export const vnDayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();

export interface ReportScope {
  from: string;
  to: string;
  days: number;
  centre: Centre | null;
  centres: Centre[];
  /** The centres counted: a province with its communes; null = every centre. */
  ids: Set<string> | null;
  /** Every screen that stood in those centres in or after the period, with the centre it stands in now. */
  screens: Map<string, { name: string; centreId: string }>;
  /** The centre a screen stood in at an instant: a moved screen's showings stay where they were shown. */
  centreAt(deviceId: string, at: string): string;
  /** Whether a screen's showing at `at` (UTC ISO) belongs to this report. */
  counts(deviceId: string, at: string): boolean;
  /** When the screen moved during the period: its weeks, months and the days it moved cannot be placed whole. */
  moves(deviceId: string): string[];
}

/** Checks the period and the centre and works out what the report covers; bad input is a 4xx with a reason. */
export async function reportScope(deps: Deps, q: { from: string; to: string; centre?: string | undefined }): Promise<ReportScope> {
  if (q.from > q.to) throw new AppError('validation', `The period runs backwards: ${q.from} is after ${q.to}.`, [{ path: 'to', message: 'before from' }]);
  const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS + 1;
  if (days > MAX_DAYS) throw new AppError('validation', `A report covers at most ${MAX_DAYS} days; ${q.from} to ${q.to} is ${days}.`, [{ path: 'to', message: 'period too long' }]);
  const centres = await deps.store.centres.list();
  const centre = q.centre ? (centres.find((c) => c.id === q.centre) ?? null) : null;
  if (q.centre && !centre) throw new AppError('not_found', `Unknown centre "${q.centre}".`);
  // A province reports over itself and its communes.
  const ids = centre ? new Set([centre.id, ...centres.filter((c) => c.parentId === centre.id).map((c) => c.id)]) : null;
  const devices = await deps.store.devices.list();
  const [fromIso, toIso] = [vnDayStart(q.from), new Date(Date.parse(vnDayStart(q.to)) + DAY_MS).toISOString()];
  const placements = await placementsSince(deps.store, fromIso);
  const stood = (id: string, current: string) => !ids || [...placements.centresSince(id, current)].some((c) => ids.has(c));
  const current = new Map(devices.map((d) => [d.id, d.centreId]));
  // A screen is listed under the last centre of the scope it stood in during the period.
  const listedAt = (id: string, now: string) => placements.lastIn(id, now, toIso, (c) => !ids || ids.has(c)) ?? now;
  const screens = new Map(devices.filter((d) => d.kind === 'screen' && stood(d.id, d.centreId)).map((d) => [d.id, { name: d.name, centreId: listedAt(d.id, d.centreId) }]));
  const centreAt = (id: string, at: string) => placements.centreAt(id, current.get(id) ?? '', at);
  return {
    ...{ from: q.from, to: q.to, days, centre, centres, ids, screens, centreAt },
    counts: (id, at) => screens.has(id) && (!ids || ids.has(centreAt(id, at))),
    moves: (id) => placements.movesWithin(id, fromIso, toIso),
  };
}

/**
 * Everything the report says, from the daily roll-up (never the raw rows, so a year of ten million
 * showings adds up thousands of groups), the plan, the surveys, the kiosk's counts and presence.
 */
export async function buildReport(deps: Deps, s: ReportScope): Promise<Report> {
  const now = deps.clock().toISOString();
  const [fromIso, toIso] = [vnDayStart(s.from), new Date(Date.parse(vnDayStart(s.to)) + DAY_MS).toISOString()];
  // Up to a quarter, day by day; beyond, month by month — the annual report's table and its cost.
  const grain = s.days <= DAILY_UP_TO ? 'day' : 'month';
  const load = (g: Grain) => placedGroups(deps, s, g);
  const groups = await load(grain);
  const versions = await deps.store.playlists.allVersions();
  const showings = aggregateShowings(groups, versions, s.screens, new Map(s.centres.map((c) => [c.id, c.name])), (g) => s.centreAt(g.deviceId, g.first));

  // Each centre's targets against its own screens' showings. Month groups nest in months, quarters,
  // halves and years, but not in weeks: weekly targets of a long report read week groups.
  const targets = await deps.store.plans.list(s.ids ? [...s.ids] : null);
  const register = (await deps.store.register.list(s.ids ? [...s.ids] : null, s.from, s.to)).filter((e) => e.withdrawn === null);
  const weekly = grain === 'month' && targets.some((t) => t.measure?.per === 'week') ? await load('week') : groups;
  const progress = [...new Set(targets.map((t) => t.centreId))].flatMap((c) => {
    const mine = (gs: typeof groups) => gs.filter((g) => s.centreAt(g.deviceId, g.first) === c);
    const own = targets.filter((t) => t.centreId === c);
    const entries = register.filter((e) => e.centreId === c);
    const byWeek = own.filter((t) => t.measure?.per === 'week');
    return [
      ...targetProgress(byWeek, mine(weekly), versions, entries, s.from, s.to),
      ...targetProgress(
        own.filter((t) => !byWeek.includes(t)),
        mine(groups),
        versions,
        entries,
        s.from,
        s.to,
      ),
    ]
      .sort((a, b) => a.seq - b.seq)
      .map((p) => ({ centreId: c, ...p }));
  });

  const forms = await deps.store.surveys.forms();
  const received = (await deps.store.surveys.since(null, fromIso)).filter((a) => a.receivedAt < toIso && (!s.ids || s.ids.has(a.centreId)));
  const answers = received.filter((a) => a.excludedReason === null);
  const formIds = [...new Set(answers.map((a) => a.formId))].sort();
  const satisfactionByForm = formIds.map((formId) => ({
    formId,
    title: forms.filter((f) => f.id === formId).at(-1)?.title ?? formId,
    ...summarise(
      answers.filter((a) => a.formId === formId),
      forms,
    ),
  }));

  // A screen moved during the period counts only its days at the centres reported on.
  const onAir = await deps.store.impressions.daysOnAir(s.from, s.to);
  const moved = [...s.screens.keys()].filter((id) => s.moves(id).length);
  const movedDays = moved.length ? (grain === 'day' ? groups : await load('day')) : [];
  for (const id of moved) onAir.set(id, new Set(movedDays.filter((g) => g.deviceId === id).map((g) => g.day)).size);
  const uptime = screenUptime(
    [...s.screens].map(([id, sc]) => ({ id, ...sc })),
    await deps.store.devices.sessions(fromIso, toIso),
    onAir,
    s.from,
    s.to,
    now,
  );

  const { through, days } = countedPart(s.from, s.to, new Date(Date.parse(now) + VN_OFFSET_MS).toISOString().slice(0, 10));
  return {
    generatedAt: now,
    // A period still running is counted up to today, and its days are the days counted.
    period: { from: s.from, to: s.to, through, days },
    grain,
    scope: s.centre
      ? { id: s.centre.id, name: s.centre.name, centres: s.centres.filter((c) => s.ids?.has(c.id)).map((c) => ({ id: c.id, name: c.name })) }
      : { id: null, name: 'Toàn bộ', centres: s.centres.map((c) => ({ id: c.id, name: c.name })) },
    showings,
    targets: progress,
    register,
    satisfaction: summarise(answers, forms),
    satisfactionByForm,
    surveysExcluded: received.length - answers.length,
    kiosk: {
      ...(await deps.store.usage.searchCounts(s.from, s.to)),
      mostViewed: await Promise.all((await deps.store.usage.topViews(s.from, s.to, 10)).map(async (v) => ({ ...v, name: (await deps.store.procedures.get(v.code))?.name ?? v.code }))),
      emptySearches: await deps.store.usage.emptySearches(s.from, s.to, 50),
    },
    uptime,
    dossiers: await dossierReport(deps, s.ids, { from: s.from, to: s.to, fromIso, toIso }),
    integrity: await reportIntegrity(deps, s, versions, now),
  };
}

/** The Monday of a day's week, or the first of its month: the key of the roll-up group it adds to. */
const periodKey = (day: string, grain: Grain) => {
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  return grain === 'week' ? new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10) : day;
};

/**
 * The roll-up groups of the report's screens, each where its screen stood when it showed it. A day's
 * group is placed by its first showing; a screen moved during the period has its weeks or months read
 * day by day, so the days before the move stay with the centre it left, and the day it moved split.
 */
async function placedGroups(deps: Deps, s: ReportScope, grain: Grain): Promise<ShowingGroup[]> {
  const groups = await deps.store.impressions.groups(s.from, s.to, grain);
  const moved = [...s.screens.keys()].filter((id) => s.moves(id).length);
  if (!moved.length) return groups.filter((g) => s.counts(g.deviceId, g.first));
  const whole = groups.filter((g) => !moved.includes(g.deviceId));
  const days = (grain === 'day' ? groups : await deps.store.impressions.groups(s.from, s.to, 'day')).filter((g) => moved.includes(g.deviceId));
  const split = (await splitMoveDays(deps, s, days)).map((g) => ({ ...g, day: periodKey(g.day, grain) }));
  return [...whole, ...split].filter((g) => s.counts(g.deviceId, g.first));
}

/**
 * A screen's groups of the days it moved, regrouped from that day's raw rows and folded summaries on
 * either side of the move. Rare, so the day's rows are read then; a day whose rows retention has pruned
 * keeps its roll-up groups, placed by their first showing.
 */
async function splitMoveDays(deps: Deps, s: ReportScope, days: ShowingGroup[]): Promise<ShowingGroup[]> {
  const moveDays = new Set(days.filter((g) => s.moves(g.deviceId).some((at) => vnDay(at) === g.day)).map((g) => `${g.deviceId}@${g.day}`));
  const out = days.filter((g) => !moveDays.has(`${g.deviceId}@${g.day}`));
  for (const key of moveDays) {
    const [id = '', day = ''] = key.split('@');
    const start = vnDayStart(day);
    const rows = (await deps.store.impressions.between(start, new Date(Date.parse(start) + DAY_MS).toISOString())).filter((r) => r.deviceId === id);
    const folded = (await deps.store.impressions.summariesBetween(day, day)).filter((x) => x.deviceId === id);
    // Each side of the move grouped on its own: a group's first showing then says where it was shown.
    const sides = new Map<string, typeof rows>();
    for (const r of rows) {
      const centre = s.centreAt(id, r.startedAt);
      const side = sides.get(centre);
      if (side) side.push(r);
      else sides.set(centre, [r]);
    }
    const regrouped = [
      ...[...sides.values()].flatMap((side) => [...groupShowings(side).values()]),
      ...folded.map((x) => ({
        day,
        deviceId: id,
        playlistId: x.playlistId,
        playlistVersion: x.playlistVersion,
        itemId: x.itemId,
        showings: x.showings,
        playMs: x.playMs,
        completed: x.completed,
        first: x.first,
        last: x.last,
      })),
    ];
    const rolled = days.filter((g) => g.deviceId === id && g.day === day);
    const total = (gs: readonly ShowingGroup[]) => gs.reduce((n, g) => n + g.showings, 0);
    out.push(...(total(regrouped) === total(rolled) ? regrouped : rolled));
  }
  return out;
}

/**
 * The log's integrity as this report can state it: the chains walked (in full after a restart), every
 * recorded head in place, and the period's daily and monthly totals equal to the rows they count.
 * Problems are named in people's terms, and a centre's report is flagged only for its own screens'
 * rows (a cut at the end of the log, whose rows cannot be placed, concerns every report).
 */
export async function reportIntegrity(deps: Deps, s: ReportScope, versions: readonly PlaylistVersion[], now: string): Promise<IntegrityReport> {
  const chain = await deps.store.impressions.verify({ full: false, at: now, reason: 'report' });
  const sums = await deps.store.impressions.checkRollUps(s.from, s.to, now);
  const overfull = (await deps.store.impressions.overfullDays(s.from, s.to)).map((d): LogProblem => ({
    kind: 'overfull',
    seq: null,
    deviceId: d.deviceId,
    itemId: null,
    playlistId: null,
    at: null,
    day: d.day,
    detail: `${d.showings}/${d.playMs}`,
  }));
  const mine = (p: LogProblem) => !s.ids || p.deviceId === null || s.screens.has(p.deviceId);
  const problems = await nameProblems(deps.store, [...chain.problems, ...sums.problems, ...overfull].filter(mine), versions);
  return { ...chain, ok: problems.length === 0, problems, rollUps: { days: sums.days, rederived: sums.rederived, unverifiable: sums.unverifiable } };
}

/** Fills in the screen, its centre and the item's title, so a problem reads in a person's terms. */
export async function nameProblems(store: Store, problems: readonly LogProblem[], versions?: readonly PlaylistVersion[]): Promise<LogProblem[]> {
  if (!problems.length) return [];
  const all = versions ?? (await store.playlists.allVersions());
  const itemOf = itemIndex(all);
  const centreNames = new Map((await store.centres.list()).map((c) => [c.id, c.name]));
  const devices = new Map((await store.devices.list()).map((d) => [d.id, d]));
  return problems.map((p) => {
    const d = p.deviceId ? devices.get(p.deviceId) : undefined;
    const item =
      p.playlistId && p.itemId
        ? all
            .filter((v) => v.playlistId === p.playlistId)
            .map((v) => itemOf({ playlistId: v.playlistId, playlistVersion: v.version, itemId: p.itemId as string }))
            .find(Boolean)
        : undefined;
    return { ...p, ...(d ? { screenName: d.name, centreId: d.centreId, centreName: centreNames.get(d.centreId) ?? d.centreId } : {}), ...(item ? { itemTitle: item.title } : {}) };
  });
}
