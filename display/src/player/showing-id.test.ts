import { UuidSchema } from '@hcc/shared/schemas/common';
import { describe, expect, it } from 'vitest';
import { newShowingId } from './showing-id';

describe('newShowingId', () => {
  it('is a UUIDv7 the server accepts, carrying the time it was made in its first 48 bits', () => {
    const id = newShowingId(Date.parse('2026-12-03T09:00:00.000Z'));
    expect(UuidSchema.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.parse('2026-12-03T09:00:00.000Z'));
  });

  it('sorts as the times it was made, and never repeats', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newShowingId(1_764_000_000_000 + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => newShowingId(1_764_000_000_000))).size).toBe(1000);
  });
});
