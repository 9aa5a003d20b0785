import { describe, expect, it } from 'vitest';
import { addCounts, dossierFigures, NO_COUNTS } from './figures';

describe('dossierFigures', () => {
  it('counts early results as on time and owes a letter for each late or overdue dossier', () => {
    const f = dossierFigures({ received: 40, early: 20, onTime: 9, late: 1, pending: 10, overdue: 2 });
    expect(f).toMatchObject({ resolved: 30, onTimePct: 96.7, apologies: 3 });
  });
  it('has no rate when nothing was resolved', () => {
    expect(dossierFigures({ ...NO_COUNTS, received: 3, pending: 3 }).onTimePct).toBeNull();
  });
  it('adds counts field by field', () => {
    expect(addCounts({ ...NO_COUNTS, late: 1, received: 2 }, { ...NO_COUNTS, late: 2, overdue: 1 })).toEqual({ ...NO_COUNTS, late: 3, received: 2, overdue: 1 });
  });
});
