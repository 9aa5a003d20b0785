import type { Procedure } from '../schemas/procedure';
import { tokenize } from '../search/fold';
import type { ListEntry } from './procedure-list';

export interface Flag {
  code: string;
  reason: string;
}

/** What a record keeps of its details when they cannot be trusted, or were never known. */
const NO_DETAILS = { channels: [], dossier: [], steps: [], requirements: null, legalBasis: [], result: null, portalUrl: null } satisfies Partial<Procedure>;

/** Share of words two names have in common; crawled names differ from the list's in small ways. */
function overlap(a: string, b: string): number {
  const x = new Set(tokenize(a));
  const y = new Set(tokenize(b));
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Checks crawled records against the portal's lists. A record whose name is not the list's name for
 * its code was crawled from another procedure's page (they come in groups sharing one portal URL):
 * it keeps the list's name and loses the content, which belongs to that other procedure, so citizens
 * are told to ask at the counter instead of being shown a wrong page. Procedures only on a list are
 * added with what the list knows.
 */
export function crossCheck(crawled: readonly Procedure[], list: readonly ListEntry[]): { procedures: Procedure[]; flags: Flag[] } {
  const byCode = new Map(list.map((e) => [e.code, e]));
  const byUrl = new Map<string, string[]>();
  for (const p of crawled) if (p.portalUrl) byUrl.set(p.portalUrl, [...(byUrl.get(p.portalUrl) ?? []), p.code]);
  const flags: Flag[] = [];
  const procedures = crawled.map((p): Procedure => {
    const listed = byCode.get(p.code);
    const sharing = (p.portalUrl && byUrl.get(p.portalUrl)) || [];
    const others = sharing.filter((c) => c !== p.code);
    if (listed && overlap(listed.name, p.name) < 0.5) {
      flags.push({
        code: p.code,
        reason: `crawled page is another procedure's ("${p.name.slice(0, 80)}")${others.length ? `, same portal page as ${others.slice(0, 3).join(', ')}${others.length > 3 ? '…' : ''}` : ''}; the list's name "${listed.name.slice(0, 80)}" is kept and the content withheld`,
      });
      return {
        ...p,
        name: listed.name,
        field: listed.field ?? p.field,
        agency: listed.agency,
        ...NO_DETAILS,
        source: { ...p.source, flags: [...p.source.flags, 'wrong-page', 'name-from-list'] },
      };
    }
    if (others.length) {
      // Say what was checked: with no list entry for the code, nothing could be compared.
      const checked = listed ? 'kept, its name agrees with the list' : 'kept unchecked: no list given names this code, so its page may be another procedure’s';
      flags.push({ code: p.code, reason: `shares its portal page with ${others.slice(0, 3).join(', ')}; ${checked}` });
      return { ...p, source: { ...p.source, flags: [...p.source.flags, 'shared-page'] } };
    }
    return p;
  });
  const crawledCodes = new Set(crawled.map((p) => p.code));
  for (const e of list) {
    if (crawledCodes.has(e.code)) continue;
    procedures.push({
      code: e.code,
      name: e.name,
      level: [],
      field: e.field ?? '',
      agency: e.agency,
      decision: null,
      ...NO_DETAILS,
      source: { kind: 'xlsx', ref: `row ${e.row}`, flags: ['list-only'] },
    });
  }
  return { procedures, flags };
}
