import { defaultLexicon } from '@hcc/shared/search/default-lexicon';
import { buildSearchIndex, search, type SearchDoc, type SearchIndex } from '@hcc/shared/search/engine';
import { LEXICON, type LexiconEntry } from '@hcc/shared/search/lexicon';
import { compileLexicon } from '@hcc/shared/search/lexicon-compile';
import { staffLexicon } from '@hcc/shared/search/staff-lexicon';
import { openGaps } from '@hcc/shared/search/gap-list';
import type { GapNote } from '@hcc/shared/search/gap-note';
import { compileGaps, gapIn, type GapShown } from '@hcc/shared/search/gaps';
import { searchDocOf } from '@hcc/shared/search/search-doc';
import type { Level, ProcedureSummary } from '@hcc/shared/schemas/procedure';
import type { CatalogueIndex } from '@hcc/shared/schemas/usage';
import { createHash } from 'node:crypto';
import type { Store } from '../store/store';

/** Views move the ranking only a little; re-reading them once a minute is fresh enough. */
const VIEWS_TTL_MS = 60_000;

/**
 * The in-memory search index over the stored catalogue, the same engine the kiosk runs offline.
 * Rebuilt after an import; searching never touches the database.
 */
export class Catalogue {
  private index: SearchIndex = buildSearchIndex([], defaultLexicon());
  /** Summaries with the words search reads beyond the name (what the kiosk downloads). */
  private summaries: SearchDoc[] = [];
  private names = new Map<string, string>();
  private fields = new Set<string>();
  /** The shipped lexicon and staff's synonyms: what the index reads through, and what kiosks receive. */
  private lexicon: readonly LexiconEntry[] = LEXICON;
  /** The needs citizens ask for that this catalogue has no procedure for (gap-list.ts): kiosks say so. */
  private gaps: GapNote[] = [];
  private compiledGaps: ReturnType<typeof compileGaps> = [];
  /** Changes with every import, so kiosks can ask "anything new?" with an ETag. */
  version = '0';
  private readonly centreCodes = new Map<string, Set<string>>();
  private views: { map: Map<string, number>; at: number } = { map: new Map(), at: 0 };
  private viewsRead: Promise<void> | null = null;
  /** Each centre's index as sent, with the catalogue version and the views it was made from. */
  private readonly indexBodies = new Map<string, { stamp: string; body: Promise<Buffer> }>();

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    // Page by page: only the compact search documents are kept. An import landing between two pages
    // reloads the catalogue again when it is done, so a mixed read does not outlive it.
    const summaries: SearchDoc[] = [];
    for await (const page of this.store.procedures.pages()) summaries.push(...page.map(searchDocOf));
    this.summaries = summaries;
    this.names = new Map(this.summaries.map((s) => [s.code, s.name]));
    this.fields = new Set(this.summaries.map((s) => s.field));
    const staff = staffLexicon(await this.store.searchLexicon.all());
    this.lexicon = [...LEXICON, ...staff];
    this.index = buildSearchIndex(this.summaries, staff.length ? compileLexicon(this.lexicon) : defaultLexicon());
    this.gaps = openGaps(this.summaries);
    this.compiledGaps = compileGaps(this.gaps);
    // A synonym changes what kiosks download as much as a procedure does, and so does a server upgraded with new
    // lexicon entries or gaps: kiosks holding the old ones would otherwise be told nothing changed (ETag).
    this.version = createHash('sha256').update(JSON.stringify(this.summaries)).update(JSON.stringify(this.lexicon)).update(JSON.stringify(this.gaps)).digest('hex').slice(0, 16);
    this.centreCodes.clear();
  }

  /** The needs this catalogue has no procedure for, as kiosks receive them. */
  openGaps(): readonly GapNote[] {
    return this.gaps;
  }

  /** The need a query asks for that this catalogue lacks, as the kiosk names it above the results. */
  gapFor(q: string): GapShown | null {
    return gapIn(this.compiledGaps, q, this.index.lexicon);
  }

  nameOf(code: string): string | undefined {
    return this.names.get(code);
  }

  /** Whether some procedure is in this lĩnh vực (the kiosk offers these, and only these, to pick from). */
  hasField(field: string): boolean {
    return this.fields.has(field);
  }

  viewsChanged(): void {
    this.views.at = 0;
    // A read begun before the change must not stamp its views as fresh.
    this.viewsRead = null;
  }

  /**
   * The view counts, read again once a minute old. Callers meanwhile share one read: each reading its
   * own stamped views of its own, and the index, made once per stamp, was made once per download (on
   * PostgreSQL, where the read takes long enough for downloads to overlap).
   */
  private async viewCounts(): Promise<Map<string, number>> {
    if (Date.now() - this.views.at > VIEWS_TTL_MS) {
      if (!this.viewsRead) {
        const read: Promise<void> = this.store.usage
          .views()
          .then((map) => {
            if (this.viewsRead === read) this.views = { map, at: Date.now() };
          })
          .finally(() => {
            if (this.viewsRead === read) this.viewsRead = null;
          });
        this.viewsRead = read;
      }
      await this.viewsRead;
    }
    return this.views.map;
  }

  /** The whole catalogue, ranked for a centre's level and with what it serves (its selection) first. */
  async search(q: string, limit: number, centreId?: string): Promise<ProcedureSummary[]> {
    const views = await this.viewCounts();
    if (!centreId) return search(this.index, q, { limit, views }).hits;
    const codes = await this.codesFor(centreId);
    return search(this.index, q, {
      limit,
      views,
      preferLevel: await this.levelOf(centreId),
      ...(codes.size ? { prefer: (c: string) => codes.has(c) } : {}),
    }).hits;
  }

  /** A province centre serves cấp tỉnh procedures first; a commune (and a kiosk of no centre) cấp xã. */
  private async levelOf(centreId?: string): Promise<Level> {
    const centre = centreId ? await this.store.centres.get(centreId) : null;
    return centre?.kind === 'province' ? 'tinh' : 'xa';
  }

  /**
   * The index as JSON text, made again only when the catalogue or the views it carries change (at most
   * once a minute): it is a megabyte anyone may download, and serialising it on every request let a
   * loop of anonymous downloads keep a core busy. Concurrent first downloads share one making.
   */
  async indexBody(centreId?: string): Promise<Buffer> {
    const key = centreId ?? '';
    // Re-reads the views once they are a minute old, or changed: a new stamp, so a new body.
    await this.viewCounts();
    const stamp = `${this.version}@${this.views.at}`;
    const made = this.indexBodies.get(key);
    if (made?.stamp === stamp) return made.body;
    const making = { stamp, body: this.indexFor(centreId).then((index) => Buffer.from(JSON.stringify(index))) };
    this.indexBodies.set(key, making);
    // A failed making is not kept: the next download tries again.
    making.body.catch(() => this.indexBodies.get(key) === making && this.indexBodies.delete(key));
    return making.body;
  }

  /**
   * What a kiosk downloads to search offline: the whole catalogue, so a citizen asking for what another
   * office handles still learns where to go, with its centre's selection to rank first, and the views.
   */
  async indexFor(centreId?: string): Promise<CatalogueIndex> {
    const codes = centreId ? await this.codesFor(centreId) : new Set<string>();
    const views = await this.viewCounts();
    const centre = centreId ? await this.store.centres.get(centreId) : null;
    return {
      items: this.summaries,
      views: Object.fromEntries([...views].filter(([code]) => this.names.has(code))),
      preferLevel: await this.levelOf(centreId),
      selected: [...codes],
      centre: centre ? { name: centre.name, address: centre.address } : null,
      lexicon: [...this.lexicon],
      gaps: this.gaps,
    };
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
