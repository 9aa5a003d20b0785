import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { makeVersion } from '../playlists/fixtures';
import { PlaylistPushSchema } from './bootstrap';
import { type PlaylistItemInput, PlaylistItemSchema } from './playlist';
import { withoutDefaults } from './wire';

const base = { title: 'Mục', durationMs: 10_000 };
const item = (i: Record<string, unknown>) => PlaylistItemSchema.parse({ ...base, ...i });
const sha = 'a'.repeat(64);

/** One item of every kind as staff leave it (all defaults), then the same kinds with every default overridden. */
const PLAIN: PlaylistItemInput[] = [
  { ...base, id: 'v', kind: 'video', mediaId: sha },
  { ...base, id: 'i', kind: 'image', mediaId: sha },
  { ...base, id: 't', kind: 'text', heading: 'Giờ làm việc', body: '' },
  { ...base, id: 'k', kind: 'ticker', text: 'Nộp hồ sơ trực tuyến' },
  { ...base, id: 'p', kind: 'procedure', procedureCode: '1.001193' },
  { ...base, id: 'q', kind: 'qr', url: 'https://dichvucong.gov.vn/', caption: 'Cổng Dịch vụ công' },
  { ...base, id: 's', kind: 'survey_results' },
  { ...base, id: 'd', kind: 'dossiers_ready' },
  { ...base, id: 'r', kind: 'dossier_results' },
  { ...base, id: 'e', kind: 'emergency', text: 'Mất điện' },
];
const WINDOW = { validFrom: '2026-05-01T00:00:00+07:00', validTo: '2026-06-01T00:00:00+07:00', dayparts: [{ start: '07:00', end: '11:30' }], weekdays: [1, 2, 3, 4, 5] };
const TAGS = { priority: 5, reformArea: 'tthc', form: 'ma_qr', targetId: 'plan-1', campaign: { playlistId: 'c1', version: 2, name: 'Chiến dịch' } };
const SET: Record<string, unknown>[] = [
  { id: 'v2', kind: 'video', mediaId: sha, caption: 'Chú thích', ...WINDOW },
  { id: 'q2', kind: 'qr', url: 'https://dichvucong.gov.vn/', caption: 'Cổng', preset: 'dvc_portal', ecLevel: 'H', ...TAGS },
  { id: 's2', kind: 'survey_results', period: 'quarter', minAnswers: 1 },
  { id: 'd2', kind: 'dossiers_ready', perPage: 30 },
  { id: 'r2', kind: 'dossier_results', showCommunes: true },
  { id: 'e2', kind: 'emergency', text: 'Bão', severity: 'danger', validTo: '2026-06-01T00:00:00+07:00' },
  // Values that look like defaults but are not equal to them stay.
  { id: 't2', kind: 'text', heading: '', body: '', weekdays: [7], dayparts: [{ start: '00:00', end: '00:00' }] },
];
const push = (items: unknown[], over = {}) => ({ version: makeVersion({ items: items.map((i) => item(i as Record<string, unknown>)), ...over }), serverTime: '2026-01-05T01:00:00.000Z' });
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe('withoutDefaults', () => {
  it.each([
    ['items of every kind left at their defaults', PLAIN],
    ['items with every default overridden', SET],
  ])('a push of %s parses back to the same push, in fewer bytes', (_, items) => {
    const full = push(items);
    const wire = withoutDefaults(PlaylistPushSchema, full);
    expect(PlaylistPushSchema.parse(wire)).toEqual(full);
    expect(PlaylistPushSchema.parse(JSON.parse(JSON.stringify(wire)))).toEqual(full);
    expect(bytes(wire)).toBeLessThan(bytes(full));
  });

  it('leaves out exactly the fields equal to their defaults', () => {
    const [plain] = withoutDefaults(PlaylistPushSchema, push([PLAIN[5]])).version.items ?? [];
    expect(plain).toEqual({ id: 'q', kind: 'qr', title: 'Mục', durationMs: 10_000, url: 'https://dichvucong.gov.vn/', caption: 'Cổng Dịch vụ công' });
    const [set] = withoutDefaults(PlaylistPushSchema, push([SET[1]])).version.items ?? [];
    expect(Object.keys(set ?? {}).sort()).toEqual(
      Object.keys(item(SET[1] ?? {}))
        .filter((k) => !['validFrom', 'validTo', 'dayparts', 'weekdays'].includes(k))
        .sort(),
    );
  });

  it("does not send a version's source, which no screen reads", () => {
    const source = [item(PLAIN[2] ?? {})];
    const wire = withoutDefaults(PlaylistPushSchema, push([PLAIN[2]], { source }));
    expect('source' in wire.version).toBe(false);
    expect(PlaylistPushSchema.parse(wire).version).toEqual(push([PLAIN[2]]).version);
  });

  it('keeps an array element equal to its default, which cannot be left out', () => {
    const Counts = z.array(z._default(z.int(), 0));
    expect(withoutDefaults(Counts, [0, 3, 0])).toEqual([0, 3, 0]);
  });

  it('walks the option of a plain union that the parse takes', () => {
    const Either = z.union([z.object({ a: z.literal(1), n: z._default(z.int(), 0) }), z.object({ b: z.literal(2), s: z._default(z.string(), '') })]);
    expect(withoutDefaults(Either, { b: 2, s: '' })).toEqual({ b: 2 });
    expect(withoutDefaults(Either, { a: 1, n: 4 })).toEqual({ a: 1, n: 4 });
  });

  it('still lets a screen parse the full form, as an older server or its own cache sends it', () => {
    const full = push(SET, { source: [item(PLAIN[0] ?? {})] });
    expect(PlaylistPushSchema.parse(JSON.parse(JSON.stringify(full))).version).toEqual(push(SET).version);
  });
});
