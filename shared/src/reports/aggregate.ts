import type { Impression } from '../schemas/impression';
import type { CommForm, PlaylistItem, PlaylistVersion, ReformArea } from '../schemas/playlist';

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
  screens: number;
  first: string;
  last: string;
}

export interface ShowingReport {
  totals: { showings: number; playMs: number; completed: number; screens: number };
  byItem: ItemRow[];
  byReformArea: ShowingRow[];
  byForm: ShowingRow[];
  byScreen: ShowingRow[];
  byCentre: ShowingRow[];
  byDay: ShowingRow[];
}

type Row = Pick<Impression, 'deviceId' | 'itemId' | 'playlistId' | 'playlistVersion' | 'startedAt' | 'durationMs' | 'completed'>;

/** Vietnam's calendar day of an instant (UTC+7, no daylight saving). */
export const vnDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Counts showings and play time by item, reform area, communication form, screen, centre and day.
 * An item is looked up in the version the screen was playing, so a later edit does not rewrite
 * what was shown.
 */
export function aggregateShowings(rows: readonly Row[], versions: readonly PlaylistVersion[], screens: ReadonlyMap<string, { name: string; centreId: string }>, centreNames: ReadonlyMap<string, string>): ShowingReport {
  const items = new Map<string, PlaylistItem>();
  for (const v of versions) for (const i of v.items) items.set(`${v.playlistId}@${v.version}/${i.id}`, i);
  const tally = () => new Map<string, ShowingRow>();
  const add = (m: Map<string, ShowingRow>, key: string, label: string, r: Row) => {
    const x = m.get(key) ?? { key, label, showings: 0, playMs: 0 };
    x.showings += 1;
    x.playMs += r.durationMs;
    m.set(key, x);
  };
  const byItem = new Map<string, ItemRow & { screenSet: Set<string> }>();
  const [areas, forms, byScreen, byCentre, byDay] = [tally(), tally(), tally(), tally(), tally()];
  let playMs = 0;
  let completed = 0;
  for (const r of rows) {
    const item = items.get(`${r.playlistId}@${r.playlistVersion}/${r.itemId}`);
    const screen = screens.get(r.deviceId);
    playMs += r.durationMs;
    if (r.completed) completed += 1;
    const it = byItem.get(r.itemId) ?? {
      key: r.itemId,
      label: item?.title ?? r.itemId,
      kind: item?.kind ?? 'unknown',
      reformArea: item?.reformArea ?? null,
      form: item?.form ?? null,
      showings: 0,
      playMs: 0,
      screens: 0,
      first: r.startedAt,
      last: r.startedAt,
      screenSet: new Set<string>(),
    };
    it.showings += 1;
    it.playMs += r.durationMs;
    it.screenSet.add(r.deviceId);
    if (r.startedAt < it.first) it.first = r.startedAt;
    if (r.startedAt > it.last) it.last = r.startedAt;
    byItem.set(r.itemId, it);
    add(areas, item?.reformArea ?? 'none', item?.reformArea ?? 'none', r);
    add(forms, item?.form ?? 'none', item?.form ?? 'none', r);
    add(byScreen, r.deviceId, screen?.name ?? r.deviceId, r);
    const centre = screen?.centreId ?? 'unknown';
    add(byCentre, centre, centreNames.get(centre) ?? centre, r);
    add(byDay, vnDay(r.startedAt), vnDay(r.startedAt), r);
  }
  const sorted = (m: Map<string, ShowingRow>) => [...m.values()].sort((a, b) => b.showings - a.showings || a.key.localeCompare(b.key));
  return {
    totals: { showings: rows.length, playMs, completed, screens: byScreen.size },
    byItem: [...byItem.values()].map(({ screenSet, ...x }) => ({ ...x, screens: screenSet.size })).sort((a, b) => b.showings - a.showings || a.key.localeCompare(b.key)),
    byReformArea: sorted(areas),
    byForm: sorted(forms),
    byScreen: sorted(byScreen),
    byCentre: sorted(byCentre),
    byDay: [...byDay.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}
