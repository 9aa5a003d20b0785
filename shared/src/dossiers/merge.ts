import type { DossierDelivery, DossierHistoryEntry, DossierStatus } from '../schemas/dossier';

/** A dossier as stored: the row after ingest (code keyed, name masked, procedure resolved). */
export interface DossierState {
  key: string;
  code: string;
  centreId: string;
  procedureCode: string;
  procedureName: string | null;
  field: string | null;
  receivedAt: string;
  appointmentAt: string | null;
  status: DossierStatus;
  history: DossierHistoryEntry[];
  resultAt: string | null;
  delivery: DossierDelivery | null;
  counter: string | null;
  maskedName: string | null;
  nameHash: string | null;
  updatedAt: string;
}

/** Later in a dossier's life; decides only between two updates stamped with the same time. */
const RANK: Record<DossierStatus, number> = { received: 0, processing: 1, supplement: 2, ready: 3, returned: 4, rejected: 4, withdrawn: 4 };
export const HISTORY_MAX = 100;

const ms = (iso: string) => Date.parse(iso);

/** Oldest first; a run of one status keeps its first entry, so a repeated "still processing" adds nothing. */
export function foldHistory(entries: readonly DossierHistoryEntry[]): DossierHistoryEntry[] {
  const sorted = [...entries].sort((a, b) => ms(a.at) - ms(b.at) || RANK[a.status] - RANK[b.status]);
  const out: DossierHistoryEntry[] = [];
  for (const e of sorted) if (out.at(-1)?.status !== e.status) out.push({ status: e.status, at: new Date(ms(e.at)).toISOString() });
  return out.slice(-HISTORY_MAX);
}

/** Every field in a fixed order: equal states give equal text whatever order their fields were built in. */
export const canonicalDossier = (s: DossierState): string =>
  JSON.stringify([
    s.key,
    s.code,
    s.centreId,
    s.procedureCode,
    s.procedureName,
    s.field,
    s.receivedAt,
    s.appointmentAt,
    s.status,
    s.history,
    s.resultAt,
    s.delivery,
    s.counter,
    s.maskedName,
    s.nameHash,
    s.updatedAt,
  ]);

/** Whether `a` is the later word on the dossier: its own time first, then the later status, then a fixed order. */
function supersedes(a: DossierState, b: DossierState): boolean {
  const byTime = ms(a.updatedAt) - ms(b.updatedAt);
  if (byTime) return byTime > 0;
  const byRank = RANK[a.status] - RANK[b.status];
  if (byRank) return byRank > 0;
  return canonicalDossier(a) > canonicalDossier(b);
}

/**
 * Applies an update to what is stored. The result depends on the set of updates, not on the order they
 * arrive in: the update stamped latest gives the current fields, every update adds to the history, and
 * a name given once is kept when later updates leave it out. `changed` is false for a repeat or for an
 * older update that taught nothing new.
 */
export function mergeDossier(stored: DossierState | null, incoming: DossierState): { state: DossierState; changed: boolean } {
  const arriving = { ...incoming, history: foldHistory([...incoming.history, { status: incoming.status, at: incoming.updatedAt }]) };
  if (!stored) return { state: arriving, changed: true };
  const [winner, other] = supersedes(arriving, stored) ? [arriving, stored] : [stored, arriving];
  const state: DossierState = {
    ...winner,
    // The dossier stays where it was first filed: an update cannot move it to another centre.
    centreId: stored.centreId,
    history: foldHistory([...stored.history, ...arriving.history]),
    maskedName: winner.maskedName ?? other.maskedName,
    nameHash: winner.nameHash ?? other.nameHash,
  };
  return { state, changed: canonicalDossier(state) !== canonicalDossier(stored) };
}
