import { describe, expect, it } from 'vitest';
import { adoptionOf } from './adopt-version';

const v = (playlistId: string, version: number, publishedAt: string) => ({ playlistId, version, publishedAt });
const v3 = v('pl', 3, '2026-03-01T08:00:00.000Z');

describe('adoptionOf', () => {
  it.each([
    ['a screen with nothing on air plays what it is given', null, v3, 'adopt'],
    ['the version on air is the same, however it comes', v3, v('pl', 3, '2026-03-01T08:00:00.000Z'), 'same'],
    ['a newer version of the playlist on air replaces it', v3, v('pl', 4, '2026-03-01T09:00:00.000Z'), 'adopt'],
    ['a late bootstrap answer does not undo a newer push that arrived first', v('pl', 4, '2026-03-01T09:00:00.000Z'), v3, 'stale'],
    ['another playlist published later takes over (the screen moved group)', v3, v('other', 1, '2026-03-02T08:00:00.000Z'), 'adopt'],
    ['another playlist published earlier does not', v3, v('other', 7, '2026-02-01T08:00:00.000Z'), 'stale'],
    ['a rollback is a new version published later, so it is played', v('pl', 4, '2026-03-01T09:00:00.000Z'), v('pl', 5, '2026-03-01T10:00:00.000Z'), 'adopt'],
  ] as const)('%s', (_name, onAir, incoming, expected) => {
    expect(adoptionOf(onAir, incoming)).toBe(expected);
  });
});
