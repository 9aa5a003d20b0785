import { describe, expect, it } from 'vitest';
import { makeVersion } from './fixtures';
import { placementsPlaying, targetPlacements, targetsDevice, versionForDevice } from './targeting';

describe('targetsDevice', () => {
  it.each([
    ['own centre when no centres are named', {}, { centreId: 'lt', group: null }, true],
    ['not another centre by default', {}, { centreId: 'lx', group: null }, false],
    ['a named centre', { target: { centreIds: ['lx'], groups: [] } }, { centreId: 'lx', group: null }, true],
    ['a matching group', { target: { centreIds: [], groups: ['hall'] } }, { centreId: 'lt', group: 'hall' }, true],
    ['not a screen of another group', { target: { centreIds: [], groups: ['hall'] } }, { centreId: 'lt', group: 'lobby' }, false],
    ['not an ungrouped screen when groups are named', { target: { centreIds: [], groups: ['hall'] } }, { centreId: 'lt', group: null }, false],
  ])('%s', (_name, over, device, expected) => {
    expect(targetsDevice(makeVersion(over), device)).toBe(expected);
  });
});

describe('versionForDevice', () => {
  it('picks the most recent publish that targets the screen', () => {
    const older = makeVersion({ playlistId: 'a', publishedAt: '2026-01-05T01:00:00.000Z' });
    const newer = makeVersion({ playlistId: 'b', publishedAt: '2026-01-06T01:00:00.000Z' });
    const elsewhere = makeVersion({ playlistId: 'c', centreId: 'lx', publishedAt: '2026-01-07T01:00:00.000Z' });
    expect(versionForDevice([older, newer, elsewhere], { centreId: 'lt', group: null })?.playlistId).toBe('b');
  });
  it("prefers the screen's own centre: a province campaign plays only where the commune has nothing of its own", () => {
    const own = makeVersion({ playlistId: 'own', publishedAt: '2026-01-05T01:00:00.000Z' });
    const campaign = makeVersion({ playlistId: 'campaign', centreId: 'dn', target: { centreIds: ['lt', 'ltan'], groups: [] }, publishedAt: '2026-01-09T01:00:00.000Z' });
    expect(versionForDevice([own, campaign], { centreId: 'lt', group: null })?.playlistId).toBe('own');
    expect(versionForDevice([own, campaign], { centreId: 'ltan', group: null })?.playlistId).toBe('campaign');
    expect(placementsPlaying(campaign, [own, campaign])).toEqual([{ centreId: 'ltan', group: null }]);
  });
  it('returns null when nothing targets the screen', () => {
    expect(versionForDevice([makeVersion({ centreId: 'lx' })], { centreId: 'lt', group: null })).toBeNull();
  });
});

describe('targetPlacements', () => {
  it('expands centres × groups', () => {
    expect(targetPlacements(makeVersion({ target: { centreIds: ['a', 'b'], groups: ['x', 'y'] } }))).toHaveLength(4);
    expect(targetPlacements(makeVersion({}))).toEqual([{ centreId: 'lt', group: null }]);
  });
});
