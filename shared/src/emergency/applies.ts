import type { Emergency } from '../schemas/emergency';

/**
 * Which emergency messages a screen must show now. No centres and no devices named means every
 * screen. Every screen receives the whole list and picks its own, so one broadcast serves all.
 */
export function emergenciesFor(list: readonly Emergency[], device: { id: string; centreId: string }, epochMs: number): Emergency[] {
  return list.filter((e) => {
    if (Date.parse(e.expiresAt) <= epochMs) return false;
    if (e.deviceIds.length === 0 && e.centreIds.length === 0) return true;
    return e.deviceIds.includes(device.id) || e.centreIds.includes(device.centreId);
  });
}
