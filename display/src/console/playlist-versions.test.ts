import { makeVersion } from '@hcc/shared/playlists/fixtures';
import { CampaignRefSchema, type Playlist, PlaylistItemSchema } from '@hcc/shared/schemas/playlist';
import { describe, expect, it } from 'vitest';
import { copyOf, latestVersion, newestFirst, onAirAsDrafted } from './playlist-versions';

const item = (id: string) => PlaylistItemSchema.parse({ id, kind: 'text', title: id, durationMs: 10_000, heading: '', body: '' });

describe('playlist versions in the console', () => {
  it('finds the version on air whatever order the server lists them in, and none before a publish', () => {
    const vs = [makeVersion({ version: 2 }), makeVersion({ version: 5 }), makeVersion({ version: 3 })];
    expect(latestVersion(vs)?.version).toBe(5);
    expect(latestVersion([])).toBeNull();
    expect(newestFirst(vs).map((v) => v.version)).toEqual([5, 3, 2]);
    expect(vs.map((v) => v.version)).toEqual([2, 5, 3]);
  });
  it('compares a publish with the campaign places the draft held, not the items they were filled with', () => {
    const place = CampaignRefSchema.parse({ id: 'c1', kind: 'campaign', title: 'Chiến dịch', campaignId: 'prov', skip: [] });
    const filled = makeVersion({ version: 1, items: [item('prov-a'), item('prov-b')], source: [place] });
    expect(onAirAsDrafted([filled])?.items).toEqual([place]);
    const plain = makeVersion({ version: 1, items: [item('a')] });
    expect(onAirAsDrafted([plain])?.items).toEqual([item('a')]);
  });
  it('names a copy as such and keeps it within the name limit', () => {
    const p: Playlist = {
      id: 'p',
      name: 'x'.repeat(199),
      centreId: 'lt',
      target: { centreIds: ['lt'], groups: [] },
      items: [item('a')],
      revision: 1,
      updatedAt: '2026-03-01T08:00:00.000Z',
      publishedVersion: null,
    };
    const c = copyOf(p, 'bản sao');
    expect(c.name).toHaveLength(200);
    expect(c).toMatchObject({ centreId: 'lt', target: p.target, items: p.items });
    expect(copyOf({ ...p, name: 'Sảnh' }, 'copy').name).toBe('Sảnh (copy)');
  });
});
