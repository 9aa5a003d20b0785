import { buildProcedureIndex, type ProcedureIndex, searchProcedures } from '@hcc/shared/search/procedure-search';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { Store } from '../store/store';

/**
 * The in-memory search index over the stored catalogue. Rebuilt after an import; searching never
 * touches the database, so a keystroke costs a scan of memory, not a query.
 */
export class Catalogue {
  private index: ProcedureIndex = buildProcedureIndex([]);
  private readonly centreCodes = new Map<string, Set<string>>();

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    this.index = buildProcedureIndex(await this.store.procedures.all());
    this.centreCodes.clear();
  }

  async search(q: string, limit: number, centreId?: string): Promise<ProcedureSummary[]> {
    if (!centreId) return searchProcedures(this.index, q, limit);
    const codes = await this.codesFor(centreId);
    // Over-fetch, then filter: the index is global and a centre serves a subset of it.
    return searchProcedures(this.index, q, this.index.entries.length)
      .filter((p) => codes.has(p.code))
      .slice(0, limit);
  }

  private async codesFor(centreId: string): Promise<Set<string>> {
    let codes = this.centreCodes.get(centreId);
    if (!codes) {
      codes = new Set(await this.store.procedures.codesForCentre(centreId));
      this.centreCodes.set(centreId, codes);
    }
    return codes;
  }
}
