import { buildSearchIndex, search, type SearchIndex } from '@hcc/shared/search/engine';
import type { ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { Store } from '../store/store';

/**
 * The in-memory search index over the stored catalogue, the same engine the kiosk runs offline.
 * Rebuilt after an import; searching never touches the database.
 */
export class Catalogue {
  private index: SearchIndex = buildSearchIndex([]);
  private readonly centreCodes = new Map<string, Set<string>>();

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    this.index = buildSearchIndex(await this.store.procedures.all());
    this.centreCodes.clear();
  }

  /** The whole catalogue, or a centre's selection when it has made one, ranked for that centre's level. */
  async search(q: string, limit: number, centreId?: string): Promise<ProcedureSummary[]> {
    if (!centreId) return search(this.index, q, { limit }).hits;
    const centre = await this.store.centres.get(centreId);
    const codes = await this.codesFor(centreId);
    return search(this.index, q, {
      limit,
      preferLevel: centre?.kind === 'province' ? 'tinh' : 'xa',
      ...(codes.size ? { filter: (c: string) => codes.has(c) } : {}),
    }).hits;
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
