import type { DossierFigures } from '../schemas/dossier';

/** What the database counts for one window; the figures are derived from these alone. */
export interface DossierCounts {
  received: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
}

export const NO_COUNTS: DossierCounts = { received: 0, early: 0, onTime: 0, late: 0, pending: 0, overdue: 0 };

export const addCounts = (a: DossierCounts, b: DossierCounts): DossierCounts => ({
  received: a.received + b.received,
  early: a.early + b.early,
  onTime: a.onTime + b.onTime,
  late: a.late + b.late,
  pending: a.pending + b.pending,
  overdue: a.overdue + b.overdue,
});

/**
 * The published figures: "tỷ lệ đúng hạn" counts early results with on-time ones, as the one-stop
 * reports do; a letter of apology is due for every late result and every dossier past its date.
 */
export function dossierFigures(c: DossierCounts): DossierFigures {
  const resolved = c.early + c.onTime + c.late;
  return {
    ...c,
    resolved,
    onTimePct: resolved ? Math.round(((c.early + c.onTime) / resolved) * 1000) / 10 : null,
    apologies: c.late + c.overdue,
  };
}
