import type { Playlist } from '@hcc/shared/schemas/playlist';
import { describe, expect, it } from 'vitest';
import type { Draft } from './ItemForm';
import { errorsOfItem, fromPlaylist, moveItem, onRemoteSave, removeItem, replaceItem, toDraft } from './playlist-draft';

const item = (id: string): Draft => ({ id, kind: 'text', title: id, durationMs: 1000, heading: '', body: '' });
const items = ['a', 'b', 'c', 'd'].map(item);
const ids = (xs: Draft[] | undefined) => xs?.map((x) => x.id);

describe('moveItem', () => {
  it('moves an item down and up, the open item following it', () => {
    expect(ids(moveItem(items, 0, 0, 2)?.items)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(items, 0, 0, 2)?.selected).toBe(2);
    expect(ids(moveItem(items, null, 3, 0)?.items)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('leaves another open item where its index was', () => {
    expect(moveItem(items, 3, 0, 1)?.selected).toBe(3);
  });
  it('moves nothing past either end or onto itself', () => {
    expect(moveItem(items, null, 0, -1)).toBeNull();
    expect(moveItem(items, null, 3, 4)).toBeNull();
    expect(moveItem(items, null, 2, 2)).toBeNull();
  });
});

describe('item edits', () => {
  it('replaces and removes by position, leaving the list it was given as it was', () => {
    expect(ids(replaceItem(items, 1, item('x')))).toEqual(['a', 'x', 'c', 'd']);
    expect(ids(removeItem(items, 0))).toEqual(['b', 'c', 'd']);
    expect(ids(items)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('gives an item form the errors of its own fields only', () => {
    expect(errorsOfItem({ 'items.1.title': 'required', 'items.10.title': 'other', name: 'x', 'items.1.window.end': 'before start' }, 1)).toEqual({ title: 'required', 'window.end': 'before start' });
  });
});

describe('draft round trip', () => {
  it('reads screen groups as typed and writes them trimmed, without empty ones', () => {
    const p: Playlist = {
      id: 'p',
      name: 'N',
      centreId: 'c',
      target: { centreIds: ['c2'], groups: ['sảnh', 'tầng 2'] },
      items: [],
      revision: 1,
      updatedAt: '2026-03-01T08:00:00.000Z',
      publishedVersion: null,
    };
    const s = fromPlaylist(p);
    expect(s.groups).toBe('sảnh, tầng 2');
    expect(toDraft({ ...s, groups: ' sảnh ,, tầng 3 ,' }).target).toEqual({ centreIds: ['c2'], groups: ['sảnh', 'tầng 3'] });
  });
});

describe('onRemoteSave', () => {
  const open = { id: 'p', revision: 4, dirty: false };
  it.each([
    ['another playlist', { ...open }, { playlistId: 'q', revision: 9 }, 'ignore'],
    ['a revision already loaded (its own save echoed back)', { ...open }, { playlistId: 'p', revision: 4 }, 'ignore'],
    ['before the playlist has loaded', { ...open, revision: null }, { playlistId: 'p', revision: 5 }, 'ignore'],
    ['a newer save with nothing to lose', { ...open }, { playlistId: 'p', revision: 5 }, 'reload'],
    ['a newer save over unsaved changes', { ...open, dirty: true }, { playlistId: 'p', revision: 5 }, 'warn'],
  ] as const)('%s', (_name, o, saved, expected) => {
    expect(onRemoteSave(o, saved)).toBe(expected);
  });
});
