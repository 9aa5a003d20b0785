import type { DraftItem, PlaylistDraft } from '../schemas/playlist';

/** What a publish changes on the screens, for the confirmation staff read before they tap "publish". */
export interface PlaylistDiff {
  added: DraftItem[];
  removed: DraftItem[];
  changed: DraftItem[];
  /** Items kept as they were but shown in another order. */
  reordered: boolean;
  renamed: boolean;
  retargeted: boolean;
}

const sameItem = (a: DraftItem, b: DraftItem) => JSON.stringify(a) === JSON.stringify(b);

/** Items are matched by id; `before` is null when nothing was published yet (everything is added). */
export function diffPlaylist(before: Pick<PlaylistDraft, 'name' | 'target' | 'items'> | null, after: Pick<PlaylistDraft, 'name' | 'target' | 'items'>): PlaylistDiff {
  const old = new Map((before?.items ?? []).map((i) => [i.id, i]));
  const now = new Set(after.items.map((i) => i.id));
  const kept = after.items.filter((i) => old.has(i.id)).map((i) => i.id);
  const keptBefore = (before?.items ?? []).filter((i) => now.has(i.id)).map((i) => i.id);
  return {
    added: after.items.filter((i) => !old.has(i.id)),
    removed: (before?.items ?? []).filter((i) => !now.has(i.id)),
    changed: after.items.filter((i) => {
      const o = old.get(i.id);
      return o !== undefined && !sameItem(o, i);
    }),
    reordered: kept.join('\n') !== keptBefore.join('\n'),
    renamed: before !== null && before.name !== after.name,
    retargeted: before !== null && JSON.stringify(before.target) !== JSON.stringify(after.target),
  };
}

export const isEmptyDiff = (d: PlaylistDiff) => !d.added.length && !d.removed.length && !d.changed.length && !d.reordered && !d.renamed && !d.retargeted;
