import { describe, expect, it } from 'vitest';
import { type DossierState, mergeDossier } from './merge';

const base: DossierState = {
  key: 'DEMO000001',
  code: 'DEMO-000001',
  centreId: 'xa-long-thanh',
  procedureCode: '1.001193',
  procedureName: null,
  field: null,
  receivedAt: '2026-12-01T01:00:00.000Z',
  appointmentAt: '2026-12-04T10:00:00.000Z',
  status: 'received',
  history: [],
  resultAt: null,
  delivery: null,
  counter: null,
  maskedName: 'N. V. A.',
  nameHash: 'h1',
  updatedAt: '2026-12-01T01:00:00.000Z',
};
const at = (status: DossierState['status'], updatedAt: string, more: Partial<DossierState> = {}): DossierState => ({ ...base, status, updatedAt, ...more });

const updates = [
  at('received', '2026-12-01T01:00:00.000Z'),
  at('processing', '2026-12-01T03:00:00.000Z', { maskedName: null, nameHash: null }),
  at('ready', '2026-12-03T02:00:00.000Z', { resultAt: '2026-12-03T02:00:00.000Z', delivery: 'counter', counter: 'Quầy số 2', maskedName: null, nameHash: null }),
  at('returned', '2026-12-03T08:00:00.000Z', { resultAt: '2026-12-03T02:00:00.000Z', delivery: 'counter', counter: 'Quầy số 2', maskedName: null, nameHash: null }),
];

const applyAll = (list: DossierState[]) => list.reduce<DossierState | null>((s, u) => mergeDossier(s, u).state, null);

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('mergeDossier', () => {
  it('converges to the same state whatever order the updates arrive in, repeats included', () => {
    const expected = applyAll(updates);
    for (const order of permutations(updates)) expect(applyAll([...order, order[0]!, order[2]!])).toEqual(expected);
    expect(expected?.status).toBe('returned');
    expect(expected?.maskedName).toBe('N. V. A.');
    expect(expected?.history.map((h) => h.status)).toEqual(['received', 'processing', 'ready', 'returned']);
  });

  it('an older update arriving late does not move the dossier back, but teaches its history', () => {
    const now = mergeDossier(null, updates[2]!).state;
    const late = mergeDossier(now, updates[1]!);
    expect(late.state.status).toBe('ready');
    expect(late.changed).toBe(true);
    expect(late.state.history.map((h) => h.status)).toEqual(['processing', 'ready']);
    expect(mergeDossier(late.state, updates[1]!).changed).toBe(false);
  });

  it('a repeat changes nothing', () => {
    const s = mergeDossier(null, updates[0]!).state;
    expect(mergeDossier(s, updates[0]!).changed).toBe(false);
  });

  it('two different updates stamped alike resolve the same way in either order', () => {
    const a = at('processing', '2026-12-02T00:00:00.000Z');
    const b = at('supplement', '2026-12-02T00:00:00.000Z');
    expect(applyAll([a, b])).toEqual(applyAll([b, a]));
    expect(applyAll([a, b])?.status).toBe('supplement');
  });

  it('keeps the dossier at the centre it was first filed at', () => {
    const s = mergeDossier(null, updates[0]!).state;
    expect(mergeDossier(s, { ...updates[1]!, centreId: 'elsewhere' }).state.centreId).toBe('xa-long-thanh');
  });
});
