import { QR_PRESETS } from '@hcc/shared/qr/presets';
import type { Playlist } from '@hcc/shared/schemas/playlist';
import type { Draft } from './ItemForm';

/** What the playlist editor edits: the playlist's fields as the form holds them (groups as typed). */
export interface EditorState {
  name: string;
  centreId: string;
  centreIds: string[];
  groups: string;
  items: Draft[];
}

export const fromPlaylist = (p: Playlist): EditorState => ({
  name: p.name,
  centreId: p.centreId,
  centreIds: p.target.centreIds,
  groups: p.target.groups.join(', '),
  // A stored item is a valid draft; Draft only widens it with the fields a form may leave half-filled.
  items: p.items as Draft[],
});

export const toDraft = (s: EditorState) => ({
  name: s.name,
  centreId: s.centreId,
  target: {
    centreIds: s.centreIds,
    groups: s.groups
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean),
  },
  items: s.items,
});

export type NewKind = 'video' | 'image' | 'text' | 'ticker' | 'qr' | 'survey_results' | 'dossiers_ready' | 'dossier_results';
type T = (vi: string, en: string) => string;

/** A new item of each kind, with the defaults staff most often keep (the form of communication included). */
export const NEW_ITEM: Record<NewKind, (t: T) => Record<string, unknown>> = {
  video: (t) => ({ title: t('Video mới', 'New video'), durationMs: 30_000, mediaId: '', caption: '', form: 'video_clip' }),
  image: (t) => ({ title: t('Ảnh mới', 'New image'), durationMs: 10_000, mediaId: '', caption: '' }),
  text: (t) => ({ title: t('Bản tin mới', 'New bulletin'), durationMs: 15_000, heading: '', body: '', form: 'ban_tin' }),
  ticker: (t) => ({ title: t('Chữ chạy', 'Ticker'), durationMs: 60_000, text: '', form: 'khau_hieu' }),
  qr: () => ({ durationMs: 10_000, ...QR_PRESETS.dvc_portal, preset: 'dvc_portal', ecLevel: 'M', form: 'ma_qr' }),
  survey_results: (t) => ({ title: t('Kết quả khảo sát hài lòng', 'Satisfaction results'), durationMs: 15_000, period: 'month' }),
  // Long enough for three pages of codes at the player's shortest readable page (slides/paging.ts).
  dossiers_ready: (t) => ({ title: t('Hồ sơ đã có kết quả', 'Dossiers ready'), durationMs: 20_000, perPage: 12, reformArea: 'tthc' }),
  dossier_results: (t) => ({ title: t('Kết quả giải quyết TTHC', 'Dossier handling results'), durationMs: 20_000, showCommunes: false, reformArea: 'tthc', form: 'niem_yet_tthc' }),
};

/**
 * Moves the item at `from` to `to`, the open item following it if it is the one moved. Null when
 * nothing moves (a drop on itself, or past either end).
 */
export function moveItem(items: readonly Draft[], selected: number | null, from: number, to: number): { items: Draft[]; selected: number | null } | null {
  if (to < 0 || to >= items.length || from === to) return null;
  const next = [...items];
  const [it] = next.splice(from, 1);
  if (!it) return null;
  next.splice(to, 0, it);
  return { items: next, selected: selected === from ? to : selected };
}

export const replaceItem = (items: readonly Draft[], i: number, item: Draft): Draft[] => items.map((x, j) => (j === i ? item : x));
export const removeItem = (items: readonly Draft[], i: number): Draft[] => items.filter((_, j) => j !== i);

/** The errors of item `i`, keyed by its own fields (`items.2.title` → `title`), for its form. */
export const errorsOfItem = (errors: Record<string, string>, i: number): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(`items.${i}.`) ? [[k.slice(`items.${i}.`.length), v]] : [])));

/**
 * What an open editor does when someone saves the playlist: nothing for another playlist or a
 * revision it already has; with unsaved changes it warns (a save would be refused), else it loads
 * theirs at once.
 */
export function onRemoteSave(open: { id: string; revision: number | null; dirty: boolean }, saved: { playlistId: string; revision: number }): 'ignore' | 'warn' | 'reload' {
  if (saved.playlistId !== open.id || open.revision === null || saved.revision <= open.revision) return 'ignore';
  return open.dirty ? 'warn' : 'reload';
}
