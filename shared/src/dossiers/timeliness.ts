import { type DossierStatus, RESOLVED_STATUSES } from '../schemas/dossier';

/** How a resolved dossier did against its appointment, by Vietnam calendar day, as the reports count it. */
export type DossierOutcome = 'early' | 'on_time' | 'late';

const VN_OFFSET_MS = 7 * 3600_000;
const vnDay = (iso: string) => new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString().slice(0, 10);

export const isResolved = (status: DossierStatus): boolean => RESOLVED_STATUSES.includes(status);

interface Timed {
  status: DossierStatus;
  appointmentAt: string | null;
  resultAt: string | null;
}

/**
 * Early, on time or late, for a dossier with a result; null while it is being handled (or withdrawn).
 * Days, not hours: a result given at 16:00 on the appointment day is on time whatever hour was printed.
 * A dossier without an appointment was handled on the spot ("giải quyết ngay"), which is on time.
 */
export function dossierOutcome(d: Timed): DossierOutcome | null {
  if (!isResolved(d.status) || !d.resultAt) return null;
  if (!d.appointmentAt) return 'on_time';
  const [result, due] = [vnDay(d.resultAt), vnDay(d.appointmentAt)];
  return result < due ? 'early' : result === due ? 'on_time' : 'late';
}

/**
 * Late now: resolved after its appointment day, or still being handled past the appointment. Such a
 * dossier obliges the agency to send the citizen a letter of apology with a new date.
 */
export function isDossierLate(d: Timed, now: Date): boolean {
  const outcome = dossierOutcome(d);
  if (outcome) return outcome === 'late';
  if (d.status === 'withdrawn' || !d.appointmentAt) return false;
  return now.getTime() > Date.parse(d.appointmentAt);
}
