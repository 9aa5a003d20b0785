import { describe, expect, it } from 'vitest';
import { dossierOutcome, isDossierLate } from './timeliness';

const due = '2026-12-10T10:00:00+07:00';

describe('dossierOutcome', () => {
  it.each([
    ['ready', '2026-12-09T16:00:00+07:00', due, 'early'],
    ['returned', '2026-12-10T16:30:00+07:00', due, 'on_time'],
    // 23:30 UTC on the 9th is already the 10th in Vietnam.
    ['ready', '2026-12-09T23:30:00Z', due, 'on_time'],
    ['rejected', '2026-12-11T08:00:00+07:00', due, 'late'],
    ['ready', '2026-12-11T08:00:00+07:00', null, 'on_time'],
    ['processing', null, due, null],
    ['withdrawn', '2026-12-11T08:00:00+07:00', due, null],
    ['ready', null, due, null],
  ] as const)('%s with a result at %s, due %s → %s', (status, resultAt, appointmentAt, outcome) => {
    expect(dossierOutcome({ status, resultAt, appointmentAt })).toBe(outcome);
  });
});

describe('isDossierLate', () => {
  const now = new Date('2026-12-10T12:00:00+07:00');
  it('a dossier still being handled after its appointment is late', () => {
    expect(isDossierLate({ status: 'processing', resultAt: null, appointmentAt: due }, now)).toBe(true);
    expect(isDossierLate({ status: 'supplement', resultAt: null, appointmentAt: '2026-12-10T17:00:00+07:00' }, now)).toBe(false);
  });
  it('a withdrawn dossier or one without an appointment is never late', () => {
    expect(isDossierLate({ status: 'withdrawn', resultAt: null, appointmentAt: due }, now)).toBe(false);
    expect(isDossierLate({ status: 'received', resultAt: null, appointmentAt: null }, now)).toBe(false);
  });
  it('a result given on time stays on time however late it is now', () => {
    expect(isDossierLate({ status: 'ready', resultAt: '2026-12-09T09:00:00+07:00', appointmentAt: due }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
