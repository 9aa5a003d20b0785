import type { Device } from '@hcc/shared/schemas/device';
import { describe, expect, it } from 'vitest';
import { deviceGroups, latestRefusalAt, refusalsByDevice, screenshotSrc, upsertDevice, uptime, wallDevices } from './device-wall';

describe('the device wall', () => {
  it('replaces a device in place and adds one it has not seen', () => {
    // Only id and name matter to the wall's upsert; the rest of a device rides along untouched.
    const device = (id: string, name = id) => ({ id, name }) as Device;
    const wall = [device('a'), device('b')];
    expect(upsertDevice(wall, device('a', 'renamed')).map((d) => d.name)).toEqual(['renamed', 'b']);
    expect(upsertDevice(wall, device('c')).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
  it('groups refusals by screen, keeping their order', () => {
    const r = (deviceId: string, reason: string) => ({ deviceId, reason, count: 1, lastAt: '2026-03-01T08:00:00Z', text: { vi: reason, en: reason } });
    expect(refusalsByDevice([r('a', 'x'), r('b', 'y'), r('a', 'z')])).toEqual({ a: [r('a', 'x'), r('a', 'z')], b: [r('b', 'y')] });
  });
  it.each([
    [59_000, '0 min'],
    [3_599_999, '59 min'],
    [3_600_000, '1 h'],
    [86_399_999, '23 h'],
    [3 * 86_400_000 + 5, '3 d'],
  ])('shows an uptime of %i ms as %s', (ms, text) => {
    expect(uptime(ms)).toBe(text);
  });
  it('makes a new screenshot address for each frame taken', () => {
    expect(screenshotSrc('/api/devices/d1/screenshot', '2026-03-01T08:00:00.000+07:00')).toBe('/api/devices/d1/screenshot?t=2026-03-01T08%3A00%3A00.000%2B07%3A00');
  });
  it('lists each group once, and shows the paired devices of the chosen group', () => {
    const device = (id: string, group: string | null, status: Device['status'] = 'active') => ({ id, group, status }) as Device;
    const all = [device('a', 'sảnh'), device('b', null), device('c', 'tầng 2'), device('d', 'sảnh', 'revoked')];
    expect(deviceGroups(all)).toEqual(['sảnh', 'tầng 2']);
    expect(wallDevices(all, '').map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(wallDevices(all, 'sảnh').map((d) => d.id)).toEqual(['a']);
  });
  it('dates a screen’s refusals by the latest of them', () => {
    const r = (lastAt: string) => ({ deviceId: 'a', reason: 'x', count: 1, lastAt, text: { vi: 'x', en: 'x' } });
    expect(latestRefusalAt([r('2026-03-02T08:00:00Z'), r('2026-03-05T08:00:00Z'), r('2026-03-01T08:00:00Z')])).toBe('2026-03-05T08:00:00Z');
    expect(latestRefusalAt([])).toBe('');
  });
});
