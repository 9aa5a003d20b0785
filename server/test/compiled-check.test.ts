import { ImpressionBatchSchema } from '@hcc/shared/schemas/impression';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compiledParse } from '../src/http/compiled-check';
import { parse } from '../src/http/parse';

const showing = {
  id: '0192f0e2-1234-7abc-8def-0123456789ab',
  deviceId: 'dev-1',
  itemId: 'item-1',
  playlistId: 'pl-1',
  playlistVersion: 3,
  startedAt: '2026-12-03T08:00:00.123+07:00',
  durationMs: 10_000,
  completed: true,
  reason: 'completed',
};
const batch = (over: Record<string, unknown>) => ({ impressions: [showing, { ...showing, ...over }] });
const without = (key: string) => ({ impressions: [Object.fromEntries(Object.entries(showing).filter(([k]) => k !== key))] });

/** Each a way a screen's batch can be wrong, field by field; the compiled check must refuse every one zod refuses. */
const BAD: [string, unknown][] = [
  ['an id that is no UUID', batch({ id: 'not-a-uuid' })],
  ['an id with a bad variant', batch({ id: '0192f0e2-1234-7abc-cdef-0123456789ab' })],
  ['a device id with a space', batch({ deviceId: 'dev 1' })],
  ['an item id of 65 characters', batch({ itemId: 'x'.repeat(65) })],
  ['an empty playlist id', batch({ playlistId: '' })],
  ['version 0', batch({ playlistVersion: 0 })],
  ['version 1.5', batch({ playlistVersion: 1.5 })],
  ['version as text', batch({ playlistVersion: '3' })],
  ['version beyond a safe integer', batch({ playlistVersion: 2 ** 53 })],
  ['a start without an offset', batch({ startedAt: '2026-12-03T08:00:00' })],
  ['a start on 30 February', batch({ startedAt: '2026-02-30T08:00:00Z' })],
  ['a start as a number', batch({ startedAt: 1_764_748_800_000 })],
  ['a negative duration', batch({ durationMs: -1 })],
  ['a duration over a day', batch({ durationMs: 24 * 3600_000 + 1 })],
  ['a fractional duration', batch({ durationMs: 0.5 })],
  ['completed as text', batch({ completed: 'true' })],
  ['an unknown reason', batch({ reason: 'bored' })],
  ['a field more', batch({ extra: 1 })],
  ['a missing field', without('reason')],
  ['null for a showing', { impressions: [null] }],
  ['no showings', { impressions: [] }],
  ['501 showings', { impressions: Array.from({ length: 501 }, () => showing) }],
  ['a key beside the batch', { impressions: [showing], more: true }],
  ['no batch', {}],
  ['an array for the body', [showing]],
];

describe('compiledParse: zod schema compiled for the hot bodies', () => {
  const fast = compiledParse(ImpressionBatchSchema);

  it('returns a good batch as zod would', () => {
    const good = batch({ reason: 'preempted', completed: false, durationMs: 0, startedAt: '2026-12-03T01:00:00Z' });
    expect(fast(good, 'request body')).toEqual(ImpressionBatchSchema.parse(good));
  });

  it.each(BAD)('refuses %s with the 400 zod gives', (_name, body) => {
    expect(ImpressionBatchSchema.safeParse(body).success).toBe(false);
    const zodError = (() => {
      try {
        parse(ImpressionBatchSchema, body, 'request body');
      } catch (err) {
        return err;
      }
    })();
    expect(() => fast(body, 'request body')).toThrow(zodError as Error);
  });

  it('refuses a schema whose JSON Schema would check less than zod', () => {
    expect(() => compiledParse(z.object({ a: z.string() }))).toThrow(/not a strict object/);
    expect(() => compiledParse(z.strictObject({ a: z.string().check(z.refine((s) => s !== 'x')) }))).toThrow(/custom check/);
    expect(() => compiledParse(z.strictObject({ a: z._default(z.string(), 'x') }))).toThrow(/default/);
    expect(() => compiledParse(z.strictObject({ a: z.email() }))).toThrow(/email/);
  });
});
