import { describe, expect, it } from 'vitest';
import type { Emergency } from '../schemas/emergency';
import { emergenciesFor } from './applies';

const makeEmergency = (over: Partial<Emergency>): Emergency => ({
  id: 'e',
  text: 'Tạm dừng tiếp nhận hồ sơ do mất điện',
  severity: 'warning',
  centreIds: [],
  deviceIds: [],
  expiresAt: '2026-03-02T10:00:00+07:00',
  createdAt: '2026-03-02T08:00:00+07:00',
  ...over,
});
const at9 = Date.parse('2026-03-02T09:00:00+07:00');
const screen = { id: 'd1', centreId: 'lt' };

describe('emergenciesFor', () => {
  it.each([
    ['everyone when nothing is named', {}, true],
    ['its centre', { centreIds: ['lt'] }, true],
    ['not another centre', { centreIds: ['lx'] }, false],
    ['a named device', { deviceIds: ['d1'] }, true],
    ['not another device', { deviceIds: ['d2'] }, false],
    ['not after expiry', { expiresAt: '2026-03-02T09:00:00+07:00' }, false],
  ])('applies to %s', (_name, over, expected) => {
    expect(emergenciesFor([makeEmergency(over)], screen, at9)).toHaveLength(expected ? 1 : 0);
  });
});
