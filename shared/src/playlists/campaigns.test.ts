import { describe, expect, it } from 'vitest';
import { type DraftItem, PlaylistItemSchema, type PlaylistVersion } from '../schemas/playlist';
import { managesCentre } from '../schemas/staff';
import { expandCampaigns, includesCampaign } from './campaigns';

const centres = [
  { id: 'dn', kind: 'province' as const, parentId: null },
  { id: 'lt', kind: 'commune' as const, parentId: 'dn' },
  { id: 'ltan', kind: 'commune' as const, parentId: 'dn' },
  { id: 'hn', kind: 'province' as const, parentId: null },
];
const text = (id: string) => PlaylistItemSchema.parse({ id, kind: 'text', title: id, durationMs: 10_000, heading: id, body: '' });
const campaign = (over: Partial<PlaylistVersion> = {}): PlaylistVersion => ({
  playlistId: 'camp',
  version: 3,
  name: 'Chiến dịch',
  centreId: 'dn',
  target: { centreIds: ['lt', 'ltan'], groups: [] },
  items: [text('c1'), text('c2')],
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'x',
  rollbackOf: null,
  ...over,
});
const ref = (campaignId = 'camp', skip: string[] = []): DraftItem => ({ id: 'place', kind: 'campaign', title: 'Chiến dịch', campaignId, skip });

describe('expandCampaigns', () => {
  it('puts the campaign items where the place is, less the skipped ones, marked with their version', () => {
    const out = expandCampaigns([text('a'), ref('camp', ['c1']), text('b')], 'lt', new Map([['camp', campaign()]]), centres);
    expect(out.problems).toEqual([]);
    expect(out.items.map((i) => i.id)).toEqual(['a', 'c2', 'b']);
    expect(out.items[1]?.campaign).toEqual({ playlistId: 'camp', version: 3, name: 'Chiến dịch' });
  });

  it.each([
    ['not published', new Map<string, PlaylistVersion>(), /not a published campaign/],
    ['not addressed to the commune', new Map([['camp', campaign({ target: { centreIds: ['ltan'], groups: [] } })]]), /not a published campaign/],
    ["another province's", new Map([['camp', campaign({ centreId: 'hn' })]]), /not a published campaign/],
    ["a commune's own playlist", new Map([['camp', campaign({ centreId: 'ltan' })]]), /not a published campaign/],
  ])('refuses a campaign %s', (_name, campaigns, message) => {
    const out = expandCampaigns([ref()], 'lt', campaigns, centres);
    expect(out.items).toEqual([]);
    expect(out.problems[0]?.message).toMatch(message);
  });

  it('refuses one campaign twice, and ids that would collide', () => {
    expect(expandCampaigns([ref(), { ...ref(), id: 'place-2' }], 'lt', new Map([['camp', campaign()]]), centres).problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/included twice/), expect.stringMatching(/c1 would appear twice/)]),
    );
    expect(expandCampaigns([text('c1'), ref()], 'lt', new Map([['camp', campaign()]]), centres).problems[0]?.message).toMatch(/c1 would appear twice/);
  });

  it('knows which drafts include a campaign', () => {
    expect(includesCampaign([text('a'), ref()], 'camp')).toBe(true);
    expect(includesCampaign([text('a')], 'camp')).toBe(false);
    expect(includesCampaign(undefined, 'camp')).toBe(false);
  });
});

describe('managesCentre', () => {
  it.each([
    [null, 'lt', true],
    ['lt', 'lt', true],
    ['lt', 'ltan', false],
    ['lt', 'dn', false],
    ['dn', 'lt', true],
    ['dn', 'hn', false],
  ])('staff of %s may change %s: %s', (mine, theirs, expected) => expect(managesCentre({ centreId: mine }, theirs, centres)).toBe(expected));
});
