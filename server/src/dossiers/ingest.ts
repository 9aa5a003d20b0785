import { dossierCodeKey, displayDossierCode } from '@hcc/shared/dossiers/code';
import { nameInitials } from '@hcc/shared/dossiers/initials';
import type { DossierState } from '@hcc/shared/dossiers/merge';
import type { Centre } from '@hcc/shared/schemas/centre';
import { type DossierBatchResult, type DossierRow, type DossierRowProblem, DossierRowSchema, RESOLVED_STATUSES } from '@hcc/shared/schemas/dossier';
import type { Deps } from '../context';
import { storableJson } from '../http/json-body';

/** Where a connector may write: its token's centre, and for a province every commune centre under it. */
export const writableCentres = (scopeId: string, centres: readonly Centre[]): Set<string> => new Set(centres.filter((c) => c.id === scopeId || c.parentId === scopeId).map((c) => c.id));

const iso = (t: string) => new Date(Date.parse(t)).toISOString();

/** A zod failure as one line, field by field; never the rejected values (a name may be among them). */
const issuesText = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => issues.map((i) => `${i.path.map(String).join('.') || 'dòng'}: ${i.message}`).join('; ');

export interface CheckedRows {
  states: DossierState[];
  problems: DossierRowProblem[];
}

/**
 * Checks rows one by one and turns the good ones into what is stored: the code keyed, the name masked
 * here (initials and a keyed hash: the name itself goes no further than this function), times in one
 * form, the procedure's name and field from the catalogue. `rowNumber` maps an index to what the
 * problem should cite (the batch index, or the sheet's row).
 */
export async function checkRows(deps: Deps, scopeId: string, rows: readonly unknown[], rowNumber: (i: number) => number = (i) => i): Promise<CheckedRows> {
  const centres = await deps.store.centres.list();
  const writable = writableCentres(scopeId, centres);
  const procedures = new Map<string, { name: string; field: string } | null>();
  const procedureOf = async (code: string) => {
    if (!procedures.has(code)) {
      const p = await deps.store.procedures.get(code);
      procedures.set(code, p ? { name: p.name, field: p.field } : null);
    }
    return procedures.get(code)!;
  };
  const problems: DossierRowProblem[] = [];
  const candidates: { i: number; state: DossierState }[] = [];
  for (const [i, raw] of rows.entries()) {
    const rawCode = typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string' ? raw.code.slice(0, 64) : null;
    const fail = (message: string) => void problems.push({ row: rowNumber(i), code: rawCode, message });
    // A pulled feed or an imported file is read with no JSON body parser to clean it: a NUL in a name would fail the whole store.
    const parsed = DossierRowSchema.safeParse(storableJson(raw));
    if (!parsed.success) {
      fail(issuesText(parsed.error.issues));
      continue;
    }
    const row: DossierRow = parsed.data;
    const key = dossierCodeKey(row.code);
    if (!key) {
      fail('code: mã hồ sơ không đúng dạng (6–40 chữ và số)');
      continue;
    }
    const centreId = row.centreId ?? scopeId;
    if (!writable.has(centreId)) {
      fail(`centreId: "${centreId}" không thuộc phạm vi của mã kết nối này`);
      continue;
    }
    if (RESOLVED_STATUSES.includes(row.status) && !row.resultAt) {
      fail('resultAt: hồ sơ đã có kết quả phải có thời gian có kết quả');
      continue;
    }
    if (row.appointmentAt && Date.parse(row.appointmentAt) < Date.parse(row.receivedAt)) {
      fail('appointmentAt: ngày hẹn trả trước ngày tiếp nhận');
      continue;
    }
    const known = await procedureOf(row.procedureCode);
    const name = row.applicantName ? nameInitials(row.applicantName) : '';
    candidates.push({
      i,
      state: {
        key,
        code: displayDossierCode(row.code),
        centreId,
        procedureCode: row.procedureCode,
        procedureName: known?.name ?? row.procedureName ?? null,
        field: known?.field ?? row.field ?? null,
        receivedAt: iso(row.receivedAt),
        appointmentAt: row.appointmentAt ? iso(row.appointmentAt) : null,
        status: row.status,
        history: row.history.map((h) => ({ status: h.status, at: iso(h.at) })),
        resultAt: row.resultAt ? iso(row.resultAt) : null,
        delivery: row.delivery,
        counter: row.counter || null,
        maskedName: name || null,
        nameHash: name && row.applicantName ? deps.store.dossiers.nameHash(row.applicantName) : null,
        updatedAt: iso(row.updatedAt),
      },
    });
  }
  // A dossier already filed at a centre outside the scope is not this connector's to change.
  const filedAt = await deps.store.dossiers.centresOf(candidates.map((c) => c.state.key));
  const states: DossierState[] = [];
  for (const { i, state } of candidates) {
    const at = filedAt.get(state.key);
    if (at !== undefined && !writable.has(at)) problems.push({ row: rowNumber(i), code: state.code, message: 'code: hồ sơ này thuộc trung tâm ngoài phạm vi của mã kết nối' });
    else states.push(state);
  }
  return { states, problems };
}

/** Stores checked rows; the centres they came for (and the connector's own) count as fed now. */
export async function storeRows(deps: Deps, scopeId: string, checked: CheckedRows): Promise<DossierBatchResult & { changedCentres: Set<string> }> {
  const touched = new Set([scopeId, ...checked.states.map((s) => s.centreId)]);
  const { changed } = await deps.store.dossiers.apply(checked.states, [...touched], deps.clock().toISOString());
  const changedCentres = new Set(checked.states.filter((s) => changed.has(s.key)).map((s) => s.centreId));
  return { stored: changed.size, unchanged: checked.states.length - changed.size, rejected: checked.problems, changedCentres };
}
