import { describe, expect, it } from 'vitest';
import { type PlaylistItem, PlaylistItemSchema } from '../schemas/playlist';
import { diffPlaylist, isEmptyDiff } from './diff';

const text = (id: string, heading = id): PlaylistItem => PlaylistItemSchema.parse({ id, kind: 'text', title: id, durationMs: 10_000, heading, body: '' });
const draft = (items: PlaylistItem[], name = 'Sảnh') => ({ name, target: { centreIds: [], groups: [] }, items });

describe('diffPlaylist', () => {
  it('calls everything added on a first publish', () => {
    const d = diffPlaylist(null, draft([text('a'), text('b')]));
    expect(d.added.map((i) => i.id)).toEqual(['a', 'b']);
    expect(d.removed).toEqual([]);
    expect(d.reordered || d.renamed || d.retargeted).toBe(false);
  });

  it('tells added, removed and changed items apart by id', () => {
    const d = diffPlaylist(draft([text('a'), text('b'), text('c')]), draft([text('a'), text('b', 'Giờ mới'), text('d')]));
    expect(d.added.map((i) => i.id)).toEqual(['d']);
    expect(d.removed.map((i) => i.id)).toEqual(['c']);
    expect(d.changed.map((i) => i.id)).toEqual(['b']);
    expect(d.reordered).toBe(false);
  });

  it('notices a new order of the same items, a new name and new targets', () => {
    const before = draft([text('a'), text('b')]);
    expect(diffPlaylist(before, draft([text('b'), text('a')])).reordered).toBe(true);
    // Removing an item does not by itself reorder the rest.
    expect(diffPlaylist(draft([text('a'), text('x'), text('b')]), draft([text('a'), text('b')])).reordered).toBe(false);
    expect(diffPlaylist(before, draft(before.items, 'Quầy')).renamed).toBe(true);
    expect(diffPlaylist(before, { ...before, target: { centreIds: ['lt'], groups: [] } }).retargeted).toBe(true);
  });

  it('is empty when nothing changed', () => {
    expect(isEmptyDiff(diffPlaylist(draft([text('a')]), draft([text('a')])))).toBe(true);
    expect(isEmptyDiff(diffPlaylist(draft([text('a')]), draft([text('a', 'khác')])))).toBe(false);
  });
});
