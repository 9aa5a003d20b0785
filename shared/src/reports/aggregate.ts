import type { Impression } from '../schemas/impression';
import type { CommForm, PlaylistItem, PlaylistVersion, ReformArea } from '../schemas/playlist';
import { slideContent } from '../playlists/slide-content';

/** What was shown, counted the way the plans report it. Pure: the server feeds it rows. */
export interface ShowingRow {
  key: string;
  label: string;
  showings: number;
  playMs: number;
}

export interface ItemRow extends ShowingRow {
  kind: PlaylistItem['kind'] | 'unknown';
  reformArea: ReformArea | null;
  form: CommForm | null;
  /** The uploaded file an image or video item plays: its thumbnail in the evidence appendix. */
  mediaId: string | null;
  /** What a slide the player draws shows (playlists/slide-content.ts): its SHA-256 keys the slide's picture. */
  slide: string | null;
  screens: number;
  screenIds: string[];
  first: string;
  last: string;
}

export interface ShowingReport {
  totals: { showings: number; playMs: number; completed: number; screens: number };
  byItem: ItemRow[];
  byReformArea: ShowingRow[];
  byForm: ShowingRow[];
  /**
   * One row per screen, keyed by its id; a screen moved within the period has one row per centre it
   * showed for, the others keyed `<id>@<centre>`, so a province's screens add up per centre as its
   * centres do. `centreId`: the centre the row's showings count for.
   */
  byScreen: (ShowingRow & { centreId?: string })[];
  byCentre: ShowingRow[];
  byDay: ShowingRow[];
}

/**
 * Showings of one item of one playlist version on one screen on one Vietnam day: the unit of the
 * daily roll-up, so a year's report adds up thousands of groups instead of millions of rows.
 */
export interface ShowingGroup {
  day: string;
  deviceId: string;
  playlistId: string;
  playlistVersion: number;
  itemId: string;
  showings: number;
  playMs: number;
  completed: number;
  /** First and last start within the group, as UTC ISO instants (comparable as text). */
  first: string;
  last: string;
}

type Row = Pick<Impression, 'deviceId' | 'itemId' | 'playlistId' | 'playlistVersion' | 'startedAt' | 'durationMs' | 'completed' | 'reason'>;

/**
 * Whether a showing counts as shown: it ran to its end or was cut short by a newer version, with time
 * on screen. A failed item (it never played, or broke while playing) and one interrupted by the player
 * stopping are kept in the raw log as evidence of what happened, but never counted in totals, the
 * evidence list or plan progress.
 */
export const countsAsShown = (r: Pick<Impression, 'reason' | 'durationMs'>) => (r.reason === 'completed' || r.reason === 'preempted') && r.durationMs > 0;
/** The same test in SQL, over the impressions table's columns (both engines). */
export const COUNTS_AS_SHOWN_SQL = "reason IN ('completed', 'preempted') AND duration_ms > 0";

/** Vietnam's calendar day of an instant (UTC+7, no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
export const vnDay = (iso: string) => new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString().slice(0, 10);

/** The roll-up key of a group: showings with the same key add up. */
export const groupKey = (g: Pick<ShowingGroup, 'day' | 'deviceId' | 'playlistId' | 'playlistVersion' | 'itemId'>) =>
  `${g.day}\u001f${g.deviceId}\u001f${g.playlistId}\u001f${g.playlistVersion}\u001f${g.itemId}`;

/**
 * Folds the showings that count as shown (see countsAsShown) into roll-up groups; `into` lets a caller keep adding to the same groups.
 * Per showing, on every batch ingested: two ISO strings per row were 0.37 CPU-s per 100,000 showings
 * (7 % of the server's whole ingest). A batch's showings fall on one or two days, so a day is worked
 * out when a showing leaves the last one's span, and a group made here keeps its first and last start
 * as numbers, written as text once at the end: 0.10 CPU-s.
 */
export function groupShowings(rows: Iterable<Row>, into = new Map<string, ShowingGroup>()): Map<string, ShowingGroup> {
  const made = new Map<ShowingGroup, { first: number; last: number }>();
  let [day, dayFrom, dayTo] = ['', 0, 0];
  for (const r of rows) {
    if (!countsAsShown(r)) continue;
    const ms = Date.parse(r.startedAt);
    if (!(ms >= dayFrom && ms < dayTo)) {
      day = new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
      dayFrom = Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS;
      dayTo = dayFrom + DAY_MS;
    }
    const key = groupKey({ day, deviceId: r.deviceId, playlistId: r.playlistId, playlistVersion: r.playlistVersion, itemId: r.itemId });
    const g = into.get(key);
    if (!g) {
      const fresh = {
        day,
        deviceId: r.deviceId,
        playlistId: r.playlistId,
        playlistVersion: r.playlistVersion,
        itemId: r.itemId,
        showings: 1,
        playMs: r.durationMs,
        completed: r.completed ? 1 : 0,
        first: '',
        last: '',
      };
      into.set(key, fresh);
      made.set(fresh, { first: ms, last: ms });
      continue;
    }
    g.showings += 1;
    g.playMs += r.durationMs;
    if (r.completed) g.completed += 1;
    const span = made.get(g);
    if (span) {
      if (ms < span.first) span.first = ms;
      if (ms > span.last) span.last = ms;
      continue;
    }
    // A group the caller brought: its ends are UTC ISO text already.
    const at = new Date(ms).toISOString();
    if (at < g.first) g.first = at;
    if (at > g.last) g.last = at;
  }
  for (const [g, span] of made) {
    g.first = new Date(span.first).toISOString();
    g.last = new Date(span.last).toISOString();
  }
  return into;
}

/** The item a group showed, looked up in the playlist version the screen was playing. */
export function itemIndex(versions: readonly PlaylistVersion[]): (g: Pick<ShowingGroup, 'playlistId' | 'playlistVersion' | 'itemId'>) => PlaylistItem | undefined {
  const items = new Map<string, PlaylistItem>();
  for (const v of versions) for (const i of v.items) items.set(`${v.playlistId}@${v.version}/${i.id}`, i);
  return (g) => items.get(`${g.playlistId}@${g.playlistVersion}/${g.itemId}`);
}

/**
 * Counts showings and play time by item, reform area, communication form, screen, centre and day.
 * An item is looked up in the version the screen was playing, so a later edit does not rewrite
 * what was shown; a group counts for the centre `centreOf` places it in (by default where its
 * screen stands: the caller knows where a moved screen stood when it showed it).
 */
export function aggregateShowings(
  groups: Iterable<ShowingGroup>,
  versions: readonly PlaylistVersion[],
  screens: ReadonlyMap<string, { name: string; centreId: string }>,
  centreNames: ReadonlyMap<string, string>,
  centreOf: (g: ShowingGroup) => string | undefined = (g) => screens.get(g.deviceId)?.centreId,
): ShowingReport {
  const itemOf = itemIndex(versions);
  const tally = () => new Map<string, ShowingRow>();
  const add = (m: Map<string, ShowingRow>, key: string, label: string, g: ShowingGroup) => {
    const x = m.get(key) ?? { key, label, showings: 0, playMs: 0 };
    x.showings += g.showings;
    x.playMs += g.playMs;
    m.set(key, x);
  };
  const byItem = new Map<string, ItemRow & { screenSet: Set<string> }>();
  const [areas, forms, byCentre, byDay] = [tally(), tally(), tally(), tally()];
  const byScreen = new Map<string, Map<string, ShowingRow & { centreId: string }>>();
  const totals = { showings: 0, playMs: 0, completed: 0, screens: 0 };
  for (const g of groups) {
    const item = itemOf(g);
    const screen = screens.get(g.deviceId);
    totals.showings += g.showings;
    totals.playMs += g.playMs;
    totals.completed += g.completed;
    // An item renamed or edited within the period is described as it was first shown: the same row
    // whichever order the store (SQLite, PostgreSQL; days, months) reads the groups in.
    const described = (): Pick<ItemRow, 'label' | 'kind' | 'reformArea' | 'form' | 'mediaId' | 'slide'> => ({
      label: item?.title ?? g.itemId,
      kind: item?.kind ?? 'unknown',
      reformArea: item?.reformArea ?? null,
      form: item?.form ?? null,
      mediaId: item && 'mediaId' in item ? item.mediaId : null,
      slide: item ? slideContent(item) : null,
    });
    const it = byItem.get(g.itemId) ?? { key: g.itemId, ...described(), showings: 0, playMs: 0, screens: 0, screenIds: [], first: g.first, last: g.last, screenSet: new Set<string>() };
    it.showings += g.showings;
    it.playMs += g.playMs;
    it.screenSet.add(g.deviceId);
    if (g.first < it.first) Object.assign(it, described(), { first: g.first });
    if (g.last > it.last) it.last = g.last;
    byItem.set(g.itemId, it);
    add(areas, item?.reformArea ?? 'none', item?.reformArea ?? 'none', g);
    add(forms, item?.form ?? 'none', item?.form ?? 'none', g);
    const centre = centreOf(g) ?? 'unknown';
    const places = byScreen.get(g.deviceId) ?? new Map<string, ShowingRow & { centreId: string }>();
    byScreen.set(g.deviceId, places);
    const place = places.get(centre) ?? { key: g.deviceId, label: screen?.name ?? g.deviceId, showings: 0, playMs: 0, centreId: centre };
    place.showings += g.showings;
    place.playMs += g.playMs;
    places.set(centre, place);
    add(byCentre, centre, centreNames.get(centre) ?? centre, g);
    add(byDay, g.day, g.day, g);
  }
  const sorted = <T extends ShowingRow>(rows: Iterable<T>) => [...rows].sort((a, b) => b.showings - a.showings || a.key.localeCompare(b.key));
  return {
    totals: { ...totals, screens: byScreen.size },
    byItem: sorted([...byItem.values()].map(({ screenSet, ...x }) => ({ ...x, screens: screenSet.size, screenIds: [...screenSet].sort() }))),
    byReformArea: sorted(areas.values()),
    byForm: sorted(forms.values()),
    byScreen: sorted(
      [...byScreen].flatMap(([deviceId, places]) =>
        places.size === 1 ? [...places.values()] : [...places.values()].map((r) => (r.centreId === screens.get(deviceId)?.centreId ? r : { ...r, key: `${deviceId}@${r.centreId}` })),
      ),
    ),
    byCentre: sorted(byCentre.values()),
    byDay: [...byDay.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}
