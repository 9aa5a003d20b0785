import { describe, expect, it } from 'vitest';
import { makeVersion } from './fixtures';
import { type PublishCandidate, publishImpact, replacedScreens, type ScreenPlacement } from './publish-impact';

const AT = '2026-03-01T02:00:00.000Z';
const makeCandidate = (over: Partial<PublishCandidate>): PublishCandidate => ({ playlistId: 'new', name: 'Mới', centreId: 'lt', target: { centreIds: [], groups: [] }, ...over });
const screen = (id: string, centreId: string, group: string | null = null): ScreenPlacement => ({ id, name: `Màn hình ${id}`, centreId, group });

const lt = screen('s-lt', 'lt');
const ltan = screen('s-ltan', 'ltan');
const elsewhere = screen('s-bh', 'bh');
const ownLt = makeVersion({ playlistId: 'own-lt', name: 'Sảnh Long Thành', version: 3 });
const ownLtan = makeVersion({ playlistId: 'own-ltan', name: 'Sảnh Lộc An', centreId: 'ltan', version: 2 });

describe('publishImpact', () => {
  it("ticking two centres replaces the own centre's loop and names the other centre's screen as keeping its own", () => {
    const changes = publishImpact(makeCandidate({ target: { centreIds: ['lt', 'ltan'], groups: [] } }), [ownLt, ownLtan], [lt, ltan, elsewhere], AT);
    expect(changes.map((c) => [c.screen.id, c.effect, c.now?.name ?? null, c.next?.name ?? null])).toEqual([
      ['s-lt', 'replaces', 'Sảnh Long Thành', 'Mới'],
      ['s-ltan', 'keeps', 'Sảnh Lộc An', 'Sảnh Lộc An'],
    ]);
    expect(replacedScreens(changes).map((c) => c.screen.id)).toEqual(['s-lt']);
  });

  it.each([
    ['a screen with nothing on air starts playing', [], 'starts', null],
    ['a screen already playing the playlist gets the next version', [makeVersion({ playlistId: 'new', name: 'Mới', version: 4 })], 'updates', 4],
  ])('%s', (_name, onAir, effect, nowVersion) => {
    const [change] = publishImpact(makeCandidate({}), onAir, [lt], AT);
    expect(change?.effect).toBe(effect);
    expect(change?.now?.version ?? null).toBe(nowVersion);
    expect(change?.next).toEqual({ playlistId: 'new', name: 'Mới', centreId: 'lt', version: (nowVersion ?? 0) + 1 });
  });

  it('a province campaign plays where the commune has nothing of its own, and nowhere it has', () => {
    const campaign = makeCandidate({ playlistId: 'camp', name: 'Chiến dịch', centreId: 'dn', target: { centreIds: ['lt', 'ltan'], groups: [] } });
    const changes = publishImpact(campaign, [ownLt], [lt, ltan], AT);
    expect(changes.map((c) => [c.screen.id, c.effect])).toEqual([
      ['s-lt', 'keeps'],
      ['s-ltan', 'starts'],
    ]);
  });

  it('a commune playlist that includes the campaign carries its new items to its screens', () => {
    const including = makeVersion({ ...ownLt, source: [{ id: 'c1', kind: 'campaign', title: 'Chiến dịch', campaignId: 'camp', skip: [] }] });
    const changes = publishImpact(makeCandidate({ playlistId: 'camp', centreId: 'dn', target: { centreIds: ['ltan'], groups: [] } }), [including], [lt], AT);
    expect(changes).toEqual([{ screen: lt, effect: 'through', now: expect.objectContaining({ playlistId: 'own-lt' }), next: expect.objectContaining({ playlistId: 'own-lt' }) }]);
  });

  it('a screen the playlist no longer targets falls back to what else targets it, and is warned about', () => {
    const onAir = [
      makeVersion({ playlistId: 'new', name: 'Mới', target: { centreIds: ['lt', 'ltan'], groups: [] } }),
      makeVersion({ playlistId: 'prov', name: 'Tỉnh', centreId: 'dn', target: { centreIds: ['ltan'], groups: [] } }),
    ];
    const changes = publishImpact(makeCandidate({}), onAir, [lt, ltan], AT);
    expect(changes.map((c) => [c.screen.id, c.effect, c.next?.name ?? null])).toEqual([
      ['s-lt', 'updates', 'Mới'],
      ['s-ltan', 'stops', 'Tỉnh'],
    ]);
    expect(replacedScreens(changes)).toHaveLength(1);
  });

  it('only the screens of the named groups change; untouched screens are not listed', () => {
    const hall = screen('s-hall', 'lt', 'hall');
    const lobby = screen('s-lobby', 'lt', 'lobby');
    const changes = publishImpact(makeCandidate({ target: { centreIds: [], groups: ['hall'] } }), [ownLt], [hall, lobby, elsewhere], AT);
    expect(changes.map((c) => [c.screen.id, c.effect])).toEqual([['s-hall', 'replaces']]);
  });
});
